import {
  COUNTRY_FIELDS,
  HEADCOUNT_RATE_NAMES,
  RATE_MEANINGS,
  RATE_NAMES,
  SHEET,
  SPENDING_FUNCTIONS,
} from './sheet-layout';

/** The lines of the README sheet shown in bold. */
export const README_HEADINGS: readonly string[] = [
  'Rules',
  'Sheets',
  'Demographic rates (optional)',
];

/** The README sheet (and the head of docs/country-data.md's spreadsheet section): how to fill it. */
export function readmeLines(country?: { code: string; name: string }): string[] {
  return [
    `SPF Costing Studio: country data${country ? ` for ${country.name} (${country.code})` : ''} (spf.country/1)`,
    '',
    'Fill in the sheets, save as .xlsx, and import with:',
    '    npx spf country from-sheet THIS-FILE.xlsx --out country.json',
    'Every problem is reported with its sheet and cell, e.g. \'Population female\'!C14: must be a number >= 0, found "n/a".',
    '',
    'Rules',
    '- Units are in the header row of each sheet. Money is in local currency units (LCU), nominal.',
    '- Population and births are in PERSONS, never thousands.',
    '- Rates and shares are fractions: 0.05 means 5%. Cells formatted as percentages are fine (5% is stored as 0.05).',
    '- An empty cell means "not given". A year whose cells are all empty is left out.',
    '- Years must be consecutive. The population must cover the base year and every year you cost.',
    '- Keep the sheet names and the header rows; do not merge header cells.',
    '',
    'Sheets',
    `- ${SHEET.country}: one row per field (${COUNTRY_FIELDS.map((f) => f.key).join(', ')}). code, name, currency and baseYear are required.`,
    `- ${SHEET.female} and ${SHEET.male}: one row per year, mid-year (1 July) persons at ages 0 to 99 and 100+ (101 columns). Every age of a year is needed.`,
    `- ${SHEET.births}: live births in each calendar year (needed for maternity benefits).`,
    `- ${SHEET.macro}: one row per year from the base year: GDP, real growth, inflation, revenue and expenditure (fractions of GDP) and the exchange rate are required; debt, poverty line and wages are optional own series (fill the whole column or none). The engine extends the paths after the last year.`,
    `- ${SHEET.rates}: one row per age band: the rate, sex (all, or female and male rows), from age, to age (100 = 100+), and the value. Ages in no band have rate 0. Rates: ${RATE_NAMES.map((r) => `${r} (${RATE_MEANINGS[r]})`).join('; ')}. The headcount of each poverty line goes in rows named ${HEADCOUNT_RATE_NAMES.join(', ')}, its amount on the ${SHEET.country} sheet; give those or the earlier povertyLine and poverty, not both.`,
    `- ${SHEET.spending}: current public spending by function as a fraction of GDP (${SPENDING_FUNCTIONS.join(', ')}).`,
    `- ${SHEET.sources}: where each input comes from: the field (e.g. population, macro.gdp, rates.poverty), the publisher, edition, link, a note on how it was derived, and whether it is an assumption or was changed by you.`,
    '',
    'Demographic rates (optional)',
    'These sheets let the tool project the population itself: for demographic variants of a scenario (lower fertility, faster mortality decline, more migration) and for pension projections. Leave all of them empty to have no demographic rates (costings then use the population sheets as they are). If you fill one, fill both Mortality sheets and the TFR and age pattern in Fertility; the sex ratio at birth and the Migration sheet may stay empty.',
    `- ${SHEET.mortalityFemale} and ${SHEET.mortalityMale}: central death rates m(x) in DEATHS PER PERSON-YEAR (0.0123, not 12.3 per 1,000). One row per year (any spacing, e.g. the mid-years of 5-year periods: the rates are interpolated log-linearly in between, and held before the first and after the last). One column per age: single ages 0 to 99 and 100+ (as written), or age groups: write the groups in the header row, e.g. Age 0, Age 1-4, Age 5-9, ..., Age 100+, from 0 with no gaps, the last open. Both sheets need the same years and age groups.`,
    `- ${SHEET.fertility}: three tables side by side. Year and total fertility rate (children per woman), any spacing, linear in between and held after the last year. The age pattern: the share of the TFR at each age of mother, 35 single ages 15 to 49 or 7 groups 15-19 to 45-49 (rewrite the ages column for groups); shares are scaled to add up to 1. The sex ratio at birth in one cell: male births per female birth (empty: 1.05).`,
    `- ${SHEET.migration}: two tables side by side. Year and net migrants a year in PERSONS (negative when more leave than arrive; empty: no migration), linear in between and held outside. The age and sex profile of net migrants: shares of all net migrants at ages 0 to 99 and 100+ for women and men, scaled so that both columns together add up to 1 (empty: the standard Rogers-Castro profile, half women).`,
    '- In these sheets, type the years your rates are for (any spacing); every row with a year needs its values, and the empty columns between the tables stay empty.',
    '',
    'More: docs/country-data.md and docs/formats.md in SPF Costing Studio.',
  ];
}
