// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { PopupView, type PopupViewProps } from '@/components/PopupView';
import { ANALYSIS } from './fixtures';
import { interact, mount, texts } from './render';

const props = (over: Partial<PopupViewProps> = {}): PopupViewProps => ({
  state: { status: 'ready', analysis: ANALYSIS },
  show: { claims: true, timeline: true, related: true },
  onAnalyseAnyway: vi.fn(),
  onSiteEnabled: vi.fn(),
  onSelectEntity: vi.fn(),
  onOpenOptions: vi.fn(),
  ...over,
});
const button = (root: HTMLElement, name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) as
    HTMLButtonElement | undefined;

describe('PopupView', () => {
  it('shows the article, then its cards most central first (headline, lead, mentions), not linked first', () => {
    const root = mount(<PopupView {...props()} />);
    expect(root.querySelector('h1')?.textContent).toBe(ANALYSIS.article.title);
    expect(root.querySelector('.fc-article__meta')?.textContent).toBe('The Northern Courier · 12 Nov 2019');
    expect(texts(root, '.fc-cards .fc-card__title')).toEqual([
      'Labour Party', // in the headline
      'Blackpool', // five mentions, no card
      'National Cyber Security Centre',
      'Jeremy Corbyn',
    ]);
    expect(texts(root, 'h2')).toEqual(['In this article', 'Timeline', 'Claims', 'Related coverage']);
  });

  it('filters cards fuzzily and says so when nothing matches', () => {
    const root = mount(<PopupView {...props()} />);
    const filter = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    interact(() => {
      filter.value = 'cyber secrity';
      filter.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(texts(root, '.fc-cards .fc-card__title')).toEqual(['National Cyber Security Centre']);
    interact(() => {
      filter.value = 'zzzzqqq';
      filter.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(root.querySelector('.fc-cards')).toBeNull();
    expect(root.textContent).toContain('No card matches the filter.');
  });

  it('clicking a card’s title asks to show that entity in the page', () => {
    const p = props();
    const root = mount(<PopupView {...p} />);
    interact(() => button(root, 'Jeremy Corbyn')!.click());
    expect(p.onSelectEntity).toHaveBeenCalledWith(expect.objectContaining({ id: 'e-corbyn' }));
  });

  it('says the dates, claims and related coverage are being read while an update completes them', () => {
    const early = { ...ANALYSIS, claims: [], timeline: [], related: [] };
    const root = mount(
      <PopupView {...props({ state: { status: 'ready', analysis: early, completing: true } })} />,
    );
    expect(texts(root, '[role="status"]')).toEqual([
      'Reading the dates…',
      'Reading the quotes and claims…',
      'Reading related coverage…',
    ]);
    expect(root.textContent).not.toContain('No dates found.');
    const done = mount(<PopupView {...props({ state: { status: 'ready', analysis: early } })} />);
    expect(done.textContent).toContain('No dates found.');
    expect(done.textContent).not.toContain('Reading the dates…');
  });

  it('leaves out the sections the reader switched off', () => {
    const root = mount(<PopupView {...props({ show: { claims: false, timeline: true, related: false } })} />);
    expect(texts(root, 'h2')).toEqual(['In this article', 'Timeline']);
  });

  it('is one click from turning the site off', () => {
    const p = props();
    const root = mount(<PopupView {...p} />);
    interact(() => button(root, 'Turn off on this site')!.click());
    expect(p.onSiteEnabled).toHaveBeenCalledWith(false);
  });

  it('analysing: says so and is marked busy', () => {
    const root = mount(<PopupView {...props({ state: { status: 'analysing' } })} />);
    expect(root.querySelector('.fc-status h2')?.textContent).toBe('Analysing this article…');
    expect(root.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
  });

  it('analysing for too long: says so, is no longer busy, and offers to try again', () => {
    const p = props({ state: { status: 'analysing', since: 0 }, slow: true });
    const root = mount(<PopupView {...p} />);
    expect(root.querySelector('.fc-status h2')?.textContent).toBe('This is taking longer than it should');
    expect(root.querySelector('.fc-status')?.getAttribute('aria-live')).toBe('polite');
    expect(root.querySelector('main')?.getAttribute('aria-busy')).toBeNull();
    interact(() => button(root, 'Try again')!.click());
    expect(p.onAnalyseAnyway).toHaveBeenCalledTimes(1);
  });

  it('not news: explains why and offers “Analyse anyway”', () => {
    const p = props({ state: { status: 'not-news', reasons: ['Section front: many short links'] } });
    const root = mount(<PopupView {...p} />);
    expect(root.querySelector('.fc-status h2')?.textContent).toBe('Not a news article');
    expect(root.textContent).toContain('Section front: many short links');
    interact(() => button(root, 'Analyse anyway')!.click());
    expect(p.onAnalyseAnyway).toHaveBeenCalled();
  });

  it('a page read only in part says so under the headline', () => {
    const note = 'This page is very large (over 8 million characters of HTML); only its first part was read.';
    const root = mount(
      <PopupView {...props({ state: { status: 'ready', analysis: ANALYSIS, notes: [note] } })} />,
    );
    expect(root.querySelector('header [role="note"]')?.textContent).toBe(note);
    expect(mount(<PopupView {...props()} />).querySelector('[role="note"]')).toBeNull();
  });

  it('an article in another language: says which, and still offers “Analyse anyway”', () => {
    const p = props({ state: { status: 'not-news', language: 'de', reasons: ['Not in English'] } });
    const root = mount(<PopupView {...p} />);
    expect(root.querySelector('.fc-status h2')?.textContent).toBe('Not in English');
    expect(root.textContent).toContain('This article is in German.');
    interact(() => button(root, 'Analyse anyway')!.click());
    expect(p.onAnalyseAnyway).toHaveBeenCalled();
    const unknown = mount(<PopupView {...props({ state: { status: 'not-news', language: 'und' } })} />);
    expect(unknown.textContent).toContain('This article is in another language.');
  });

  it('disabled on this site: offers “Turn on for this site” and no “Turn off”', () => {
    const p = props({ state: { status: 'disabled' } });
    const root = mount(<PopupView {...p} />);
    expect(button(root, 'Turn off on this site')).toBeUndefined();
    interact(() => button(root, 'Turn on for this site')!.click());
    expect(p.onSiteEnabled).toHaveBeenCalledWith(true);
  });

  it('error: shows what went wrong and what to do, with a way to try again', () => {
    const p = props({
      state: {
        status: 'error',
        error: 'Could not read the built-in kb data (404); reinstall the extension.',
      },
    });
    const root = mount(<PopupView {...p} />);
    expect(root.textContent).toContain('Could not read the built-in kb data');
    expect(root.textContent).toContain('What to do');
    interact(() => button(root, 'Try again')!.click());
    expect(p.onAnalyseAnyway).toHaveBeenCalled();
  });
});
