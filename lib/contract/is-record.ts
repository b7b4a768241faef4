/** Is `v` a plain object (not null, not an array), so its fields can be read as unknown values? */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
