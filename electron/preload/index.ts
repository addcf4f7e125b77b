/**
 * The preload exposes exactly one object, `window.spf`: an invoke function limited to the bridge's
 * channels, a menu-command listener that returns its unsubscribe, and static platform facts. It runs
 * sandboxed with context isolation, so it is bundled into one file with only `electron` external.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge-api';
import { holdEarlyEvents } from './early-events';

const bridge = createBridge(holdEarlyEvents(ipcRenderer, 'spf:menu'), {
  os: process.platform,
  version: process.versions.electron ?? '',
});

contextBridge.exposeInMainWorld('spf', bridge);
