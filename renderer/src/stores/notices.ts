import type { Issue } from '#engine';

/** The files a scenario can leave the app as (features/exports). */
export type ExportKind = 'scenario' | 'workbook' | 'pdf';

/**
 * What the app tells the user at the top of the page. Each kind carries the values its message
 * needs; the words are chosen in the user's language when it is shown (components/NoticeBar.tsx),
 * never stored as text.
 */
export type Notice =
  | { kind: 'saved'; revision: number }
  | { kind: 'saved-new'; revision: number }
  | { kind: 'imported'; file: string }
  | { kind: 'exported'; file: string }
  /** An export finished without a file name to give. */
  | { kind: 'export-ready' }
  /** The browser build prints from a new tab: what to do there. */
  | { kind: 'report-opened' }
  /** Why an export failed: the privileged side's message or the browser's. */
  | { kind: 'export-failed'; export: ExportKind; message: string }
  | { kind: 'report-blocked' }
  | { kind: 'duplicated'; name: string }
  | { kind: 'undeleted'; name: string }
  | { kind: 'bin-emptied' }
  | { kind: 'renamed'; from: string; to: string }
  | { kind: 'restored'; revision: number; next: number }
  | { kind: 'tags-added'; count: number }
  | { kind: 'tag-removed'; tag: string }
  | { kind: 'note-added' }
  | { kind: 'set-saved'; name: string }
  | { kind: 'set-deleted'; name: string }
  | { kind: 'import-failed'; file: string; issues: Issue[] }
  | { kind: 'country-unreadable'; code: string; issues: Issue[] }
  | { kind: 'scenario-unreadable'; id: number; issues: Issue[] }
  | { kind: 'recover-failed' }
  | { kind: 'bundled-unreadable'; issues: Issue[] }
  /** A failure reported by the privileged side or the engine: its message, with its problems. */
  | { kind: 'error'; text: string; issues?: Issue[] };

export type NoticeKind = Notice['kind'];

/** Confirmations fade and give way to the next edit; errors stay until dismissed. */
export const NOTICE_TONE: Record<NoticeKind, 'info' | 'error'> = {
  saved: 'info',
  'saved-new': 'info',
  imported: 'info',
  exported: 'info',
  'export-ready': 'info',
  'report-opened': 'info',
  'export-failed': 'error',
  'report-blocked': 'error',
  duplicated: 'info',
  undeleted: 'info',
  'bin-emptied': 'info',
  renamed: 'info',
  restored: 'info',
  'tags-added': 'info',
  'tag-removed': 'info',
  'note-added': 'info',
  'set-saved': 'info',
  'set-deleted': 'info',
  'import-failed': 'error',
  'country-unreadable': 'error',
  'scenario-unreadable': 'error',
  'recover-failed': 'error',
  'bundled-unreadable': 'error',
  error: 'error',
};

export function noticeTone(notice: Notice): 'info' | 'error' {
  return NOTICE_TONE[notice.kind];
}

/** Confirmations that stay until dismissed: the user reads them when back from another tab. */
const LASTING: ReadonlySet<NoticeKind> = new Set(['report-opened']);

/** Whether the notice stays until the user closes it (errors, and a few confirmations). */
export function noticeLasts(notice: Notice): boolean {
  return noticeTone(notice) === 'error' || LASTING.has(notice.kind);
}

/** The notice for a failed call: the bridge's error (with its problems) or a thrown error. */
export function errorNotice(e: unknown): Notice {
  const err = e as { message?: string; error?: { message: string; issues?: Issue[] } };
  if (err.error) {
    return err.error.issues
      ? { kind: 'error', text: err.error.message, issues: err.error.issues }
      : { kind: 'error', text: err.error.message };
  }
  return { kind: 'error', text: err.message ?? String(e) };
}

/** The problems listed under a notice, for the kinds that carry them. */
export function noticeIssues(notice: Notice): Issue[] {
  return 'issues' in notice ? (notice.issues ?? []) : [];
}
