/** Feature names become 32-bit numbers (FNV-1a), so the model stores numbers, not strings. */

/** Hash of feature `template` with `value`: the same pair always gives the same unsigned 32-bit number. */
export function featureHash(template: string, value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < template.length; i++) {
    h ^= template.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= 0x1f;
  h = Math.imul(h, 0x01000193);
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
