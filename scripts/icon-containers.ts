/**
 * The Windows and macOS icon files, written from PNG images without an image library: both formats
 * may hold PNG data as it is (ICO since Windows Vista, ICNS for the sizes below), so they are a
 * header, a directory and the PNG files one after the other.
 */

/** A square PNG image of the icon at one size. */
export interface SizedPng {
  size: number;
  png: Uint8Array;
}

/**
 * An .ico file: ICONDIR (6 bytes), one ICONDIRENTRY (16 bytes) per image, then the images. Sizes are
 * one byte, where 0 means 256 (the largest an .ico holds).
 */
export function icoFile(images: readonly SizedPng[]): Uint8Array {
  const headerSize = 6 + 16 * images.length;
  const total = headerSize + images.reduce((sum, i) => sum + i.png.length, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0, true); // reserved
  view.setUint16(2, 1, true); // type 1: icon
  view.setUint16(4, images.length, true);
  let offset = headerSize;
  images.forEach((image, n) => {
    if (image.size > 256) throw new Error(`an .ico holds images up to 256 px, not ${image.size}`);
    const entry = 6 + 16 * n;
    view.setUint8(entry, image.size % 256); // width (0 = 256)
    view.setUint8(entry + 1, image.size % 256); // height
    view.setUint8(entry + 2, 0); // no palette
    view.setUint8(entry + 3, 0); // reserved
    view.setUint16(entry + 4, 1, true); // colour planes
    view.setUint16(entry + 6, 32, true); // bits per pixel
    view.setUint32(entry + 8, image.png.length, true);
    view.setUint32(entry + 12, offset, true);
    out.set(image.png, offset);
    offset += image.png.length;
  });
  return out;
}

/** The ICNS element type that holds a PNG of each size (Apple's icns format). */
export const ICNS_TYPES: Readonly<Record<number, string>> = {
  16: 'icp4',
  32: 'icp5',
  64: 'icp6',
  128: 'ic07',
  256: 'ic08',
  512: 'ic09',
  1024: 'ic10',
};

/** An .icns file: 'icns' and the file's length, then per image its type, its length (+8), the PNG. */
export function icnsFile(images: readonly SizedPng[]): Uint8Array {
  const total = 8 + images.reduce((sum, i) => sum + 8 + i.png.length, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const ascii = (text: string, at: number) => out.set(new TextEncoder().encode(text), at);
  ascii('icns', 0);
  view.setUint32(4, total); // big-endian, as every length in the format
  let offset = 8;
  for (const image of images) {
    const type = ICNS_TYPES[image.size];
    if (!type) throw new Error(`an .icns holds no PNG element of ${image.size} px`);
    ascii(type, offset);
    view.setUint32(offset + 4, 8 + image.png.length);
    out.set(image.png, offset + 8);
    offset += 8 + image.png.length;
  }
  return out;
}

/** The width and height a PNG declares in its IHDR chunk (bytes 16-23, big-endian). */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
