import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { noticeIssues, noticeLasts, noticeTone } from '../stores/notices';
import { useApp } from '../stores/store-context';
import { noticeText } from './notice-text';
import { useIssueText } from './use-issues';

/** Confirmations fade (a few stay); errors stay until dismissed and list each problem with where it is. */
export function NoticeBar() {
  const { t } = useTranslation();
  const notice = useApp((s) => s.notice);
  const issueText = useIssueText();
  const show = useApp((s) => s.noticeShown);
  const tone = notice ? noticeTone(notice) : null;
  const lasts = notice ? noticeLasts(notice) : true;
  useEffect(() => {
    if (lasts) return;
    const timer = setTimeout(() => show(null), 4000);
    return () => clearTimeout(timer);
  }, [notice, lasts, show]);
  if (!notice) return null;
  const issues = noticeIssues(notice);
  return (
    <div
      className={`notice notice--${tone}`}
      role={tone === 'error' ? 'alert' : 'status'}
      data-testid="notice"
    >
      <span>{noticeText(notice, t, issueText)}</span>
      {issues.length ? (
        <ul className="notice__issues">
          {issues.slice(0, 12).map((i, k) => (
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
