import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_FEED_ITEMS, parseFeed } from '@/lib/related';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/related/${name}`, import.meta.url), 'utf8');

describe('feed parser (no DOM)', () => {
  it('reads RSS 2.0: titles, absolute links, ISO dates, text-only summaries, the channel as publisher', () => {
    const items = parseFeed(fixture('rss.xml'), 'https://wire.example/feed.xml');
    expect(items).toHaveLength(3);
    expect(items[0]).toEqual({
      title: 'Labour hit by cyber attack on its digital platforms',
      url: 'https://wire.example/news/2019/11/12/labour-cyber-attack',
      publishedAt: '2019-11-12T10:00:00.000Z',
      summary: 'The Labour Party said it had suffered a “large-scale” cyber attack. The NCSC said it failed.',
      publisher: 'Wire Example & Partners',
    });
    expect(items[1].url).toBe('https://wire.example/news/2019/11/13/relative');
    expect(items[1].publishedAt).toBe('2019-11-13T08:30:00.000Z');
    expect(items[2]).toMatchObject({
      url: 'https://wire.example/news/guid-only',
      publishedAt: '2019-11-13T09:00:00.000Z',
    });
  });

  it('reads Atom: the alternate link, published or updated date, HTML summaries as text', () => {
    const items = parseFeed(fixture('atom.xml'), 'https://paper.example/feed.atom');
    expect(items).toEqual([
      {
        title: 'Cyber attack on Labour failed, says NCSC',
        url: 'https://paper.example/politics/labour-says-cyber-attack-failed',
        publishedAt: '2019-11-13T14:38:00.000Z',
        summary: 'British security officials played down the attack.',
        publisher: 'Paper Example',
      },
      {
        title: 'Only updated date',
        url: 'https://paper.example/articles/only-updated',
        publishedAt: '2019-11-12T06:00:00.000Z',
        summary: undefined,
        publisher: 'Paper Example',
      },
    ]);
  });

  it('reads RSS 1.0 (RDF) with Dublin Core dates', () => {
    const [item] = parseFeed(fixture('rdf.xml'), 'https://old.example/index.rdf');
    expect(item).toMatchObject({
      url: 'https://old.example/story-1',
      publishedAt: '2019-11-14T09:00:00.000Z',
      publisher: 'Old Example',
    });
  });

  it('throws a clear error naming the feed on broken XML and on XML that is not a feed', () => {
    expect(() => parseFeed(fixture('broken.xml'), 'https://broken.example/rss')).toThrow(
      /https:\/\/broken\.example\/rss is not valid XML \(line \d+/,
    );
    expect(() => parseFeed('<html><body>Not found</body>', 'https://x.example/feed')).toThrow(
      /not valid XML/,
    );
    expect(() => parseFeed(fixture('not-a-feed.xml'), 'https://wire.example/sitemap.xml')).toThrow(
      /not an RSS, Atom or RDF feed \(its root is <urlset>\)/,
    );
  });

  it('keeps at most MAX_FEED_ITEMS items of a huge feed, newest first', () => {
    const items = Array.from(
      { length: 3000 },
      (_, i) => `<item><title>Story ${i}</title><link>https://big.example/${i}</link></item>`,
    ).join('');
    const parsed = parseFeed(
      `<rss version="2.0"><channel><title>Big</title>${items}</channel></rss>`,
      'https://big.example/rss',
    );
    expect(parsed).toHaveLength(MAX_FEED_ITEMS);
    expect(parsed[0].url).toBe('https://big.example/0');
  });

  it('reads a one-item feed (not an array in the XML)', () => {
    const parsed = parseFeed(
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>One</title><entry><title>Only</title><link href="https://one.example/a"/></entry></feed>',
      'https://one.example/atom',
    );
    expect(parsed.map((p) => p.url)).toEqual(['https://one.example/a']);
  });

  it('drops items whose link is not http(s): javascript:, data: and file: never become links', () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Hostile</title>
      <item><title>Script</title><link>javascript:alert(document.cookie)</link></item>
      <item><title>Data</title><link> data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;</link></item>
      <item><title>File</title><link>file:///etc/passwd</link></item>
      <item><title>Fine</title><link>/news/fine</link></item>
    </channel></rss>`;
    const items = parseFeed(rss, 'https://wire.example/feed.xml');
    expect(items.map((i) => i.url)).toEqual(['https://wire.example/news/fine']);
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
      <entry><title>Script</title><link rel="alternate" href="JavaScript:alert(1)"/></entry></feed>`;
    expect(parseFeed(atom, 'https://paper.example/feed.atom')).toEqual([]);
  });
});
