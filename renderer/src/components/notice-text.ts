import type { TFunction } from 'i18next';
import { errorHeading, type Issue } from '#engine';
import type { Notice, NoticeKind } from '../stores/notices';
import { failureLead, failureText } from './error-text';

type NoticeOf<K extends NoticeKind> = Extract<Notice, { kind: K }>;

/** How each kind of notice is worded: the compiler asks for a message for every kind. */
const NOTICE_TEXT: {
  [K in NoticeKind]: (n: NoticeOf<K>, t: TFunction, issueText: (i: Issue) => string) => string;
} = {
  saved: (n, t) => t('save.done', { rev: n.revision }),
  'saved-new': (n, t) => t('lifecycle.savedNew', { rev: n.revision }),
  imported: (n, t) => t('notice.imported', { file: n.file }),
  exported: (n, t) => t('notice.exported', { file: n.file }),
  'export-ready': (_n, t) => t('report.export.ready'),
  'report-opened': (_n, t) => t('usability.reportOpened'),
  'export-failed': (n, t) => t(`report.export.${n.export}Failed`, { message: n.message }),
  'report-blocked': (_n, t) =>
    t('report.export.pdfFailed', { message: t('financing.export.popupBlocked') }),
  duplicated: (n, t) => t('library.duplicated', { name: n.name }),
  undeleted: (n, t) => t('library.undeleted', { name: n.name }),
  'bin-emptied': (_n, t) => t('library.binEmptied'),
  renamed: (n, t) => t('library.renamed', { old: n.from, name: n.to }),
  restored: (n, t) => t('library.details.restored', { rev: n.revision, next: n.next }),
  'tags-added': (n, t) => t('library.details.tagsAdded', { count: n.count }),
  'tag-removed': (n, t) => t('library.details.tagRemoved', { tag: n.tag }),
  'note-added': (_n, t) => t('library.details.noteAdded'),
  'set-saved': (n, t) => t('compare.sets.saved', { name: n.name }),
  'set-deleted': (n, t) => t('compare.sets.deleted', { name: n.name }),
  'pair-saved': (n, t) => t('uncertainty.pair.saved', { low: n.low, high: n.high }),
  'import-failed': (n, t) => t('notice.importFailed', { file: n.file }),
  'country-unreadable': (n, t) => t('lifecycle.countryUnreadable', { code: n.code }),
  'scenario-unreadable': (n, t) => t('notice.scenarioUnreadable', { id: n.id }),
  'recover-failed': (_n, t) => t('notice.recoverFailed'),
  'bundled-unreadable': (_n, t) => t('notice.bundledUnreadable'),
  error: (n, t, issueText) => errorNoticeText(n, t, issueText),
};

/**
 * A failure's notice: the words for its kind (not found, busy, a bug), then its message. The
 * privileged side's message is English; its problems carry codes worded in any language. When the
 * problems are listed under the notice, the words for its kind alone head them.
 */
function errorNoticeText(
  n: NoticeOf<'error'>,
  t: TFunction,
  issueText: (i: Issue) => string,
): string {
  const lead = failureLead(n.cause, t);
  if (lead && n.issues?.length) return lead;
  return failureText(
    lead,
    errorHeading({ message: n.text, ...(n.issues ? { issues: n.issues } : {}) }, issueText),
  );
}

/** The notice's message in the language `t` speaks. */
export function noticeText(notice: Notice, t: TFunction, issueText: (i: Issue) => string): string {
  const word = NOTICE_TEXT[notice.kind] as (
    n: Notice,
    t: TFunction,
    issueText: (i: Issue) => string,
  ) => string;
  return word(notice, t, issueText);
}
