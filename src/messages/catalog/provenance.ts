import type { MessagePart } from '../types';

/** How the engine extended or replaced a country input past its data (src/country/provenance.ts). */
export const provenanceMessages = {
  en: {
    'provenance.replacedByScenario': "replaced after {{baseYear}} by the scenario's assumption",
    'provenance.gdpRebuilt':
      "rebuilt after {{baseYear}} from base-year GDP with the scenario's growth and inflation: GDP[t] = GDP[t-1] (1+g) (1+pi)",
    'provenance.gdpExtended':
      'extended after {{lastYear}}: GDP[t] = GDP[t-1] (1+g) (1+pi) with the last g and pi',
    'provenance.lastValueHeld': 'last value ({{lastYear}}) held for later years',
    'provenance.povertyLineIndexed': 'moves with consumer prices: PL[t] = PL x I[t]',
    'provenance.wageIndexed':
      'moves with nominal GDP per capita: wage[t] = wage x GDPpc[t] / GDPpc[base year]',
  },
  fr: {
    'provenance.replacedByScenario': 'remplacé après {{baseYear}} par l’hypothèse du scénario',
    'provenance.gdpRebuilt':
      'reconstruit après {{baseYear}} à partir du PIB de l’année de base avec la croissance et l’inflation du scénario : PIB[t] = PIB[t-1] (1+g) (1+pi)',
    'provenance.gdpExtended':
      'prolongé après {{lastYear}} : PIB[t] = PIB[t-1] (1+g) (1+pi) avec les derniers g et pi',
    'provenance.lastValueHeld':
      'dernière valeur ({{lastYear}}) maintenue pour les années suivantes',
    'provenance.povertyLineIndexed': 'suit les prix à la consommation : SP[t] = SP x I[t]',
    'provenance.wageIndexed':
      'suit le PIB nominal par habitant : salaire[t] = salaire x PIBh[t] / PIBh[année de base]',
  },
  es: {
    'provenance.replacedByScenario':
      'sustituido después de {{baseYear}} por el supuesto del escenario',
    'provenance.gdpRebuilt':
      'reconstruido después de {{baseYear}} a partir del PIB del año base con el crecimiento y la inflación del escenario: PIB[t] = PIB[t-1] (1+g) (1+pi)',
    'provenance.gdpExtended':
      'prolongado después de {{lastYear}}: PIB[t] = PIB[t-1] (1+g) (1+pi) con los últimos g y pi',
    'provenance.lastValueHeld': 'último valor ({{lastYear}}) mantenido en los años siguientes',
    'provenance.povertyLineIndexed': 'sigue los precios al consumidor: LP[t] = LP x I[t]',
    'provenance.wageIndexed':
      'sigue el PIB nominal per cápita: salario[t] = salario x PIBpc[t] / PIBpc[año base]',
  },
} satisfies MessagePart;
