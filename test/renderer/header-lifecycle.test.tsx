import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setBridgeTransport } from '../../renderer/src/api/bridge';
import { BridgeCallError, type Transport } from '../../renderer/src/api/bridge-client';
import { Header } from '../../renderer/src/components/Header';
import { NoticeBar } from '../../renderer/src/components/NoticeBar';
import { StoreProvider } from '../../renderer/src/stores/store-context';
import trainingCountry from '../../models/training-country/country.json';
import { settle, startedStore } from './fake-app';

/** The header over a started store whose fake library also holds Kenya. */
async function renderHeader() {
  const started = await startedStore();
  started.fake.countries.set('KEN', {
    ...structuredClone(trainingCountry),
    code: 'KEN',
    name: 'Kenya',
  });
  // Components call the bridge themselves: answer them from the same fake library.
  const transport: Transport = async (channel, request) => {
    try {
      return { ok: true, value: await started.fake.bridge(channel, request as never) };
    } catch (e) {
      if (e instanceof BridgeCallError) return { ok: false, error: e.error };
      throw e;
    }
  };
  setBridgeTransport(transport);
  render(
    <StoreProvider store={started.store}>
      <Header />
      <NoticeBar />
    </StoreProvider>,
  );
  return started;
}

afterEach(() => setBridgeTransport(null));

describe('the header: new scenario, details, save as', () => {
  it('makes a new scenario on a country picked from the library, not always the training country', async () => {
    const { store } = await renderHeader();
    fireEvent.click(screen.getByTestId('new-scenario'));
    const select = screen.getByTestId<HTMLSelectElement>('new-scenario-country');
    await waitFor(() =>
      expect([...select.options].map((o) => o.textContent)).toEqual([
        'Tamboria (fictional training country) (XTA)',
        'Kenya (KEN)',
      ]),
    );
    fireEvent.change(select, { target: { value: 'KEN' } });
    fireEvent.click(screen.getByTestId('new-scenario-create'));
    await waitFor(() => expect(store.getState().country?.code).toBe('KEN'));
    expect(screen.queryByTestId('new-scenario-dialog')).toBeNull();
    expect(screen.getByText('Kenya')).toBeTruthy();
  });

  it('edits the description and notes in the details panel, as undoable edits of the scenario', async () => {
    const { store } = await renderHeader();
    fireEvent.click(screen.getByTestId('scenario-info'));
    const panel = screen.getByTestId('scenario-info-panel');
    const description = within(panel).getByTestId<HTMLTextAreaElement>('scenario-description');
    expect(description.value).toMatch(
      /costed 2025-2060 on Tamboria \(fictional training country\)\.$/,
    );
    fireEvent.change(description, { target: { value: 'Central scenario for the ministry.' } });
    fireEvent.change(within(panel).getByTestId('scenario-notes'), {
      target: { value: 'Check the 2030 target with the minister.' },
    });
    expect(store.getState().draft).toMatchObject({
      description: 'Central scenario for the ministry.',
      notes: 'Check the 2030 target with the minister.',
    });
    expect(screen.getByTestId('save-status').textContent).toBe('Unsaved changes');
    act(() => store.getState().undoRequested());
    expect(store.getState().draft?.notes).toBeUndefined();
  });

  it('saves as a new scenario from the button, says so, and drops the notice on the next edit', async () => {
    const { store, fake } = await renderHeader();
    fireEvent.click(screen.getByTestId('save'));
    await waitFor(() =>
      expect(screen.getByTestId('save-status').textContent).toBe('Saved · scenario 1, revision 1'),
    );
    expect(screen.getByTestId('notice').textContent).toMatch(/Saved as revision 1\./);
    fireEvent.click(screen.getByTestId('save-as'));
    await waitFor(() =>
      expect(screen.getByTestId('save-status').textContent).toBe('Saved · scenario 2, revision 1'),
    );
    expect(screen.getByTestId('notice').textContent).toMatch(
      /Saved as a new scenario \(revision 1\); the scenario opened before is unchanged\./,
    );
    expect(fake.scenarios.get(1)!.revisions).toHaveLength(1);
    act(() => store.getState().scenarioEdited('name', (d) => void (d.name = 'Another')));
    await settle();
    expect(screen.queryByTestId('notice')).toBeNull();
  });
});
