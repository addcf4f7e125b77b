import { describe, expect, it } from 'vitest';
import {
  BadInputError,
  BusyError,
  codedIssue,
  errorMessage,
  InternalError,
  NotFoundError,
  SpfError,
  type ErrorKind,
} from '#engine';
import { bridgeResultSchema } from '../../src/contract/bridge';
import { createDispatcher } from '../../src/node/bridge-dispatch';
import { LibraryError } from '../../src/node/library/errors';
import {
  BridgeCallError,
  createBridge,
  type Transport,
} from '../../renderer/src/api/bridge-client';

/**
 * Each kind of error thrown by a handler on the privileged side, as the renderer gets it: through
 * the dispatcher, as JSON (what crosses the process boundary), checked by the contract's schema and
 * rebuilt by the bridge client.
 */
const thrown: Record<number, () => never> = {
  // The library's own errors are of their kind's class.
  1: () => {
    throw LibraryError.coded('scenario-not-found', {
      code: 'library.scenario.notFound',
      params: { id: 1 },
    });
  },
  2: () => {
    throw LibraryError.coded('busy', { code: 'library.busy', params: { path: '/tmp/lib.db' } });
  },
  3: () => {
    throw new BadInputError([codedIssue('name', 'validation.notEmpty')], 'scenario');
  },
  4: () => {
    throw new InternalError('the worker pool is gone');
  },
  5: () => {
    throw new Error('boom');
  },
  6: () => {
    throw new NotFoundError([codedIssue('rev', 'library.scenario.notFound', { id: 6 })]);
  },
  7: () => {
    throw new BusyError('try again');
  },
};

const dispatch = createDispatcher({ 'scenarios:get': ({ id }) => thrown[id]!() });
const overJson: Transport = async (channel, request) => {
  const reply: unknown = JSON.parse(JSON.stringify(await dispatch(channel, request)));
  return bridgeResultSchema.parse(reply);
};
const call = createBridge(overJson);

async function failure(id: number): Promise<BridgeCallError> {
  try {
    await call('scenarios:get', { id });
  } catch (e) {
    if (e instanceof BridgeCallError) return e;
    throw e;
  }
  throw new Error(`scenario ${id} did not fail`);
}

describe('the library’s errors', () => {
  it('are of their kind’s class, and still LibraryErrors with their code', () => {
    const notFound = LibraryError.of('set-not-found', 'no set "x"');
    const busy = LibraryError.of('busy', 'busy');
    const bad = LibraryError.make('invalid', [{ path: 'name', message: 'must not be empty' }]);
    expect(notFound).toBeInstanceOf(NotFoundError);
    expect(busy).toBeInstanceOf(BusyError);
    expect(bad).toBeInstanceOf(BadInputError);
    for (const e of [notFound, busy, bad]) expect(e).toBeInstanceOf(LibraryError);
    expect([notFound.code, busy.code, bad.code]).toEqual(['set-not-found', 'busy', 'invalid']);
    expect(new Error('x')).not.toBeInstanceOf(LibraryError);
    expect(new NotFoundError('x')).not.toBeInstanceOf(LibraryError);
  });
});

describe('errors across the bridge', () => {
  it('keep their kind: the class they were thrown as on the other side', async () => {
    const kinds: [number, ErrorKind][] = [
      [1, 'not-found'],
      [2, 'busy'],
      [3, 'bad-input'],
      [4, 'internal'],
      [5, 'internal'],
      [6, 'not-found'],
      [7, 'busy'],
    ];
    for (const [id, kind] of kinds) {
      const e = await failure(id);
      expect(e).toBeInstanceOf(SpfError);
      expect([id, e.kind]).toEqual([id, kind]);
    }
  });

  it('keep each problem with its path, code and values', async () => {
    const notFound = await failure(1);
    expect(notFound.issues).toEqual([
      {
        path: '',
        message: 'scenario 1 does not exist',
        code: 'library.scenario.notFound',
        params: { id: 1 },
      },
    ]);
    const bad = await failure(3);
    expect(bad.issues).toEqual([
      { path: 'name', message: 'must not be empty', code: 'validation.notEmpty' },
    ]);
    expect((await failure(6)).issues[0]).toMatchObject({ path: 'rev', params: { id: 6 } });
  });

  it('are worded in the user’s language from their codes, or as they came', async () => {
    expect(errorMessage(await failure(1), 'fr')).toBe('le scénario 1 n’existe pas');
    expect(errorMessage(await failure(1), 'es')).toBe('el escenario 1 no existe');
    expect(errorMessage(await failure(2), 'fr')).toBe(
      'la bibliothèque de scénarios /tmp/lib.db est occupée : une autre fenêtre ou commande de SPF Costing Studio y écrit ; rien n’a été changé, réessayez dans un instant',
    );
    // The file the problem is in prefixes its line, as on the command line.
    expect(errorMessage(await failure(3), 'es')).toBe('scenario: name: no debe estar vacío');
    // Uncoded: as the other side said it, in English.
    expect(errorMessage(await failure(5), 'fr')).toBe('Something went wrong: boom');
    expect(errorMessage(await failure(7), 'fr')).toBe('try again');
  });
});
