// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ClaimList } from '@/components/ClaimList';
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
