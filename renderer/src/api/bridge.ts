import { createBridge, defaultTransport, type BridgeCall, type Transport } from './bridge-client';

/**
 * The app's one bridge to the privileged side: the store gets it in main.tsx, and components that
 * call the privileged side themselves (library, compare, country import, exports) use the same.
 * Created lazily, on the first call; tests inject a transport.
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
