// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { OptionsView, type OptionsViewProps } from '@/components/OptionsView';
import { DEFAULT_SETTINGS, ONLINE_SOURCES } from '@/lib/settings';
import { interact, mount, texts } from './render';

const props = (over: Partial<OptionsViewProps> = {}): OptionsViewProps => ({
  settings: structuredClone(DEFAULT_SETTINGS),
  onChange: vi.fn(),
  problems: [],
  version: '1.2.3',
  credits: {
    data: [{ name: 'ParlGov', licence: 'CC0 1.0', use: 'Parties' }],
    libraries: [{ name: 'Preact', licence: 'MIT', use: 'UI' }],
  },
  onOnlineSourceChange: vi.fn(),
  transfer: { onExport: vi.fn(), onImport: vi.fn() },
  ...over,
});
const checkbox = (root: HTMLElement, label: string) =>
  [...root.querySelectorAll('label')]
    .find((l) => l.textContent?.trim() === label)
    ?.querySelector('input') as HTMLInputElement;

describe('OptionsView', () => {
  it('has the sections a reader looks for', () => {
    const root = mount(<OptionsView {...props()} />);
    expect(texts(root, 'h2')).toEqual(['Sites', 'What to show', 'Online sources', 'Data', 'About']);
    expect(root.textContent).toContain('Fact Context 1.2.3');
    expect(root.textContent).toContain('ParlGov');
  });

  it('lists every online source with what it sends, all off by default, and reports a switch', () => {
    const p = props();
    const root = mount(<OptionsView {...p} />);
    for (const s of ONLINE_SOURCES) {
      const box = checkbox(root, s.name);
      expect(box.checked, s.name).toBe(false);
      expect(root.querySelector(`#${box.getAttribute('aria-describedby')}`)?.textContent).toContain(s.sends);
    }
    interact(() => checkbox(root, 'Wikipedia summaries').click());
    expect(p.onOnlineSourceChange).toHaveBeenCalledWith('wikipedia', true);
    expect(p.onChange).not.toHaveBeenCalled(); // the caller stores it once the permission is granted
  });

  it('keeps wildcard sites and names what it could not read', () => {
    const p = props();
    const root = mount(<OptionsView {...p} />);
    const deny = root.querySelector<HTMLTextAreaElement>('#opt-deny')!;
    interact(() => {
      deny.value = '*.example.com\nhttps://www.bbc.co.uk/news\nnot a site!';
      deny.dispatchEvent(new Event('input', { bubbles: true }));
    });
    interact(() => deny.dispatchEvent(new Event('blur')));
    const saved = (p.onChange as ReturnType<typeof vi.fn>).mock.calls[0][0];
    expect(saved.sites.disabledFor).toEqual(['*.example.com', 'bbc.co.uk']);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('not a site!');
  });

  it('a change the browser refused to save is said politely, stays on screen, and can be saved again', () => {
    const onRetrySave = vi.fn();
    const settings = { ...structuredClone(DEFAULT_SETTINGS), historySize: 123 };
    const root = mount(<OptionsView {...props({ settings, saveError: 'Storage is full.', onRetrySave })} />);
    const status = root.querySelector('.fc-save-status')!;
    expect(status.getAttribute('role')).toBe('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toContain('was not saved. Storage is full.');
    expect(root.querySelector<HTMLInputElement>('input[type="number"][max="20000"]')?.value).toBe('123');
    const again = [...status.querySelectorAll('button')].find((b) => b.textContent === 'Save again')!;
    interact(() => again.click());
    expect(onRetrySave).toHaveBeenCalledTimes(1);
    // Without an error the live region is there (so the next one is announced) but says nothing.
    const calm = mount(<OptionsView {...props()} />);
    expect(calm.querySelector('.fc-save-status')?.textContent).toBe('');
  });

  it('switches entity types and the hover delay', () => {
    const p = props();
    const root = mount(<OptionsView {...p} />);
    interact(() => checkbox(root, 'People').click());
    expect((p.onChange as ReturnType<typeof vi.fn>).mock.lastCall![0].features.entityTypes.person).toBe(
      false,
    );
  });

  it('says when stored settings were corrupt and reset', () => {
    const root = mount(
      <OptionsView {...props({ problems: ['Stored settings were not an object; defaults restored.'] })} />,
    );
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('defaults restored');
  });
});
