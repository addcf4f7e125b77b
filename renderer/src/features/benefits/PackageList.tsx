import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { BenefitSpec } from '#engine';
import { formatPercent } from '../../lib/format';
import { useApp } from '../../stores/store-context';

function summary(b: BenefitSpec, t: TFunction, locale: string): string {
  const amount =
    b.benefit.basis === 'fixed'
      ? t('summary.fixed', { amount: b.benefit.amount })
      : t('summary.share', {
          share: formatPercent(b.benefit.share, locale, 0),
          basis: t(`basis.${b.benefit.basis}`),
        });
  return `${t('summary.ages', { from: b.ages[0], to: b.ages[1] })} · ${amount} · ${b.coverage.startYear}→${b.coverage.fullYear}`;
}

/** The benefits of the package: switch each on or off, pick one to edit, add one from a template. */
export function PackageList() {
  const { t, i18n } = useTranslation();
  const benefits = useApp((s) => s.draft?.benefits ?? []);
  const selected = useApp((s) => s.selectedBenefit);
  const select = useApp((s) => s.benefitSelected);
  const edit = useApp((s) => s.benefitEdited);
  const templates = useApp((s) => s.templates);
  const add = useApp((s) => s.benefitAdded);

  return (
    <section className="panel package" aria-labelledby="package-title">
      <h2 id="package-title">{t('benefits.package')}</h2>
      {benefits.length === 0 ? <p className="empty">{t('benefits.empty')}</p> : null}
      <ul className="package__list">
        {benefits.map((b) => (
          <li
            key={b.id}
            className={`package__item${b.id === selected ? ' package__item--selected' : ''}${b.enabled ? '' : ' package__item--off'}`}
          >
            <input
              type="checkbox"
              checked={b.enabled}
              aria-label={t('benefits.include', { name: b.label })}
              data-testid={`toggle-${b.id}`}
              onChange={(e) => edit(b.id, 'enabled', (x) => void (x.enabled = e.target.checked))}
            />
            <button
              type="button"
              className="package__select"
              aria-pressed={b.id === selected}
              data-testid={`select-${b.id}`}
              onClick={() => select(b.id)}
            >
              <span className="package__name">{b.label}</span>
              <span className="package__summary">{summary(b, t, i18n.language)}</span>
            </button>
          </li>
        ))}
      </ul>
      <label className="field__label" htmlFor="add-benefit">
        {t('benefits.add')}
      </label>
      <select
        id="add-benefit"
        className="input"
        value=""
        data-testid="add-benefit"
        onChange={(e) => {
          if (e.target.value) add(e.target.value);
        }}
      >
        <option value="">{t('benefits.choose')}</option>
        {templates.map((tpl) => (
          <option key={tpl.id} value={tpl.id}>
            {t(`template.${tpl.id}`, { defaultValue: tpl.benefit.label ?? tpl.id })}
          </option>
        ))}
      </select>
    </section>
  );
}
