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
  it('groups claims by speaker, best first, labels the checkable ones and links to a fact-check search', () => {
    const root = mount(<ClaimList claims={ANALYSIS.claims} />);
    expect(texts(root, '.fc-claim__text')).toEqual([
      'Forty per cent of parties were attacked',
      '“The attack was not successful”',
    ]);
    expect(texts(root, '.fc-claim__speaker')).toEqual(['Unattributed', 'NCSC spokeswoman']);
    // 0.9 is worth checking, 0.4 is not: a label, not a number.
    expect(texts(root, '.fc-claim__label')).toEqual(['worth checking']);
    expect(root.textContent).not.toMatch(/check-worthiness \d/);
    const link = root.querySelectorAll<HTMLAnchorElement>('.fc-claim a')[1];
    expect(link.textContent).toBe('Search fact-checks');
    expect(link.href.startsWith('https://')).toBe(true);
    expect(decodeURIComponent(link.href)).toContain('The attack was not successful');
    expect(link.rel).toContain('noopener');
  });

  it('puts two claims of one speaker under one heading that links to the speaker’s card', () => {
    const claims = [
      {
        text: 'Exports fell by four percent last year',
        start: 0,
        end: 10,
        kind: 'reported' as const,
        speaker: { name: 'ONS', entityId: 'e1' },
        checkworthiness: 0.9,
      },
      {
        text: 'The figures will be revised in March',
        start: 20,
        end: 30,
        kind: 'reported' as const,
        speaker: { name: 'the office', entityId: 'e1' },
        checkworthiness: 0.3,
      },
      {
        text: 'We are very happy with the result today',
        start: 40,
        end: 50,
        kind: 'quote' as const,
        speaker: { name: 'a spokesman' },
        checkworthiness: 0.6,
      },
    ];
    const entities = [
      { id: 'e1', name: 'Office for National Statistics', type: 'organization' as const, confidence: 1 },
    ];
    const root = mount(<ClaimList claims={claims} entities={entities} />);
    expect(texts(root, 'h3.fc-claim__speaker')).toEqual(['Office for National Statistics', 'a spokesman']);
    expect(root.querySelectorAll('.fc-claim-group')[0]!.querySelectorAll('.fc-claim')).toHaveLength(2);
    const card = root.querySelector<HTMLAnchorElement>('h3.fc-claim__speaker a')!;
    expect(card.getAttribute('href')).toBe('#fc-card-e1');
    expect(root.querySelectorAll('h3.fc-claim__speaker')[1]!.querySelector('a')).toBeNull();
  });
});
