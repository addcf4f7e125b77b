import { useEffect } from 'react';

/**
 * "New" from outside the header (the desktop menu) asks the header to open its New-scenario picker,
 * so both ways to start a scenario offer the same choice of country. The picker's open state stays
 * the header's own; this is only the doorbell.
 */
const requests = new EventTarget();
const OPEN_PICKER = 'open-new-scenario-picker';

export function requestNewScenarioPicker(): void {
  requests.dispatchEvent(new Event(OPEN_PICKER));
}

/**
 * Calls `open` whenever something asks for the New-scenario picker, while the caller is mounted;
 * pass a stable function (a state setter or a `useCallback`) so it subscribes once.
 */
export function useNewScenarioPickerRequests(open: () => void): void {
  useEffect(() => {
    requests.addEventListener(OPEN_PICKER, open);
    return () => requests.removeEventListener(OPEN_PICKER, open);
  }, [open]);
}
