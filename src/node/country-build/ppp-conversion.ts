import { weoValue, type WeoCountry } from '../shared-data/imf-outlook';
import { INTERNATIONAL_POVERTY_LINE } from './gap-defaults';

/**
 * How a line in US dollars a day at 2021 PPP becomes local currency per person per year at base-year
 * prices: x 365 x the IMF's PPP conversion rate of 2021 (PPPEX, LCU per international dollar) x the
 * consumer price index of the base year over that of 2021 (PCPI). Every poverty line amount the
 * builder writes (the World Bank lines and the implied national line) goes through this one rule.
 */
export interface PppConversion {
  pppYear: number;
  baseYear: number;
  /** IMF PPPEX of the PPP year, LCU per international dollar. */
  ppp: number;
  /** IMF PCPI of the PPP year and of the base year. */
  cpiThen: number;
  cpiNow: number;
}

/** The conversion for the country, or undefined when the WEO lacks PPPEX 2021 or a CPI. */
export function pppConversion(weo: WeoCountry, baseYear: number): PppConversion | undefined {
  const { pppYear } = INTERNATIONAL_POVERTY_LINE;
  const ppp = weoValue(weo, 'PPPEX', pppYear)?.value;
  const cpiThen = weoValue(weo, 'PCPI', pppYear)?.value;
  const cpiNow = weoValue(weo, 'PCPI', baseYear)?.value;
  if (ppp === undefined || cpiThen === undefined || cpiNow === undefined || !(cpiThen > 0)) {
    return undefined;
  }
  return { pppYear, baseYear, ppp, cpiThen, cpiNow };
}

/** LCU per person per year at base-year prices, to the cent. */
export function usdPerDayInLcu(usdPerDay: number, c: PppConversion): number {
  return Math.round(usdPerDay * 365 * c.ppp * (c.cpiNow / c.cpiThen) * 100) / 100;
}

/** The conversion in words, after "USD z a day (… PPP)": for a source note. */
export function conversionWords(c: PppConversion, currency: string): string {
  return `x 365 x IMF PPPEX ${c.pppYear} (${c.ppp} ${currency} per international dollar) x CPI ${c.baseYear} / CPI ${c.pppYear} (IMF PCPI ${c.cpiNow} / ${c.cpiThen})`;
}
