/**
 * Is an article written in English? The tagger, the claims model and the knowledge base's aliases are
 * English; on other languages they find capitalised nouns, not names. The text decides (a page may declare
 * the wrong language in its template); the declared language breaks a tie on short texts.
 */

/** Words that make up about a fifth of any English news text, and rarely appear in other languages. */
const ENGLISH = new Set(
  'the of and to in a is that for on was with as said by it at from his he be have has are were an this which but not had their they its who been or will would after more than about also there when'.split(
    ' ',
  ),
);

/** Below this many words a text says too little: the declared language decides. */
const MIN_WORDS = 40;
/** Share of English function words above which a text is English (English news: ~0.25; German, French, Spanish: < 0.04). */
const ENGLISH_SHARE = 0.1;
/** Words looked at: the first few hundred say enough. */
const SAMPLE_WORDS = 600;

/** What the language check found. */
export interface LanguageCheck {
  english: boolean;
  /** Share of English function words among the first words (0–1). */
  englishShare: number;
  /** The language to name to the reader: the declared one, or undefined when only the text spoke. */
  declared?: string;
}

/** Check `text` (with the page's declared primary language tag, if any). */
export function checkEnglish(text: string, declared?: string): LanguageCheck {
  const words =
    text
      .slice(0, SAMPLE_WORDS * 12)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  const sample = words.slice(0, SAMPLE_WORDS);
  const englishShare = sample.length ? sample.filter((w) => ENGLISH.has(w)).length / sample.length : 0;
  const english = sample.length < MIN_WORDS ? !declared || declared === 'en' : englishShare >= ENGLISH_SHARE;
  return { english, englishShare, declared };
}
