import { useTranslation } from 'react-i18next';
import type { ReportModel } from '../report-model';
import type { ReportFormat } from '../report-format';
import { useMessageText } from '../../components/use-message-text';

interface Props {
  model: ReportModel;
  f: ReportFormat;
}

/** Where every input comes from, as the costing recorded it (result.provenance). */
export function SourcesSection({ model, f }: Props) {
  const { t } = useTranslation();
  const messageText = useMessageText();
  const { result: r, data } = model;
  const urls = new Map((data.country.sources ?? []).map((s) => [s.field, s.url]));
  const changed = r.provenance.filter((p) => p.userChanged).length;
  return (
    <section
      className="report-section"
      data-testid="report-sources"
      aria-labelledby="sources-title"
    >
      <h2 id="sources-title">{t('report.sources.title')}</h2>
      <p>{t('report.sources.intro', { country: data.country.name })}</p>
      {changed > 0 ? <p>{t('report.sources.changed', { number: changed })}</p> : null}
      <table className="rtable rtable--compact rtable--sources" data-testid="report-sources-table">
        <caption>{t('report.sources.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="rtable__text">
              {t('report.sources.input')}
            </th>
            <th scope="col" className="rtable__text">
              {t('report.sources.source')}
            </th>
            <th scope="col" className="rtable__text">
              {t('report.sources.how')}
            </th>
            <th scope="col" className="rtable__text">
              {t('report.sources.status')}
            </th>
          </tr>
        </thead>
        <tbody>
          {r.provenance.map((p) => {
            const url = urls.get(p.field);
            return (
              <tr key={p.field}>
                <th scope="row" className="rtable__text">
                  <code>{p.field}</code>
                  <span className="report-aside">{p.unit}</span>
                </th>
                <td className="rtable__text">
                  {p.source}
                  {p.edition ? <span className="report-aside">{p.edition}</span> : null}
                  {url ? <span className="report-aside report-url">{url}</span> : null}
                </td>
                <td className="rtable__text">
                  {p.note ?? ''}
                  {p.derivation ? (
                    <span className="report-aside">
                      {t('report.sources.derivation', {
                        how: messageText(p.derivationMessage, p.derivation),
                      })}
                    </span>
                  ) : null}
                </td>
                <td className="rtable__text">
                  {p.assumption ? t('report.sources.assumption') : t('report.sources.data')}
                  {p.userChanged ? (
                    <span className="report-aside report-changed">
                      {t('report.sources.userChanged')}
                    </span>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h3>{t('report.sources.about')}</h3>
      <p>
        {t('report.sources.aboutText', {
          date: f.date(data.generatedAt),
          scenario: r.scenario,
          country: data.country.name,
        })}
      </p>
      {data.country.fictional ? (
        <p className="report-note">{data.country.description ?? t('report.cover.fictionalNote')}</p>
      ) : null}
    </section>
  );
}
