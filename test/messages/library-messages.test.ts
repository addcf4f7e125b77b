/**
 * A library error as the app shows it: the error crosses the bridge (the dispatcher's reply, sent as
 * JSON) with each problem's code and values, and the notice's heading is rebuilt from them in the
 * interface's language.
 */
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../src/node/bridge-dispatch';
import { libraryHandlers } from '../../src/node/bridge-handlers';
import type { BridgeResult } from '../../src/contract/bridge';
import { errorHeading, issueMessage, type MessageLanguage } from '#engine';
import { openTestLibrary } from '../helpers/library';

/** What the browser build receives: the dispatcher's reply through JSON. */
async function reply(channel: string, request: unknown): Promise<BridgeResult<unknown>> {
  const library = openTestLibrary();
  try {
    const dispatch = createDispatcher(libraryHandlers(library, { version: '0.1.0', host: 'web' }));
    return JSON.parse(JSON.stringify(await dispatch(channel, request))) as BridgeResult<unknown>;
  } finally {
    library.close();
  }
}

function heading(result: BridgeResult<unknown>, lang: MessageLanguage): string {
  if (result.ok) throw new Error('expected an error reply');
  return errorHeading(result.error, (issue) => issueMessage(issue, lang));
}

describe('library errors in the app’s language', () => {
  it('a scenario that does not exist', async () => {
    // An empty library has no scenario 12.
    const result = await reply('scenarios:get', { id: 12 });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        message: 'scenario 12 does not exist',
        issues: [
          {
            path: '',
            message: 'scenario 12 does not exist',
            code: 'library.scenario.notFound',
            params: { id: 12 },
          },
        ],
      },
    });
    expect(heading(result, 'en')).toBe('scenario 12 does not exist');
    expect(heading(result, 'fr')).toBe('le scénario 12 n’existe pas');
    expect(heading(result, 'es')).toBe('el escenario 12 no existe');
  });

  it('a message that is not made of its problems is shown as it came', () => {
    const error = {
      message: 'invalid request for "scenarios:get"',
      issues: [{ path: 'id', message: 'is required', code: 'validation.required' }],
    };
    expect(errorHeading(error, (i) => issueMessage(i, 'fr'))).toBe(
      'invalid request for "scenarios:get"',
    );
  });
});
