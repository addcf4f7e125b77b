import { useEffect } from 'react';

/** The header's panels a command from outside it can open. */
export type HeaderPanel = 'new' | 'about';

/**
 * "New" or "About" from outside the header (the desktop menu) asks the header to open that panel, so
 * both ways reach the same picker or the same sources. The panels' open state stays the header's
 * own; this is only the doorbell.
 */
const requests = new EventTarget();
const OPEN_PANEL = 'open-header-panel';

export function requestHeaderPanel(panel: HeaderPanel): void {
  requests.dispatchEvent(new CustomEvent<HeaderPanel>(OPEN_PANEL, { detail: panel }));
}

/**
 * Calls `open` with the panel asked for, while the caller is mounted; pass a stable function (a
 * state setter or a `useCallback`) so it subscribes once.
 */
export function useHeaderPanelRequests(open: (panel: HeaderPanel) => void): void {
  useEffect(() => {
    const listener = (e: Event) => open((e as CustomEvent<HeaderPanel>).detail);
    requests.addEventListener(OPEN_PANEL, listener);
    return () => requests.removeEventListener(OPEN_PANEL, listener);
  }, [open]);
}
