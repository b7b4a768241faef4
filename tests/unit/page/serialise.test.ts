// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseHtml } from '@/lib/page/parse-html';
import { serialisePage, serialiseSteps } from '@/lib/page/serialise';
import { extractArticle } from '@/lib/page/extract';
import { fixtureHtml } from './fixtures';

describe('serialisePage: the rendered page, written out for the worker', () => {
  it('keeps the text, attributes and JSON-LD; drops scripts, styles, SVG, comments and our own UI', () => {
    document.documentElement.lang = 'en';
    document.head.innerHTML =
      '<title>A &amp; B</title><style>p{color:red}</style><script>var tracker = "<p>not text</p>";</script>' +
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"AT&T </script-like> story"}</script>';
    document.body.innerHTML =
      '<article class="story" data-x=\'say "hi"\'><h1>Tom &amp; Jerry &lt;3</h1><!-- a comment -->' +
      '<p>One <b>bold</b> claim<br>and a <a href="/x?a=1&amp;b=2">link</a>.</p><svg><text>chart</text></svg>' +
      '<div data-fc-ui="card"><p>our card</p></div><fact-context-ui></fact-context-ui></article>';
    // A script changed the page after load: the worker sees the change.
    document.querySelector('h1')!.insertAdjacentText('beforeend', ' (updated)');
    const html = serialisePage(document);
    expect(html.startsWith('<!DOCTYPE html><html lang="en">')).toBe(true);
    const copy = parseHtml(html, 'https://example.org/story');
    expect(copy.querySelector('h1')?.textContent).toBe('Tom & Jerry <3 (updated)');
    expect(copy.querySelector('article')?.getAttribute('data-x')).toBe('say "hi"');
    expect(copy.querySelector('a')?.getAttribute('href')).toBe('/x?a=1&b=2');
    const p = copy.querySelector('p')!;
    expect([...p.childNodes].map((n) => n.nodeName)).toEqual([
      '#text',
      'B',
      '#text',
      'BR',
      '#text',
      'A',
      '#text',
    ]);
    expect(p.textContent).toBe('One bold claimand a link.');
    expect(copy.title).toBe('A & B');
    expect(JSON.parse(copy.querySelector('script[type="application/ld+json"]')!.textContent!).headline).toBe(
      'AT&T </script-like> story',
    );
    expect(html).not.toMatch(/tracker|color:red|chart|our card|a comment|fact-context-ui/);
  });

  it('text that looks like markup stays text', () => {
    document.body.innerHTML = '<p></p>';
    document.querySelector('p')!.textContent = '<img src=x onerror=alert(1)> & <script>x</script>';
    const copy = parseHtml(serialisePage(document));
    expect(copy.body.querySelectorAll('img, script')).toHaveLength(0);
    expect(copy.querySelector('p')?.textContent).toBe('<img src=x onerror=alert(1)> & <script>x</script>');
  });

  it('runs one node per step, so the content script can pause between slices', () => {
    document.body.innerHTML = '<p>a</p><p>b</p>';
    const out: string[] = [];
    const steps = serialiseSteps(document, out);
    let n = 0;
    while (steps.next().done !== true) n++;
    expect(n).toBeGreaterThan(6);
    expect(out.join('')).toContain('<p>a</p><p>b</p>');
  });

  it('the worker extracts the same article from the written-out page as from the page itself', () => {
    const html = fixtureHtml('seed-article.html');
    document.documentElement.innerHTML = parseHtml(html).documentElement.innerHTML;
    const url = 'https://news.example.org/politics/labour-cyber-attack';
    const direct = extractArticle(parseHtml(html, url), url);
    const viaWorker = extractArticle(parseHtml(serialisePage(document), url), url);
    expect(viaWorker.text).toBe(direct.text);
    expect(viaWorker.title).toBe(direct.title);
    expect(viaWorker.publishedAt).toBe(direct.publishedAt);
    expect(viaWorker.byline).toBe(direct.byline);
  });

  it('writes nesting deeper than 512 elements without the tags, keeping the text', () => {
    document.body.innerHTML = `${'<div>'.repeat(2000)}<p>deep text</p>${'</div>'.repeat(2000)}`;
    const html = serialisePage(document);
    expect((html.match(/<div>/g) ?? []).length).toBeLessThanOrEqual(512);
    expect(parseHtml(html).body.textContent).toBe('deep text');
  });
});
