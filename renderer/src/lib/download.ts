/** Saving files from the page: the browser's download, which Electron turns into a save dialog. */

import { reportFileName } from '../../../src/contract/report';

export function downloadBlob(fileName: string, blob: Blob, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  doc.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * A chart as PNG at its full pixel size, on white: chart.js leaves the background transparent, which
 * turns black or grey once pasted into some slide and word-processing programs.
 */
export function canvasPng(source: HTMLCanvasElement): Promise<Blob> {
  const copy = source.ownerDocument.createElement('canvas');
  copy.width = source.width;
  copy.height = source.height;
  const ctx = copy.getContext('2d');
  if (!ctx) return Promise.reject(new Error('no 2D canvas'));
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, copy.width, copy.height);
  ctx.drawImage(source, 0, 0);
  return new Promise((resolve, reject) => {
    copy.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the chart could not be encoded'))),
      'image/png',
    );
  });
}

export async function downloadCanvasPng(
  canvas: HTMLCanvasElement,
  baseName: string,
): Promise<void> {
  downloadBlob(reportFileName(baseName, 'png'), await canvasPng(canvas), canvas.ownerDocument);
}
