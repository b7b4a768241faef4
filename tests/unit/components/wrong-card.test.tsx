// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { EntityCard } from '@/components/EntityCard';
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
