import type { IpcLike } from './bridge-api';

type Listener = (event: unknown, ...args: unknown[]) => void;

/**
 * An ipcRenderer that keeps the messages of one channel arriving before anyone listens on it, and
 * hands them to the first listener. The main process sends a menu command as soon as the page has
 * loaded (a scenario file double-clicked to start the app), which can be before React has mounted
 * the component that subscribes; without this the command would be lost.
 */
export function holdEarlyEvents(ipc: IpcLike, channel: string): IpcLike {
  const listeners: Listener[] = [];
  let held: unknown[][] = [];
  ipc.on(channel, (event, ...args) => {
    if (listeners.length === 0) held.push([event, ...args]);
    for (const listener of [...listeners]) listener(event, ...args);
  });
  return {
    invoke: (name, ...args) => ipc.invoke(name, ...args),
    on: (name, listener) => {
      if (name !== channel) return ipc.on(name, listener);
      listeners.push(listener);
      const early = held;
      held = [];
      for (const [event, ...args] of early) listener(event, ...args);
      return undefined;
    },
    removeListener: (name, listener) => {
      if (name !== channel) return ipc.removeListener(name, listener);
      const at = listeners.indexOf(listener);
      if (at >= 0) listeners.splice(at, 1);
      return undefined;
    },
  };
}
