import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { icnsFile, icoFile, pngSize } from '../../scripts/icon-containers';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('the icon containers written from PNG images', () => {
  it('writes an .ico: header, one 16-byte entry per image, then the images', () => {
    const ico = icoFile([
      { size: 16, png: bytes(1, 2, 3) },
      { size: 256, png: bytes(4, 5) },
    ]);
    // 6 (header) + 2 × 16 (entries) = 38: the first image at 38, the second at 38 + 3 = 41; 43 bytes.
    expect(ico.length).toBe(43);
    const view = new DataView(ico.buffer);
    expect([view.getUint16(0, true), view.getUint16(2, true), view.getUint16(4, true)]).toEqual([
      0, 1, 2,
    ]);
    // First entry: 16 × 16, 32 bits, 3 bytes at 38.
    expect([
      ico[6],
      ico[7],
      view.getUint16(12, true),
      view.getUint32(14, true),
      view.getUint32(18, true),
    ]).toEqual([16, 16, 32, 3, 38]);
    // Second entry: 256 is written 0, 2 bytes at 41.
    expect([ico[22], ico[23], view.getUint32(30, true), view.getUint32(34, true)]).toEqual([
      0, 0, 2, 41,
    ]);
    expect([...ico.slice(38)]).toEqual([1, 2, 3, 4, 5]);
    expect(() => icoFile([{ size: 512, png: bytes(0) }])).toThrow(/up to 256 px/);
  });

  it('writes an .icns: its length, then each image with its type and length', () => {
    const icns = icnsFile([
      { size: 16, png: bytes(1, 2, 3) },
      { size: 1024, png: bytes(4, 5) },
    ]);
    // 8 (header) + (8 + 3) + (8 + 2) = 29 bytes.
    expect(icns.length).toBe(29);
    const text = (from: number) => new TextDecoder().decode(icns.slice(from, from + 4));
    const view = new DataView(icns.buffer);
    expect([text(0), view.getUint32(4)]).toEqual(['icns', 29]);
    expect([text(8), view.getUint32(12), ...icns.slice(16, 19)]).toEqual(['icp4', 11, 1, 2, 3]);
    expect([text(19), view.getUint32(23), ...icns.slice(27)]).toEqual(['ic10', 10, 4, 5]);
    expect(() => icnsFile([{ size: 48, png: bytes(0) }])).toThrow(/no PNG element of 48 px/);
  });
});

describe('the rendered icons in build/ (npm run icons)', () => {
  const read = (path: string) => new Uint8Array(readFileSync(`build/${path}`));

  it('has a 1024 px icon.png and every build/icons/<n>x<n>.png at its size', () => {
    expect(pngSize(read('icon.png'))).toEqual({ width: 1024, height: 1024 });
    const names = readdirSync('build/icons').sort((a, b) => parseInt(a) - parseInt(b));
    expect(names).toEqual([
      '16x16.png',
      '24x24.png',
      '32x32.png',
      '48x48.png',
      '64x64.png',
      '128x128.png',
      '256x256.png',
      '512x512.png',
      '1024x1024.png',
    ]);
    for (const name of names) {
      const n = parseInt(name);
      expect(pngSize(read(`icons/${name}`)), name).toEqual({ width: n, height: n });
    }
  });

  it('has an .ico of seven sizes up to 256 and an .icns whose length is its own', () => {
    const ico = read('icon.ico');
    expect(new DataView(ico.buffer).getUint16(4, true)).toBe(7);
    const icns = read('icon.icns');
    expect(new TextDecoder().decode(icns.slice(0, 4))).toBe('icns');
    expect(new DataView(icns.buffer).getUint32(4)).toBe(icns.length);
  });
});
