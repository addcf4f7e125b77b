import { act, fireEvent, render, screen } from '@testing-library/react';
import i18n from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NoticeBar } from '../../renderer/src/components/NoticeBar';
import { ResultsPage } from '../../renderer/src/features/results/ResultsPage';
import type { AppStore } from '../../renderer/src/stores/app-store';
import { StoreProvider } from '../../renderer/src/stores/store-context';
import { settle, startedStore } from './fake-app';

afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  await i18n.changeLanguage('en');
});

async function clickPdf(): Promise<AppStore> {
  const { store } = await startedStore();
  render(
    <StoreProvider store={store}>
      <NoticeBar />
      <ResultsPage />
    </StoreProvider>,
  );
  await act(async () => {
    fireEvent.click(screen.getByTestId('export-pdf'));
    await settle();
  });
  return store;
}

/** What the app's one notice bar says; empty when it says nothing. */
const noticeText = () => screen.queryByTestId('notice')?.textContent ?? '';

describe('the PDF report in the browser build', () => {
  it('tells the main window that the report opened in a new tab and how to save it', async () => {
    vi.spyOn(window, 'open').mockReturnValue({ postMessage: () => undefined } as unknown as Window);
    await clickPdf();
    // Before: "Done." for five seconds, then nothing; the notice now stays until dismissed.
    expect(screen.getByTestId('notice').textContent).toContain(
      'The report opened in a new tab: use Print → Save as PDF.',
    );
  });

  it('keeps that notice until it is closed, while a "Saved …" fades after 4 s', async () => {
    vi.spyOn(window, 'open').mockReturnValue({ postMessage: () => undefined } as unknown as Window);
    const store = await clickPdf();
    vi.useFakeTimers();
    const wait = (ms: number) =>
      act(() => {
        vi.advanceTimersByTime(ms);
      });
    // 4 s is how long a confirmation stays (NoticeBar); 10 s is well past it.
    wait(10_000);
    expect(noticeText()).toContain('The report opened in a new tab');
    fireEvent.click(screen.getByRole('button', { name: 'Close message' }));
    expect(screen.queryByTestId('notice')).toBeNull();
    act(() => store.getState().noticeShown({ kind: 'exported', file: 'plan.xlsx' }));
    wait(3_900);
    expect(noticeText()).toContain('Saved plan.xlsx.');
    wait(200);
    expect(screen.queryByTestId('notice')).toBeNull();
  });

  it('says it in French too', async () => {
    await i18n.changeLanguage('fr');
    vi.spyOn(window, 'open').mockReturnValue({ postMessage: () => undefined } as unknown as Window);
    await clickPdf();
    expect(screen.getByTestId('notice').textContent).toContain(
      'Imprimer → Enregistrer au format PDF',
    );
  });

  it('says so when the pop-up was blocked', async () => {
    vi.spyOn(window, 'open').mockReturnValue(null);
    await clickPdf();
    expect(noticeText()).not.toContain('The report opened in a new tab');
    expect(screen.getByRole('alert').textContent).toContain('the browser blocked the new tab');
  });
});
