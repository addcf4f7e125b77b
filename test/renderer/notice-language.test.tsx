import { act, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { NoticeBar } from '../../renderer/src/components/NoticeBar';
import { StoreProvider } from '../../renderer/src/stores/store-context';
import { codedIssue } from '#engine';
import { startedStore } from './fake-app';

afterEach(async () => {
  await i18next.changeLanguage('en');
});

/**
 * A library error as the bridge replies it (test/messages/library-messages.test.ts checks the real
 * dispatcher's reply): its message is its one problem in English, the problem keeps its code.
 */
const notFound = codedIssue('', 'library.scenario.notFound', { id: 12 });

async function showError(lang: string) {
  const started = await startedStore();
  await i18next.changeLanguage(lang);
  render(
    <StoreProvider store={started.store}>
      <NoticeBar />
    </StoreProvider>,
  );
  act(() =>
    started.store.getState().noticeShown({
      kind: 'error',
      text: notFound.message,
      issues: [notFound],
    }),
  );
  return screen.getByRole('alert');
}

describe('a library error notice in the interface language', () => {
  it('has its heading and its problem in French', async () => {
    const alert = await showError('fr');
    expect(alert.querySelector('span')?.textContent).toBe('le scénario 12 n’existe pas');
    expect(alert.querySelector('li')?.textContent).toBe('— le scénario 12 n’existe pas');
  });

  it('has its heading and its problem in Spanish', async () => {
    const alert = await showError('es');
    expect(alert.querySelector('span')?.textContent).toBe('el escenario 12 no existe');
  });

  it('keeps the English text in English', async () => {
    const alert = await showError('en');
    expect(alert.querySelector('span')?.textContent).toBe('scenario 12 does not exist');
  });
});
