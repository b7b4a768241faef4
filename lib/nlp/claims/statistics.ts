/** Statistics in a sentence: percentages, money, counts with a scale word, rates and ratios. */

const STATISTIC = new RegExp(
  [
    String.raw`\d[\d,.]*\s?(?:%|per ?cent\b|percent\b|percentage points?\b)`,
    String.raw`[$£€¥]\s?\d`,
    String.raw`\b\d[\d,.]*\s?(?:bn|m|k)\b`,
    String.raw`\b\d[\d,.]*\s+(?:million|billion|trillion|thousand|hundred)\b`,
    String.raw`\b(?:one|two|three|four|five|six|seven|eight|nine|ten|half|a)\s+(?:million|billion|trillion)\b`,
    String.raw`\b\d[\d,.]*\s+(?:people|deaths|cases|jobs|votes|voters|seats|members|users|patients|homes|children|times|years old)\b`,
    String.raw`\b(?:one|two|three|four|\d+) in (?:every )?(?:\d+|two|three|four|five|ten|a hundred)\b`,
    String.raw`\b(?:doubled|tripled|halved|quadrupled)\b`,
  ].join('|'),
  'i',
);

/** Whether a sentence states a statistic (a figure a reader could check), not just a date or a count of one. */
export function isStatistic(sentence: string): boolean {
  return STATISTIC.test(sentence);
}
