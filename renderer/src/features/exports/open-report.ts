import { MESSAGE_DATA, MESSAGE_WAITING, type ReportData } from '../../../../src/contract/report';

/**
 * The browser build's way to a PDF: opens the printable report in a new tab of the same origin and
 * answers its request for data with postMessage (to that window and this origin only); the user then
 * prints it or saves it as PDF from the tab. The desktop app prints with Electron instead
 * (electron/main/print-report.ts), which does not allow new windows.
 */
export function openPrintableReport(data: ReportData, win: Window = window): Window | null {
  const url = new URL('report.html?via=opener', win.location.href).toString();
  const tab = win.open(url, '_blank');
  if (!tab) return null;
  const origin = win.location.origin;
  const onMessage = (e: MessageEvent) => {
    if (e.source !== tab || e.origin !== origin) return;
    const msg = e.data as { type?: unknown } | null;
    if (msg?.type !== MESSAGE_WAITING) return;
    win.removeEventListener('message', onMessage);
    tab.postMessage({ type: MESSAGE_DATA, payload: data }, origin);
  };
  win.addEventListener('message', onMessage);
  // Stop listening if the tab never asks (closed at once, blocked).
  setTimeout(() => win.removeEventListener('message', onMessage), 60_000);
  return tab;
}
