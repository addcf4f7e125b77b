import { describe, expect, it } from 'vitest';
import { createBridge, type IpcLike } from '../../electron/preload/bridge-api';
import { notFound, withAppHeaders } from '../../electron/main/protocol-response';
import { resolveAppPath } from '../../electron/main/url-policy';
import { CSP } from '../../src/contract/csp';

type Listener = (event: unknown, ...args: unknown[]) => void;

/** A stand-in for ipcRenderer that records what the bridge asks of it. */
function fakeIpc() {
  const listeners = new Map<string, Listener[]>();
  const invoked: unknown[][] = [];
  const ipc: IpcLike = {
    invoke: (...args) => {
      invoked.push(args);
      return Promise.resolve({ ok: true, value: null });
    },
    on: (channel, listener) =>
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]),
    removeListener: (channel, listener) =>
      listeners.set(
        channel,
        (listeners.get(channel) ?? []).filter((l) => l !== listener),
      ),
  };
  const emit = (channel: string, ...args: unknown[]) =>
    (listeners.get(channel) ?? []).forEach((l) => l({ sender: 'main' }, ...args));
  return { ipc, listeners, invoked, emit };
}

describe('the preload bridge (window.spf)', () => {
  it('subscribes to the menu event and unsubscribes, passing only the payload', () => {
    const { ipc, listeners, emit } = fakeIpc();
    const bridge = createBridge(ipc, { os: 'linux', version: '45' });
    const got: string[] = [];
    const off = bridge.on('menu', (command) => got.push(command));
    emit('spf:menu', 'save');
    off();
    emit('spf:menu', 'open');
    expect(got).toEqual(['save']);
    expect(listeners.get('spf:menu')).toEqual([]);
  });

  it('refuses, at run time, events outside the allow-list (types do not exist in the page)', () => {
    const { ipc, listeners } = fakeIpc();
    const bridge = createBridge(ipc, { os: 'linux', version: '45' });
    const on = bridge.on as (event: unknown, listener: unknown) => () => void;
    // Before the check, on('invoke') listened on "spf:invoke", the channel of every bridge request.
    expect(() => on('invoke', () => undefined)).toThrow('unknown event "invoke"');
    expect(() => on({ toString: () => 'menu' }, () => undefined)).toThrow('unknown event');
    expect(() => on('menu', 'not a function')).toThrow('the listener must be a function');
    expect([...listeners.keys()]).toEqual([]);
  });

  it('forwards only the bridge channels to IPC', async () => {
    const { ipc, invoked } = fakeIpc();
    const bridge = createBridge(ipc, { os: 'linux', version: '45' });
    const invoke = bridge.invoke as (channel: unknown, request: unknown) => Promise<unknown>;
    expect(await invoke('fs:readFile', {})).toEqual({
      ok: false,
      error: { code: 'bad-input', message: 'unknown channel "fs:readFile"' },
    });
    await invoke('app:info', {});
    expect(invoked).toEqual([['spf:invoke', 'app:info', {}]]);
  });
});

describe('the app:// protocol replies', () => {
  it('maps a broken percent-escape to no file instead of throwing', () => {
    expect(resolveAppPath('/opt/spf/dist/renderer', 'app://spf/%E0%A4%A')).toBeNull();
  });

  it('carry the CSP with frame-ancestors, which a <meta> tag cannot carry', async () => {
    const served = withAppHeaders(
      new Response('<!doctype html>', { status: 200, headers: { 'Content-Type': 'text/html' } }),
    );
    expect(served.headers.get('content-security-policy')).toBe(CSP);
    expect(served.headers.get('content-type')).toBe('text/html');
    expect(await served.text()).toBe('<!doctype html>');
    expect(CSP).toContain("frame-ancestors 'none'");
    expect(notFound().status).toBe(404);
    expect(notFound().headers.get('content-security-policy')).toBe(CSP);
  });
});
