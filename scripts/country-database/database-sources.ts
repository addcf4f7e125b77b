/**
 * The publishers the country database is derived from, with their attribution and licence terms as
 * ../shared/data/README.md states them; shown on the app's About page and in docs/country-data.md.
 */
import type { DatabaseSource } from '../../src/contract/country-db';

export const DATABASE_SOURCES: DatabaseSource[] = [
  {
    name: 'World Population Prospects 2024 (and 2019 for the age and sex structure)',
    publisher: 'United Nations, Department of Economic and Social Affairs, Population Division',
    edition: '2024 revision, medium variant; 2019 revision, 5-year age groups by sex',
    licence: 'CC BY 3.0 IGO',
    url: 'https://population.un.org/wpp/',
    attribution:
      'Source: United Nations, DESA, Population Division. World Population Prospects 2024. http://population.un.org/wpp/. Licensed under CC BY 3.0 IGO.',
  },
  {
    name: 'World Economic Outlook Database',
    publisher: 'International Monetary Fund',
    edition: 'October 2024',
    licence: 'IMF Copyright and Usage: free reuse with attribution',
    url: 'https://www.imf.org/external/terms.htm',
    attribution:
      'Source: International Monetary Fund, World Economic Outlook Database, October 2024.',
  },
  {
    name: 'World Development Indicators (Poverty and Inequality Platform)',
    publisher: 'World Bank',
    edition: 'SI.POV.NAHC, SI.POV.DDAY, SI.POV.LMIC, SI.POV.UMIC, latest survey year',
    licence: 'CC BY 4.0',
    url: 'https://data.worldbank.org/indicator/SI.POV.DDAY',
    attribution: 'Source: World Bank, World Development Indicators.',
  },
  {
    name: 'Global Health Expenditure Database',
    publisher: 'World Health Organization',
    edition: 'gghed_gdp, 2000-2023',
    licence: 'WHO data policy and terms of use',
    url: 'https://apps.who.int/nha/database',
    attribution: 'Source: WHO Global Health Expenditure Database (apps.who.int/nha/database).',
  },
  {
    name: 'world-countries (country names in English, French and Spanish; UN regions)',
    publisher: 'Mohammed Le Doze and contributors',
    edition: 'version 5.1.0',
    licence: 'ODbL 1.0',
    url: 'https://github.com/mledoze/countries',
    attribution:
      'Country names and regions: world-countries by Mohammed Le Doze, available under the Open Database License (ODbL 1.0).',
  },
];
