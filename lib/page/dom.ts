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

/** The document being read by withTagIndex and its element lists by tag name, read once each. */
let tagIndex: { doc: Document; lists: Map<string, Element[]> } | undefined;

/**
 * Run `read` with byTag(doc, tag) answered from one list per tag: extraction asks for the page's h1s, scripts
 * and metas from a dozen places, and each getElementsByTagName walks the whole page in linkedom. Only for code
 * that does not change `doc` (extraction edits a clone); the lists are dropped when `read` returns.
 */
export function withTagIndex<T>(doc: Document, read: () => T): T {
  const outer = tagIndex;
  tagIndex = { doc, lists: new Map() };
  try {
    return read();
  } finally {
    tagIndex = outer;
  }
}

/** Elements with a tag name (cheaper than a selector in DOM implementations that walk the tree). */
export function byTag(root: Document | Element | null | undefined, tag: string): Element[] {
  if (!root) return [];
  try {
    if (tagIndex && root === tagIndex.doc) {
      const key = tag.toLowerCase();
      let list = tagIndex.lists.get(key);
      if (!list) {
        list = Array.from(root.getElementsByTagName(tag));
        tagIndex.lists.set(key, list);
      }
      return list.slice();
    }
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

/**
 * The element's textContent, or undefined as soon as it runs past `max` characters: what
 * `el.textContent.length > max ? skip : el.textContent` decides, without reading a big container in full.
 */
export function textUpTo(el: Element, max: number): string | undefined {
  let raw = '';
  try {
    const stack: Node[] = [el];
    while (stack.length) {
      const node = stack.pop()!;
      if (node.nodeType === 3 || node.nodeType === 4) {
        raw += node.nodeValue ?? '';
        if (raw.length > max) return undefined;
      } else if (node.nodeType === 1 || node.nodeType === 11) {
        for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
      }
    }
  } catch {
    return undefined;
  }
  return raw;
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
