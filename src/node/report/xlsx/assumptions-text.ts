/**
 * The Assumptions sheet's words in French and Spanish; English is written beside each parameter in
 * assumptions-sheet.ts and is used where a language gives no word. Parameters are keyed by block and
 * key (e.g. "benefit.amount", "crisis.amount"). Units are keyed by their English text; the codes of
 * drop-down lists stay as they are (the formulas compare those codes), with their meaning beside them.
 */
import type { WorkbookLanguage } from './workbook-language';

export interface AssumptionsText {
  header: [string, string, string];
  benefits: string;
  financing: string;
  role: string;
  fiscal: string;
  spending: string;
  crisis: string;
  unitsNote: string;
  labels: Readonly<Record<string, string>>;
  /** Column B, keyed by the English unit; a unit missing here is shown as it is (a list of codes). */
  units: Readonly<Record<string, string>>;
  perMonth: (cur: string) => string;
  perMonthAt: (cur: string, y0: number) => string;
  perUsd: (cur: string) => string;
  /** The drop-down lists' message when a typed value is not one of the codes. */
  invalidTitle: string;
  invalid: (choices: string) => string;
  /** The scenario's macro assumptions (they replace the country's data after the base year). */
  macroTitle: (y0: number) => string;
  macro: Record<
    'realGrowth' | 'inflation' | 'revenuePctGdp' | 'expenditurePctGdp' | 'fxPerUsd',
    string
  >;
  everyYearAfter: (label: string, y0: number) => string;
  perYearAfter: (label: string, y0: number) => string;
  perYearCell: string;
}

const EN: AssumptionsText = {
  header: [
    'Parameter',
    'Unit',
    'Values: one column per benefit, option or measure (yellow cells are inputs)',
  ],
  benefits: 'Benefits',
  financing: 'Financing options (a share of GDP on a ramp)',
  role: 'Role in the budget',
  fiscal: 'Fiscal settings',
  spending: 'Current public spending by function (gap against current spending)',
  crisis: 'Crisis measures (temporary, costed by month)',
  unitsNote:
    'Units: fractions are shown as percentages (type 25% or 0.25); money in the country currency, nominal, unless stated.',
  labels: {},
  units: {},
  perMonth: (cur) => `${cur} per month`,
  perMonthAt: (cur, y0) => `${cur} per month, ${y0} prices`,
  perUsd: (cur) => `${cur} per USD`,
  invalidTitle: 'Not a known value',
  invalid: (choices) => `One of: ${choices}`,
  macroTitle: (y0) => `Macroeconomic assumptions of the scenario (replace the data after ${y0})`,
  macro: {
    realGrowth: 'Real GDP growth',
    inflation: 'Inflation',
    revenuePctGdp: 'Government revenue',
    expenditurePctGdp: 'Government expenditure',
    fxPerUsd: 'Exchange rate',
  },
  everyYearAfter: (label, y0) => `${label}, every year after ${y0}`,
  perYearAfter: (label, y0) => `${label}: a value per year after ${y0}`,
  perYearCell: 'yellow cells of the Inputs sheet',
};

const FR: AssumptionsText = {
  header: [
    'Paramètre',
    'Unité',
    'Valeurs : une colonne par prestation, option ou mesure (les cellules jaunes sont modifiables)',
  ],
  benefits: 'Prestations',
  financing: 'Options de financement (une part du PIB en montée en charge)',
  role: 'Rôle dans le budget',
  fiscal: 'Paramètres budgétaires',
  spending: 'Dépense publique actuelle par fonction (écart par rapport à la dépense actuelle)',
  crisis: 'Mesures de crise (temporaires, chiffrées par mois)',
  unitsNote:
    'Unités : les fractions s’affichent en pourcentages (tapez 25 % ou 0,25) ; les montants en monnaie du pays, nominaux, sauf indication.',
  labels: {
    'benefit.label': 'Libellé',
    'benefit.kind': 'Type',
    'benefit.age_from': 'Âges à partir de (maternité : âges des mères)',
    'benefit.age_to': 'Âges jusqu’à',
    'benefit.sex': 'Sexe',
    'benefit.targeting': 'Ciblage',
    'benefit.targeting_share': 'Part ciblée (si ciblage = share)',
    'benefit.exclusion_error': 'Erreur d’exclusion',
    'benefit.pension_test': 'Test de pension (seulement sans pension contributive)',
    'benefit.prevalence': 'Prévalence (qui compte)',
    'benefit.eligibility_share': 'Part éligible (tout facteur constant supplémentaire)',
    'benefit.basis': 'Base de la prestation',
    'benefit.benefit_share': 'Part de la base',
    'benefit.amount': 'Montant fixe (base = fixed)',
    'benefit.months': 'Mois payés par an',
    'benefit.indexation': 'Indexation',
    'benefit.cov_start_year': 'Couverture : année de départ',
    'benefit.cov_start': 'Couverture l’année de départ',
    'benefit.cov_full_year': 'Couverture : année de couverture complète',
    'benefit.cov_full': 'Couverture à partir de cette année',
    'benefit.admin_rate': 'Administration',
    'benefit.nonwage_rate': 'Coûts non salariaux (garanties d’emploi)',
    'benefit.formula_eligible':
      'Formule personnalisée : personnes éligibles (ses résultats sont des valeurs du moteur)',
    'benefit.formula_amount':
      'Formule personnalisée : montant par bénéficiaire (ses résultats sont des valeurs du moteur)',
    'option.option': 'Option',
    'option.label': 'Libellé',
    'option.start_year': 'Année de départ',
    'option.start': 'Ressources l’année de départ',
    'option.full_year': 'Année de plein effet',
    'option.full': 'Ressources à partir de cette année',
    'crisis.kind': 'Type',
    'crisis.label': 'Libellé',
    'crisis.benefit': 'Prestation complétée',
    'crisis.share': 'Complément : part de la prestation mensuelle (vide : montant fixe)',
    'crisis.amount': 'Montant par bénéficiaire et par mois',
    'crisis.recipients': 'Bénéficiaires (transfert, extension)',
    'crisis.unit': 'Les bénéficiaires sont',
    'crisis.start_year': 'Année de départ',
    'crisis.start_month': 'Mois de départ',
    'crisis.months': 'Mois payés (fixe : la feuille Crise a une ligne par mois)',
    'crisis.admin_rate': 'Administration',
    interest_rate: 'Intérêt des nouveaux emprunts',
    debt_ceiling: 'Plafond de dette (la trajectoire est signalée au-dessus)',
    spend: 'Dépense actuelle',
  },
  units: {
    text: 'texte',
    'years, inclusive': 'années, incluses',
    'years, inclusive (100 = 100+)': 'années, incluses (100 = 100 et plus)',
    'all / female / male': 'all (tous) / female (femmes) / male (hommes)',
    'universal / poverty (headcount by age) / share':
      'universal (universel) / poverty (taux de pauvreté par âge) / share (part)',
    fraction: 'fraction',
    'fraction of the eligible missed': 'fraction des éligibles non atteints',
    'yes / no': 'yes (oui) / no (non)',
    months: 'mois',
    year: 'année',
    'fraction of benefit expenditure': 'fraction des dépenses de prestations',
    'mathjs expression': 'expression mathjs',
    'fraction of GDP': 'fraction du PIB',
    'benefit id': 'identifiant de la prestation',
    'households or persons': 'ménages ou personnes',
    'households / persons': 'households (ménages) / persons (personnes)',
    '1 = January': '1 = janvier',
    'fraction of transfers': 'fraction des transferts',
    'fraction per year': 'fraction par an',
  },
  perMonth: (cur) => `${cur} par mois`,
  perMonthAt: (cur, y0) => `${cur} par mois, prix de ${y0}`,
  perUsd: (cur) => `${cur} par USD`,
  invalidTitle: 'Valeur inconnue',
  invalid: (choices) => `Une valeur parmi : ${choices}`,
  macroTitle: (y0) =>
    `Hypothèses macroéconomiques du scénario (remplacent les données après ${y0})`,
  macro: {
    realGrowth: 'Croissance réelle du PIB',
    inflation: 'Inflation',
    revenuePctGdp: 'Recettes publiques',
    expenditurePctGdp: 'Dépenses publiques',
    fxPerUsd: 'Taux de change',
  },
  everyYearAfter: (label, y0) => `${label}, chaque année après ${y0}`,
  perYearAfter: (label, y0) => `${label} : une valeur par année après ${y0}`,
  perYearCell: 'cellules jaunes de la feuille Données',
};

const ES: AssumptionsText = {
  header: [
    'Parámetro',
    'Unidad',
    'Valores: una columna por prestación, opción o medida (las celdas amarillas se pueden cambiar)',
  ],
  benefits: 'Prestaciones',
  financing: 'Opciones de financiamiento (una proporción del PIB en progresión)',
  role: 'Función en el presupuesto',
  fiscal: 'Parámetros fiscales',
  spending: 'Gasto público actual por función (brecha frente al gasto actual)',
  crisis: 'Medidas de crisis (temporales, costeadas por mes)',
  unitsNote:
    'Unidades: las fracciones se muestran como porcentajes (escriba 25 % o 0,25); el dinero en la moneda del país, nominal, salvo indicación.',
  labels: {
    'benefit.label': 'Nombre',
    'benefit.kind': 'Tipo',
    'benefit.age_from': 'Edades desde (maternidad: edades de las madres)',
    'benefit.age_to': 'Edades hasta',
    'benefit.sex': 'Sexo',
    'benefit.targeting': 'Focalización',
    'benefit.targeting_share': 'Proporción focalizada (si focalización = share)',
    'benefit.exclusion_error': 'Error de exclusión',
    'benefit.pension_test': 'Prueba de pensión (solo sin pensión contributiva)',
    'benefit.prevalence': 'Prevalencia (quién cuenta)',
    'benefit.eligibility_share': 'Proporción elegible (cualquier factor constante adicional)',
    'benefit.basis': 'Base de la prestación',
    'benefit.benefit_share': 'Proporción de la base',
    'benefit.amount': 'Monto fijo (base = fixed)',
    'benefit.months': 'Meses pagados por año',
    'benefit.indexation': 'Indexación',
    'benefit.cov_start_year': 'Cobertura: año de inicio',
    'benefit.cov_start': 'Cobertura en el año de inicio',
    'benefit.cov_full_year': 'Cobertura: año de cobertura plena',
    'benefit.cov_full': 'Cobertura desde ese año',
    'benefit.admin_rate': 'Administración',
    'benefit.nonwage_rate': 'Costos no salariales (garantías de empleo)',
    'benefit.formula_eligible':
      'Fórmula personalizada: personas elegibles (sus resultados son valores del motor)',
    'benefit.formula_amount':
      'Fórmula personalizada: monto por beneficiario (sus resultados son valores del motor)',
    'option.option': 'Opción',
    'option.label': 'Nombre',
    'option.start_year': 'Año de inicio',
    'option.start': 'Recursos en el año de inicio',
    'option.full_year': 'Año de efecto pleno',
    'option.full': 'Recursos desde ese año',
    'crisis.kind': 'Tipo',
    'crisis.label': 'Nombre',
    'crisis.benefit': 'Prestación complementada',
    'crisis.share': 'Complemento: proporción de la prestación mensual (vacío: monto fijo)',
    'crisis.amount': 'Monto por beneficiario y mes',
    'crisis.recipients': 'Beneficiarios (transferencia, extensión)',
    'crisis.unit': 'Los beneficiarios son',
    'crisis.start_year': 'Año de inicio',
    'crisis.start_month': 'Mes de inicio',
    'crisis.months': 'Meses pagados (fijo: la hoja Crisis tiene una fila por mes)',
    'crisis.admin_rate': 'Administración',
    interest_rate: 'Interés de los nuevos préstamos',
    debt_ceiling: 'Tope de deuda (la trayectoria se resalta por encima)',
    spend: 'Gasto actual',
  },
  units: {
    text: 'texto',
    'years, inclusive': 'años, inclusive',
    'years, inclusive (100 = 100+)': 'años, inclusive (100 = 100 y más)',
    'all / female / male': 'all (todos) / female (mujeres) / male (hombres)',
    'universal / poverty (headcount by age) / share':
      'universal / poverty (tasa de pobreza por edad) / share (proporción)',
    fraction: 'fracción',
    'fraction of the eligible missed': 'fracción de los elegibles no alcanzados',
    'yes / no': 'yes (sí) / no (no)',
    months: 'meses',
    year: 'año',
    'fraction of benefit expenditure': 'fracción del gasto en prestaciones',
    'mathjs expression': 'expresión mathjs',
    'fraction of GDP': 'fracción del PIB',
    'benefit id': 'identificador de la prestación',
    'households or persons': 'hogares o personas',
    'households / persons': 'households (hogares) / persons (personas)',
    '1 = January': '1 = enero',
    'fraction of transfers': 'fracción de las transferencias',
    'fraction per year': 'fracción por año',
  },
  perMonth: (cur) => `${cur} por mes`,
  perMonthAt: (cur, y0) => `${cur} por mes, precios de ${y0}`,
  perUsd: (cur) => `${cur} por USD`,
  invalidTitle: 'Valor desconocido',
  invalid: (choices) => `Uno de: ${choices}`,
  macroTitle: (y0) =>
    `Supuestos macroeconómicos del escenario (reemplazan los datos después de ${y0})`,
  macro: {
    realGrowth: 'Crecimiento real del PIB',
    inflation: 'Inflación',
    revenuePctGdp: 'Ingresos públicos',
    expenditurePctGdp: 'Gasto público',
    fxPerUsd: 'Tipo de cambio',
  },
  everyYearAfter: (label, y0) => `${label}, cada año después de ${y0}`,
  perYearAfter: (label, y0) => `${label}: un valor por año después de ${y0}`,
  perYearCell: 'celdas amarillas de la hoja Datos',
};

const TEXT: Record<WorkbookLanguage, AssumptionsText> = { en: EN, fr: FR, es: ES };

export function assumptionsText(lang: WorkbookLanguage): AssumptionsText {
  return TEXT[lang];
}
