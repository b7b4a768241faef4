/**
 * The live element that holds the story: the smallest element holding every highlight the worker's anchors
 * found, so text the page adds later can be told apart (inside the story, or beside it).
 */
export function findArticleRoot(doc: Document, marks: readonly Element[]): Element {
  const body = doc.body ?? doc.documentElement;
  const live = marks.filter((m) => m.isConnected);
  if (!live.length) return body;
  let el: Element | null = live[0].parentElement;
  for (const mark of live.slice(1)) while (el && !el.contains(mark)) el = el.parentElement;
  return el ?? body;
}
