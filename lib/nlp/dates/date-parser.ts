/**
 * chrono-node's casual English parser, with the same answers and a cheaper first use. Two of its patterns
 * ('3 days ago', 'two weeks later') cost V8 about 100 ms each to compile to machine code, almost all of it
 * for bounded whitespace (`\s{0,5}`), which the compiler unrolls. Each pattern here is tried first with
 * unbounded whitespace (`\s*`, a fraction of the compile time); a match whose whitespace runs fit every
 * bound is exactly the match the original pattern gives, and any other match is redone with the original.
 * Only the English locale is imported: chrono-node's root module builds all 16 locales' parsers on import
 * in Node (~150 ms CPU for the CLI and tools; the extension's bundle already drops them), and `casual`
 * there is this same English parser.
 */
import * as chrono from 'chrono-node/en';

/** `\s{0,n}` (greedy): the bounded whitespace that makes a pattern slow to compile. */
const BOUNDED_SPACE = /\\s\{0,(\d+)\}(?!\?)/g;

/**
 * A pattern that answers as `original` does. Why the answers agree: the relaxed pattern accepts every path
 * the original accepts and tries them in the same order (a greedy `\s*` tries more spaces first, as
 * `\s{0,n}` does), so when its first match never used more than n spaces in a row, no earlier path of the
 * original can succeed and the original takes this same path; otherwise the original pattern decides.
 */
export class RelaxedPattern extends RegExp {
  private readonly relaxed: RegExp;
  private readonly tooMuchSpace: RegExp;

  constructor(original: RegExp, relaxedSource: string, tightestBound: number) {
    super(original.source, original.flags);
    this.relaxed = new RegExp(relaxedSource, original.flags.replace(/[gy]/g, ''));
    this.tooMuchSpace = new RegExp(`\\s{${tightestBound + 1}}`);
  }

  override exec(text: string): RegExpExecArray | null {
    const match = this.relaxed.exec(text);
    if (!match || !this.tooMuchSpace.test(match[0])) return match;
    return super.exec(text);
  }
}

/** `original` with its bounded whitespace relaxed, or `original` itself when it has none (or is global). */
export function relaxPattern(original: RegExp): RegExp {
  if (original.global || original.sticky) return original;
  let tightest = Infinity;
  const relaxed = original.source.replace(BOUNDED_SPACE, (_, n: string) => {
    tightest = Math.min(tightest, Number(n));
    return '\\s*';
  });
  return tightest === Infinity ? original : new RelaxedPattern(original, relaxed, tightest);
}

/** A parser whose pattern is relaxed (kept per original pattern, as chrono keeps its own). */
function relaxedParser(parser: chrono.Parser): chrono.Parser {
  const made = new WeakMap<RegExp, RegExp>();
  return {
    pattern(context) {
      const original = parser.pattern(context);
      let pattern = made.get(original);
      if (!pattern) made.set(original, (pattern = relaxPattern(original)));
      return pattern;
    },
    extract: (context, match) => parser.extract(context, match),
  };
}

let casual: chrono.Chrono | undefined;

/** chrono.casual with every parser's pattern relaxed: the same results, built on first use. */
export function casualDateParser(): chrono.Chrono {
  if (!casual) {
    casual = chrono.casual.clone();
    casual.parsers = casual.parsers.map(relaxedParser);
  }
  return casual;
}
