import type { BridgeResult } from '../../src/contract/bridge';
import { CHANNELS, type Channel } from '../../src/contract/channels';

/** The events the main process pushes to the page; `on()` subscribes to nothing else. */
export const EVENTS = ['menu'] as const;
export type BridgeEvent = (typeof EVENTS)[number];

/** The part of Electron's ipcRenderer the bridge uses (so the logic is testable without Electron). */
export interface IpcLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

const allowedChannels = new Set<string>(CHANNELS);
const allowedEvents = new Set<string>(EVENTS);

function refused(message: string): Promise<BridgeResult<unknown>> {
  return Promise.resolve({ ok: false, error: { code: 'bad-input', message } });
}

/**
 * The object the preload exposes as `window.spf`. The page is untrusted from here: TypeScript types
 * vanish at run time, so every channel and event name is checked against its allow-list before it
 * reaches IPC (an unchecked `on('invoke')` would listen on `spf:invoke`, say).
 */
export function createBridge(ipc: IpcLike, platform: { os: string; version: string }) {
  return {
    invoke: (channel: Channel, request: unknown): Promise<BridgeResult<unknown>> => {
      if (typeof channel !== 'string' || !allowedChannels.has(channel)) {
        return refused(`unknown channel "${String(channel)}"`);
      }
      return ipc.invoke('spf:invoke', channel, request) as Promise<BridgeResult<unknown>>;
    },
    on: (event: BridgeEvent, listener: (command: string) => void): (() => void) => {
      if (typeof event !== 'string' || !allowedEvents.has(event)) {
        throw new Error(`unknown event "${String(event)}"`);
      }
      if (typeof listener !== 'function') throw new Error('the listener must be a function');
      // Only the payload reaches the page, never Electron's event object (it carries the sender).
      const wrapped = (_e: unknown, command: unknown) => listener(String(command));
      ipc.on(`spf:${event}`, wrapped);
      return () => {
        ipc.removeListener(`spf:${event}`, wrapped);
      };
    },
    platform: { host: 'electron' as const, os: platform.os, version: platform.version },
  };
}
