/**
 * A short label for a dated moment, taken from its sentence: the event noun the date modifies ("the
 * December 12 election" → "general election"), the thing that "took place on Monday", who "said on
 * Tuesday", or else the clause around the date.
 */

const EVENT_NOUNS =
  'election|elections|vote|referendum|poll|polls|attack|attacks|hack|breach|meeting|summit|debate|hearing|deadline|match|strike|speech|statement|announcement|launch|conference|talks|ceremony|trial|verdict|budget|report|deal|agreement|protest|protests|shooting|explosion|crash|storm|raid|visit|interview|inauguration|funeral|wedding|rally|count|result|results|release|outage|incident|campaign|crisis|ruling|sale|merger|flight|game|final';
const EVENT_NOUN = new RegExp(`^(?:${EVENT_NOUNS})$`);
const STOP = new Set(
  'a an the its their his her our this that these those some any of on in at to for and or but by with from as'.split(
    ' ',
  ),
);
const REPORTING = /\b(said|says|told|announced|confirmed|reported|revealed|warned|added|stated)\s*$/i;

/** Length of " election" when the word right after a date is an event noun it modifies, else 0. */
export function eventNounAfter(after: string): number {
  const match = /^\s+([a-z]+)\b/.exec(after);
  return match && EVENT_NOUN.test(match[1]) ? match[0].length : 0;
}

/**
 * Label for the date at [start, end) in `sentence` (a span of `text`); undefined when nothing fits.
 * Pass one `expansions` map per text so each event noun is looked up in the article only once.
 */
export function eventLabel(
  text: string,
  start: number,
  end: number,
  sentence: { start: number; end: number },
  expansions: Map<string, string> = new Map(),
): string | undefined {
  const before = text.slice(sentence.start, start);
  const after = text.slice(end, sentence.end);
  const expand = (head: string): string => {
    let full = expansions.get(head);
    if (full === undefined) expansions.set(head, (full = expandHead(text, head)));
    return full;
  };
  return (
    modifiedNoun(after, expand) ??
    placedEvent(before, expand) ??
    reportedBy(before) ??
    clauseAround(before, after)
  );
}

/** "the December 12 election", "Monday's attempted hack": the date modifies the noun right after it. */
function modifiedNoun(after: string, expand: (head: string) => string): string | undefined {
  const match = /^(?:['’]s)?((?:\s+[a-z][a-z-]*){1,3})/.exec(after);
  if (!match) return undefined;
  const words = match[1].trim().split(/\s+/);
  const head = words.findIndex((w) => EVENT_NOUN.test(w));
  if (head === -1) return undefined;
  return head > 0 ? words.slice(0, head + 1).join(' ') : expand(words[0]);
}

/** "the attack which took place on Monday": the event is the noun before 'which/that'. */
function placedEvent(before: string, expand: (head: string) => string): string | undefined {
  const match =
    /\b([a-z-]+)\s+(?:which|that)\s+(?:took place|happened|occurred|began|started|ended)\s+(?:on|early|late|in)?\s*$/i.exec(
      before,
    );
  if (!match || !EVENT_NOUN.test(match[1].toLowerCase())) return undefined;
  return expand(match[1].toLowerCase());
}

/** "British security officials said on Tuesday" → "statement by British security officials". */
function reportedBy(before: string): string | undefined {
  const trimmed = before.replace(/(?<!\s)\s+(?:on|early|late|in|at)\s*$/i, '');
  const verb = REPORTING.exec(trimmed);
  if (!verb) return undefined;
  const subject = trimmed
    .slice(0, verb.index)
    .trim()
    .split(/[,;:—–]\s*/)
    .pop()
    ?.replace(/^(?:the|a|an)\s+/i, '')
    .trim();
  if (!subject || subject.split(/\s+/).length > 5 || /^(?:he|she|it|they|we|i|you)$/i.test(subject))
    return undefined;
  return `statement by ${subject}`;
}

/** The clause holding the date, without the date, determiners or stray punctuation: at most eight words. */
function clauseAround(before: string, after: string): string | undefined {
  const left = before.split(/[;:,—–]|\b(?:but|and|while|however|that)\b/i).pop() ?? '';
  const right =
    after.split(/[;:,.!?—–]|\b(?:but|and|while|according|ahead|before|after|until|since|during)\b/i)[0] ?? '';
  const words = `${left} ${right}`
    .replace(/[()"“”‘’[\]]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .filter((w, i, all) => !(STOP.has(w.toLowerCase()) && (i === 0 || i === all.length - 1)));
  while (words.length > 0 && STOP.has(words[0].toLowerCase())) words.shift();
  while (words.length > 0 && STOP.has(words[words.length - 1].toLowerCase())) words.pop();
  if (words.length < 2) return undefined;
  return words.slice(0, 8).join(' ');
}

/**
 * The fullest form of an event noun in the article: "attack" → "attempted cyber attack on Labour",
 * "election" → "general election" (its modifiers and an 'on/against <Name>' complement, when present).
 */
function expandHead(text: string, head: string): string {
  const pattern = new RegExp(
    `\\b(?:an?|the|its|their|his|her)\\s+((?:[a-z][a-z-]*\\s+){0,2})${head}\\b(?:\\s+(on|against|in|at)\\s+(?:the\\s+)?(?:[a-z]+\\s+){0,2}([A-Z][\\w-]+))?`,
    'g',
  );
  let best = head;
  let bestScore = 0;
  let seen = 0;
  for (let m = pattern.exec(text); m && seen < 200; m = pattern.exec(text), seen++) {
    const modifiers = m[1]
      .trim()
      .split(/\s+/)
      .filter(
        (w) =>
          w &&
          !STOP.has(w) &&
          !/^(?:was|were|is|are|had|has|have|be|been|said|described|reported|deal)$/.test(w),
      );
    const complement = m[3] ? ` ${m[2]} ${m[3]}` : '';
    const score = modifiers.length + (complement ? 1 : 0);
    if (score > bestScore) {
      best = `${modifiers.join(' ')}${modifiers.length ? ' ' : ''}${head}${complement}`;
      bestScore = score;
    }
  }
  return best;
}
