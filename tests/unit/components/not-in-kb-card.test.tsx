// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { EntityCard } from '@/components/EntityCard';
import { HoverCard } from '@/components/HoverCard';
import type { AnalysisEntity } from '@/lib/contract/types';
import { BLACKPOOL } from './fixtures';
import { mount } from './render';

const COACH: AnalysisEntity = {
  id: 'e-coach',
  name: 'Ruth Tennant',
  type: 'person',
  confidence: 0.3,
  mentions: [{ start: 0, end: 12, text: 'Ruth Tennant' }],
};

describe('a name the offline knowledge base lacks', () => {
  it('says what it is and offers a web search for the exact name, never a guessed card', () => {
    const root = mount(<EntityCard entity={COACH} />);
    expect(root.querySelector('.fc-type')?.textContent).toBe('Person — not in the offline knowledge base');
    const link = root.querySelector<HTMLAnchorElement>('.fc-links a')!;
    expect(link.textContent).toBe('Search the web for “Ruth Tennant”');
    expect(new URL(link.href).protocol).toBe('https:');
    expect(new URL(link.href).searchParams.get('q')).toBe('"Ruth Tennant"');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(root.querySelector('.fc-facts, .fc-source, .fc-why')).toBeNull();
  });

  it('a name the knowledge base has but would not card here says so, and names no type', () => {
    const root = mount(<EntityCard entity={{ ...COACH, name: 'Vancouver', unsure: true }} />);
    expect(root.querySelector('.fc-type')?.textContent).toBe('Not linked: unsure which entry');
    expect(root.textContent).toContain('The offline knowledge base has an entry called “Vancouver”');
    expect(root.textContent).not.toContain('No entry for this name');
    expect(root.querySelector('.fc-links a')?.textContent).toBe('Search the web for “Vancouver”');
    expect(root.querySelector('.fc-facts, .fc-source, .fc-why')).toBeNull();
  });

  it('keeps a hostile name as text inside an https search link', () => {
    const root = mount(
      <EntityCard entity={{ ...COACH, name: 'javascript:alert(1)<img src=x onerror=alert(1)>' }} />,
    );
    expect(root.querySelector('img')).toBeNull();
    const link = root.querySelector<HTMLAnchorElement>('.fc-links a')!;
    expect(new URL(link.href).protocol).toBe('https:');
  });

  it('shows the same in the hover card', () => {
    const root = mount(
      <HoverCard
        entity={BLACKPOOL}
        anchor={{ top: 10, bottom: 30, left: 10, right: 60 }}
        onClose={() => {}}
      />,
    );
    expect(root.textContent).toContain('Place — not in the offline knowledge base');
    expect(root.querySelector('.fc-links a')?.textContent).toBe('Search the web for “Blackpool”');
  });
});
