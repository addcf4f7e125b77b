import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MESSAGE_CATALOG,
  MESSAGE_LANGUAGES,
  interpolate,
  placeholders,
  renderMessage,
} from '#engine';

const SRC = join(__dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'messages' ? [] : sourceFiles(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

/**
 * Codes the engine names outside the typed builders (which the compiler checks): an issue written
 * as `{ code: 'x.y', ... }`, and a `'@x.y'` parameter standing for a term of the catalogue.
 */
function codesNamedInSources(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bcode:\s*'([\w-]+\.[\w.-]+)'/g)) found.set(m[1]!, file);
    for (const m of text.matchAll(/'@([\w-]+\.[\w.-]+)'/g)) found.set(m[1]!, file);
  }
  return found;
}

describe('the message catalogue', () => {
  it('has every code in English, French and Spanish', () => {
    const english = Object.keys(MESSAGE_CATALOG.en).sort();
    expect(english.length).toBeGreaterThan(100);
    for (const lang of MESSAGE_LANGUAGES)
      expect(Object.keys(MESSAGE_CATALOG[lang]).sort(), lang).toEqual(english);
  });

  it('uses the same {{placeholders}} in every language', () => {
    for (const [code, template] of Object.entries(MESSAGE_CATALOG.en)) {
      const wanted = placeholders(template);
      for (const lang of MESSAGE_LANGUAGES)
        expect(placeholders(MESSAGE_CATALOG[lang][code]!), `${lang}: ${code}`).toEqual(wanted);
    }
  });

  it('translates rather than copies: no French or Spanish sentence equals the English one', () => {
    // Terms such as "null" and codes that are pure notation may be the same in every language.
    const same = Object.entries(MESSAGE_CATALOG.en).filter(
      ([code, text]) =>
        text.length > 12 &&
        (MESSAGE_CATALOG.fr[code] === text || MESSAGE_CATALOG.es[code] === text),
    );
    expect(same).toEqual([]);
  });

  it('has a template for every code the engine names in its sources', () => {
    const named = codesNamedInSources();
    // The scan sees the sources (a guard against a scan that silently finds nothing).
    expect(named.has('term.list')).toBe(true);
    const missing = [...named].filter(([code]) => MESSAGE_CATALOG.en[code] === undefined);
    expect(missing).toEqual([]);
  });

  it('fills placeholders, leaves an unknown one visible, and renders @terms in the language', () => {
    expect(interpolate('must be >= {{min}}, found {{found}}', { min: 0, found: -1 })).toBe(
      'must be >= 0, found -1',
    );
    expect(interpolate('from {{from}} to {{to}}', { from: 1 })).toBe('from 1 to {{to}}');
    const params = { expected: '@term.number', found: '@term.list' };
    expect(renderMessage('validation.wrongType', params, 'en')).toBe(
      'must be a number, found a list',
    );
    expect(renderMessage('validation.wrongType', params, 'fr')).toBe(
      'doit être un nombre ; trouvé : une liste',
    );
    expect(renderMessage('validation.wrongType', params, 'es')).toBe(
      'debe ser un número; se encontró una lista',
    );
    expect(renderMessage('no.such.code', {}, 'fr')).toBeUndefined();
  });
});
