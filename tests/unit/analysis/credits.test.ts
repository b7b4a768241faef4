import { describe, expect, it } from 'vitest';
import { isCredit } from '@/lib/analysis/analyze';

const credit = (text: string, name: string) => {
  const start = text.indexOf(name);
  return isCredit(text, start, start + name.length);
};

describe('isCredit: photo credits and source lines are not what the article is about', () => {
  it('finds the agency in credits', () => {
    expect(credit('A crowd gathered. Photo: EPA\nThe minister spoke.', 'EPA')).toBe(true);
    expect(credit('Officials at the ceremony. (AP Photo/Jane Doe)', 'AP')).toBe(true);
    expect(credit('JANE DOE/AFP/Getty Images', 'AFP')).toBe(true);
    expect(credit('Image copyright Reuters\nThe drone footage shows the island.', 'Reuters')).toBe(true);
    expect(credit('Cases by county. Source: CDC', 'CDC')).toBe(true);
  });

  it('leaves the same names in the story alone', () => {
    expect(credit('The EPA said the river was clean.', 'EPA')).toBe(false);
    expect(credit('MOSCOW (AP) — A cargo ship burned up.', 'AP')).toBe(false);
    expect(credit('Reuters reported that talks had stalled.', 'Reuters')).toBe(false);
    expect(credit('She flew to Paris via London on Monday.', 'London')).toBe(false);
  });
});
