import { errorMessage, SpfError, type ErrorKind, type Issue } from '#engine';

/** The files a scenario can leave the app as (features/exports), and a table as an Excel file. */
export type ExportKind = 'scenario' | 'workbook' | 'pdf' | 'table';

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
  /** The tornado's low and high ends, saved to the library as two new scenarios. */
  | { kind: 'pair-saved'; low: string; high: string }
  | { kind: 'import-failed'; file: string; issues: Issue[] }
  | { kind: 'country-unreadable'; code: string; issues: Issue[] }
  | { kind: 'scenario-unreadable'; id: number; issues: Issue[] }
  | { kind: 'recover-failed' }
  | { kind: 'bundled-unreadable'; issues: Issue[] }
  /**
   * A failure reported by the privileged side or the engine: its message, with its problems, and the
   * kind of error it was (`cause`), which chooses the words above them: something no longer in the
   * library, a busy library, a bug. Without a cause the message is shown as it is.
   */
  | { kind: 'error'; text: string; issues?: Issue[]; cause?: ErrorKind };

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
  'pair-saved': 'info',
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

/**
 * The notice for a failed call, classified by the error's class: an error of the engine's hierarchy
 * (a BridgeCallError rebuilt from the other side's reply included) keeps its kind and its problems;
 * anything else thrown here is a bug, told as an internal error with what it said.
 */
export function errorNotice(e: unknown): Notice {
  if (e instanceof SpfError) {
    const notice: Notice = { kind: 'error', cause: e.kind, text: e.message };
    return e.issues.length > 0 ? { ...notice, issues: [...e.issues] } : notice;
  }
  return { kind: 'error', cause: 'internal', text: errorMessage(e) };
}

/** The problems listed under a notice, for the kinds that carry them. */
export function noticeIssues(notice: Notice): Issue[] {
  return 'issues' in notice ? (notice.issues ?? []) : [];
}
