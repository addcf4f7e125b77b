import {
  COUNTRY_FIELDS,
  RATE_MEANINGS,
  RATE_NAMES,
  SHEET,
  SPENDING_FUNCTIONS,
} from './sheet-layout';

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
    `- ${SHEET.rates}: one row per age band: the rate, sex (all, or female and male rows), from age, to age (100 = 100+), and the value. Ages in no band have rate 0. Rates: ${RATE_NAMES.map((r) => `${r} (${RATE_MEANINGS[r]})`).join('; ')}.`,
    `- ${SHEET.spending}: current public spending by function as a fraction of GDP (${SPENDING_FUNCTIONS.join(', ')}).`,
    `- ${SHEET.sources}: where each input comes from: the field (e.g. population, macro.gdp, rates.poverty), the publisher, edition, link, a note on how it was derived, and whether it is an assumption or was changed by you.`,
    '',
    'More: docs/country-data.md and docs/formats.md in SPF Costing Studio.',
  ];
}
