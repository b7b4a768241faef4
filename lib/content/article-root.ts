/**
 * Finds the live element that holds the extracted article, so highlights stay inside the story
 * (not the navigation, related links or comments).
 */
function findTextNode(root: Element, needle: string): Node | undefined {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if ((n as Text).data.includes(needle)) return n;
  }
  return undefined;
}

/**
 * The smallest element containing both anchors' text (see articleAnchors in lib/worker/page-marks.ts): the story in the live
 * page, so highlights stay out of navigation, related links and comments. `body` when they are not found.
 */
export function findArticleRoot(doc: Document, anchors: [string, string] | undefined): Element {
  const body = doc.body ?? doc.documentElement;
  if (!anchors) return body;
  const first = findTextNode(body, anchors[0]);
  const last = findTextNode(body, anchors[1]);
  if (!first || !last) return body;
  let el: Element | null = first.parentElement;
  while (el && !el.contains(last)) el = el.parentElement;
  return el ?? body;
}
