/**
 * The header notes of the Inputs and Rates sheets and the Fiscal space sheet's headings and notes, in
 * English, French and Spanish. The formulas in the notes (GDP[t] = ...) read the same in every language.
 */
import {
  FINANCING_OPTIONS,
  isDomestic,
  optionsWhere,
  type BalanceRole,
  type FinancingOption,
} from '#engine';
import type { WorkbookLanguage } from './workbook-language';

/**
 * The options named in the notes' prose, from the vocabulary: each option's short name in a list and
 * after "except" (French and Spanish put the article there), and the word before a list's last item.
 * A new option fails to type-check here until it has its words in the three languages.
 */
interface OptionWords {
  listed: Record<FinancingOption, string>;
  excepted: Record<FinancingOption, string>;
  and: string;
}

const EN_OPTIONS: Record<FinancingOption, string> = {
  contributions: 'contributions',
  tax: 'tax',
  illicitFlows: 'illicit flows',
  reallocation: 'reallocation',
  reserves: 'reserves',
  borrowing: 'borrowing',
  macroFramework: 'a higher deficit target',
  aid: 'aid',
};

const OPTION_WORDS: Record<WorkbookLanguage, OptionWords> = {
  en: { listed: EN_OPTIONS, excepted: EN_OPTIONS, and: 'and' },
  fr: {
    listed: {
      contributions: 'cotisations',
      tax: 'impôts',
      illicitFlows: 'flux illicites',
      reallocation: 'réaffectation',
      reserves: 'réserves',
      borrowing: 'emprunt',
      macroFramework: 'objectif de déficit relevé',
      aid: 'aide',
    },
    excepted: {
      contributions: 'les cotisations',
      tax: 'les impôts',
      illicitFlows: 'les flux illicites',
      reallocation: 'la réaffectation',
      reserves: 'les réserves',
      borrowing: 'l’emprunt',
      macroFramework: 'l’objectif de déficit relevé',
      aid: 'l’aide',
    },
    and: 'et',
  },
  es: {
    listed: {
      contributions: 'cotizaciones',
      tax: 'impuestos',
      illicitFlows: 'flujos ilícitos',
      reallocation: 'reasignación',
      reserves: 'reservas',
      borrowing: 'endeudamiento',
      macroFramework: 'una meta de déficit más alta',
      aid: 'ayuda',
    },
    excepted: {
      contributions: 'las cotizaciones',
      tax: 'los impuestos',
      illicitFlows: 'los flujos ilícitos',
      reallocation: 'la reasignación',
      reserves: 'las reservas',
      borrowing: 'el endeudamiento',
      macroFramework: 'una meta de déficit más alta',
      aid: 'la ayuda',
    },
    and: 'y',
  },
};

/** "a, b and c" in the workbook's language. */
function joined(words: readonly string[], and: string): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${and} ${words[words.length - 1]}`;
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The options that play a role in the balance, listed in prose ("Contributions, tax, ... and aid"). */
export function optionsWithRole(lang: WorkbookLanguage, role: BalanceRole): string {
  const w = OPTION_WORDS[lang];
  const listed = optionsWhere((d) => d.role === role).map((o) => w.listed[o]);
  return capitalized(joined(listed, w.and));
}

/** The options that are not domestic, in the form that follows "except" ("aid", "l’aide", "la ayuda"). */
export function foreignOptions(lang: WorkbookLanguage, form: 'listed' | 'excepted'): string {
  const w = OPTION_WORDS[lang];
  const foreign = FINANCING_OPTIONS.filter((o) => !isDomestic(o)).map((o) => w[form][o]);
  return joined(foreign, w.and);
}

export interface InputsNotes {
  /** A series of the country file held at its last value after the data. */
  held: (what: string) => string;
  heldSeries: Record<
    'realGrowth' | 'inflation' | 'revenue' | 'expenditure' | 'fx' | 'debt',
    string
  >;
  population: string;
  births: string;
  gdp: string;
  priceIndex: string;
  gdpPerCapita: string;
  wageIndex: string;
  povertyLine: string;
  minimumWage: string;
  averageWage: string;
  band: string;
  /** Units of the constants at the top of the Inputs sheet. */
  currencyUnit: string;
  baseYearUnit: string;
  povertyLineUnit: (cur: string) => string;
  wageUnit: (cur: string) => string;
}

export interface FiscalText {
  optionPct: (label: string, option: string) => string;
  optionResources: (label: string, option: string, cur: string) => string;
  rampNote: string;
  allOptions: (cur: string) => string;
  newRevenue: (cur: string) => string;
  newRevenueNote: string;
  reallocated: (cur: string) => string;
  deficitFinancing: (cur: string) => string;
  deficitFinancingNote: string;
  domestic: (cur: string) => string;
  domesticNote: string;
  financingGapNote: string;
  fundingGap: (cur: string) => string;
  fundingGapNote: string;
  fundingGapPctGdp: string;
  revenue: (cur: string) => string;
  expenditure: (cur: string) => string;
  balanceBefore: (cur: string) => string;
  balanceAfter: (cur: string) => string;
  balanceAfterNote: string;
  balanceAfterPctGdp: string;
  borrowing: (cur: string) => string;
  additionalDebt: (cur: string) => string;
  additionalDebtNote: string;
  debtBefore: string;
  debtBeforeNote: string;
  debtAfter: string;
  debtAfterNote: string;
  aboveCeiling: string;
}

export interface NotesText {
  inputs: InputsNotes;
  fiscal: FiscalText;
  /** The Rates sheet's note on each rate column (`field` is e.g. "rates.disability"). */
  rateNote: (field: string) => string;
  /** The Spending gap sheet's note on each gap column. */
  spendingGapNote: string;
  /** The Sources sheet's units (the engine writes them in English), keyed by the English unit. */
  provenanceUnits: Readonly<Record<string, string>>;
}

const EN: NotesText = {
  inputs: {
    held: (what) =>
      `${what}: data where the country file gives it (blue), then the last value held.`,
    heldSeries: {
      realGrowth: 'Real growth',
      inflation: 'Inflation',
      revenue: 'Revenue',
      expenditure: 'Expenditure',
      fx: 'Exchange rate',
      debt: 'Debt',
    },
    population: 'Sum of the Population sheet.',
    births: 'Data; never extrapolated.',
    gdp: 'Data where observed; after the data, or after the base year when the scenario overrides growth or inflation: GDP[t] = GDP[t-1] (1 + g[t]) (1 + pi[t]).',
    priceIndex: 'I[base] = 1, I[t] = I[t-1] (1 + pi[t]).',
    gdpPerCapita: 'GDP / population.',
    wageIndex: 'GDP per capita / GDP per capita of the base year.',
    povertyLine:
      'Poverty line of the base year x price index; with an own series in the data, the series, then its last value x I[t] / I[last].',
    minimumWage:
      'Base-year wage x wage index; with an own series, the series, then its last value x W[t] / W[last].',
    averageWage: 'As the minimum wage.',
    band: 'From the Population sheet, for the ages and sex on the Assumptions sheet.',
    currencyUnit: 'every amount is in this currency, nominal, unless stated',
    baseYearUnit: 'the price and wage indices are 1 in it (structural: rows follow it)',
    povertyLineUnit: (cur) => `${cur} per person per year, base-year prices`,
    wageUnit: (cur) => `${cur} per month`,
  },
  fiscal: {
    optionPct: (label, option) => `${label} (${option}): % of GDP`,
    optionResources: (label, option, cur) => `${label} (${option}): resources (${cur})`,
    rampNote: 'The ramp of the Assumptions sheet.',
    allOptions: (cur) => `All options: resources (${cur})`,
    newRevenue: (cur) => `New revenue (${cur})`,
    newRevenueNote: `${optionsWithRole('en', 'newRevenue')}.`,
    reallocated: (cur) => `Reallocated spending (${cur})`,
    deficitFinancing: (cur) => `Deficit financing (${cur})`,
    deficitFinancingNote: `${optionsWithRole('en', 'deficit')}: they finance a deficit, not the balance.`,
    domestic: (cur) => `Domestic options (${cur})`,
    domesticNote: `Every option except ${foreignOptions('en', 'excepted')}.`,
    financingGapNote: 'MAX(0, cost - all options).',
    fundingGap: (cur) => `Funding gap, excluding ${foreignOptions('en', 'listed')} (${cur})`,
    fundingGapNote: 'MAX(0, cost - domestic options): what is left for international support.',
    fundingGapPctGdp: 'Funding gap (% of GDP)',
    revenue: (cur) => `Government revenue (${cur})`,
    expenditure: (cur) => `Government expenditure (${cur})`,
    balanceBefore: (cur) => `Balance before the reform (${cur})`,
    balanceAfter: (cur) => `Balance after the reform (${cur})`,
    balanceAfterNote: 'Revenue + new revenue - (expenditure - reallocation) - cost.',
    balanceAfterPctGdp: 'Balance after the reform (% of GDP)',
    borrowing: (cur) => `New borrowing (${cur})`,
    additionalDebt: (cur) => `Debt from new borrowing, with interest (${cur})`,
    additionalDebtNote:
      'B[t] = B[t-1] (1 + interest rate) + borrowing[t], from the first scenario year.',
    debtBefore: 'Public debt before the reform (% of GDP)',
    debtBeforeNote: 'Data of the Inputs sheet (empty without debt data).',
    debtAfter: 'Public debt after the reform (% of GDP)',
    debtAfterNote: 'Red above the debt ceiling of the Assumptions sheet.',
    aboveCeiling: 'Above the debt ceiling',
  },
  rateNote: (field) =>
    `${field} of the country file, resolved to single ages (ages outside every band have rate 0).`,
  spendingGapNote: 'MAX(0, cost - current spending).',
  provenanceUnits: {},
};

const FR: NotesText = {
  inputs: {
    held: (what) =>
      `${what} : les données là où le fichier pays les donne (bleu), puis la dernière valeur maintenue.`,
    heldSeries: {
      realGrowth: 'Croissance réelle',
      inflation: 'Inflation',
      revenue: 'Recettes',
      expenditure: 'Dépenses',
      fx: 'Taux de change',
      debt: 'Dette',
    },
    population: 'Somme de la feuille Population.',
    births: 'Données ; jamais extrapolées.',
    gdp: 'Données là où elles sont observées ; après les données, ou après l’année de base si le scénario remplace la croissance ou l’inflation : PIB[t] = PIB[t-1] (1 + g[t]) (1 + pi[t]).',
    priceIndex: 'I[base] = 1, I[t] = I[t-1] (1 + pi[t]).',
    gdpPerCapita: 'PIB / population.',
    wageIndex: 'PIB par habitant / PIB par habitant de l’année de base.',
    povertyLine:
      'Seuil de pauvreté de l’année de base x indice des prix ; avec une série propre dans les données, la série, puis sa dernière valeur x I[t] / I[dernière].',
    minimumWage:
      'Salaire de l’année de base x indice des salaires ; avec une série propre, la série, puis sa dernière valeur x W[t] / W[dernière].',
    averageWage: 'Comme le salaire minimum.',
    band: 'D’après la feuille Population, pour les âges et le sexe de la feuille Hypothèses.',
    currencyUnit: 'tous les montants sont dans cette monnaie, nominaux, sauf indication',
    baseYearUnit:
      'les indices des prix et des salaires y valent 1 (structurel : les lignes en dépendent)',
    povertyLineUnit: (cur) => `${cur} par personne et par an, prix de l’année de base`,
    wageUnit: (cur) => `${cur} par mois`,
  },
  fiscal: {
    optionPct: (label, option) => `${label} (${option}) : % du PIB`,
    optionResources: (label, option, cur) => `${label} (${option}) : ressources (${cur})`,
    rampNote: 'La montée en charge de la feuille Hypothèses.',
    allOptions: (cur) => `Toutes les options : ressources (${cur})`,
    newRevenue: (cur) => `Nouvelles recettes (${cur})`,
    newRevenueNote: `${optionsWithRole('fr', 'newRevenue')}.`,
    reallocated: (cur) => `Dépenses réaffectées (${cur})`,
    deficitFinancing: (cur) => `Financement par le déficit (${cur})`,
    deficitFinancingNote: `${optionsWithRole('fr', 'deficit')} : ils financent un déficit, pas le solde.`,
    domestic: (cur) => `Options nationales (${cur})`,
    domesticNote: `Toutes les options sauf ${foreignOptions('fr', 'excepted')}.`,
    financingGapNote: 'MAX(0, coût - toutes les options).',
    fundingGap: (cur) => `Besoin de financement, hors ${foreignOptions('fr', 'listed')} (${cur})`,
    fundingGapNote:
      'MAX(0, coût - options nationales) : ce qui reste pour le soutien international.',
    fundingGapPctGdp: 'Besoin de financement (% du PIB)',
    revenue: (cur) => `Recettes publiques (${cur})`,
    expenditure: (cur) => `Dépenses publiques (${cur})`,
    balanceBefore: (cur) => `Solde avant la réforme (${cur})`,
    balanceAfter: (cur) => `Solde après la réforme (${cur})`,
    balanceAfterNote: 'Recettes + nouvelles recettes - (dépenses - réaffectation) - coût.',
    balanceAfterPctGdp: 'Solde après la réforme (% du PIB)',
    borrowing: (cur) => `Nouveaux emprunts (${cur})`,
    additionalDebt: (cur) => `Dette des nouveaux emprunts, intérêts compris (${cur})`,
    additionalDebtNote:
      'B[t] = B[t-1] (1 + taux d’intérêt) + emprunt[t], à partir de la première année du scénario.',
    debtBefore: 'Dette publique avant la réforme (% du PIB)',
    debtBeforeNote: 'Données de la feuille Données (vide sans données de dette).',
    debtAfter: 'Dette publique après la réforme (% du PIB)',
    debtAfterNote: 'En rouge au-dessus du plafond de dette de la feuille Hypothèses.',
    aboveCeiling: 'Au-dessus du plafond de dette',
  },
  rateNote: (field) =>
    `${field} du fichier pays, ramené aux âges simples (les âges hors de toute tranche ont un taux de 0).`,
  spendingGapNote: 'MAX(0, coût - dépense actuelle).',
  provenanceUnits: {
    'persons by single age and sex': 'personnes par âge simple et sexe',
    'live births per year': 'naissances vivantes par an',
    'LCU per year, nominal': 'monnaie locale par an, nominal',
    'fraction per year': 'fraction par an',
    'fraction of GDP': 'fraction du PIB',
    'LCU per USD': 'monnaie locale par USD',
    'LCU per person per year': 'monnaie locale par personne et par an',
    'LCU per month, base year': 'monnaie locale par mois, année de base',
    'fraction by age': 'fraction par âge',
    'LCU per person per year, base-year prices':
      'monnaie locale par personne et par an, prix de l’année de base',
  },
};

const ES: NotesText = {
  inputs: {
    held: (what) =>
      `${what}: los datos donde el archivo del país los da (azul), luego se mantiene el último valor.`,
    heldSeries: {
      realGrowth: 'Crecimiento real',
      inflation: 'Inflación',
      revenue: 'Ingresos',
      expenditure: 'Gasto',
      fx: 'Tipo de cambio',
      debt: 'Deuda',
    },
    population: 'Suma de la hoja Población.',
    births: 'Datos; nunca se extrapolan.',
    gdp: 'Datos donde se observan; después de los datos, o después del año base si el escenario reemplaza el crecimiento o la inflación: PIB[t] = PIB[t-1] (1 + g[t]) (1 + pi[t]).',
    priceIndex: 'I[base] = 1, I[t] = I[t-1] (1 + pi[t]).',
    gdpPerCapita: 'PIB / población.',
    wageIndex: 'PIB per cápita / PIB per cápita del año base.',
    povertyLine:
      'Línea de pobreza del año base x índice de precios; con una serie propia en los datos, la serie, luego su último valor x I[t] / I[último].',
    minimumWage:
      'Salario del año base x índice de salarios; con una serie propia, la serie, luego su último valor x W[t] / W[último].',
    averageWage: 'Como el salario mínimo.',
    band: 'De la hoja Población, para las edades y el sexo de la hoja Supuestos.',
    currencyUnit: 'todos los montos están en esta moneda, nominales, salvo indicación',
    baseYearUnit:
      'los índices de precios y salarios valen 1 en él (estructural: las filas dependen de él)',
    povertyLineUnit: (cur) => `${cur} por persona y año, precios del año base`,
    wageUnit: (cur) => `${cur} por mes`,
  },
  fiscal: {
    optionPct: (label, option) => `${label} (${option}): % del PIB`,
    optionResources: (label, option, cur) => `${label} (${option}): recursos (${cur})`,
    rampNote: 'La progresión de la hoja Supuestos.',
    allOptions: (cur) => `Todas las opciones: recursos (${cur})`,
    newRevenue: (cur) => `Nuevos ingresos (${cur})`,
    newRevenueNote: `${optionsWithRole('es', 'newRevenue')}.`,
    reallocated: (cur) => `Gasto reasignado (${cur})`,
    deficitFinancing: (cur) => `Financiamiento con déficit (${cur})`,
    deficitFinancingNote: `${optionsWithRole('es', 'deficit')}: financian un déficit, no el saldo.`,
    domestic: (cur) => `Opciones nacionales (${cur})`,
    domesticNote: `Todas las opciones salvo ${foreignOptions('es', 'excepted')}.`,
    financingGapNote: 'MAX(0, costo - todas las opciones).',
    fundingGap: (cur) =>
      `Necesidad de financiamiento, sin ${foreignOptions('es', 'excepted')} (${cur})`,
    fundingGapNote:
      'MAX(0, costo - opciones nacionales): lo que queda para el apoyo internacional.',
    fundingGapPctGdp: 'Necesidad de financiamiento (% del PIB)',
    revenue: (cur) => `Ingresos públicos (${cur})`,
    expenditure: (cur) => `Gasto público (${cur})`,
    balanceBefore: (cur) => `Saldo antes de la reforma (${cur})`,
    balanceAfter: (cur) => `Saldo después de la reforma (${cur})`,
    balanceAfterNote: 'Ingresos + nuevos ingresos - (gasto - reasignación) - costo.',
    balanceAfterPctGdp: 'Saldo después de la reforma (% del PIB)',
    borrowing: (cur) => `Nuevo endeudamiento (${cur})`,
    additionalDebt: (cur) => `Deuda del nuevo endeudamiento, con intereses (${cur})`,
    additionalDebtNote:
      'B[t] = B[t-1] (1 + tasa de interés) + endeudamiento[t], desde el primer año del escenario.',
    debtBefore: 'Deuda pública antes de la reforma (% del PIB)',
    debtBeforeNote: 'Datos de la hoja Datos (vacío sin datos de deuda).',
    debtAfter: 'Deuda pública después de la reforma (% del PIB)',
    debtAfterNote: 'En rojo por encima del tope de deuda de la hoja Supuestos.',
    aboveCeiling: 'Por encima del tope de deuda',
  },
  rateNote: (field) =>
    `${field} del archivo del país, llevado a edades simples (las edades fuera de todo tramo tienen tasa 0).`,
  spendingGapNote: 'MAX(0, costo - gasto actual).',
  provenanceUnits: {
    'persons by single age and sex': 'personas por edad simple y sexo',
    'live births per year': 'nacidos vivos por año',
    'LCU per year, nominal': 'moneda local por año, nominal',
    'fraction per year': 'fracción por año',
    'fraction of GDP': 'fracción del PIB',
    'LCU per USD': 'moneda local por USD',
    'LCU per person per year': 'moneda local por persona y año',
    'LCU per month, base year': 'moneda local por mes, año base',
    'fraction by age': 'fracción por edad',
    'LCU per person per year, base-year prices':
      'moneda local por persona y año, precios del año base',
  },
};

const TEXT: Record<WorkbookLanguage, NotesText> = { en: EN, fr: FR, es: ES };

export function notesText(lang: WorkbookLanguage): NotesText {
  return TEXT[lang];
}
