/**
 * Raw HTML to a Document for the CLI, evaluations and tests. linkedom: measured on the 130 Readability
 * test pages it parses ~17× faster than happy-dom and Readability's text on it matches the expected text
 * better (token F1 0.996 vs 0.988).
 */
import { parseHTML } from 'linkedom';

/** Parse `html` into a Document; `url` becomes the document's base for relative links. Never throws. */
export function parseHtml(html: string, url?: string): Document {
  let source = typeof html === 'string' ? html : '';
  // Server warnings printed before the document (PHP's "Warning: …") make linkedom build an empty page.
  const start = source.slice(0, 5000).search(/<!doctype|<html[\s>]/i);
  if (start > 0 && /[^\s]/.test(source.slice(0, start).replace(/<!--[\s\S]*?-->/g, '')))
    source = source.slice(start);
  // linkedom needs an <html> root to build head/body; wrap fragments and empty input.
  if (!/<html[\s>]/i.test(source.slice(0, 5000)))
    source = `<!DOCTYPE html><html><head></head><body>${source}</body></html>`;
  let doc: Document;
  try {
    doc = parseHTML(source).document as unknown as Document;
  } catch {
    doc = parseHTML('<!DOCTYPE html><html><head></head><body></body></html>').document as unknown as Document;
  }
  if (url) {
    try {
      Object.defineProperty(doc, 'documentURI', { value: url, configurable: true });
      Object.defineProperty(doc, 'baseURI', { value: url, configurable: true });
    } catch {
      /* read-only in this DOM: links are resolved against the url by the extractor anyway */
    }
  }
  return doc;
}

/**
 * Bytes of an HTML page to a string: BOM, then the <meta charset> / http-equiv declaration (or the
 * Content-Type header passed in), else UTF-8, falling back to windows-1252 when UTF-8 decoding breaks.
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared =
    /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ??
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
  if (declared && !/^utf-?8$/i.test(declared)) {
    try {
      return new TextDecoder(declared.toLowerCase()).decode(bytes);
    } catch {
      /* unknown label: try UTF-8 below */
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Declared UTF-8 but is not (a common breakage): Windows-1252 keeps every byte readable.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
