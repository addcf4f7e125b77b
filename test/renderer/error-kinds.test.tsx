import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { BadInputError, codedIssue, InternalError } from '#engine';
import { bridgeResultSchema } from '../../src/contract/bridge';
import { createDispatcher } from '../../src/node/bridge-dispatch';
import { LibraryError } from '../../src/node/library/errors';
import { createBridge, type Transport } from '../../renderer/src/api/bridge-client';
import { NoticeBar } from '../../renderer/src/components/NoticeBar';
import { ComparePage } from '../../renderer/src/features/compare/ComparePage';
import { RevisionDiff } from '../../renderer/src/features/library/RevisionDiff';
import { ScenarioDetails } from '../../renderer/src/features/library/ScenarioDetails';
import { errorNotice } from '../../renderer/src/stores/notices';
import { StoreProvider } from '../../renderer/src/stores/store-context';
import { startedStore } from './fake-app';

afterEach(async () => {
  cleanup();
  await i18next.changeLanguage('en');
});

/**
 * What `scenarios:get` throws on the privileged side, by id, reaching the interface the real way: the
 * dispatcher's reply, as JSON, checked by the contract and rebuilt by the bridge client.
 */
const thrownThere: Record<number, () => never> = {
  12: () => {
    throw LibraryError.coded('scenario-not-found', {
      code: 'library.scenario.notFound',
      params: { id: 12 },
    });
  },
  13: () => {
    throw LibraryError.coded('busy', { code: 'library.busy', params: { path: '/tmp/lib.db' } });
  },
  14: () => {
    throw new Error('boom');
  },
  15: () => {
    throw new BadInputError([codedIssue('name', 'validation.notEmpty')]);
  },
};
const dispatch = createDispatcher({ 'scenarios:get': ({ id }) => thrownThere[id]!() });
const overJson: Transport = async (channel, request) =>
  bridgeResultSchema.parse(JSON.parse(JSON.stringify(await dispatch(channel, request))));
const call = createBridge(overJson);

/** The error the interface gets for scenario `id`. */
async function failureFor(id: number): Promise<unknown> {
  try {
    await call('scenarios:get', { id });
  } catch (e) {
    return e;
  }
  throw new Error(`scenario ${id} did not fail`);
}

/** A started store whose library answers `scenarios:get` with the failures above. */
async function storeReading() {
  const { store } = await startedStore();
  store.setState({ scenarioRead: (id: number) => call('scenarios:get', { id }) });
  return store;
}

/** The notice bar's heading and listed problems, in `lang`, for the failure of scenario `id`. */
async function noticeFor(id: number, lang: string): Promise<{ heading: string; items: string[] }> {
  const store = await storeReading();
  await i18next.changeLanguage(lang);
  render(
    <StoreProvider store={store}>
      <NoticeBar />
    </StoreProvider>,
  );
  await act(() => store.getState().openRequested(id));
  const alert = screen.getByRole('alert');
  return {
    heading: alert.querySelector('span')?.textContent ?? '',
    items: [...alert.querySelectorAll('li')].map((li) => li.textContent ?? ''),
  };
}

describe('the notice for a failed call, by the kind of error', () => {
  it('keeps the kind of the error the other side threw, with its problems', async () => {
    expect(errorNotice(await failureFor(12))).toEqual({
      kind: 'error',
      cause: 'not-found',
      text: 'scenario 12 does not exist',
      issues: [codedIssue('', 'library.scenario.notFound', { id: 12 })],
    });
    expect(errorNotice(await failureFor(13))).toMatchObject({ cause: 'busy' });
    // The dispatcher's reply to a bug has no problems: the notice has none either.
    expect(errorNotice(await failureFor(14))).toEqual({
      kind: 'error',
      cause: 'internal',
      text: 'Something went wrong: boom',
    });
    // Thrown here, not on the other side: by class too, never by its words.
    expect(errorNotice(new InternalError('the worker is gone'))).toMatchObject({
      cause: 'internal',
    });
    expect(errorNotice(new TypeError('x is undefined'))).toEqual({
      kind: 'error',
      cause: 'internal',
      text: 'x is undefined',
    });
    expect(errorNotice('just text')).toEqual({
      kind: 'error',
      cause: 'internal',
      text: 'just text',
    });
  });

  it('says in French that a scenario is no longer in the library, and which', async () => {
    const { heading, items } = await noticeFor(12, 'fr');
    // notice.failure.notFound (fr), then library.scenario.notFound with id 12 (fr) under it.
    expect(heading).toBe(
      'Ce n’est plus dans la bibliothèque (supprimé, ou mis à la corbeille, dans une autre fenêtre ?).',
    );
    expect(items).toEqual(['— le scénario 12 n’existe pas']);
  });

  it('says in Spanish that the library is busy, to try again', async () => {
    const { heading, items } = await noticeFor(13, 'es');
    // notice.failure.busy (es), then library.busy with path /tmp/lib.db (es).
    expect(heading).toBe(
      'La biblioteca de escenarios está ocupada: otra ventana o comando está escribiendo en ella. No se cambió nada; inténtelo de nuevo en un momento.',
    );
    expect(items).toEqual([
      '— la biblioteca de escenarios /tmp/lib.db está ocupada: otra ventana u orden de SPF Costing Studio está escribiendo en ella; no se cambió nada, inténtelo de nuevo en un momento',
    ]);
  });

  it('tells a bug as one in French, with what it said', async () => {
    const { heading, items } = await noticeFor(14, 'fr');
    // notice.failure.internal (fr), a space, then the reply's message as it came (English).
    expect(heading).toBe(
      'Erreur inattendue (signalez-la si elle se reproduit) : Something went wrong: boom',
    );
    expect(items).toEqual([]);
  });

  it('words bad input by its problems alone, as before', async () => {
    const { heading, items } = await noticeFor(15, 'fr');
    // validation.notEmpty (fr) at the path "name"; no words for the kind above it.
    expect(heading).toBe('name: ne doit pas être vide');
    expect(items).toEqual(['name ne doit pas être vide']);
  });
});

describe('the library and compare panels, by the kind of error', () => {
  async function details(id: number, lang: string) {
    const store = await storeReading();
    await i18next.changeLanguage(lang);
    render(
      <StoreProvider store={store}>
        <ScenarioDetails id={id} inBin={false} stamp="s" actions={null} onClose={() => {}} />
      </StoreProvider>,
    );
    return screen.findByRole('alert');
  }

  it('says a scenario deleted elsewhere is gone, in French, with nothing to retry', async () => {
    const alert = await details(12, 'fr');
    // library.details.gone (fr).
    expect(alert.textContent).toBe(
      'Ce scénario n’est plus dans la bibliothèque : il a été supprimé, ou retiré de la corbeille, dans une autre fenêtre.',
    );
    expect(screen.queryByRole('button', { name: 'Réessayer' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Fermer les détails' })).toBeTruthy();
  });

  it('says the library is busy, in Spanish, and offers to try again', async () => {
    const alert = await details(13, 'es');
    // library.details.error (es) around notice.failure.busy and library.busy (es).
    expect(alert.textContent).toBe(
      'No se pudieron leer los detalles de este escenario: La biblioteca de escenarios está ocupada: otra ventana o comando está escribiendo en ella. No se cambió nada; inténtelo de nuevo en un momento. la biblioteca de escenarios /tmp/lib.db está ocupada: otra ventana u orden de SPF Costing Studio está escribiendo en ella; no se cambió nada, inténtelo de nuevo en un momento',
    );
    expect(screen.getAllByRole('button')).toHaveLength(2);
  });

  it('words a revision that cannot be read in the interface language', async () => {
    const store = await storeReading();
    await i18next.changeLanguage('fr');
    const revisions = [1, 2].map((rev) => ({
      rev,
      savedAt: '2026-01-01T00:00:00.000Z',
      note: '',
      name: 'central',
      headline: null,
    }));
    render(
      <StoreProvider store={store}>
        <RevisionDiff id={12} revisions={revisions} />
      </StoreProvider>,
    );
    fireEvent.click(screen.getByTestId('revision-diff-show'));
    // notice.failure.notFound (fr), a space, library.scenario.notFound with id 12 (fr).
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Ce n’est plus dans la bibliothèque (supprimé, ou mis à la corbeille, dans une autre fenêtre ?). le scénario 12 n’existe pas',
      ),
    );
  });

  it('words a list of scenarios that cannot be read, by kind, in French', async () => {
    const { store } = await startedStore();
    store.setState({ compareListRequested: () => Promise.reject(new InternalError('disk full')) });
    await i18next.changeLanguage('fr');
    render(
      <StoreProvider store={store}>
        <ComparePage />
      </StoreProvider>,
    );
    const alert = await screen.findByRole('alert');
    // compare.listError (fr) around notice.failure.internal (fr) and the error's own words.
    expect(alert.querySelector('span')?.textContent).toBe(
      'La liste des scénarios n’a pas pu être lue : Erreur inattendue (signalez-la si elle se reproduit) : disk full',
    );
  });
});
