import { act, fireEvent, render, screen } from '@testing-library/react';
import i18n from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ResultsPage } from '../../renderer/src/features/results/ResultsPage';
import { StoreProvider } from '../../renderer/src/stores/store-context';
import { settle, startedStore } from './fake-app';

afterEach(async () => {
  vi.restoreAllMocks();
  await i18n.changeLanguage('en');
});

async function clickPdf(): Promise<void> {
  const { store } = await startedStore();
  render(
    <StoreProvider store={store}>
      <ResultsPage />
    </StoreProvider>,
  );
  await act(async () => {
    fireEvent.click(screen.getByTestId('export-pdf'));
    await settle();
  });
}

describe('the PDF report in the browser build', () => {
  it('tells the main window that the report opened in a new tab and how to save it', async () => {
    vi.spyOn(window, 'open').mockReturnValue({ postMessage: () => undefined } as unknown as Window);
    await clickPdf();
    // Before: "Done." for five seconds, then nothing; the notice now stays until dismissed.
    expect(screen.getByTestId('export-pdf-notice').textContent).toContain(
      'The report opened in a new tab: use Print → Save as PDF.',
    );
  });

  it('says it in French too', async () => {
    await i18n.changeLanguage('fr');
    vi.spyOn(window, 'open').mockReturnValue({ postMessage: () => undefined } as unknown as Window);
    await clickPdf();
    expect(screen.getByTestId('export-pdf-notice').textContent).toContain(
      'Imprimer → Enregistrer au format PDF',
    );
  });

  it('says so when the pop-up was blocked', async () => {
    vi.spyOn(window, 'open').mockReturnValue(null);
    await clickPdf();
    expect(screen.queryByTestId('export-pdf-notice')).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('the browser blocked the new tab');
  });
});
