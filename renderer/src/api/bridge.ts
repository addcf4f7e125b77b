import { createBridge, defaultTransport, type BridgeCall, type Transport } from './bridge-client';

/**
 * The bridge for components that call the privileged side themselves (the library and compare
 * pages). It is stateless: in the browser build the token lives in sessionStorage, in Electron the
 * calls go through window.spf; so this second instance beside the store's is safe. Created lazily,
 * on the first call.
 */
let instance: BridgeCall | null = null;
let injected: Transport | null = null;

export function bridge(): BridgeCall {
  instance ??= createBridge(injected ?? defaultTransport());
  return instance;
}

/** For tests: answer the bridge with this transport (null goes back to the default one). */
export function setBridgeTransport(transport: Transport | null): void {
  injected = transport;
  instance = null;
}
