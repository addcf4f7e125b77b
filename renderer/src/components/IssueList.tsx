import { useTranslation } from 'react-i18next';
import { useApp } from '../stores/store-context';
import { useIssueText } from './use-issues';

/** What stops the scenario from being costed, each problem with the field it is about. */
export function IssueList() {
  const { t } = useTranslation();
  const run = useApp((s) => s.run);
  const text = useIssueText();
  if (run.status === 'failed') {
    return (
      <p className="notice notice--error" role="alert">
        {t('summary.failed', { message: run.message })}
      </p>
    );
  }
  if (run.status !== 'invalid' || run.issues.length === 0) return null;
  return (
    <ul className="notice notice--error notice__issues" role="alert" data-testid="issues">
      {run.issues.slice(0, 10).map((i, k) => (
        <li key={k}>
          <code>{i.path}</code> {text(i)}
        </li>
      ))}
    </ul>
  );
}
