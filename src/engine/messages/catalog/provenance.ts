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
    'provenance.gdpExtendedLongRun':
      'extended after {{lastYear}}: GDP[t] = GDP[t-1] (1+g) (1+pi) with the long-run g and pi where the country states them (longRun), else the last ones',
    'provenance.fxHeld':
      'last value ({{lastYear}}) held for later years (the file states no US dollar inflation, longRun.usdInflation)',
    'provenance.fxRelativeInflation':
      'extended after {{lastYear}} by relative inflation (purchasing-power parity): fx[t] = fx[t-1] x (1+pi[t]) / (1+{{usdInflation}}), US dollar inflation from longRun.usdInflation',
    'provenance.nationalLineSeries':
      "the national line's own series; after {{lastYear}}: PL[t] = PL[{{lastYear}}] x I[t] / I[{{lastYear}}]",
    'provenance.longRunAssumption':
      "after {{lastYear}}: the country's long-run assumption, {{value}} (longRun.{{key}})",
    'provenance.povertyAmountInUse':
      'amount of the {{label}} ("{{id}}"), the line this scenario uses ({{how}}): targeted benefits take the amount and the headcount of this same line; moves with consumer prices: PL[t] = PL x I[t]',
    'provenance.povertyHeadcountInUse':
      'headcount of the {{label}} ("{{id}}"), the line this scenario uses ({{how}}): targeted benefits take the amount and the headcount of this same line',
    'provenance.povertyAmountUnused':
      'amount of the {{label}} ("{{id}}"); not used by this scenario',
    'provenance.povertyHeadcountUnused':
      'headcount of the {{label}} ("{{id}}"); not used by this scenario',
    'provenance.lineChosenByScenario': 'chosen by the scenario (assumptions.povertyLine)',
    'provenance.lineFirstByDefault':
      "the country's first line, used when the scenario chooses none",
    'povertyLine.international-3.00': 'international poverty line, USD 3.00 a day (2021 PPP)',
    'povertyLine.international-4.20': 'lower-middle-income poverty line, USD 4.20 a day (2021 PPP)',
    'povertyLine.international-8.30': 'upper-middle-income poverty line, USD 8.30 a day (2021 PPP)',
    'povertyLine.national': 'national poverty line',
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
    'provenance.gdpExtendedLongRun':
      'prolongé après {{lastYear}} : PIB[t] = PIB[t-1] (1+g) (1+pi) avec les g et pi de long terme là où le pays les donne (longRun), sinon les derniers',
    'provenance.fxHeld':
      'dernière valeur ({{lastYear}}) maintenue pour les années suivantes (le fichier ne donne pas d’inflation du dollar américain, longRun.usdInflation)',
    'provenance.fxRelativeInflation':
      'prolongé après {{lastYear}} par l’inflation relative (parité de pouvoir d’achat) : tc[t] = tc[t-1] x (1+pi[t]) / (1+{{usdInflation}}), inflation du dollar américain selon longRun.usdInflation',
    'provenance.nationalLineSeries':
      'la série propre du seuil national ; après {{lastYear}} : SP[t] = SP[{{lastYear}}] x I[t] / I[{{lastYear}}]',
    'provenance.longRunAssumption':
      'après {{lastYear}} : l’hypothèse de long terme du pays, {{value}} (longRun.{{key}})',
    'provenance.povertyAmountInUse':
      'montant du {{label}} (« {{id}} »), le seuil utilisé par ce scénario ({{how}}) : les prestations ciblées prennent le montant et la proportion de ce même seuil ; suit les prix à la consommation : SP[t] = SP x I[t]',
    'provenance.povertyHeadcountInUse':
      'proportion sous le {{label}} (« {{id}} »), le seuil utilisé par ce scénario ({{how}}) : les prestations ciblées prennent le montant et la proportion de ce même seuil',
    'provenance.povertyAmountUnused':
      'montant du {{label}} (« {{id}} ») ; non utilisé par ce scénario',
    'provenance.povertyHeadcountUnused':
      'proportion sous le {{label}} (« {{id}} ») ; non utilisée par ce scénario',
    'provenance.lineChosenByScenario': 'choisi par le scénario (assumptions.povertyLine)',
    'provenance.lineFirstByDefault':
      'le premier seuil du pays, utilisé quand le scénario n’en choisit aucun',
    'povertyLine.international-3.00':
      'seuil international de pauvreté, 3,00 USD par jour (PPA 2021)',
    'povertyLine.international-4.20':
      'seuil de pauvreté des pays à revenu intermédiaire inférieur, 4,20 USD par jour (PPA 2021)',
    'povertyLine.international-8.30':
      'seuil de pauvreté des pays à revenu intermédiaire supérieur, 8,30 USD par jour (PPA 2021)',
    'povertyLine.national': 'seuil national de pauvreté',
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
    'provenance.gdpExtendedLongRun':
      'prolongado después de {{lastYear}}: PIB[t] = PIB[t-1] (1+g) (1+pi) con los g y pi de largo plazo donde el país los indica (longRun), si no los últimos',
    'provenance.fxHeld':
      'último valor ({{lastYear}}) mantenido en los años siguientes (el archivo no indica la inflación del dólar estadounidense, longRun.usdInflation)',
    'provenance.fxRelativeInflation':
      'prolongado después de {{lastYear}} por la inflación relativa (paridad del poder adquisitivo): tc[t] = tc[t-1] x (1+pi[t]) / (1+{{usdInflation}}), inflación del dólar estadounidense según longRun.usdInflation',
    'provenance.nationalLineSeries':
      'la serie propia de la línea nacional; después de {{lastYear}}: LP[t] = LP[{{lastYear}}] x I[t] / I[{{lastYear}}]',
    'provenance.longRunAssumption':
      'después de {{lastYear}}: el supuesto de largo plazo del país, {{value}} (longRun.{{key}})',
    'provenance.povertyAmountInUse':
      'monto de la {{label}} («{{id}}»), la línea que usa este escenario ({{how}}): las prestaciones focalizadas toman el monto y la proporción de esta misma línea; sigue los precios al consumidor: LP[t] = LP x I[t]',
    'provenance.povertyHeadcountInUse':
      'proporción bajo la {{label}} («{{id}}»), la línea que usa este escenario ({{how}}): las prestaciones focalizadas toman el monto y la proporción de esta misma línea',
    'provenance.povertyAmountUnused': 'monto de la {{label}} («{{id}}»); no la usa este escenario',
    'provenance.povertyHeadcountUnused':
      'proporción bajo la {{label}} («{{id}}»); no la usa este escenario',
    'provenance.lineChosenByScenario': 'elegida por el escenario (assumptions.povertyLine)',
    'provenance.lineFirstByDefault':
      'la primera línea del país, usada cuando el escenario no elige ninguna',
    'povertyLine.international-3.00':
      'línea internacional de pobreza, 3,00 USD al día (PPA de 2021)',
    'povertyLine.international-4.20':
      'línea de pobreza de ingreso mediano bajo, 4,20 USD al día (PPA de 2021)',
    'povertyLine.international-8.30':
      'línea de pobreza de ingreso mediano alto, 8,30 USD al día (PPA de 2021)',
    'povertyLine.national': 'línea nacional de pobreza',
  },
} satisfies MessagePart;
