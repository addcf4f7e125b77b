/**
 * Pages of a PDF, counted from its page objects (`/Type /Page`, not `/Pages`). Chromium (Skia) writes
 * page dictionaries uncompressed, so a byte scan is enough for its PDFs; it is not a PDF parser.
 */
export function countPdfPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
}

export function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';
}
