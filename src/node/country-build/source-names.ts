/** How a built file's `sources` name the publishers of the data, each written once. */

export const WPP_SOURCE = 'United Nations, DESA, Population Division: World Population Prospects';
export const WPP_URL = 'https://population.un.org/wpp/';
export const IMF_SOURCE = 'International Monetary Fund: World Economic Outlook Database';
export const IMF_EDITION = 'October 2024';
export const IMF_URL = 'https://www.imf.org/en/Publications/WEO/weo-database/2024/October';
/** A value the tool chose where the public data give none. */
export const TOOL_SOURCE = 'SPF Costing Studio default (docs/country-data.md)';
