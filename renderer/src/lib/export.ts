import { downloadBlob } from './download';

export { toCsv, toTsv } from './table-text';

/** Saves text as a file through the browser (Electron shows its save dialog for downloads). */
export function downloadText(fileName: string, text: string, type: string): void {
  downloadBlob(fileName, new Blob([text], { type: `${type};charset=utf-8` }));
}
