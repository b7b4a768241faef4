// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ClaimList } from '@/components/ClaimList';
import { EntityCard } from '@/components/EntityCard';
import { RelatedList } from '@/components/RelatedList';
import { RequestLog } from '@/components/RequestLog';
import { formatPartialDate, Timeline } from '@/components/Timeline';
import { ANALYSIS } from './fixtures';
import { mount, texts } from './render';

describe('Timeline', () => {
  it('lists dates in order, marks the article’s own date and says “week of” for week-precise dates', () => {
    const root = mount(<Timeline entries={ANALYSIS.timeline} />);
    expect(texts(root, 'time')).toEqual(['week of 4 Nov 2019', '12 Nov 2019', '12 Dec 2019']);
    const pub = root.querySelector('[aria-current="date"]')!;
    expect(pub.textContent).toContain('12 Nov 2019');
    expect(pub.textContent).toContain('This article was published');
    expect(root.querySelectorAll('[aria-current]')).toHaveLength(1);
  });
  it('formats partial dates', () => {
    expect(formatPartialDate('2019')).toBe('2019');
    expect(formatPartialDate('2019-11')).toBe('Nov 2019');
    expect(formatPartialDate('2019-12-09', 'week')).toBe('week of 9 Dec 2019');
  });
});

describe('ClaimList', () => {
  it('puts the most check-worthy claim first, names the speaker and links to a fact-check search for it', () => {
    const root = mount(<ClaimList claims={ANALYSIS.claims} />);
    expect(texts(root, '.fc-claim__text')).toEqual([
      'Forty per cent of parties were attacked',
      '“The attack was not successful”',
    ]);
    expect(texts(root, '.fc-claim__speaker')).toEqual(['Unattributed', 'NCSC spokeswoman']);
    const link = root.querySelectorAll<HTMLAnchorElement>('.fc-claim a')[1];
    expect(link.textContent).toBe('Search fact-checks');
    expect(decodeURIComponent(link.href)).toContain('The attack was not successful');
    expect(link.rel).toContain('noopener');
  });
});

describe('RelatedList and EntityCard links', () => {
  it('shows outlet, headline, date and why; only http(s) addresses become links', () => {
    const root = mount(
      <RelatedList
        items={[
          {
            title: 'Labour hit by cyber attack',
            url: 'https://wire.example/a',
            publisher: 'Wire',
            publishedAt: '2019-11-12T10:00:00Z',
            score: 0.9,
            why: 'shares Labour, NCSC',
          },
          { title: 'Hostile item', url: 'javascript:alert(1)', score: 0.5, why: 'same day' },
        ]}
      />,
    );
    const links = [...root.querySelectorAll<HTMLAnchorElement>('a')];
    expect(links.map((a) => a.href)).toEqual(['https://wire.example/a']);
    expect(root.textContent).toContain('Hostile item');
    expect(texts(root, 'time')).toEqual(['12 Nov 2019']);
    expect(root.textContent).toContain('Wire');
    expect(root.textContent).toContain('shares Labour, NCSC');
  });

  it('never renders a card link or extract attribution that is not http(s)', () => {
    const root = mount(
      <EntityCard
        entity={{
          id: 'e1',
          name: 'X',
          type: 'organization',
          confidence: 1,
          card: {
            title: 'X',
            facts: [],
            links: [
              { label: 'Site', url: 'data:text/html,<script>alert(1)</script>' },
              { label: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/X' },
            ],
            source: 'test',
            licence: 'CC0',
            extract: { text: 'X is.', source: 'Wikipedia', licence: 'CC BY-SA 4.0', url: 'javascript:x' },
          },
        }}
      />,
    );
    expect([...root.querySelectorAll<HTMLAnchorElement>('a')].map((a) => a.href)).toEqual([
      'https://en.wikipedia.org/wiki/X',
    ]);
    expect(root.textContent).toContain('CC BY-SA 4.0');
  });
});

describe('RequestLog', () => {
  it('says where a redirect pointed and whether it was followed', () => {
    const root = mount(
      <RequestLog
        requests={[
          {
            time: 0,
            host: 'feeds.example',
            url: 'https://feeds.example/rss',
            status: 302,
            redirectedTo: 'https://tracker.example/x',
            followed: false,
          },
        ]}
      />,
    );
    expect(root.querySelector('tbody td:last-child')!.textContent).toBe(
      'HTTP 302 → https://tracker.example/x (not followed: another site)',
    );
  });
});
