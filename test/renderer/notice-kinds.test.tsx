import { act, render } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { NoticeBar } from '../../renderer/src/components/NoticeBar';
import { noticeLasts, type Notice, type NoticeKind } from '../../renderer/src/stores/notices';
import { StoreProvider } from '../../renderer/src/stores/store-context';
import { codedIssue } from '#engine';
import en from '../../renderer/src/i18n/locales/en.json';
import { startedStore } from './fake-app';

afterEach(async () => {
  await i18next.changeLanguage('en');
});

/** A problem with a code, so that it is worded in the interface's language. */
const notFound = codedIssue('', 'library.scenario.notFound', { id: 12 });

/** One notice of every kind: the compiler asks for a new kind here as soon as it is declared. */
const SAMPLES: { [K in NoticeKind]: Extract<Notice, { kind: K }> } = {
  saved: { kind: 'saved', revision: 3 },
  'saved-new': { kind: 'saved-new', revision: 1 },
  imported: { kind: 'imported', file: 'plan.json' },
  exported: { kind: 'exported', file: '/tmp/plan.xlsx' },
  'export-ready': { kind: 'export-ready' },
  'report-opened': { kind: 'report-opened' },
  'export-failed': { kind: 'export-failed', export: 'workbook', message: 'disk full' },
  'report-blocked': { kind: 'report-blocked' },
  duplicated: { kind: 'duplicated', name: 'central' },
  undeleted: { kind: 'undeleted', name: 'central' },
  'bin-emptied': { kind: 'bin-emptied' },
  renamed: { kind: 'renamed', from: 'central', to: 'central 2030' },
  restored: { kind: 'restored', revision: 2, next: 5 },
  'tags-added': { kind: 'tags-added', count: 2 },
  'tag-removed': { kind: 'tag-removed', tag: 'ministry' },
  'note-added': { kind: 'note-added' },
  'set-saved': { kind: 'set-saved', name: 'options' },
  'set-deleted': { kind: 'set-deleted', name: 'options' },
  'pair-saved': { kind: 'pair-saved', low: 'central — low', high: 'central — high' },
  'import-failed': { kind: 'import-failed', file: 'plan.json', issues: [notFound] },
  'country-unreadable': { kind: 'country-unreadable', code: 'KEN', issues: [notFound] },
  'scenario-unreadable': { kind: 'scenario-unreadable', id: 7, issues: [notFound] },
  'recover-failed': { kind: 'recover-failed' },
  'bundled-unreadable': { kind: 'bundled-unreadable', issues: [notFound] },
  error: { kind: 'error', text: notFound.message, issues: [notFound] },
};

/** The notice bar's text (message, then each problem) for every kind, in one language. */
async function wordsIn(lang: string): Promise<Map<NoticeKind, string>> {
  const { store } = await startedStore();
  await i18next.changeLanguage(lang);
  const { container, unmount } = render(
    <StoreProvider store={store}>
      <NoticeBar />
    </StoreProvider>,
  );
  const words = new Map<NoticeKind, string>();
  for (const notice of Object.values(SAMPLES)) {
    act(() => store.getState().noticeShown(notice));
    const bar = container.querySelector('[data-testid="notice"]');
    const parts = [...(bar?.querySelectorAll('span, li') ?? [])].map((e) => e.textContent ?? '');
    words.set(notice.kind, parts.join(' | '));
  }
  unmount();
  return words;
}

/** Every translation key, as a path ("notice.recoverFailed"). */
function keyPaths(obj: unknown, prefix = ''): string[] {
  if (obj === null || typeof obj !== 'object') return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
}
const KEYS = keyPaths(en);

/** A key of one of the locale files' sections ("notice.recoverFailed"), present or missing. */
const KEY_LIKE = new RegExp(`\\b(${Object.keys(en).join('|')})\\.[a-zA-Z]`);

/** Fails when a translation key is shown as it is instead of its text. */
function expectNoRawKey(text: string, kind: string): void {
  expect(
    KEYS.filter((key) => text.includes(key)),
    kind,
  ).toEqual([]);
  expect(text, kind).not.toMatch(KEY_LIKE);
}

describe('every notice kind in the interface language', () => {
  it('has an English message for every kind, with its values in place', async () => {
    const english = await wordsIn('en');
    for (const [kind, text] of english) {
      expectNoRawKey(text, kind);
      expect(text.trim(), kind).not.toBe('');
    }
    // save.done "Saved as revision {{rev}}." with rev 3.
    expect(english.get('saved')).toBe('Saved as revision 3.');
    // library.details.restored with rev 2, next 5.
    expect(english.get('restored')).toBe(
      'Revision 2 is the current one again, saved as revision 5.',
    );
    // Before, 'recover-failed' had no mapping and the bar showed the code itself.
    expect(english.get('recover-failed')).toBe(
      'The autosaved work could not be read, so it cannot be recovered.',
    );
  });

  for (const lang of ['fr', 'es']) {
    it(`has a ${lang} message for every kind, none left in English`, async () => {
      const english = await wordsIn('en');
      const other = await wordsIn(lang);
      for (const [kind, text] of other) {
        expectNoRawKey(text, kind);
        expect(text, kind).not.toBe(english.get(kind));
        // The problem under an error is worded in the same language as the message above it.
        if (kind === 'error' || kind.endsWith('-unreadable') || kind === 'import-failed') {
          expect(text, kind).not.toContain(notFound.message);
        }
      }
    });
  }

  it('says "revision 3" in French and Spanish too', async () => {
    // save.done: "Enregistré comme révision {{rev}}." / "Guardado como revisión {{rev}}.", rev 3.
    expect((await wordsIn('fr')).get('saved')).toBe('Enregistré comme révision 3.');
    expect((await wordsIn('es')).get('saved')).toBe('Guardado como revisión 3.');
  });
});

describe('how long a notice stays', () => {
  it('keeps errors and the report-opened instruction until closed; other confirmations fade', () => {
    const lasting = Object.values(SAMPLES)
      .filter((n) => noticeLasts(n))
      .map((n) => n.kind);
    // The eight error kinds, and the one confirmation read after coming back from another tab.
    expect(lasting.sort()).toEqual(
      [
        'bundled-unreadable',
        'country-unreadable',
        'error',
        'export-failed',
        'import-failed',
        'recover-failed',
        'report-blocked',
        'report-opened',
        'scenario-unreadable',
      ].sort(),
    );
  });
});

describe('notices the store gives', () => {
  it('says an autosaved draft cannot be recovered, as a notice of its own kind, not a code', async () => {
    const { store } = await startedStore();
    const before = store.getState().draft;
    // A draft whose scenario is not a scenario file: there is nothing to reopen.
    store.setState({
      recoverable: [
        {
          key: 'k1',
          savedAt: '2026-01-01T00:00:00Z',
          scenarioId: null,
          scenario: { format: 'other' },
          country: {},
        },
      ],
    });
    store.getState().draftRecovered('k1');
    expect(store.getState().notice).toEqual({ kind: 'recover-failed' });
    // The scenario open before stays open, and the draft stays on offer.
    expect(store.getState().draft).toBe(before);
    expect(store.getState().recoverable).toHaveLength(1);
  });

  it('names a saved revision by its number, and drops the confirmation at the next edit', async () => {
    const { store } = await startedStore();
    await store.getState().saveRequested();
    await store.getState().saveRequested();
    // Two saves of scenario 1: revisions 1 and 2.
    expect(store.getState().notice).toEqual({ kind: 'saved', revision: 2 });
    store.getState().benefitEdited('child', 'share', (b) => void (b.benefit.share = 0.3));
    expect(store.getState().notice).toBeNull();
  });
});
