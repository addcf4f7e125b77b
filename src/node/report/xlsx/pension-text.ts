/**
 * The contributory pension scheme's words in English, French and Spanish: its block on the Assumptions
 * sheet and the Pension scheme sheet (headings, header notes, the premium table). The codes a user
 * types or that a formula compares (career / final, prices / wages / none) stay as they are.
 */
import type { PEN } from './pension-columns';
import type { WorkbookLanguage } from './workbook-language';

export type PensionColumnKey = keyof typeof PEN;

/** A parameter's label and its unit (column B of the Assumptions sheet). */
type Labelled = readonly [label: string, unit: string];

export interface PensionText {
  /** The Assumptions sheet's block. */
  inputsTitle: (scheme: string) => string;
  everyYear: (label: string) => string;
  perYear: (label: string, from: number) => string;
  perYearCell: string;
  contributionRate: Labelled;
  interestRate: Labelled;
  adminContributions: Labelled;
  adminBenefits: Labelled;
  initialReserve: (year: number) => string;
  targetReserve: Labelled;
  premiumTo: (n: number) => string;
  premiumToUnit: (first: number, last: number, from: number) => string;
  infoNote: string;
  years: string;
  perYearMoney: (cur: string) => string;
  pensionAgeWomen: string;
  pensionAgeMen: string;
  entryAge: string;
  accrualRate: Labelled;
  serviceWomen: string;
  serviceMen: string;
  referenceWage: Labelled;
  indexation: Labelled;
  minimumPension: Labelled;
  minimumFixed: (share: number, amount: number, cur: string, y0: number) => string;
  none: string;
  earnings: Labelled;
  calibration: Labelled;
  initialPensioners: Labelled;
  initialFromCountry: string;
  initialNone: string;
  initialPensionWomen: (year: number) => string;
  initialPensionMen: (year: number) => string;
  /** The Pension scheme sheet. */
  title: (scheme: string, first: number, last: number) => string;
  engineNote: string;
  greyNote: (projected: boolean) => string;
  blackNote: (cur: string) => string;
  headers: (cur: string, first: number) => Record<PensionColumnKey, string>;
  notes: Partial<Record<PensionColumnKey, string>>;
  premiumsTitle: string;
  premiumsNote: string;
  premiumHeaders: (cur: string) => readonly string[];
  depletionTitle: string;
  /** The depletion cell's text when the reserve lasts (a string of its formula). */
  never: string;
  depletionExplain: (never: string, last: number) => string;
}

const EN: PensionText = {
  inputsTitle: (scheme) =>
    `Contributory pension scheme: ${scheme} (the Pension scheme sheet; methodology 6)`,
  everyYear: (label) => `${label}, every year`,
  perYear: (label, from) => `${label}: a value per year from ${from}`,
  perYearCell: 'yellow cells of the Pension scheme sheet',
  contributionRate: ['Contribution rate', 'fraction of insurable earnings'],
  interestRate: ['Return on the reserve', 'fraction per year, nominal'],
  adminContributions: ['Administration: share of contributions', 'fraction of contributions'],
  adminBenefits: ['Administration: share of benefits', 'fraction of benefit expenditure'],
  initialReserve: (year) => `Reserve at the start of ${year}`,
  targetReserve: [
    'Reserve to hold at the end of a premium period',
    "years of that year's expenditure",
  ],
  premiumTo: (n) => `General average premium ${n}: last year of the period`,
  premiumToUnit: (first, last, from) => `year, ${first}-${last} (from ${from})`,
  infoNote:
    'Used by the projection by single age and sex, shown for information: the insured, earnings, pensioners and benefits on the Pension scheme sheet are the engine’s values, so changing these recomputes nothing (change the scheme in the app and export again).',
  years: 'years',
  perYearMoney: (cur) => `${cur} a year`,
  pensionAgeWomen: 'Pension age, women',
  pensionAgeMen: 'Pension age, men',
  entryAge: 'Entry age (service counts from it)',
  accrualRate: ['Accrual rate', 'fraction of the reference wage per year of service'],
  serviceWomen: 'Service credited at the award, women',
  serviceMen: 'Service credited at the award, men',
  referenceWage: ['Reference wage', 'career (revalued average) / final'],
  indexation: ['Indexation of pensions in payment', 'prices / wages / none / a yearly rate'],
  minimumPension: ['Minimum pension', 'share x basis'],
  minimumFixed: (share, amount, cur, y0) => `${share} x ${amount} ${cur} a month at ${y0} prices`,
  none: 'none',
  earnings: [
    'Insurable earnings of an insured person',
    'share x basis (a monthly wage x 12, or GDP per capita) x the profile by age',
  ],
  calibration: ['Coverage calibration factor', 'factor on every coverage rate (1: none)'],
  initialPensioners: ['Pensioners in payment at the start', 'persons'],
  initialFromCountry: "the country's pension coverage above the pension age",
  initialNone: 'none (neither the scheme nor the country gives them)',
  initialPensionWomen: (year) => `Their pension in ${year}, women`,
  initialPensionMen: (year) => `Their pension in ${year}, men`,
  title: (scheme, first, last) =>
    `${scheme}: contributory pension scheme, ${first}-${last} (methodology 6)`,
  engineNote:
    'Engine value from the projection by single age and sex (methodology 6.1-6.2): the workbook does not recompute it.',
  greyNote: (projected) =>
    `Grey, italic: the engine’s values from the projection by single age and sex${projected ? ' (on the population projected by the scenario’s demographic variant)' : ''}: insured, contributors, insurable earnings, pensioners, indexation, minimum pension, reference wages and benefits. They do not recompute.`,
  blackNote: (cur) =>
    `Black: live formulas of them and of the scheme’s inputs on the Assumptions sheet (contribution rate, return on the reserve, administration, initial reserve, premium periods, target reserve). Money in ${cur}, nominal, per year; persons. Below the table: the general average premiums and the year the reserve runs out.`,
  headers: (cur, first) => ({
    year: 'Year',
    contributionRate: 'Contribution rate (fraction of insurable earnings)',
    interestRate: 'Return on the reserve (fraction, nominal)',
    insurableEarnings: `Insurable earnings: the contribution base (${cur}; insured x earnings x density)`,
    contributions: `Contributions (${cur})`,
    benefits: `Benefit expenditure (${cur})`,
    administration: `Administration (${cur})`,
    expenditure: `Expenditure: benefits + administration (${cur})`,
    interest: `Interest on the reserve (${cur})`,
    balance: `Balance: contributions - expenditure (${cur})`,
    reserve: `Reserve at the end of the year (${cur})`,
    paygCostRate: 'PAYG cost rate (fraction of insurable earnings)',
    reserveRatio: "Reserve ratio (years of the year's expenditure)",
    population: 'Population, total (persons)',
    insured: 'Insured persons',
    insuredFemale: 'Insured women',
    insuredMale: 'Insured men',
    contributors: 'Contributors (full-year equivalents: insured x density)',
    pensioners: 'Pensioners',
    pensionersFemale: 'Pensioners, women',
    pensionersMale: 'Pensioners, men',
    newPensioners: 'New pensioners (awarded in the year)',
    newBenefits: `New pensions awarded (${cur}, part of benefits)`,
    indexation: 'Indexation of pensions in payment (fraction)',
    minimumPension: `Minimum pension (${cur} a year; 0: none)`,
    referenceWageFemale: `Reference wage of new pensions, women (${cur} a year)`,
    referenceWageMale: `Reference wage of new pensions, men (${cur} a year)`,
    averageInsurableEarnings: `Average insurable earnings (${cur} a year)`,
    averagePension: `Average pension (${cur} a year)`,
    averageNewPension: `Average new pension (${cur} a year)`,
    replacementRate: 'Replacement rate (fraction)',
    benefitRatio: 'Benefit ratio (fraction)',
    dependencyRatio: 'Dependency ratio (pensioners per contributor)',
    expenditurePctGdp: 'Expenditure (% of GDP)',
    contributionsPctGdp: 'Contributions (% of GDP)',
    reservePctGdp: 'Reserve (% of GDP)',
    discount: `Discount factor to the start of ${first}`,
    belowZero: 'Reserve below 0 (the year)',
  }),
  notes: {
    contributionRate:
      'The Assumptions sheet (pension_contribution_rate), or yellow values by year, the last held.',
    interestRate:
      'The Assumptions sheet (pension_interest_rate), or yellow values by year, the last held.',
    contributions:
      'C[t] = contribution rate x insurable earnings (the density is in the contribution base).',
    administration: 'A[t] = share of contributions x C[t] + share of benefits x B[t].',
    interest: 'F[t-1] x i[t]: the reserve at the start of the year earns the return.',
    reserve:
      'F[t] = F[t-1] (1 + i[t]) + C[t] - B[t] - A[t], from the initial reserve on the Assumptions sheet.',
    paygCostRate: '(Benefits + administration) / insurable earnings.',
    reserveRatio: 'Reserve at the end of the year / expenditure of the year.',
    population: 'The Inputs sheet.',
    averageInsurableEarnings: 'Insurable earnings / contributors.',
    averagePension: 'Benefits / pensioners.',
    averageNewPension: 'New pensions awarded / new pensioners.',
    replacementRate: 'Average new pension / average insurable earnings.',
    benefitRatio: 'Average pension in payment / average insurable earnings.',
    dependencyRatio: 'Pensioners / contributors.',
    expenditurePctGdp: 'GDP of the Inputs sheet.',
    discount:
      'v[t] = v[t-1] / (1 + i[t]): flows fall at the end of the year. Used by the general average premiums below.',
    belowZero:
      'The year when its reserve ends below 0; the first of them is the year the reserve runs out (below the table).',
  },
  premiumsTitle:
    'General average premiums: the constant contribution rate that leaves the target reserve at the end of the period',
  premiumsNote:
    'GAP = (PV of benefits and their administration + PV of the target reserve - initial reserve) / (PV of insurable earnings net of administration on contributions - the target’s administration on contributions), with PV at the discount factors of the table; the end year and the target are inputs on the Assumptions sheet.',
  premiumHeaders: (cur) => [
    'From',
    'To (an input on Assumptions)',
    "Target reserve (years of the end year's expenditure)",
    'Discount factor of the end year v[T]',
    `PV of benefits and their administration, (1 + ab) sum B v (${cur})`,
    `PV of the target reserve's benefits, k (1 + ab) B[T] v[T] (${cur})`,
    `Initial reserve (${cur})`,
    `PV of insurable earnings net of administration, (1 - ac) sum IE v (${cur})`,
    `Target's administration on contributions, k ac IE[T] v[T] (${cur})`,
    'General average premium (fraction of insurable earnings)',
    `Target reserve at the end of the period (${cur}, at the premium)`,
  ],
  depletionTitle: 'Year the reserve runs out',
  never: 'never',
  depletionExplain: (never, last) =>
    `The first year that ends with a reserve below 0 ("${never}": the reserve lasts to ${last}); a formula of the Reserve column.`,
};

const FR: PensionText = {
  inputsTitle: (scheme) =>
    `Régime de retraite contributif : ${scheme} (feuille Régime de retraite ; méthodologie 6)`,
  everyYear: (label) => `${label}, chaque année`,
  perYear: (label, from) => `${label} : une valeur par année à partir de ${from}`,
  perYearCell: 'cellules jaunes de la feuille Régime de retraite',
  contributionRate: ['Taux de cotisation', 'fraction des revenus assurables'],
  interestRate: ['Rendement de la réserve', 'fraction par an, nominal'],
  adminContributions: ['Administration : part des cotisations', 'fraction des cotisations'],
  adminBenefits: ['Administration : part des prestations', 'fraction des dépenses de prestations'],
  initialReserve: (year) => `Réserve au début de ${year}`,
  targetReserve: [
    'Réserve à détenir à la fin d’une période de prime',
    'années des dépenses de cette année-là',
  ],
  premiumTo: (n) => `Prime moyenne générale ${n} : dernière année de la période`,
  premiumToUnit: (first, last, from) => `année, ${first}-${last} (à partir de ${from})`,
  infoNote:
    'Utilisés par la projection par âge simple et sexe, montrés pour information : les assurés, revenus, retraités et prestations de la feuille Régime de retraite sont des valeurs du moteur ; les modifier ne recalcule rien (modifiez le régime dans l’application et exportez à nouveau).',
  years: 'années',
  perYearMoney: (cur) => `${cur} par an`,
  pensionAgeWomen: 'Âge de la retraite, femmes',
  pensionAgeMen: 'Âge de la retraite, hommes',
  entryAge: 'Âge d’entrée (les services comptent à partir de lui)',
  accrualRate: ['Taux d’acquisition', 'fraction du salaire de référence par année de service'],
  serviceWomen: 'Services validés à la liquidation, femmes',
  serviceMen: 'Services validés à la liquidation, hommes',
  referenceWage: ['Salaire de référence', 'career (moyenne revalorisée) / final (dernier salaire)'],
  indexation: [
    'Indexation des pensions en cours de service',
    'prices (prix) / wages (salaires) / none (aucune) / un taux annuel',
  ],
  minimumPension: ['Pension minimale', 'part x base'],
  minimumFixed: (share, amount, cur, y0) =>
    `${share} x ${amount} ${cur} par mois aux prix de ${y0}`,
  none: 'aucune',
  earnings: [
    'Revenus assurables d’un assuré',
    'part x base (un salaire mensuel x 12, ou le PIB par habitant) x le profil par âge',
  ],
  calibration: [
    'Facteur de calibrage de la couverture',
    'facteur appliqué à chaque taux de couverture (1 : aucun)',
  ],
  initialPensioners: ['Retraités en cours de service au départ', 'personnes'],
  initialFromCountry: 'la couverture des pensions du pays au-delà de l’âge de la retraite',
  initialNone: 'aucun (ni le régime ni le pays ne les donne)',
  initialPensionWomen: (year) => `Leur pension en ${year}, femmes`,
  initialPensionMen: (year) => `Leur pension en ${year}, hommes`,
  title: (scheme, first, last) =>
    `${scheme} : régime de retraite contributif, ${first}-${last} (méthodologie 6)`,
  engineNote:
    'Valeur du moteur issue de la projection par âge simple et sexe (méthodologie 6.1-6.2) : le classeur ne la recalcule pas.',
  greyNote: (projected) =>
    `Gris, italique : les valeurs du moteur issues de la projection par âge simple et sexe${projected ? ' (sur la population projetée par la variante démographique du scénario)' : ''} : assurés, cotisants, revenus assurables, retraités, indexation, pension minimale, salaires de référence et prestations. Elles ne se recalculent pas.`,
  blackNote: (cur) =>
    `Noir : formules actives à partir d’elles et des paramètres du régime sur la feuille Hypothèses (taux de cotisation, rendement de la réserve, administration, réserve initiale, périodes de prime, réserve cible). Montants en ${cur}, nominaux, par an ; personnes. Sous le tableau : les primes moyennes générales et l’année d’épuisement de la réserve.`,
  headers: (cur, first) => ({
    year: 'Année',
    contributionRate: 'Taux de cotisation (fraction des revenus assurables)',
    interestRate: 'Rendement de la réserve (fraction, nominal)',
    insurableEarnings: `Revenus assurables : l’assiette des cotisations (${cur} ; assurés x revenus x densité)`,
    contributions: `Cotisations (${cur})`,
    benefits: `Dépenses de prestations (${cur})`,
    administration: `Administration (${cur})`,
    expenditure: `Dépenses : prestations + administration (${cur})`,
    interest: `Intérêts de la réserve (${cur})`,
    balance: `Solde : cotisations - dépenses (${cur})`,
    reserve: `Réserve en fin d’année (${cur})`,
    paygCostRate: 'Taux de répartition (fraction des revenus assurables)',
    reserveRatio: 'Ratio de réserve (années des dépenses de l’année)',
    population: 'Population totale (personnes)',
    insured: 'Assurés',
    insuredFemale: 'Assurées (femmes)',
    insuredMale: 'Assurés (hommes)',
    contributors: 'Cotisants (équivalents année pleine : assurés x densité)',
    pensioners: 'Retraités',
    pensionersFemale: 'Retraités, femmes',
    pensionersMale: 'Retraités, hommes',
    newPensioners: 'Nouveaux retraités (pensions liquidées dans l’année)',
    newBenefits: `Nouvelles pensions liquidées (${cur}, partie des prestations)`,
    indexation: 'Indexation des pensions en cours de service (fraction)',
    minimumPension: `Pension minimale (${cur} par an ; 0 : aucune)`,
    referenceWageFemale: `Salaire de référence des nouvelles pensions, femmes (${cur} par an)`,
    referenceWageMale: `Salaire de référence des nouvelles pensions, hommes (${cur} par an)`,
    averageInsurableEarnings: `Revenu assurable moyen (${cur} par an)`,
    averagePension: `Pension moyenne (${cur} par an)`,
    averageNewPension: `Nouvelle pension moyenne (${cur} par an)`,
    replacementRate: 'Taux de remplacement (fraction)',
    benefitRatio: 'Ratio de prestation (fraction)',
    dependencyRatio: 'Ratio de dépendance (retraités par cotisant)',
    expenditurePctGdp: 'Dépenses (% du PIB)',
    contributionsPctGdp: 'Cotisations (% du PIB)',
    reservePctGdp: 'Réserve (% du PIB)',
    discount: `Facteur d’actualisation au début de ${first}`,
    belowZero: 'Réserve sous 0 (l’année)',
  }),
  notes: {
    contributionRate:
      'La feuille Hypothèses (pension_contribution_rate), ou des valeurs jaunes par année, la dernière étant maintenue.',
    interestRate:
      'La feuille Hypothèses (pension_interest_rate), ou des valeurs jaunes par année, la dernière étant maintenue.',
    contributions:
      'C[t] = taux de cotisation x revenus assurables (la densité est dans l’assiette des cotisations).',
    administration: 'A[t] = part des cotisations x C[t] + part des prestations x B[t].',
    interest: 'F[t-1] x i[t] : la réserve en début d’année produit le rendement.',
    reserve:
      'F[t] = F[t-1] (1 + i[t]) + C[t] - B[t] - A[t], à partir de la réserve initiale de la feuille Hypothèses.',
    paygCostRate: '(Prestations + administration) / revenus assurables.',
    reserveRatio: 'Réserve en fin d’année / dépenses de l’année.',
    population: 'La feuille Données.',
    averageInsurableEarnings: 'Revenus assurables / cotisants.',
    averagePension: 'Prestations / retraités.',
    averageNewPension: 'Nouvelles pensions liquidées / nouveaux retraités.',
    replacementRate: 'Nouvelle pension moyenne / revenu assurable moyen.',
    benefitRatio: 'Pension moyenne en cours de service / revenu assurable moyen.',
    dependencyRatio: 'Retraités / cotisants.',
    expenditurePctGdp: 'PIB de la feuille Données.',
    discount:
      'v[t] = v[t-1] / (1 + i[t]) : les flux tombent en fin d’année. Utilisé par les primes moyennes générales ci-dessous.',
    belowZero:
      'L’année, si sa réserve finit sous 0 ; la première de ces années est celle de l’épuisement de la réserve (sous le tableau).',
  },
  premiumsTitle:
    'Primes moyennes générales : le taux de cotisation constant qui laisse la réserve cible à la fin de la période',
  premiumsNote:
    'PMG = (VA des prestations et de leur administration + VA de la réserve cible - réserve initiale) / (VA des revenus assurables nette de l’administration des cotisations - l’administration des cotisations de la cible), les VA aux facteurs d’actualisation du tableau ; l’année de fin et la cible sont des hypothèses de la feuille Hypothèses.',
  premiumHeaders: (cur) => [
    'De',
    'À (une hypothèse de la feuille Hypothèses)',
    'Réserve cible (années des dépenses de l’année de fin)',
    'Facteur d’actualisation de l’année de fin v[T]',
    `VA des prestations et de leur administration, (1 + ab) somme B v (${cur})`,
    `VA des prestations de la réserve cible, k (1 + ab) B[T] v[T] (${cur})`,
    `Réserve initiale (${cur})`,
    `VA des revenus assurables nette de l’administration, (1 - ac) somme IE v (${cur})`,
    `Administration des cotisations de la cible, k ac IE[T] v[T] (${cur})`,
    'Prime moyenne générale (fraction des revenus assurables)',
    `Réserve cible à la fin de la période (${cur}, à la prime)`,
  ],
  depletionTitle: 'Année d’épuisement de la réserve',
  never: 'jamais',
  depletionExplain: (never, last) =>
    `La première année qui finit avec une réserve sous 0 (« ${never} » : la réserve dure jusqu’en ${last}) ; une formule de la colonne Réserve.`,
};

const ES: PensionText = {
  inputsTitle: (scheme) =>
    `Régimen de pensiones contributivo: ${scheme} (hoja Régimen de pensiones; metodología 6)`,
  everyYear: (label) => `${label}, cada año`,
  perYear: (label, from) => `${label}: un valor por año desde ${from}`,
  perYearCell: 'celdas amarillas de la hoja Régimen de pensiones',
  contributionRate: ['Tasa de cotización', 'fracción de los ingresos asegurables'],
  interestRate: ['Rendimiento de la reserva', 'fracción por año, nominal'],
  adminContributions: ['Administración: parte de las cotizaciones', 'fracción de las cotizaciones'],
  adminBenefits: [
    'Administración: parte de las prestaciones',
    'fracción del gasto en prestaciones',
  ],
  initialReserve: (year) => `Reserva al inicio de ${year}`,
  targetReserve: [
    'Reserva a mantener al final de un período de prima',
    'años del gasto de ese año',
  ],
  premiumTo: (n) => `Prima media general ${n}: último año del período`,
  premiumToUnit: (first, last, from) => `año, ${first}-${last} (desde ${from})`,
  infoNote:
    'Usados por la proyección por edad simple y sexo, mostrados a título informativo: los asegurados, ingresos, pensionados y prestaciones de la hoja Régimen de pensiones son valores del motor, por lo que cambiarlos no recalcula nada (cambie el régimen en la aplicación y exporte de nuevo).',
  years: 'años',
  perYearMoney: (cur) => `${cur} por año`,
  pensionAgeWomen: 'Edad de jubilación, mujeres',
  pensionAgeMen: 'Edad de jubilación, hombres',
  entryAge: 'Edad de ingreso (el servicio cuenta desde ella)',
  accrualRate: ['Tasa de acumulación', 'fracción del salario de referencia por año de servicio'],
  serviceWomen: 'Servicio acreditado al otorgamiento, mujeres',
  serviceMen: 'Servicio acreditado al otorgamiento, hombres',
  referenceWage: [
    'Salario de referencia',
    'career (promedio revalorizado) / final (último salario)',
  ],
  indexation: [
    'Indexación de las pensiones en curso de pago',
    'prices (precios) / wages (salarios) / none (ninguna) / una tasa anual',
  ],
  minimumPension: ['Pensión mínima', 'parte x base'],
  minimumFixed: (share, amount, cur, y0) =>
    `${share} x ${amount} ${cur} por mes a precios de ${y0}`,
  none: 'ninguna',
  earnings: [
    'Ingresos asegurables de un asegurado',
    'parte x base (un salario mensual x 12, o el PIB per cápita) x el perfil por edad',
  ],
  calibration: [
    'Factor de calibración de la cobertura',
    'factor sobre cada tasa de cobertura (1: ninguno)',
  ],
  initialPensioners: ['Pensionados en curso de pago al inicio', 'personas'],
  initialFromCountry: 'la cobertura de pensiones del país por encima de la edad de jubilación',
  initialNone: 'ninguno (ni el régimen ni el país los da)',
  initialPensionWomen: (year) => `Su pensión en ${year}, mujeres`,
  initialPensionMen: (year) => `Su pensión en ${year}, hombres`,
  title: (scheme, first, last) =>
    `${scheme}: régimen de pensiones contributivo, ${first}-${last} (metodología 6)`,
  engineNote:
    'Valor del motor de la proyección por edad simple y sexo (metodología 6.1-6.2): el libro no lo recalcula.',
  greyNote: (projected) =>
    `Gris, cursiva: los valores del motor de la proyección por edad simple y sexo${projected ? ' (sobre la población proyectada por la variante demográfica del escenario)' : ''}: asegurados, cotizantes, ingresos asegurables, pensionados, indexación, pensión mínima, salarios de referencia y prestaciones. No se recalculan.`,
  blackNote: (cur) =>
    `Negro: fórmulas vivas a partir de ellos y de los parámetros del régimen en la hoja Supuestos (tasa de cotización, rendimiento de la reserva, administración, reserva inicial, períodos de prima, reserva objetivo). Montos en ${cur}, nominales, por año; personas. Debajo de la tabla: las primas medias generales y el año en que se agota la reserva.`,
  headers: (cur, first) => ({
    year: 'Año',
    contributionRate: 'Tasa de cotización (fracción de los ingresos asegurables)',
    interestRate: 'Rendimiento de la reserva (fracción, nominal)',
    insurableEarnings: `Ingresos asegurables: la base de cotización (${cur}; asegurados x ingresos x densidad)`,
    contributions: `Cotizaciones (${cur})`,
    benefits: `Gasto en prestaciones (${cur})`,
    administration: `Administración (${cur})`,
    expenditure: `Gasto: prestaciones + administración (${cur})`,
    interest: `Intereses de la reserva (${cur})`,
    balance: `Saldo: cotizaciones - gasto (${cur})`,
    reserve: `Reserva al final del año (${cur})`,
    paygCostRate: 'Tasa de reparto (fracción de los ingresos asegurables)',
    reserveRatio: 'Coeficiente de reserva (años del gasto del año)',
    population: 'Población total (personas)',
    insured: 'Asegurados',
    insuredFemale: 'Aseguradas (mujeres)',
    insuredMale: 'Asegurados (hombres)',
    contributors: 'Cotizantes (equivalentes a año completo: asegurados x densidad)',
    pensioners: 'Pensionados',
    pensionersFemale: 'Pensionados, mujeres',
    pensionersMale: 'Pensionados, hombres',
    newPensioners: 'Nuevos pensionados (otorgados en el año)',
    newBenefits: `Nuevas pensiones otorgadas (${cur}, parte de las prestaciones)`,
    indexation: 'Indexación de las pensiones en curso de pago (fracción)',
    minimumPension: `Pensión mínima (${cur} por año; 0: ninguna)`,
    referenceWageFemale: `Salario de referencia de las nuevas pensiones, mujeres (${cur} por año)`,
    referenceWageMale: `Salario de referencia de las nuevas pensiones, hombres (${cur} por año)`,
    averageInsurableEarnings: `Ingreso asegurable medio (${cur} por año)`,
    averagePension: `Pensión media (${cur} por año)`,
    averageNewPension: `Nueva pensión media (${cur} por año)`,
    replacementRate: 'Tasa de reemplazo (fracción)',
    benefitRatio: 'Coeficiente de prestación (fracción)',
    dependencyRatio: 'Tasa de dependencia (pensionados por cotizante)',
    expenditurePctGdp: 'Gasto (% del PIB)',
    contributionsPctGdp: 'Cotizaciones (% del PIB)',
    reservePctGdp: 'Reserva (% del PIB)',
    discount: `Factor de descuento al inicio de ${first}`,
    belowZero: 'Reserva bajo 0 (el año)',
  }),
  notes: {
    contributionRate:
      'La hoja Supuestos (pension_contribution_rate), o valores amarillos por año, manteniendo el último.',
    interestRate:
      'La hoja Supuestos (pension_interest_rate), o valores amarillos por año, manteniendo el último.',
    contributions:
      'C[t] = tasa de cotización x ingresos asegurables (la densidad está en la base de cotización).',
    administration: 'A[t] = parte de las cotizaciones x C[t] + parte de las prestaciones x B[t].',
    interest: 'F[t-1] x i[t]: la reserva al inicio del año genera el rendimiento.',
    reserve:
      'F[t] = F[t-1] (1 + i[t]) + C[t] - B[t] - A[t], a partir de la reserva inicial de la hoja Supuestos.',
    paygCostRate: '(Prestaciones + administración) / ingresos asegurables.',
    reserveRatio: 'Reserva al final del año / gasto del año.',
    population: 'La hoja Datos.',
    averageInsurableEarnings: 'Ingresos asegurables / cotizantes.',
    averagePension: 'Prestaciones / pensionados.',
    averageNewPension: 'Nuevas pensiones otorgadas / nuevos pensionados.',
    replacementRate: 'Nueva pensión media / ingreso asegurable medio.',
    benefitRatio: 'Pensión media en curso de pago / ingreso asegurable medio.',
    dependencyRatio: 'Pensionados / cotizantes.',
    expenditurePctGdp: 'PIB de la hoja Datos.',
    discount:
      'v[t] = v[t-1] / (1 + i[t]): los flujos ocurren al final del año. Lo usan las primas medias generales de abajo.',
    belowZero:
      'El año, si su reserva termina bajo 0; el primero de ellos es el año en que se agota la reserva (debajo de la tabla).',
  },
  premiumsTitle:
    'Primas medias generales: la tasa de cotización constante que deja la reserva objetivo al final del período',
  premiumsNote:
    'PMG = (VP de las prestaciones y su administración + VP de la reserva objetivo - reserva inicial) / (VP de los ingresos asegurables neta de la administración de las cotizaciones - la administración de las cotizaciones del objetivo), con VP a los factores de descuento de la tabla; el año final y el objetivo son supuestos de la hoja Supuestos.',
  premiumHeaders: (cur) => [
    'Desde',
    'Hasta (un supuesto de la hoja Supuestos)',
    'Reserva objetivo (años del gasto del año final)',
    'Factor de descuento del año final v[T]',
    `VP de las prestaciones y su administración, (1 + ab) suma B v (${cur})`,
    `VP de las prestaciones de la reserva objetivo, k (1 + ab) B[T] v[T] (${cur})`,
    `Reserva inicial (${cur})`,
    `VP de los ingresos asegurables neta de administración, (1 - ac) suma IE v (${cur})`,
    `Administración de las cotizaciones del objetivo, k ac IE[T] v[T] (${cur})`,
    'Prima media general (fracción de los ingresos asegurables)',
    `Reserva objetivo al final del período (${cur}, a la prima)`,
  ],
  depletionTitle: 'Año en que se agota la reserva',
  never: 'nunca',
  depletionExplain: (never, last) =>
    `El primer año que termina con una reserva bajo 0 («${never}»: la reserva dura hasta ${last}); una fórmula de la columna Reserva.`,
};

const TEXT: Record<WorkbookLanguage, PensionText> = { en: EN, fr: FR, es: ES };

export function pensionText(lang: WorkbookLanguage): PensionText {
  return TEXT[lang];
}
