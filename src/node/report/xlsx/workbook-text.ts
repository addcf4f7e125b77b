import type { RateName } from '#engine';
import { assumptionsText, type AssumptionsText } from './assumptions-text';
import { notesText, type NotesText } from './notes-text';
import { pensionText, type PensionText } from './pension-text';
import { readmeText, type ReadmeText } from './readme-text';
import type { WorkbookLanguage } from './workbook-language';

/**
 * The workbook's words in English, French and Spanish: sheet names, table headings and chart titles.
 * Sheet names are 31 characters at most and avoid []:*?/\ (Excel's rules), so they need no cleaning.
 */

export interface SheetNames {
  readme: string;
  charts: string;
  inputs: string;
  assumptions: string;
  package: string;
  fiscal: string;
  crisis: string;
  pension: string;
  spendingGap: string;
  sensitivity: string;
  percentiles: string;
  population: string;
  rates: string;
  factors: string;
  sources: string;
}

/** Headings of the yearly tables; `cur` is the country's currency code, `y0` its base year. */
export interface TableText {
  year: string;
  /** Put before a benefit's name when it clashes with a fixed sheet name. */
  benefitSheetPrefix: string;
  eligibleBaseNone: string;
  births: string;
  mothersAges: string;
  mothersFactor: string;
  weightedFemale: string;
  weightedMale: string;
  weighted: string;
  eligibleBaseNote: string;
  constantFactors: string;
  eligible: string;
  eligibleCustomNote: (formula: string) => string;
  eligibleMaternityNote: string;
  eligibleNote: string;
  coverage: string;
  coverageNote: string;
  coverageByYearNote: string;
  beneficiaries: string;
  beneficiariesNote: string;
  basis: (cur: string) => string;
  basisBase: (cur: string, y0: number) => string;
  perBeneficiary: (cur: string) => string;
  perBeneficiaryCustomNote: (formula: string) => string;
  perBeneficiaryNote: string;
  expenditure: (cur: string) => string;
  nonWage: (cur: string) => string;
  admin: (cur: string) => string;
  cost: (cur: string) => string;
  pctGdp: string;
  pctExpenditure: string;
  pctRevenue: string;
  costReal: (cur: string, y0: number) => string;
  costUsd: string;
  benefitCost: (label: string, id: string, cur: string) => string;
  packageCost: (cur: string) => string;
  perCapita: (cur: string) => string;
  gapCost: (fn: string, benefits: string) => string;
  gapSpending: (fn: string) => string;
  gap: (fn: string) => string;
  gdp: (cur: string) => string;
  financingGap: (cur: string) => string;
  financingGapPctGdp: string;
  financingGapUsd: string;
}

/** The Inputs sheet: the constants at the top and the yearly columns' headings. */
export interface InputsText {
  country: string;
  currency: string;
  baseYear: string;
  povertyLineBase: string;
  minimumWageBase: string;
  averageWageBase: string;
  legend: string;
  population: string;
  births: string;
  gdp: (cur: string) => string;
  realGrowth: string;
  inflation: string;
  priceIndex: string;
  gdpPerCapita: (cur: string) => string;
  wageIndex: string;
  povertyLine: (cur: string) => string;
  minimumWage: (cur: string) => string;
  averageWage: (cur: string) => string;
  revenuePct: string;
  expenditurePct: string;
  revenue: (cur: string) => string;
  expenditure: (cur: string) => string;
  balance: (cur: string) => string;
  fx: (cur: string) => string;
  debt: string;
  band: (id: string, women: boolean) => string;
}

/** The Crisis, Population, Rates, Eligibility factors and Sources sheets' headings. */
export interface DataText {
  measure: string;
  kind: string;
  monthOfMeasure: string;
  month: string;
  recipients: string;
  amountPerRecipient: (cur: string) => string;
  transfers: (cur: string) => string;
  crisisCost: (cur: string) => string;
  byYearTitle: string;
  allMeasures: string;
  totalsTitle: string;
  sumPctGdp: string;
  sumPctExpenditure: string;
  sex: string;
  age: string;
  female: string;
  male: string;
  populationYear: (year: number) => string;
  /** Each of the engine's rates, named for a column heading. */
  rates: Record<RateName, string>;
  rate: (label: string, sex: string, given: boolean) => string;
  factor: (id: string, sex: string) => string;
  sources: [string, string, string, string, string, string, string, string];
  yes: string;
  no: string;
}

export interface ChartText {
  costByBenefit: (cur: string) => string;
  costPctGdp: string;
  financingGap: (cur: string) => string;
  year: string;
}

export interface WorkbookText {
  readme: ReadmeText;
  assumptions: AssumptionsText;
  pension: PensionText;
  notes: NotesText;
  sheets: SheetNames;
  table: TableText;
  inputs: InputsText;
  data: DataText;
  charts: ChartText;
}

const EN: Omit<WorkbookText, 'readme' | 'assumptions' | 'pension' | 'notes'> = {
  sheets: {
    readme: 'README',
    charts: 'Charts',
    inputs: 'Inputs',
    assumptions: 'Assumptions',
    package: 'Package',
    fiscal: 'Fiscal space',
    crisis: 'Crisis',
    pension: 'Pension scheme',
    spendingGap: 'Spending gap',
    sensitivity: 'Sensitivity',
    percentiles: 'Percentiles',
    population: 'Population',
    rates: 'Rates',
    factors: 'Eligibility factors',
    sources: 'Sources',
  },
  table: {
    year: 'Year',
    benefitSheetPrefix: 'Benefit',
    eligibleBaseNone: 'Eligible base: not used (custom formula)',
    births: 'Births (persons per year)',
    mothersAges: 'Women in the mothers’ ages (persons)',
    mothersFactor: 'Average eligibility factor of the mothers’ ages (fraction)',
    weightedFemale: 'Factor-weighted persons, female (persons)',
    weightedMale: 'Factor-weighted persons, male (persons)',
    weighted: 'Factor-weighted persons (persons)',
    eligibleBaseNote:
      'Eligible base: sum over ages of population x the factors of the Eligibility factors sheet.',
    constantFactors: 'Constant factors: share x (1 - exclusion error) x targeting share (fraction)',
    eligible: 'Eligible (persons)',
    eligibleCustomNote: (f) => `Engine values of the custom formula ${f}`,
    eligibleMaternityNote: 'Births x average factor x constant factors.',
    eligibleNote: 'Factor-weighted persons x constant factors.',
    coverage: 'Coverage (fraction)',
    coverageNote: 'The coverage ramp of the Assumptions sheet.',
    coverageByYearNote:
      'Year-by-year take-up rates of the scenario (coverage.byYear): linear between the years given, 0 before the first, the last held. The coverage rows of the Assumptions sheet only summarise them (first and last year).',
    beneficiaries: 'Beneficiaries (persons)',
    beneficiariesNote: 'Eligible x coverage.',
    basis: (cur) => `Basis (${cur} per person per year)`,
    basisBase: (cur, y0) => `Basis in the base year ${y0} (${cur} per year)`,
    perBeneficiary: (cur) => `Benefit per beneficiary (${cur} per year)`,
    perBeneficiaryCustomNote: (f) => `Engine values of the custom formula ${f}`,
    perBeneficiaryNote:
      'share x months / 12 x the basis, indexed: basis (the basis of the year), prices (base-year basis x price index), wages (x wage index), none (base-year basis).',
    expenditure: (cur) => `Benefit expenditure (${cur})`,
    nonWage: (cur) => `Non-wage costs (${cur})`,
    admin: (cur) => `Administration (${cur})`,
    cost: (cur) => `Total cost (${cur})`,
    pctGdp: 'Cost (% of GDP)',
    pctExpenditure: 'Cost (% of government expenditure)',
    pctRevenue: 'Cost (% of government revenue)',
    costReal: (cur, y0) => `Cost in ${y0} prices (${cur})`,
    costUsd: 'Cost (USD)',
    benefitCost: (label, id, cur) => `${label} (${id}): cost (${cur})`,
    packageCost: (cur) => `Total cost of the package (${cur})`,
    perCapita: (cur) => `Cost per inhabitant (${cur} per person)`,
    gapCost: (fn, benefits) => `${fn}: cost of ${benefits} (% of GDP)`,
    gapSpending: (fn) => `${fn}: current public spending (% of GDP)`,
    gap: (fn) => `${fn}: gap (% of GDP)`,
    gdp: (cur) => `GDP (${cur})`,
    financingGap: (cur) => `Financing gap (${cur})`,
    financingGapPctGdp: 'Financing gap (% of GDP)',
    financingGapUsd: 'Financing gap (USD)',
  },
  inputs: {
    country: 'Country',
    currency: 'Currency',
    baseYear: 'Base year',
    povertyLineBase: 'Poverty line, base year',
    minimumWageBase: 'Minimum wage, base year',
    averageWageBase: 'Average wage, base year',
    legend:
      'Blue: data of the country file. Yellow: assumptions of the scenario. Black: formulas, the extension rules of docs/methodology.md section 1.1 (the header notes say which).',
    population: 'Population, total (persons)',
    births: 'Births (persons per year)',
    gdp: (cur) => `GDP (${cur} per year, nominal)`,
    realGrowth: 'Real GDP growth (fraction)',
    inflation: 'Inflation (fraction)',
    priceIndex: 'Price index (base year = 1)',
    gdpPerCapita: (cur) => `GDP per capita (${cur} per person per year)`,
    wageIndex: 'Wage index (base year = 1)',
    povertyLine: (cur) => `Poverty line (${cur} per person per year)`,
    minimumWage: (cur) => `Minimum wage (${cur} per month)`,
    averageWage: (cur) => `Average wage (${cur} per month)`,
    revenuePct: 'Government revenue (fraction of GDP)',
    expenditurePct: 'Government expenditure (fraction of GDP)',
    revenue: (cur) => `Government revenue (${cur})`,
    expenditure: (cur) => `Government expenditure (${cur})`,
    balance: (cur) => `Budget balance before the reform (${cur})`,
    fx: (cur) => `Exchange rate (${cur} per USD)`,
    debt: 'Public debt before the reform (fraction of GDP)',
    band: (id, women) => `${id}: persons in its ages and sex${women ? ' (women)' : ''}`,
  },
  data: {
    measure: 'Measure',
    kind: 'Kind',
    monthOfMeasure: 'Month of the measure (1 = first)',
    month: 'Month (1 = January)',
    recipients: 'Recipients (households or persons)',
    amountPerRecipient: (cur) => `Amount per recipient (${cur} per month)`,
    transfers: (cur) => `Transfers (${cur})`,
    crisisCost: (cur) => `Cost (${cur})`,
    byYearTitle: 'Cost by calendar year',
    allMeasures: 'All measures',
    totalsTitle: 'Totals',
    sumPctGdp: 'Cost (sum of the yearly % of GDP)',
    sumPctExpenditure: 'Cost (sum of the yearly % of government expenditure)',
    sex: 'Sex',
    age: 'Age (100 = 100 and over)',
    female: 'female',
    male: 'male',
    populationYear: (year) => `${year} (persons, mid-year)`,
    rates: {
      disability: 'Severe disability prevalence',
      orphanhood: 'Orphanhood rate',
      poverty: 'Poverty headcount',
      pensionCoverage: 'Contributory pension coverage',
      laborForceParticipation: 'Labour force participation',
      unemployment: 'Unemployment rate',
      healthCoverage: 'Health coverage',
    },
    rate: (label, sex, given) =>
      `${label}, ${sex} (fraction)${given ? '' : ' — not in the country file: 0'}`,
    factor: (id, sex) => `${id}: ${sex} (fraction, before constant factors)`,
    sources: [
      'Field of the country file',
      'Unit',
      'Source',
      'Edition',
      'Note',
      'Documented assumption',
      'Changed by a user',
      'How the engine extended or replaced it',
    ],
    yes: 'yes',
    no: 'no',
  },
  charts: {
    costByBenefit: (cur) => `Cost by benefit (${cur})`,
    costPctGdp: 'Total cost of the package (% of GDP)',
    financingGap: (cur) => `Financing gap (${cur})`,
    year: 'Year',
  },
};

const FR: Omit<WorkbookText, 'readme' | 'assumptions' | 'pension' | 'notes'> = {
  sheets: {
    readme: 'LISEZMOI',
    charts: 'Graphiques',
    inputs: 'Données',
    assumptions: 'Hypothèses',
    package: 'Ensemble',
    fiscal: 'Espace budgétaire',
    crisis: 'Crise',
    pension: 'Régime de retraite',
    spendingGap: 'Écart de dépenses',
    sensitivity: 'Sensibilité',
    percentiles: 'Percentiles',
    population: 'Population',
    rates: 'Taux',
    factors: 'Facteurs d’éligibilité',
    sources: 'Sources',
  },
  table: {
    year: 'Année',
    benefitSheetPrefix: 'Prestation',
    eligibleBaseNone: 'Base éligible : non utilisée (formule personnalisée)',
    births: 'Naissances (personnes par an)',
    mothersAges: 'Femmes aux âges des mères (personnes)',
    mothersFactor: 'Facteur d’éligibilité moyen aux âges des mères (fraction)',
    weightedFemale: 'Personnes pondérées par les facteurs, femmes (personnes)',
    weightedMale: 'Personnes pondérées par les facteurs, hommes (personnes)',
    weighted: 'Personnes pondérées par les facteurs (personnes)',
    eligibleBaseNote:
      'Base éligible : somme sur les âges de la population x les facteurs de la feuille Facteurs d’éligibilité.',
    constantFactors:
      'Facteurs constants : part x (1 - erreur d’exclusion) x part ciblée (fraction)',
    eligible: 'Éligibles (personnes)',
    eligibleCustomNote: (f) => `Valeurs du moteur pour la formule personnalisée ${f}`,
    eligibleMaternityNote: 'Naissances x facteur moyen x facteurs constants.',
    eligibleNote: 'Personnes pondérées x facteurs constants.',
    coverage: 'Couverture (fraction)',
    coverageNote: 'La montée en charge de la couverture, feuille Hypothèses.',
    coverageByYearNote:
      'Taux de recours année par année du scénario (coverage.byYear) : linéaires entre les années données, 0 avant la première, le dernier maintenu. Les lignes de couverture de la feuille Hypothèses ne font que les résumer (première et dernière année).',
    beneficiaries: 'Bénéficiaires (personnes)',
    beneficiariesNote: 'Éligibles x couverture.',
    basis: (cur) => `Base de calcul (${cur} par personne et par an)`,
    basisBase: (cur, y0) => `Base de calcul de l’année de base ${y0} (${cur} par an)`,
    perBeneficiary: (cur) => `Prestation par bénéficiaire (${cur} par an)`,
    perBeneficiaryCustomNote: (f) => `Valeurs du moteur pour la formule personnalisée ${f}`,
    perBeneficiaryNote:
      'part x mois / 12 x la base, indexée : base (la base de l’année), prix (base de l’année de base x indice des prix), salaires (x indice des salaires), aucune (base de l’année de base).',
    expenditure: (cur) => `Dépenses de prestations (${cur})`,
    nonWage: (cur) => `Coûts non salariaux (${cur})`,
    admin: (cur) => `Administration (${cur})`,
    cost: (cur) => `Coût total (${cur})`,
    pctGdp: 'Coût (% du PIB)',
    pctExpenditure: 'Coût (% des dépenses publiques)',
    pctRevenue: 'Coût (% des recettes publiques)',
    costReal: (cur, y0) => `Coût aux prix de ${y0} (${cur})`,
    costUsd: 'Coût (USD)',
    benefitCost: (label, id, cur) => `${label} (${id}) : coût (${cur})`,
    packageCost: (cur) => `Coût total de l’ensemble (${cur})`,
    perCapita: (cur) => `Coût par habitant (${cur} par personne)`,
    gapCost: (fn, benefits) => `${fn} : coût de ${benefits} (% du PIB)`,
    gapSpending: (fn) => `${fn} : dépense publique actuelle (% du PIB)`,
    gap: (fn) => `${fn} : écart (% du PIB)`,
    gdp: (cur) => `PIB (${cur})`,
    financingGap: (cur) => `Déficit de financement (${cur})`,
    financingGapPctGdp: 'Déficit de financement (% du PIB)',
    financingGapUsd: 'Déficit de financement (USD)',
  },
  inputs: {
    country: 'Pays',
    currency: 'Monnaie',
    baseYear: 'Année de base',
    povertyLineBase: 'Seuil de pauvreté, année de base',
    minimumWageBase: 'Salaire minimum, année de base',
    averageWageBase: 'Salaire moyen, année de base',
    legend:
      'Bleu : données du fichier pays. Jaune : hypothèses du scénario. Noir : formules, les règles de prolongement de docs/methodology.md section 1.1 (les notes des en-têtes précisent lesquelles).',
    population: 'Population totale (personnes)',
    births: 'Naissances (personnes par an)',
    gdp: (cur) => `PIB (${cur} par an, nominal)`,
    realGrowth: 'Croissance réelle du PIB (fraction)',
    inflation: 'Inflation (fraction)',
    priceIndex: 'Indice des prix (année de base = 1)',
    gdpPerCapita: (cur) => `PIB par habitant (${cur} par personne et par an)`,
    wageIndex: 'Indice des salaires (année de base = 1)',
    povertyLine: (cur) => `Seuil de pauvreté (${cur} par personne et par an)`,
    minimumWage: (cur) => `Salaire minimum (${cur} par mois)`,
    averageWage: (cur) => `Salaire moyen (${cur} par mois)`,
    revenuePct: 'Recettes publiques (fraction du PIB)',
    expenditurePct: 'Dépenses publiques (fraction du PIB)',
    revenue: (cur) => `Recettes publiques (${cur})`,
    expenditure: (cur) => `Dépenses publiques (${cur})`,
    balance: (cur) => `Solde budgétaire avant la réforme (${cur})`,
    fx: (cur) => `Taux de change (${cur} par USD)`,
    debt: 'Dette publique avant la réforme (fraction du PIB)',
    band: (id, women) => `${id} : personnes de ses âges et sexe${women ? ' (femmes)' : ''}`,
  },
  data: {
    measure: 'Mesure',
    kind: 'Type',
    monthOfMeasure: 'Mois de la mesure (1 = premier)',
    month: 'Mois (1 = janvier)',
    recipients: 'Bénéficiaires (ménages ou personnes)',
    amountPerRecipient: (cur) => `Montant par bénéficiaire (${cur} par mois)`,
    transfers: (cur) => `Transferts (${cur})`,
    crisisCost: (cur) => `Coût (${cur})`,
    byYearTitle: 'Coût par année civile',
    allMeasures: 'Toutes les mesures',
    totalsTitle: 'Totaux',
    sumPctGdp: 'Coût (somme des % du PIB annuels)',
    sumPctExpenditure: 'Coût (somme des % annuels des dépenses publiques)',
    sex: 'Sexe',
    age: 'Âge (100 = 100 ans et plus)',
    female: 'femmes',
    male: 'hommes',
    populationYear: (year) => `${year} (personnes, milieu d’année)`,
    rates: {
      disability: 'Prévalence du handicap sévère',
      orphanhood: 'Taux d’orphelins',
      poverty: 'Taux de pauvreté',
      pensionCoverage: 'Couverture par une pension contributive',
      laborForceParticipation: 'Taux d’activité',
      unemployment: 'Taux de chômage',
      healthCoverage: 'Couverture santé',
    },
    rate: (label, sex, given) =>
      `${label}, ${sex} (fraction)${given ? '' : ' — absent du fichier pays : 0'}`,
    factor: (id, sex) => `${id} : ${sex} (fraction, avant les facteurs constants)`,
    sources: [
      'Champ du fichier pays',
      'Unité',
      'Source',
      'Édition',
      'Note',
      'Hypothèse documentée',
      'Modifié par un utilisateur',
      'Prolongement ou remplacement par le moteur',
    ],
    yes: 'oui',
    no: 'non',
  },
  charts: {
    costByBenefit: (cur) => `Coût par prestation (${cur})`,
    costPctGdp: 'Coût total de l’ensemble (% du PIB)',
    financingGap: (cur) => `Déficit de financement (${cur})`,
    year: 'Année',
  },
};

const ES: Omit<WorkbookText, 'readme' | 'assumptions' | 'pension' | 'notes'> = {
  sheets: {
    readme: 'LÉAME',
    charts: 'Gráficos',
    inputs: 'Datos',
    assumptions: 'Supuestos',
    package: 'Paquete',
    fiscal: 'Espacio fiscal',
    crisis: 'Crisis',
    pension: 'Régimen de pensiones',
    spendingGap: 'Brecha de gasto',
    sensitivity: 'Sensibilidad',
    percentiles: 'Percentiles',
    population: 'Población',
    rates: 'Tasas',
    factors: 'Factores de elegibilidad',
    sources: 'Fuentes',
  },
  table: {
    year: 'Año',
    benefitSheetPrefix: 'Prestación',
    eligibleBaseNone: 'Base elegible: no se usa (fórmula personalizada)',
    births: 'Nacimientos (personas por año)',
    mothersAges: 'Mujeres en edades de las madres (personas)',
    mothersFactor: 'Factor de elegibilidad medio en las edades de las madres (fracción)',
    weightedFemale: 'Personas ponderadas por los factores, mujeres (personas)',
    weightedMale: 'Personas ponderadas por los factores, hombres (personas)',
    weighted: 'Personas ponderadas por los factores (personas)',
    eligibleBaseNote:
      'Base elegible: suma por edades de la población x los factores de la hoja Factores de elegibilidad.',
    constantFactors:
      'Factores constantes: proporción x (1 - error de exclusión) x proporción focalizada (fracción)',
    eligible: 'Elegibles (personas)',
    eligibleCustomNote: (f) => `Valores del motor para la fórmula personalizada ${f}`,
    eligibleMaternityNote: 'Nacimientos x factor medio x factores constantes.',
    eligibleNote: 'Personas ponderadas x factores constantes.',
    coverage: 'Cobertura (fracción)',
    coverageNote: 'La progresión de la cobertura, hoja Supuestos.',
    coverageByYearNote:
      'Tasas de aceptación año por año del escenario (coverage.byYear): lineales entre los años indicados, 0 antes del primero, el último mantenido. Las filas de cobertura de la hoja Supuestos solo las resumen (primer y último año).',
    beneficiaries: 'Beneficiarios (personas)',
    beneficiariesNote: 'Elegibles x cobertura.',
    basis: (cur) => `Base de cálculo (${cur} por persona y año)`,
    basisBase: (cur, y0) => `Base de cálculo del año base ${y0} (${cur} por año)`,
    perBeneficiary: (cur) => `Prestación por beneficiario (${cur} por año)`,
    perBeneficiaryCustomNote: (f) => `Valores del motor para la fórmula personalizada ${f}`,
    perBeneficiaryNote:
      'proporción x meses / 12 x la base, indexada: base (la base del año), precios (base del año base x índice de precios), salarios (x índice de salarios), ninguna (base del año base).',
    expenditure: (cur) => `Gasto en prestaciones (${cur})`,
    nonWage: (cur) => `Costos no salariales (${cur})`,
    admin: (cur) => `Administración (${cur})`,
    cost: (cur) => `Costo total (${cur})`,
    pctGdp: 'Costo (% del PIB)',
    pctExpenditure: 'Costo (% del gasto público)',
    pctRevenue: 'Costo (% de los ingresos públicos)',
    costReal: (cur, y0) => `Costo a precios de ${y0} (${cur})`,
    costUsd: 'Costo (USD)',
    benefitCost: (label, id, cur) => `${label} (${id}): costo (${cur})`,
    packageCost: (cur) => `Costo total del paquete (${cur})`,
    perCapita: (cur) => `Costo por habitante (${cur} por persona)`,
    gapCost: (fn, benefits) => `${fn}: costo de ${benefits} (% del PIB)`,
    gapSpending: (fn) => `${fn}: gasto público actual (% del PIB)`,
    gap: (fn) => `${fn}: brecha (% del PIB)`,
    gdp: (cur) => `PIB (${cur})`,
    financingGap: (cur) => `Brecha de financiamiento (${cur})`,
    financingGapPctGdp: 'Brecha de financiamiento (% del PIB)',
    financingGapUsd: 'Brecha de financiamiento (USD)',
  },
  inputs: {
    country: 'País',
    currency: 'Moneda',
    baseYear: 'Año base',
    povertyLineBase: 'Línea de pobreza, año base',
    minimumWageBase: 'Salario mínimo, año base',
    averageWageBase: 'Salario medio, año base',
    legend:
      'Azul: datos del archivo del país. Amarillo: supuestos del escenario. Negro: fórmulas, las reglas de extensión de docs/methodology.md sección 1.1 (las notas de los encabezados indican cuáles).',
    population: 'Población total (personas)',
    births: 'Nacimientos (personas por año)',
    gdp: (cur) => `PIB (${cur} por año, nominal)`,
    realGrowth: 'Crecimiento real del PIB (fracción)',
    inflation: 'Inflación (fracción)',
    priceIndex: 'Índice de precios (año base = 1)',
    gdpPerCapita: (cur) => `PIB per cápita (${cur} por persona y año)`,
    wageIndex: 'Índice de salarios (año base = 1)',
    povertyLine: (cur) => `Línea de pobreza (${cur} por persona y año)`,
    minimumWage: (cur) => `Salario mínimo (${cur} por mes)`,
    averageWage: (cur) => `Salario medio (${cur} por mes)`,
    revenuePct: 'Ingresos públicos (fracción del PIB)',
    expenditurePct: 'Gasto público (fracción del PIB)',
    revenue: (cur) => `Ingresos públicos (${cur})`,
    expenditure: (cur) => `Gasto público (${cur})`,
    balance: (cur) => `Saldo presupuestario antes de la reforma (${cur})`,
    fx: (cur) => `Tipo de cambio (${cur} por USD)`,
    debt: 'Deuda pública antes de la reforma (fracción del PIB)',
    band: (id, women) => `${id}: personas en sus edades y sexo${women ? ' (mujeres)' : ''}`,
  },
  data: {
    measure: 'Medida',
    kind: 'Tipo',
    monthOfMeasure: 'Mes de la medida (1 = primero)',
    month: 'Mes (1 = enero)',
    recipients: 'Beneficiarios (hogares o personas)',
    amountPerRecipient: (cur) => `Monto por beneficiario (${cur} por mes)`,
    transfers: (cur) => `Transferencias (${cur})`,
    crisisCost: (cur) => `Costo (${cur})`,
    byYearTitle: 'Costo por año calendario',
    allMeasures: 'Todas las medidas',
    totalsTitle: 'Totales',
    sumPctGdp: 'Costo (suma de los % anuales del PIB)',
    sumPctExpenditure: 'Costo (suma de los % anuales del gasto público)',
    sex: 'Sexo',
    age: 'Edad (100 = 100 y más)',
    female: 'mujeres',
    male: 'hombres',
    populationYear: (year) => `${year} (personas, a mitad de año)`,
    rates: {
      disability: 'Prevalencia de discapacidad severa',
      orphanhood: 'Tasa de orfandad',
      poverty: 'Tasa de pobreza',
      pensionCoverage: 'Cobertura de pensiones contributivas',
      laborForceParticipation: 'Tasa de participación laboral',
      unemployment: 'Tasa de desempleo',
      healthCoverage: 'Cobertura de salud',
    },
    rate: (label, sex, given) =>
      `${label}, ${sex} (fracción)${given ? '' : ' — no figura en el archivo del país: 0'}`,
    factor: (id, sex) => `${id}: ${sex} (fracción, antes de los factores constantes)`,
    sources: [
      'Campo del archivo del país',
      'Unidad',
      'Fuente',
      'Edición',
      'Nota',
      'Supuesto documentado',
      'Cambiado por un usuario',
      'Cómo lo extendió o reemplazó el motor',
    ],
    yes: 'sí',
    no: 'no',
  },
  charts: {
    costByBenefit: (cur) => `Costo por prestación (${cur})`,
    costPctGdp: 'Costo total del paquete (% del PIB)',
    financingGap: (cur) => `Brecha de financiamiento (${cur})`,
    year: 'Año',
  },
};

const TEXT: Record<
  WorkbookLanguage,
  Omit<WorkbookText, 'readme' | 'assumptions' | 'pension' | 'notes'>
> = {
  en: EN,
  fr: FR,
  es: ES,
};

export function workbookText(lang: WorkbookLanguage): WorkbookText {
  return {
    ...TEXT[lang],
    readme: readmeText(lang),
    assumptions: assumptionsText(lang),
    pension: pensionText(lang),
    notes: notesText(lang),
  };
}
