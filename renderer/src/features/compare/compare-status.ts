import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/**
 * Whether a comparison is being loaded and costed. The app store's compareChanged() does the work
 * but says nothing while it runs; the library and compare pages start it through here, so that the
 * compare page can say "costing…" instead of showing an empty or stale comparison.
 */
const status = createStore<{ pending: number }>(() => ({ pending: 0 }));

export async function startComparison(
  compareChanged: (ids: number[]) => Promise<void>,
  ids: number[],
): Promise<void> {
  status.setState((s) => ({ pending: s.pending + 1 }));
  try {
    await compareChanged(ids);
  } finally {
    status.setState((s) => ({ pending: s.pending - 1 }));
  }
}

export function isComparing(): boolean {
  return status.getState().pending > 0;
}

export function useComparing(): boolean {
  return useStore(status, (s) => s.pending > 0);
}
