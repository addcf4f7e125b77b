/**
 * The Assumptions sheet's words in French and Spanish; English is written beside each parameter in
 * assumptions-sheet.ts and is used where a language gives no word. Parameters are keyed by block and
 * key (e.g. "benefit.amount", "crisis.amount"). Units and the codes of drop-down lists stay as they
 * are: the formulas compare those codes.
 */
import type { WorkbookLanguage } from './workbook-text';

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
};

const TEXT: Record<WorkbookLanguage, AssumptionsText> = { en: EN, fr: FR, es: ES };

export function assumptionsText(lang: WorkbookLanguage): AssumptionsText {
  return TEXT[lang];
}
