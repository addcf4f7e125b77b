import type { TFunction } from 'i18next';
import { benefitKind, type BenefitSpec } from '#engine';
import type { ReportFormat } from './report-format';

/** Plain-language lines about one benefit for the package summary: who, how much, phase-in. */

export function ages(b: BenefitSpec, t: TFunction): string {
  const [from, to] = b.ages;
  return to >= 100 ? t('report.who.agesAndOver', { from }) : t('report.who.ages', { from, to });
}

export function who(b: BenefitSpec, t: TFunction, f: ReportFormat): string {
  const e = b.eligibility;
  const parts: string[] = [];
  if (b.formula?.eligible) parts.push(t('report.who.formula'));
  else if (benefitKind(b.kind).base === 'births') {
    parts.push(t('report.who.mothers', { from: b.ages[0], to: b.ages[1] }));
  } else {
    parts.push(`${t(`report.who.group.${e.prevalence ?? 'none'}`)} ${ages(b, t)}`);
    if (b.sex !== 'all') parts.push(t(`report.who.sex.${b.sex}`));
  }
  if (e.targeting === null) parts.push(t('report.who.universal'));
  else if (e.targeting === 'poverty') parts.push(t('report.who.poor'));
  else parts.push(t('report.who.targetShare', { share: f.rate(e.targeting) }));
  if (e.pensionTested) parts.push(t('report.who.pensionTested'));
  if (e.exclusionError > 0)
    parts.push(t('report.who.exclusion', { share: f.rate(e.exclusionError) }));
  if (e.share !== 1) parts.push(t('report.who.furtherShare', { share: f.rate(e.share) }));
  return parts.join('; ');
}

export function months(b: BenefitSpec, f: ReportFormat): string {
  const m = b.benefit.months;
  return f.number(m, Number.isInteger(m) ? 0 : 1);
}

export function howMuch(
  b: BenefitSpec,
  t: TFunction,
  f: ReportFormat,
  currency: string,
  baseYear: number,
): string {
  if (b.formula?.perBeneficiary) return t('report.howMuch.formula');
  const level =
    b.benefit.basis === 'fixed'
      ? t('report.howMuch.fixed', { amount: f.whole(b.benefit.amount), currency, year: baseYear })
      : t('report.howMuch.share', {
          share: f.rate(b.benefit.share),
          basis: t(`basis.${b.benefit.basis}`),
        });
  // A kind with fixed months (health care) is in kind and costed per year.
  if (benefitKind(b.kind).fixedMonths !== null) return t('report.howMuch.health', { level });
  return t('report.howMuch.months', { level, months: months(b, f) });
}

/** Year-by-year take-up as written: "30% in 2026, 50% in 2027, 80% in 2030" (linear in between). */
export function coveragePoints(b: BenefitSpec, f: ReportFormat, t: TFunction): string | null {
  const points = b.coverage.byYear;
  if (!points) return null;
  const list = points
    .map((p) => t('report.phaseIn.point', { rate: f.rate(p.rate), year: p.year }))
    .join(', ');
  return t('report.phaseIn.byYear', { points: list });
}

export function phaseIn(b: BenefitSpec, t: TFunction, f: ReportFormat): string {
  const c = b.coverage;
  const points = coveragePoints(b, f, t);
  if (points) return points;
  if (c.startYear === c.fullYear || c.start === c.full) {
    return t('report.phaseIn.flat', { full: f.rate(c.full), year: c.startYear });
  }
  return t('report.phaseIn.ramp', {
    start: f.rate(c.start),
    startYear: c.startYear,
    full: f.rate(c.full),
    fullYear: c.fullYear,
  });
}
