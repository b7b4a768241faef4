/**
 * Defensive DOM access: pages may redefine DOM methods (e.g. `Element.prototype.querySelectorAll = null`),
 * so every read here catches and degrades to "nothing found" instead of throwing into the page.
 */

/** Elements matching `selector` under `root`, or [] when the page broke querySelectorAll or the selector. */
export function selectAll(root: ParentNode | null | undefined, selector: string): Element[] {
  if (!root) return [];
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** First element matching `selector`, or null when there is none or the DOM misbehaves. */
export function selectOne(root: ParentNode | null | undefined, selector: string): Element | null {
  if (!root) return null;
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

/** Elements with a tag name (cheaper than a selector in DOM implementations that walk the tree). */
export function byTag(root: Document | Element | null | undefined, tag: string): Element[] {
  if (!root) return [];
  try {
    return Array.from(root.getElementsByTagName(tag));
  } catch {
    return [];
  }
}

/** An attribute's value, or undefined when absent or unreadable. */
export function attr(el: Element | null | undefined, name: string): string | undefined {
  if (!el) return undefined;
  try {
    return el.getAttribute(name) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Whether a whitespace-separated attribute value (class, rel, itemprop) holds `token`, as CSS's `~=` reads it. */
export function hasToken(value: string | undefined, token: string): boolean {
  return !!value && value.split(/\s+/).includes(token);
}

/** Text content with whitespace collapsed, '' when unreadable. */
export function textOf(node: Node | null | undefined): string {
  if (!node) return '';
  try {
    return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
  } catch {
    return '';
  }
}

/** Lower-case tag name of a node ('' for non-elements). */
export function tagOf(node: Node | null | undefined): string {
  try {
    return node && node.nodeType === 1 ? (node as Element).tagName.toLowerCase() : '';
  } catch {
    return '';
  }
}

/** The element's class and id as one lower-case string, for boilerplate patterns. */
export function classAndId(el: Element): string {
  let known = classAndIdOf.get(el);
  if (known === undefined) {
    const cls = attr(el, 'class');
    const id = attr(el, 'id');
    known = cls || id ? `${cls ?? ''} ${id ?? ''}`.toLowerCase() : ' ';
    classAndIdOf.set(el, known);
  }
  return known;
}

/**
 * classAndId() per element, read once: detection, dates and bylines ask about the same ancestors again
 * and again. Safe because extraction only reads the page (Readability and the clean-up work on a clone,
 * whose elements are other objects).
 */
const classAndIdOf = new WeakMap<Element, string>();

/**
 * Every element under `root` in document order, by walking children (works where getElementsByTagName('*')
 * is unsupported, as in linkedom, or querySelectorAll was redefined by the page). An element root is listed
 * first, and a <template>'s contents are walked too.
 */
export function allElements(root: Document | Element | null | undefined): Element[] {
  return walkElements(root, false);
}

/**
 * Every element under `root` as querySelectorAll('*') lists them: in document order, the root element of a
 * document included but an element root not, a <template>'s contents left out. One walk in code is much
 * cheaper in linkedom than querySelectorAll with a long selector list, which tests every selector on every
 * element.
 */
export function queryableElements(root: Document | Element | null | undefined): Element[] {
  return walkElements(root, true);
}

function walkElements(root: Document | Element | null | undefined, asQuery: boolean): Element[] {
  const out: Element[] = [];
  const start = root && (root.nodeType === 9 ? (root as Document).documentElement : (root as Element));
  if (!start) return out;
  try {
    const stack: Element[] = [start];
    while (stack.length) {
      const el = stack.pop()!;
      if (asQuery && el !== start && el.localName === 'template') {
        out.push(el);
        continue;
      }
      if (!asQuery || el !== root) out.push(el);
      for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
    }
  } catch {
    /* partial walk */
  }
  return out;
}
