import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setBridgeTransport } from '../../renderer/src/api/bridge';
import { BridgeCallError, type Transport } from '../../renderer/src/api/bridge-client';
import { Header } from '../../renderer/src/components/Header';
import { useDesktopMenu } from '../../renderer/src/components/use-desktop-menu';
import { StoreProvider } from '../../renderer/src/stores/store-context';
import { startedStore } from './fake-app';

/** What App mounts: the header and the desktop menu's listener. */
function MenuAndHeader() {
  useDesktopMenu();
  return <Header />;
}

afterEach(() => {
  setBridgeTransport(null);
  delete window.spf;
});

describe('the desktop menu: New and About', () => {
  it('opens the same New-scenario picker as the header button, without replacing the scenario', async () => {
    const started = await startedStore();
    const transport: Transport = async (channel, request) => {
      try {
        return { ok: true, value: await started.fake.bridge(channel, request as never) };
      } catch (e) {
        if (e instanceof BridgeCallError) return { ok: false, error: e.error };
        throw e;
      }
    };
    setBridgeTransport(transport);
    let menu: ((command: string) => void) | null = null;
    window.spf = {
      invoke: () => Promise.reject(new Error('not used: the transport answers')),
      on: (_event, listener) => {
        menu = listener;
        return () => (menu = null);
      },
      platform: { host: 'electron', os: 'linux', version: 'test' },
    };
    const draftBefore = started.store.getState().draft;
    render(
      <StoreProvider store={started.store}>
        <MenuAndHeader />
      </StoreProvider>,
    );
    expect(screen.queryByTestId('new-scenario-dialog')).toBeNull();
    act(() => menu!('new'));
    expect(screen.getByTestId('new-scenario-dialog')).toBeTruthy();
    expect(screen.getByTestId('new-scenario').getAttribute('aria-expanded')).toBe('true');
    // Nothing is created until the user picks a country and presses Create.
    expect(started.store.getState().draft).toBe(draftBefore);
    // Help > About the data opens the header's About panel (the sources and their licences).
    act(() => menu!('about'));
    expect(screen.getByTestId('about-panel')).toBeTruthy();
    expect(screen.getByTestId('about').getAttribute('aria-expanded')).toBe('true');
  });
});
