// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { EntityCard } from '@/components/EntityCard';
import { HoverCard } from '@/components/HoverCard';
import { WrongCardList } from '@/components/WrongCardList';
import { BLACKPOOL, NCSC } from './fixtures';
import { interact, mount } from './render';

describe('Wrong card?', () => {
  it('is offered on a card from the KB, beside "Why this card", and reports the entity', () => {
    const onWrongCard = vi.fn();
    const root = mount(<EntityCard entity={NCSC} onWrongCard={onWrongCard} />);
    const button = root.querySelector<HTMLButtonElement>('.fc-card__wrong')!;
    expect(button.textContent).toBe('Wrong card?');
    interact(() => button.click());
    expect(onWrongCard).toHaveBeenCalledWith(NCSC);
  });

  it('is not offered on a name without a card, nor where no one listens', () => {
    expect(
      mount(<EntityCard entity={BLACKPOOL} onWrongCard={() => {}} />).querySelector('.fc-card__wrong'),
    ).toBeNull();
    expect(mount(<EntityCard entity={NCSC} />).querySelector('.fc-card__wrong')).toBeNull();
  });

  it('is on the hover card too: a KB card offers it and reports the entity, a name without a card does not', () => {
    const onWrongCard = vi.fn();
    const anchor = { top: 10, bottom: 30, left: 10, right: 60 };
    const root = mount(
      <HoverCard entity={NCSC} anchor={anchor} onClose={() => {}} onWrongCard={onWrongCard} />,
    );
    const button = root.querySelector<HTMLButtonElement>('[role="dialog"] .fc-card__wrong')!;
    expect(button.getAttribute('aria-label')).toMatch(/^Wrong card\? National Cyber Security Centre/);
    interact(() => button.click());
    expect(onWrongCard).toHaveBeenCalledWith(NCSC);
    const plain = mount(
      <HoverCard entity={BLACKPOOL} anchor={anchor} onClose={() => {}} onWrongCard={onWrongCard} />,
    );
    expect(plain.querySelector('.fc-card__wrong')).toBeNull();
  });

  it('lists the reports on the options page, each with an undo', () => {
    const report = {
      site: 'example-news.com',
      name: 'hitachi',
      kbId: 'city-jp-hitachi',
      title: 'Hitachi, Ibaraki',
      reportedAt: '2026-12-02T10:00:00.000Z',
    };
    const onUndo = vi.fn();
    const root = mount(<WrongCardList reports={[report]} onUndo={onUndo} />);
    expect(root.querySelector('li')?.textContent).toContain(
      '“hitachi” on example-news.com is not Hitachi, Ibaraki',
    );
    interact(() => root.querySelector<HTMLButtonElement>('li button')!.click());
    expect(onUndo).toHaveBeenCalledWith(report);
    expect(mount(<WrongCardList reports={[]} onUndo={onUndo} />).textContent).toContain('None.');
  });
});
