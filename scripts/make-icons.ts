/**
 * Draws the toolbar icons (an amber speech-card with a context mark) as PNGs, in colour and greyed for sites
 * where the extension is off. Pure Node: a tiny rasteriser and PNG encoder, so no image tool is needed.
 * Run: npx tsx scripts/make-icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];

function crc32(buf: Uint8Array): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function png(size: number, rgba: Uint8Array): Buffer {
  const chunk = (type: string, data: Uint8Array) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), Buffer.from(data)]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** Signed distance to a rounded rectangle centred at (cx, cy). */
function roundRect(x: number, y: number, cx: number, cy: number, hw: number, hh: number, r: number): number {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

function draw(size: number, grey: boolean): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const bg = grey ? [150, 150, 150] : [214, 140, 0];
  const fg = [255, 255, 255];
  const ss = 4; // supersampling
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let cover = 0;
      let white = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          const card = roundRect(x, y, 0.5, 0.5, 0.46, 0.46, 0.14) <= 0;
          if (!card) continue;
          cover++;
          // Three text lines, the middle one highlighted as a mention: the extension in one glance.
          const line1 = roundRect(x, y, 0.5, 0.3, 0.28, 0.055, 0.05) <= 0;
          const line2 = roundRect(x, y, 0.42, 0.5, 0.2, 0.075, 0.06) <= 0;
          const line3 = roundRect(x, y, 0.46, 0.7, 0.24, 0.055, 0.05) <= 0;
          if (line1 || line2 || line3) white++;
        }
      }
      const i = (py * size + px) * 4;
      const a = cover / (ss * ss);
      const w = cover ? white / cover : 0;
      for (let c = 0; c < 3; c++) out[i + c] = Math.round(bg[c] * (1 - w) + fg[c] * w);
      out[i + 3] = Math.round(a * 255);
    }
  }
  return out;
}

const dir = resolve(import.meta.dirname, '../public/icon');
mkdirSync(dir, { recursive: true });
for (const size of SIZES) {
  writeFileSync(resolve(dir, `${size}.png`), png(size, draw(size, false)));
  writeFileSync(resolve(dir, `${size}-off.png`), png(size, draw(size, true)));
}
console.log(`Icons written to ${dir}`);
