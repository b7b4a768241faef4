/**
 * Capitals that are not a body's initials here: an abbreviation the article uses as a common noun ('call
 * your GP', 'see a GP'), which makes every 'GP' of the article the doctor, not the Green Party; and a chat
 * shorthand ('IMO, this is wrong', 'which IMO did not') that is not 'the IMO' of shipping. Such a mention gets
 * no card. Each test reads a few characters round the mention and the acronym's own occurrences, never the
 * whole page word by word.
 */

/** Shorthands of online writing that are also some body's initials. */
const SHORTHAND = new Set(['IMO', 'IMHO', 'TBH', 'FWIW', 'AFAIK', 'IIRC', 'BTW', 'YMMV']);

/** Words before a common noun, never before a body's name: 'your GP', 'a GP'. */
const COMMON_NOUN_BEFORE = /(?:^|[^\p{L}])(?:a|an|my|your|his|her|their)\s+$/iu;

const ACRONYM = /^\p{Lu}{2,5}$/u;

/** Does the article write `acronym` as a common noun somewhere ('your GP.', 'a GP or a nurse')? */
function usedAsCommonNoun(text: string, acronym: string): boolean {
  for (let i = text.indexOf(acronym); i >= 0; i = text.indexOf(acronym, i + 1)) {
    const after = text.slice(i + acronym.length, i + acronym.length + 4);
    // It ends a phrase ('your GP.', 'the GP or a hospital'): no noun, compound or sum after it ('a BBC
    // reporter', 'a UN-backed force', 'a US$5m loan' are the body's).
    if (!/^(?:[.,;:!?)]|\s+(?:or|and)(?:\s|$)|\s*$)/u.test(after)) continue;
    if (/\p{L}/u.test(text[i - 1] ?? '')) continue;
    if (COMMON_NOUN_BEFORE.test(text.slice(Math.max(0, i - 8), i))) return true;
  }
  return false;
}

/**
 * Whether every mention is an acronym that is not a body's initials here (see the module comment).
 * `mentions` are the group's mentions in `text`.
 */
export function isCommonAcronym(
  text: string,
  mentions: ReadonlyArray<{ start: number; end: number; text: string }>,
): boolean {
  if (!mentions.length) return false;
  const acronym = mentions[0].text.trim();
  if (!ACRONYM.test(acronym) || mentions.some((m) => m.text.trim() !== acronym)) return false;
  // 'IMO, the patch…', '…, IMO, …', 'which IMO nobody wanted': an aside, never 'the IMO said'.
  if (SHORTHAND.has(acronym))
    return mentions.every((m) => {
      const before = text.slice(Math.max(0, m.start - 10), m.start);
      if (/\bthe\s+$/i.test(before)) return false;
      return (
        text[m.end] === ',' ||
        /(?:^|[,(]|\b(?:which|that|but|and|so|because|though|although))\s*$/iu.test(before)
      );
    });
  return usedAsCommonNoun(text, acronym);
}
