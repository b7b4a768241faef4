/**
 * Lines that only carry a date ("Update: November, 13/2019 - 14:38", "Thursday, January 28 2021"):
 * page furniture, not events. The one matching the publication day is the article's date line.
 */

const META_WORDS = new Set(
  'update updated published posted last modified first on at by date time gmt bst utc est edt cet cest pst pdt am pm'.split(
    ' ',
  ),
);

/** True when the line holding [start, end) has nothing but the date and words like 'Updated:' or a time. */
export function isDateOnlyLine(line: string, dateStartInLine: number, dateEndInLine: number): boolean {
  if (line.length > 100) return false;
  const rest = `${line.slice(0, dateStartInLine)} ${line.slice(dateEndInLine)}`;
  const words = rest.toLowerCase().match(/[a-z]+/g) ?? [];
  return words.every((w) => META_WORDS.has(w));
}
