import { describe, expect, it } from 'vitest';
import { PendingFiles, scenarioFilesIn } from '../../electron/main/open-files';
import { holdEarlyEvents } from '../../electron/preload/early-events';
import type { IpcLike } from '../../electron/preload/bridge-api';

describe('scenario files named on the command line', () => {
  it('finds the .spf.json files in a Windows or Linux argv, nothing else', () => {
    // What Windows passes when a file is double-clicked: the executable, then the file.
    expect(
      scenarioFilesIn([
        'C:\\Program Files\\SPF\\SPF Costing Studio.exe',
        'C:\\Data\\Kenya 2026.SPF.JSON',
      ]),
    ).toEqual(['C:\\Data\\Kenya 2026.SPF.JSON']);
    // A second instance's argv, as Electron hands it over: Chromium's switches come along.
    expect(
      scenarioFilesIn([
        '/opt/SPF Costing Studio/spf-costing-studio',
        '--allow-file-access-from-files',
        '--flag=/tmp/x.spf.json',
        '/home/ana/tamboria.spf.json',
        '/home/ana/notes.json',
        '/home/ana/report.spf.json.bak',
      ]),
    ).toEqual(['/home/ana/tamboria.spf.json']);
    // Started from a development checkout: electron, the main bundle, no file.
    expect(scenarioFilesIn(['/x/electron', 'dist/electron/main.js'])).toEqual([]);
  });

  it('hands waiting files over one at a time, in the order they came', () => {
    const pending = new PendingFiles();
    expect(pending.add(['/a.spf.json', '/b.spf.json'])).toBe(2);
    pending.add(['/c.spf.json']);
    expect(pending.size).toBe(3);
    expect([pending.take(), pending.take(), pending.take(), pending.take()]).toEqual([
      '/a.spf.json',
      '/b.spf.json',
      '/c.spf.json',
      undefined,
    ]);
  });
});

describe('menu commands sent before the page listens (holdEarlyEvents)', () => {
  type Listener = (event: unknown, ...args: unknown[]) => void;
  function fakeIpc() {
    const listeners = new Map<string, Listener[]>();
    const ipc: IpcLike = {
      invoke: (...args) => Promise.resolve(args),
      on: (channel, listener) =>
        listeners.set(channel, [...(listeners.get(channel) ?? []), listener]),
      removeListener: (channel, listener) =>
        listeners.set(
          channel,
          (listeners.get(channel) ?? []).filter((l) => l !== listener),
        ),
    };
    const emit = (channel: string, ...args: unknown[]) =>
      (listeners.get(channel) ?? []).forEach((l) => l({}, ...args));
    return { ipc, listeners, emit };
  }

  it('gives the held commands to the first listener, then passes new ones straight on', () => {
    const { ipc, emit } = fakeIpc();
    const held = holdEarlyEvents(ipc, 'spf:menu');
    emit('spf:menu', 'import-scenario');
    emit('spf:menu', 'import-scenario');
    const got: unknown[] = [];
    const listener: Listener = (_e, command) => got.push(command);
    held.on('spf:menu', listener);
    expect(got).toEqual(['import-scenario', 'import-scenario']);
    emit('spf:menu', 'save');
    held.removeListener('spf:menu', listener);
    emit('spf:menu', 'open'); // held again, for whoever listens next
    expect(got).toEqual(['import-scenario', 'import-scenario', 'save']);
    const later: unknown[] = [];
    held.on('spf:menu', (_e, command) => later.push(command));
    expect(later).toEqual(['open']);
  });

  it('leaves other channels and invoke to ipcRenderer itself', async () => {
    const { ipc, listeners } = fakeIpc();
    const held = holdEarlyEvents(ipc, 'spf:menu');
    const other: Listener = () => undefined;
    held.on('spf:other', other);
    expect(listeners.get('spf:other')).toEqual([other]);
    held.removeListener('spf:other', other);
    expect(listeners.get('spf:other')).toEqual([]);
    expect(await held.invoke('spf:invoke', 'app:info', {})).toEqual(['spf:invoke', 'app:info', {}]);
  });
});
