/**
 * Deep nesting made shallow before anything walks the page. Readability's scoring climbs every node's
 * ancestors, so 20,000 nested `<div>`s took it 23 s; no real page nests more than a few dozen levels.
 */

/** Deepest element kept as it is; deeper wrappers give their children to their parent. */
const MAX_NESTING = 512;
/** A subtree at most this tall is kept whole wherever it ends up (a paragraph, a list, a small table). */
const KEPT_HEIGHT = 16;

/** Height of every element (0 for a leaf), computed without recursion. */
function heights(root: Element): Map<Element, number> {
  const height = new Map<Element, number>();
  const order: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    order.push(el);
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push(c);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i];
    let h = 0;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) h = Math.max(h, (height.get(c) ?? 0) + 1);
    height.set(el, h);
  }
  return height;
}

/**
 * Unwrap the elements of `doc` that sit deeper than `maxDepth` and hold tall subtrees, so no element ends up
 * much deeper than `maxDepth`; short subtrees (paragraphs, lists) are kept whole. Returns how many elements
 * were unwrapped. Linear in the size of the page.
 */
export function flattenDeepNesting(doc: Document, maxDepth = MAX_NESTING): number {
  const root = doc.documentElement;
  if (!root) return 0;
  const height = heights(root);
  if ((height.get(root) ?? 0) <= maxDepth) return 0;
  let unwrapped = 0;
  const stack: Array<[Element, number]> = [[root, 0]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    let child = el.firstElementChild;
    while (child) {
      const tall = (height.get(child) ?? 0) > KEPT_HEIGHT;
      if (depth + 1 > maxDepth && tall) {
        // Unwrap: the child's children take its place, and are looked at next.
        const first = child.firstElementChild;
        while (child.firstChild) el.insertBefore(child.firstChild, child);
        const next = first ?? child.nextElementSibling;
        child.remove();
        unwrapped++;
        child = next;
        continue;
      }
      if (depth + 1 + (height.get(child) ?? 0) > maxDepth) stack.push([child, depth + 1]);
      child = child.nextElementSibling;
    }
  }
  return unwrapped;
}
