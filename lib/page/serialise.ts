/**
 * The rendered page as HTML for the worker, written a few nodes at a time so the content script can
 * pause between slices (`outerHTML` of a 1 MB page is one task of 60–80 ms on a slow machine). What the
 * reader cannot read is left out: scripts (but JSON-LD, which carries the metadata), styles, SVG,
 * templates, noscript, canvas, comments and Fact Context's own UI. Text and attributes are escaped, so the worker's parser
 * sees the same tree.
 */

/** Elements whose content is no text of the article. */
const DROPPED = new Set(['script', 'style', 'svg', 'template', 'noscript', 'canvas', 'fact-context-ui']);
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

// Most text needs no escaping: test first, so a long page makes little garbage for the collector.
const escapeText = (s: string) =>
  /[&<>]/.test(s) ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : s;
const escapeAttr = (s: string) => (/[&"]/.test(s) ? s.replace(/&/g, '&amp;').replace(/"/g, '&quot;') : s);
const READABLE_NAME = /^[^\s"'>/=]+$/;
/** Elements deeper than this are written without their tags: their text stays, the nesting goes (see flatten.ts). */
const MAX_WRITTEN_DEPTH = 512;

function isJsonLd(el: Element): boolean {
  return el.localName === 'script' && /ld\+json/i.test(el.getAttribute('type') ?? '');
}

function startTag(el: Element): string {
  let tag = `<${el.localName}`;
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length; i++) {
    const { name, value } = attrs[i];
    // Attribute names the HTML parser could not read back are left out.
    if (READABLE_NAME.test(name)) tag += ` ${name}="${escapeAttr(value)}"`;
  }
  return `${tag}>`;
}

/**
 * The steps of serialising `doc`, one node per step; the HTML so far is in `out` (join it at the end).
 * Safe against a page that changes between steps: nodes are visited as they were when their parent was.
 */
export function* serialiseSteps(doc: Document, out: string[]): Generator<void, void, void> {
  const root = doc.documentElement;
  if (!root) return;
  out.push('<!DOCTYPE html>');
  const stack: Array<Node | string> = [root];
  const depths: number[] = [0];
  while (stack.length) {
    const item = stack.pop()!;
    const depth = depths.pop()!;
    if (typeof item === 'string') {
      out.push(item);
      continue;
    }
    if (item.nodeType === 3) out.push(escapeText((item as Text).data));
    else if (item.nodeType === 1) {
      const el = item as Element;
      const name = el.localName;
      // Script content is raw text to the parser: only a closing tag inside it needs breaking up.
      if (isJsonLd(el))
        out.push(`${startTag(el)}${(el.textContent ?? '').replace(/<\/(script)/gi, '<\\/$1')}</script>`);
      else if (!DROPPED.has(name) && !el.hasAttribute('data-fc-ui')) {
        const tagged = depth <= MAX_WRITTEN_DEPTH;
        if (tagged) out.push(startTag(el));
        if (!VOID.has(name)) {
          if (tagged) {
            stack.push(`</${name}>`);
            depths.push(depth);
          }
          for (let child = el.lastChild; child; child = child.previousSibling) {
            stack.push(child);
            depths.push(tagged ? depth + 1 : depth);
          }
        }
      }
    }
    yield;
  }
}

/** The whole page at once (tests, and callers without a main thread to protect). */
export function serialisePage(doc: Document): string {
  const out: string[] = [];
  const steps = serialiseSteps(doc, out);
  while (steps.next().done !== true);
  return out.join('');
}
