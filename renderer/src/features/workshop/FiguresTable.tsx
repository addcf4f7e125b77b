import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatIssueIn } from '#engine';
import { ScrollRegion } from '../../components/DataTable';
import { useMessageLanguage } from '../../components/use-issues';
import { formatPercent } from '../../lib/format';
import { ChangeList, FitBadge } from './FitBadge';
import type { GroupFigures } from './workshop-figures';

interface Props {
  year: number;
  baselineName: string;
  baselineCostPctGdp: number | null;
  figures: GroupFigures[];
  /** The facilitator's buttons for a group (open, import a file); none on a slide. */
  actions?: (f: GroupFigures) => ReactNode;
  /** Each group's changes from the baseline (the facilitator view); the slides show them apart. */
  withChanges?: boolean;
}

/** Why a group has no figures, in the interface's language. */
function useProblemText(): (p: NonNullable<GroupFigures['problem']>) => string {
  const { t } = useTranslation();
  const lang = useMessageLanguage();
  return (p) => {
    if (p === 'year' || p === 'unread') return t(`workshop.problem.${p}`);
    const detail =
      p.message ||
      p.issues
        .slice(0, 3)
        .map((i) => formatIssueIn(i, lang))
        .join('; ');
    return t('workshop.problem.notCosted', { reason: detail });
  };
}

/**
 * Every group's package side by side in the envelope year: its envelope, cost and financing gap as
 * % of GDP and the budget game's verdict, under the locked baseline's cost.
 */
export function FiguresTable({
  year,
  baselineName,
  baselineCostPctGdp,
  figures,
  actions,
  withChanges = false,
}: Props) {
  const { t, i18n } = useTranslation();
  const problemText = useProblemText();
  const pct = (v: number | null) => (v === null ? '–' : formatPercent(v, i18n.language));
  return (
    <ScrollRegion label={t('workshop.table.caption', { year })} className="ws-table-wrap">
      <table className="table ws-table" data-testid="workshop-table">
        <caption>{t('workshop.table.caption', { year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('workshop.table.group')}</th>
            <th scope="col">{t('workshop.table.envelope')}</th>
            <th scope="col">{t('workshop.table.cost')}</th>
            <th scope="col">{t('workshop.table.gap')}</th>
            <th scope="col">{t('workshop.table.fit')}</th>
            {withChanges ? <th scope="col">{t('workshop.table.changes')}</th> : null}
            {actions ? <th scope="col">{t('workshop.table.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          <tr className="ws-table__baseline">
            <th scope="row">{t('workshop.table.baseline', { name: baselineName })}</th>
            <td>–</td>
            <td data-testid="workshop-baseline-cost">{pct(baselineCostPctGdp)}</td>
            <td>–</td>
            <td>–</td>
            {withChanges ? <td /> : null}
            {actions ? <td /> : null}
          </tr>
          {figures.map((f) => (
            <tr key={f.position} data-testid={`workshop-row-${f.position}`}>
              <th scope="row">{f.name}</th>
              <td>{pct(f.envelopePctGdp)}</td>
              <td data-testid={`workshop-cost-${f.position}`}>{pct(f.costPctGdp)}</td>
              <td data-testid={`workshop-gap-${f.position}`}>{pct(f.gapPctGdp)}</td>
              <td>
                <FitBadge fit={f.fit} testId={`workshop-fit-${f.position}`} />
                {f.problem ? <p className="field__error">{problemText(f.problem)}</p> : null}
              </td>
              {withChanges ? (
                <td>
                  <ChangeList changes={f.changes} testId={`workshop-changes-${f.position}`} />
                </td>
              ) : null}
              {actions ? <td>{actions(f)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
