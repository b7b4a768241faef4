import { describe, expect, it } from 'vitest';
import { bylineElements } from '../../../lib/page/byline-marks';
import { isStamp } from '../../../lib/page/date-visible';
import { allElements, byTag, queryableElements, textUpTo, withTagIndex } from '../../../lib/page/dom';
import { parseHtml } from '../../../lib/page/parse-html';

// The selector lists the walks stand for: each walk must give what querySelectorAll gives, in its order.
const BYLINE =
  '[rel~="author"], [itemprop~="author"], a[href*="/author/"], a[href*="/autor/"], a[href*="/authors/"], a[href*="/autoren/"], a[href*="/staff/"], a[href*="/journalist"], a[href*="/redakteur"], .byline, .author, [class*="byline"], [data-testid*="byline"], [class*="author-name"], [class*="post-author"], [class*="entry-author"], [class*="meta-author"], .vcard .fn';
const STAMP =
  'time, abbr[title], [itemprop~="datePublished"], [itemprop~="dateCreated"], [itemprop~="dateModified"], [datetime], [data-published], [property$="datePublished"], [property$="dateCreated"], [property$="dateModified"]';

const PAGE = `<!doctype html><html><head><title>Harbour ferry returns</title>
<meta property="article:datePublished" content="2031-04-02"><link rel="Author" href="/people/mia"></head><body>
<header class="site-header"><a href="/staff/">Our staff</a><a href="/authors/">Writers</a></header>
<article itemscope>
  <h1>Harbour ferry returns after a winter in dry dock</h1>
  <p class="byline">By <a rel="AUTHOR noopener" href="/people/mia-lund">Mia Lund</a> and
    <span itemprop="editor author"><span itemprop="name">Tomas Berg</span></span></p>
  <div class="vcard"><span><b class="fn">Ada Quist</b></span></div>
  <b class="fn">Not in a card</b>
  <span class="node__author">Pia Holm</span><span class="Author">Upper Case</span><span class="authority">Port</span>
  <span class="field-autoren">Jan Eik</span><span data-testid="story-byline-2">Ola Sand</span>
  <a href="/journalists/ola">Ola</a><a href="/redakteure/x">X</a><a href="/autor/jan-eik">Jan</a>
  <span class="story-contributor">Lea Roth</span><span class="contributory">Not a writer</span>
  <a href="/writers/lea-roth">Lea</a><a href="/reporting/">Reporting</a>
  <span class="post-authorship">P</span><div class="entry-author-box meta-author-x author-name">Q</div>
  <svg><a href="/author/in-svg">svg link</a></svg>
  <time>yesterday</time><time datetime="2031-04-02T08:00">2 April</time><abbr title="2031-04-02">Apr 2</abbr><abbr>none</abbr>
  <span itemprop="dateCreated x">c</span><span itemprop="datecreated">lower</span><meta itemprop="dateModified" content="2031-04-03">
  <span data-published="">p</span><span property="schema:dateModified">m</span><span property="dateModified schema">not at the end</span>
  <p>The ferry sailed at dawn.</p>
  <template><span class="byline">In a template</span><time datetime="2031-01-01">t</time><a href="/author/t">t</a></template>
</article></body></html>`;

describe('walks that stand for selector lists', () => {
  const doc = parseHtml(PAGE, 'https://harbour.example/news/ferry');

  it('queryableElements lists the elements querySelectorAll("*") lists, templates left out', () => {
    const walked = queryableElements(doc);
    expect(walked).toEqual(Array.from(doc.querySelectorAll('*')));
    expect(walked.some((el) => el.textContent === 'In a template')).toBe(false);
    // The plain walk goes into the template: the two differ on this page.
    expect(allElements(doc).length).toBeGreaterThan(walked.length);
    const article = doc.querySelector('article')!;
    expect(queryableElements(article)).toEqual(Array.from(article.querySelectorAll('*')));
  });

  it('bylineElements gives the byline selector and its author-class extension, in document order', () => {
    const { found, marked } = bylineElements(doc);
    const strict = Array.from(doc.querySelectorAll(BYLINE));
    expect([...marked]).toEqual(strict);
    const authorClass = /(?:^|[_-])(?:author|autor|contributor)(?:s|es|en|in)?$/i;
    const writerLinks =
      'a[href*="/contributor"], a[href*="/columnist"], a[href*="/reporter"], a[href*="/writer"]';
    const wanted = Array.from(
      doc.querySelectorAll(
        `${BYLINE}, [class*="author"], [class*="autor"], [class*="contributor"], ${writerLinks}`,
      ),
    ).filter(
      (el) =>
        strict.includes(el) ||
        el.matches(writerLinks) ||
        (el.getAttribute('class') ?? '').split(/\s+/).some((t) => authorClass.test(t)),
    );
    expect(found).toEqual(wanted);
    const texts = found.map((el) => el.textContent?.trim());
    expect(texts).toContain('Ada Quist');
    expect(texts).toContain('Pia Holm');
    expect(texts).toContain('Jan Eik');
    expect(texts).toContain('Lea Roth');
    expect(texts).toContain('Lea');
    expect(texts).not.toContain('Not a writer');
    expect(texts).not.toContain('Reporting');
    expect(texts).not.toContain('Not in a card');
    expect(texts).not.toContain('Upper Case');
    expect(texts).not.toContain('In a template');
  });

  it('isStamp keeps what the date stamp selector selects', () => {
    const stamped = allElements(doc).filter(isStamp);
    expect(stamped).toEqual(Array.from(doc.querySelectorAll(STAMP)));
    const texts = stamped.map((el) => el.textContent);
    expect(texts).toEqual(expect.arrayContaining(['yesterday', '2 April', 'Apr 2', 'c', 'p', 'm']));
    expect(texts).not.toContain('none');
    expect(texts).not.toContain('lower');
    expect(texts).not.toContain('not at the end');
    expect(texts).not.toContain('t');
  });
});

describe('reads that stop early or are shared by one extraction', () => {
  it('textUpTo gives textContent, or undefined once the text runs past the limit', () => {
    const doc = parseHtml(PAGE, 'https://harbour.example/news/ferry');
    const byline = doc.querySelector('p.byline')!;
    const text = byline.textContent ?? '';
    expect(textUpTo(byline, text.length)).toBe(text);
    expect(textUpTo(byline, text.length - 1)).toBeUndefined();
    // A comment's text is no text, as for textContent.
    const box = parseHtml('<div id=x>A<!-- note -->B<b>C</b></div>').getElementById('x')!;
    expect(textUpTo(box, 10)).toBe(box.textContent);
  });

  it('withTagIndex answers byTag(doc) from one list per tag, copies each time, and forgets it after', () => {
    const doc = parseHtml(PAGE, 'https://harbour.example/news/ferry');
    const direct = byTag(doc, 'time');
    const inside = withTagIndex(doc, () => {
      const first = byTag(doc, 'time');
      first.pop();
      // A caller that changes its copy does not change the next caller's.
      const second = byTag(doc, 'TIME');
      // An element root is not the indexed document: its list is read as before.
      const inArticle = byTag(doc.querySelector('article'), 'time');
      return { second, inArticle };
    });
    expect(inside.second).toEqual(direct);
    expect(inside.inArticle).toEqual(direct);
    // Read again after the extraction: a page that changed since is seen as it is now.
    doc.body.appendChild(doc.createElement('time'));
    expect(byTag(doc, 'time')).toHaveLength(direct.length + 1);
  });
});
