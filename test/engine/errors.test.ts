import { describe, expect, it } from 'vitest';
import {
  BadInputError,
  BusyError,
  codedIssue,
  errorMessage,
  InputError,
  InternalError,
  NotFoundError,
  SpfError,
} from '#engine';

describe('the error hierarchy', () => {
  it('gives each kind its class, and InputError is the bad-input class', () => {
    const errors = [
      new BadInputError('a'),
      new NotFoundError('b'),
      new BusyError('c'),
      new InternalError('d'),
    ];
    expect(errors.map((e) => [e.kind, e.name, e instanceof SpfError])).toEqual([
      ['bad-input', 'BadInputError', true],
      ['not-found', 'NotFoundError', true],
      ['busy', 'BusyError', true],
      ['internal', 'InternalError', true],
    ]);
    expect(InputError).toBe(BadInputError);
    expect(new NotFoundError('b')).not.toBeInstanceOf(BadInputError);
  });

  it('keeps a message given as text as one problem without a place', () => {
    const e = new NotFoundError('scenario 4 does not exist');
    expect(e.message).toBe('scenario 4 does not exist');
    expect(e.issues).toEqual([{ path: '', message: 'scenario 4 does not exist' }]);
  });

  it('writes its problems one a line, each after the file they are in', () => {
    const e = new BadInputError(
      [
        { path: 'benefits[0].ages', message: 'must not be empty' },
        { path: '', message: 'too many benefits' },
      ],
      'kenya.json',
    );
    expect(e.message).toBe(
      'kenya.json: benefits[0].ages: must not be empty\nkenya.json: too many benefits',
    );
  });
});

describe('errorMessage', () => {
  it('words coded problems in the language asked for, with their file and path', () => {
    const e = new BadInputError([codedIssue('name', 'validation.notEmpty')], 'kenya.json');
    expect(errorMessage(e)).toBe('kenya.json: name: must not be empty');
    expect(errorMessage(e, 'fr')).toBe('kenya.json: name: ne doit pas être vide');
    expect(errorMessage(e, 'es')).toBe('kenya.json: name: no debe estar vacío');
  });

  it('keeps uncoded problems, other errors and anything thrown as they are', () => {
    expect(errorMessage(new BusyError('try again'), 'fr')).toBe('try again');
    expect(errorMessage(new Error('ENOSPC: no space left on device'), 'es')).toBe(
      'ENOSPC: no space left on device',
    );
    expect(errorMessage('a string', 'fr')).toBe('a string');
    expect(errorMessage(42)).toBe('42');
  });
});
