import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorHeading } from '#engine';
import { useApp } from '../stores/store-context';
import { useIssueText } from './use-issues';

/** Confirmations fade; errors stay until dismissed and list each problem with where it is. */
export function NoticeBar() {
  const { t } = useTranslation();
  const notice = useApp((s) => s.notice);
  const issueText = useIssueText();
  const show = useApp((s) => s.noticeShown);
  useEffect(() => {
    if (notice?.kind !== 'info') return;
    const timer = setTimeout(() => show(null), 4000);
    return () => clearTimeout(timer);
  }, [notice, show]);
  if (!notice) return null;
  const [code, arg] = notice.text.split(/:(.*)/s);
  const text =
    code === 'saved'
      ? t('save.done', { rev: arg })
      : code === 'saved-new'
        ? t('lifecycle.savedNew', { rev: arg })
        : code === 'country-unreadable'
          ? t('lifecycle.countryUnreadable', { code: arg })
          : code === 'imported'
            ? t('notice.imported', { file: arg })
            : code === 'import-failed'
              ? t('notice.importFailed', { file: arg })
              : code === 'exported'
                ? t('notice.exported', { file: arg })
                : errorHeading({ message: notice.text, issues: notice.issues }, issueText);
  return (
    <div
      className={`notice notice--${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
      data-testid="notice"
    >
      <span>{text}</span>
      {notice.issues?.length ? (
        <ul className="notice__issues">
          {notice.issues.slice(0, 12).map((i, k) => (
            <li key={k}>
              <code>{i.path || '—'}</code> {issueText(i)}
            </li>
          ))}
        </ul>
      ) : null}
      <button
        type="button"
        className="button button--small"
        onClick={() => show(null)}
        aria-label={t('notice.close')}
      >
        ×
      </button>
    </div>
  );
}
