/**
 * Draws the extension's icon (a white lens over a teal tile, with an amber mark inside the lens) at every size
 * the stores ask for and writes them to public/icon/<size>.png. Run once after changing the design; the PNGs are
 * committed. No image library: shapes are signed-distance tests, supersampled for smooth edges.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];
const TEAL: Rgba = [18, 94, 99, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const AMBER: Rgba = [245, 176, 65, 255];

/** Colour of the design at a point in unit coordinates (0..1), or null for transparent. */
function shade(x: number, y: number): Rgba | null {
  const cornerRadius = 0.2;
  const dx = Math.max(Math.abs(x - 0.5) - (0.5 - cornerRadius), 0);
  const dy = Math.max(Math.abs(y - 0.5) - (0.5 - cornerRadius), 0);
  if (Math.hypot(dx, dy) > cornerRadius) return null;

  const lensX = 0.43;
  const lensY = 0.43;
  const distance = Math.hypot(x - lensX, y - lensY);
  if (distance < 0.13) return AMBER;
  if (distance > 0.19 && distance < 0.27) return WHITE;
  // Handle: a thick segment from the lens rim towards the bottom-right corner.
  const t = Math.min(Math.max((x - 0.62 + (y - 0.62)) / 2 / 0.16, 0), 1);
  const hx = 0.62 + t * 0.16;
  const hy = 0.62 + t * 0.16;
  if (Math.hypot(x - hx, y - hy) < 0.065) return WHITE;
  return TEAL;
}

function renderIcon(size: number): Buffer {
  const samples = 4;
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = shade((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!colour) continue;
          for (let c = 0; c < 3; c++) sum[c]! += colour[c]! * colour[3];
          sum[3]! += colour[3];
        }
      }
      const alpha = sum[3]!;
      const offset = 1 + px * 4;
      for (let c = 0; c < 3; c++) row[offset + c] = alpha ? Math.round(sum[c]! / alpha) : 0;
      row[offset + 3] = Math.round(alpha / (samples * samples));
    }
    rows.push(row);
  }
  return encodePng(size, size, Buffer.concat(rows));
}

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(width: number, height: number, filteredRows: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(filteredRows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 96, 128]) {
  writeFileSync(`public/icon/${size}.png`, renderIcon(size));
  console.log(`public/icon/${size}.png`);
}
