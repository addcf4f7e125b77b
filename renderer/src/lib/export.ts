import Papa from 'papaparse';

/** CSV with a header row; numbers at full precision so that Excel recomputes exactly. */
export function toCsv(header: string[], rows: (string | number)[][]): string {
  return `${Papa.unparse({ fields: header, data: rows }, { newline: '\r\n' })}\r\n`;
}

/** Tab-separated text: what Excel and LibreOffice paste into cells. */
export function toTsv(header: string[], rows: (string | number)[][]): string {
  return [header, ...rows].map((r) => r.join('\t')).join('\n');
}

/** Saves text as a file through the browser (Electron shows its save dialog for downloads). */
export function downloadText(fileName: string, text: string, type: string): void {
  const blob = new Blob([text], { type: `${type};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
