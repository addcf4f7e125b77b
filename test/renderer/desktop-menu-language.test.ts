import { afterEach, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { changeLanguage } from '../../renderer/src/i18n';

afterEach(() => {
  delete window.spf;
  changeLanguage('en');
});

describe('the desktop menu follows the interface language', () => {
  it('tells the desktop app each language the user picks', () => {
    const calls: unknown[][] = [];
    window.spf = {
      invoke: (channel, request) => {
        calls.push([channel, request]);
        return Promise.resolve({ ok: true, value: null });
      },
      on: () => () => undefined,
      platform: { host: 'electron', os: 'linux', version: '45' },
    };
    changeLanguage('fr');
    changeLanguage('es');
    expect(calls).toEqual([
      ['app:language', { language: 'fr' }],
      ['app:language', { language: 'es' }],
    ]);
  });

  it('tells nobody in the browser build, which has no menu', () => {
    expect(window.spf).toBeUndefined();
    expect(() => changeLanguage('fr')).not.toThrow();
  });

  it('changes the language even when the desktop app fails to answer', async () => {
    window.spf = {
      invoke: () => Promise.reject(new Error('main process gone')),
      on: () => () => undefined,
      platform: { host: 'electron', os: 'linux', version: '45' },
    };
    changeLanguage('es');
    await new Promise((resolve) => setTimeout(resolve, 0)); // an unhandled rejection would fail here
    expect(i18next.language).toBe('es');
  });
});
