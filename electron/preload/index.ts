/**
 * The preload exposes exactly one object, `window.spf`: an invoke function limited to the bridge's
 * channels, a menu-command listener that returns its unsubscribe, and static platform facts. It runs
 * sandboxed with context isolation, so it is bundled into one file with only `electron` external.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { BridgeResult } from '../../src/contract/bridge';
import { CHANNELS, type Channel } from '../../src/contract/channels';

const allowed = new Set<string>(CHANNELS);

const bridge = {
  invoke(channel: Channel, request: unknown): Promise<BridgeResult<unknown>> {
    if (!allowed.has(channel)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'bad-input', message: `unknown channel "${String(channel)}"` },
      });
    }
    return ipcRenderer.invoke('spf:invoke', channel, request) as Promise<BridgeResult<unknown>>;
  },
  on(event: 'menu', listener: (command: string) => void): () => void {
    const wrapped = (_e: IpcRendererEvent, command: string) => listener(command);
    ipcRenderer.on(`spf:${event}`, wrapped);
    return () => ipcRenderer.removeListener(`spf:${event}`, wrapped);
  },
  platform: {
    host: 'electron' as const,
    os: process.platform,
    version: process.versions.electron ?? '',
  },
};

contextBridge.exposeInMainWorld('spf', bridge);
