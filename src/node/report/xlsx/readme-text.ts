/**
 * The README sheet's words in English, French and Spanish (see workbook-text.ts for the rest). The
 * sheets it names are called as in the same language's sheet names.
 */
import type { WorkbookLanguage } from './workbook-language';

export interface ReadmeContext {
  scenario: string;
  country: string;
  code: string;
  currency: string;
  y0: number;
  firstYear: number;
  lastYear: number;
  version: string;
  date: string;
}

export interface ReadmeText {
  title: string;
  header: (c: ReadmeContext) => string[];
  recomputesHeading: string;
  recomputes: (withPension: boolean) => string;
  cached: string;
  libreOffice: string;
  structural: string;
  sheetsHeading: string;
  charts: string;
  inputs: string;
  assumptions: string;
  package: (y0: number) => string;
  fiscal: string;
  crisis: string;
  pension: (scheme: string) => string;
  benefits: (list: string) => string;
  none: string;
  spendingGap: string;
  population: (projected: boolean) => string;
  factors: string;
  sources: string;
  valuesHeading: string;
  valuesData: string;
  valuesAssumptions: string;
  formulas: string;
  eligible: string;
  customFormula: (ids: string) => string;
  pensionValues: string;
  unitsHeading: string;
  units: (currency: string, y0: number) => string;
  methodology: (withPension: boolean) => string;
  switchedOff: (ids: string) => string;
  warningsHeading: string;
  legend: [string, string, string, string];
}

const EN: ReadmeText = {
  title: 'SPF Costing Studio: costing workbook',
  header: (c) => [
    `Scenario: ${c.scenario}`,
    `Country: ${c.country} (${c.code}); currency ${c.currency}; base year ${c.y0}; years ${c.firstYear}-${c.lastYear}`,
    `Written by SPF Costing Studio ${c.version} on ${c.date}.`,
  ],
  recomputesHeading: 'This workbook recomputes itself',
  recomputes: (p) =>
    `Every result is a live formula. Change a yellow cell on the Assumptions sheet (or a data cell on Inputs, Population or Rates) and every benefit sheet, the Package, Fiscal space, Spending gap and Crisis sheets follow, as the engine would${p ? '; on the Pension scheme sheet, the finances, the reserve, the ratios and the premiums follow the scheme’s inputs' : ''}.`,
  cached:
    'Every formula also holds its value at export time, so a viewer that does not recalculate (Protected View, a preview) shows the numbers.',
  libreOffice:
    'Excel recalculates on opening. In LibreOffice, if the results look stale, use Data > Calculate > Recalculate Hard (Ctrl+Shift+F9), or set Tools > Options > LibreOffice Calc > Formula > "Recalculation on file load" to Always.',
  structural:
    'Structural choices stay as the app wrote them: the years (rows), which benefits, financing options and crisis measures exist, and the number of months of a crisis measure. Change those in the app and export again.',
  sheetsHeading: 'Sheets',
  charts:
    'Charts: the cost of each benefit by year, the total cost as % of GDP and the financing gap, drawn from the Package and Fiscal space sheets.',
  inputs:
    'Inputs: the country’s yearly series from the base year, as the engine uses them (constants at the top, years down).',
  assumptions:
    'Assumptions: every benefit parameter, financing option, fiscal setting, macro assumption and crisis measure, one named input cell each (e.g. b_child_benefit_share), with units.',
  package: (y0) =>
    `Package: the sum of the benefits with % of GDP, of government expenditure and revenue, ${y0} prices, USD and per inhabitant.`,
  fiscal:
    'Fiscal space: financing options as ramps, resources by role, financing gap, funding gap (excluding aid), budget balance before and after the reform, debt path (red above the ceiling).',
  crisis: 'Crisis: temporary measures month by month, the cost by calendar year and the totals.',
  pension: (scheme) =>
    `Pension scheme: the contributory scheme “${scheme}” (methodology 6), years down: insured, contributions, pensioners, benefits, administration, interest, the reserve, the PAYG cost rate, the reserve ratio, the replacement rate; below it the general average premiums and the year the reserve runs out. Its inputs (contribution rate, return on the reserve, administration, initial reserve, premium periods and target reserve) are named cells on the Assumptions sheet.`,
  benefits: (list) => `One sheet per benefit, years down: ${list}.`,
  none: 'none',
  spendingGap: 'Spending gap: the ILO’s gap against current spending by function (% of GDP).',
  population: (projected) =>
    `Population: persons by sex and single age (100 = 100 and over), years across${projected ? ', as projected by the scenario’s demographic variant (methodology 7): the engine costs that projection' : ''}. Rates: the country’s rates by age and sex as the engine resolves them.`,
  factors:
    'Eligibility factors: by age and sex, each benefit’s factor (ages, sex, poverty targeting, pension test, prevalence) as formulas of the Assumptions and Rates sheets.',
  sources: 'Sources: where every input comes from, and how the engine extended it past the data.',
  valuesHeading: 'What is a value and what is a formula',
  valuesData:
    'Values (blue font): the data of the country file: population by age, births, rates by age, and the macro series for the years the file gives them.',
  valuesAssumptions:
    'Values (yellow fill): the scenario’s assumptions. Macro assumptions given as a list by year are yellow cells on Inputs; a constant one is a named cell on Assumptions.',
  formulas:
    'Formulas (black): the extension rules after the data (GDP grown by real growth and inflation; shares held unless the country states long-run values, which are yellow; the exchange rate held, or moved by relative inflation when the country states US dollar inflation), the price and wage indices, GDP per capita, poverty line and wages, and every result.',
  eligible:
    'Eligible persons: each benefit sheet computes the factor-weighted population = SUMPRODUCT of the population of the year and the Eligibility factors (age-dependent rates), then applies the constant factors (eligibility share, 1 - exclusion error, targeting share) as a formula.',
  customFormula: (ids) =>
    `Values (grey, italic): computed by the engine, not formulas. Custom benefits with a formula (${ids}) give their eligible persons and/or amount per beneficiary as the engine's values: the formula is shown on Assumptions; everything after it (coverage, costs) is live.`,
  pensionValues:
    'Values (grey, italic) on the Pension scheme sheet: the series that need the projection by single age and sex (insured persons, contributors, insurable earnings, pensioners, indexation, minimum pension, reference wages, benefit expenditure) are the engine’s values. Contributions, administration, expenditure, interest, the reserve, every ratio, the premiums and the year the reserve runs out are live formulas of them and of the Assumptions sheet; pension ages, the accrual rate and the other parameters of the projection are shown there for information only.',
  unitsHeading: 'Units',
  units: (cur, y0) =>
    `Money: ${cur}, nominal, per year, unless a header says otherwise (e.g. per month, ${y0} prices, USD). Persons: persons, never thousands. Rates and shares: fractions, shown as percentages with two decimals.`,
  methodology: (p) =>
    `The formulas are those of docs/methodology.md (sections 1, 2, 4 and 5${p ? '; the pension scheme: section 6' : ''}).`,
  switchedOff: (ids) => `Benefits switched off in the scenario and left out: ${ids}.`,
  warningsHeading: 'Warnings of the engine',
  legend: [
    'Data of the country file (blue)',
    'An assumption you may change (yellow)',
    'A value computed by the engine (grey)',
    'A formula (black)',
  ],
};

const FR: ReadmeText = {
  title: 'SPF Costing Studio : classeur de chiffrage',
  header: (c) => [
    `Scénario : ${c.scenario}`,
    `Pays : ${c.country} (${c.code}) ; monnaie ${c.currency} ; année de base ${c.y0} ; années ${c.firstYear}-${c.lastYear}`,
    `Écrit par SPF Costing Studio ${c.version} le ${c.date}.`,
  ],
  recomputesHeading: 'Ce classeur se recalcule',
  recomputes: (p) =>
    `Chaque résultat est une formule. Modifiez une cellule jaune de la feuille Hypothèses (ou une donnée des feuilles Données, Population ou Taux) : chaque feuille de prestation et les feuilles Ensemble, Espace budgétaire, Écart de dépenses et Crise suivent, comme le moteur${p ? ' ; sur la feuille Régime de retraite, les finances, la réserve, les ratios et les primes suivent les paramètres du régime' : ''}.`,
  cached:
    'Chaque formule garde aussi sa valeur au moment de l’export : une visionneuse qui ne recalcule pas (mode protégé, aperçu) affiche les chiffres.',
  libreOffice:
    'Excel recalcule à l’ouverture. Dans LibreOffice, si les résultats semblent périmés, utilisez Données > Calculer > Recalcul inconditionnel (Ctrl+Maj+F9), ou réglez Outils > Options > LibreOffice Calc > Formule > « Recalcul au chargement du fichier » sur Toujours.',
  structural:
    'Les choix de structure restent ceux de l’application : les années (lignes), les prestations, options de financement et mesures de crise présentes, et le nombre de mois d’une mesure de crise. Modifiez-les dans l’application et exportez de nouveau.',
  sheetsHeading: 'Feuilles',
  charts:
    'Graphiques : le coût de chaque prestation par année, le coût total en % du PIB et le déficit de financement, tirés des feuilles Ensemble et Espace budgétaire.',
  inputs:
    'Données : les séries annuelles du pays depuis l’année de base, telles que le moteur les utilise (constantes en haut, années vers le bas).',
  assumptions:
    'Hypothèses : chaque paramètre de prestation, option de financement, réglage budgétaire, hypothèse macroéconomique et mesure de crise, une cellule nommée chacun (p. ex. b_child_benefit_share), avec ses unités.',
  package: (y0) =>
    `Ensemble : la somme des prestations en % du PIB, des dépenses et des recettes publiques, aux prix de ${y0}, en USD et par habitant.`,
  fiscal:
    'Espace budgétaire : les options de financement en montée en charge, les ressources par rôle, le déficit de financement, le besoin de financement hors aide, le solde budgétaire avant et après la réforme, la trajectoire de la dette (en rouge au-dessus du plafond).',
  crisis: 'Crise : les mesures temporaires mois par mois, le coût par année civile et les totaux.',
  pension: (scheme) =>
    `Régime de retraite : le régime contributif « ${scheme} » (méthodologie 6), années vers le bas : assurés, cotisations, pensionnés, prestations, administration, intérêts, réserve, taux de coût par répartition, ratio de réserve, taux de remplacement ; en dessous, les primes moyennes générales et l’année d’épuisement de la réserve. Ses paramètres (taux de cotisation, rendement de la réserve, administration, réserve initiale, périodes de prime et réserve visée) sont des cellules nommées de la feuille Hypothèses.`,
  benefits: (list) => `Une feuille par prestation, années vers le bas : ${list}.`,
  none: 'aucune',
  spendingGap:
    'Écart de dépenses : l’écart de l’OIT par rapport à la dépense actuelle, par fonction (% du PIB).',
  population: (projected) =>
    `Population : personnes par sexe et âge simple (100 = 100 ans et plus), années en colonnes${projected ? ', selon la variante démographique du scénario (méthodologie 7) : le moteur chiffre cette projection' : ''}. Taux : les taux du pays par âge et sexe, tels que le moteur les retient.`,
  factors:
    'Facteurs d’éligibilité : par âge et sexe, le facteur de chaque prestation (âges, sexe, ciblage de la pauvreté, test de pension, prévalence), en formules des feuilles Hypothèses et Taux.',
  sources:
    'Sources : l’origine de chaque donnée, et la façon dont le moteur l’a prolongée au-delà des données.',
  valuesHeading: 'Valeurs et formules',
  valuesData:
    'Valeurs (police bleue) : les données du fichier pays : population par âge, naissances, taux par âge et séries macroéconomiques pour les années que le fichier fournit.',
  valuesAssumptions:
    'Valeurs (fond jaune) : les hypothèses du scénario. Une hypothèse macroéconomique donnée année par année est en cellules jaunes sur Données ; une hypothèse constante est une cellule nommée sur Hypothèses.',
  formulas:
    'Formules (noir) : les règles de prolongement après les données (PIB par croissance réelle et inflation ; parts maintenues sauf si le pays donne des valeurs de long terme, en jaune ; taux de change maintenu, ou suivant l’inflation relative quand le pays donne l’inflation du dollar américain), les indices des prix et des salaires, le PIB par habitant, le seuil de pauvreté et les salaires, et chaque résultat.',
  eligible:
    'Personnes éligibles : chaque feuille de prestation calcule la population pondérée = SOMMEPROD de la population de l’année et des Facteurs d’éligibilité (taux selon l’âge), puis applique les facteurs constants (part éligible, 1 - erreur d’exclusion, part ciblée) par une formule.',
  customFormula: (ids) =>
    `Valeurs (gris, italique) : calculées par le moteur, pas des formules. Les prestations personnalisées à formule (${ids}) donnent leurs personnes éligibles et/ou leur montant par bénéficiaire en valeurs du moteur : la formule figure sur Hypothèses ; tout ce qui suit (couverture, coûts) reste en formules.`,
  pensionValues:
    'Valeurs (gris, italique) sur la feuille Régime de retraite : les séries qui demandent la projection par âge simple et sexe (assurés, cotisants, gains assurables, pensionnés, indexation, pension minimale, salaires de référence, dépenses de prestations) sont les valeurs du moteur. Cotisations, administration, dépenses, intérêts, réserve, chaque ratio, les primes et l’année d’épuisement de la réserve en sont des formules, avec la feuille Hypothèses ; les âges de la retraite, le taux d’annuité et les autres paramètres de la projection y figurent pour information.',
  unitsHeading: 'Unités',
  units: (cur, y0) =>
    `Monnaie : ${cur}, nominal, par an, sauf indication de l’en-tête (p. ex. par mois, prix de ${y0}, USD). Personnes : en personnes, jamais en milliers. Taux et parts : des fractions, affichées en pourcentages à deux décimales.`,
  methodology: (p) =>
    `Les formules sont celles de docs/methodology.md (sections 1, 2, 4 et 5${p ? ' ; le régime de retraite : section 6' : ''}).`,
  switchedOff: (ids) => `Prestations désactivées dans le scénario et omises : ${ids}.`,
  warningsHeading: 'Avertissements du moteur',
  legend: [
    'Donnée du fichier pays (bleu)',
    'Une hypothèse modifiable (jaune)',
    'Une valeur calculée par le moteur (gris)',
    'Une formule (noir)',
  ],
};

const ES: ReadmeText = {
  title: 'SPF Costing Studio: libro de costeo',
  header: (c) => [
    `Escenario: ${c.scenario}`,
    `País: ${c.country} (${c.code}); moneda ${c.currency}; año base ${c.y0}; años ${c.firstYear}-${c.lastYear}`,
    `Generado por SPF Costing Studio ${c.version} el ${c.date}.`,
  ],
  recomputesHeading: 'Este libro se recalcula',
  recomputes: (p) =>
    `Cada resultado es una fórmula. Cambie una celda amarilla de la hoja Supuestos (o un dato de las hojas Datos, Población o Tasas) y cada hoja de prestación y las hojas Paquete, Espacio fiscal, Brecha de gasto y Crisis lo siguen, como el motor${p ? '; en la hoja Régimen de pensiones, las finanzas, la reserva, los ratios y las primas siguen los parámetros del régimen' : ''}.`,
  cached:
    'Cada fórmula guarda además su valor al exportar: un visor que no recalcula (vista protegida, vista previa) muestra las cifras.',
  libreOffice:
    'Excel recalcula al abrir. En LibreOffice, si los resultados parecen desactualizados, use Datos > Calcular > Recálculo incondicional (Ctrl+Mayús+F9), o ajuste Herramientas > Opciones > LibreOffice Calc > Fórmula > «Recalcular al cargar el archivo» a Siempre.',
  structural:
    'Las opciones de estructura quedan como las escribió la aplicación: los años (filas), qué prestaciones, opciones de financiamiento y medidas de crisis existen, y el número de meses de una medida de crisis. Cámbielas en la aplicación y exporte de nuevo.',
  sheetsHeading: 'Hojas',
  charts:
    'Gráficos: el costo de cada prestación por año, el costo total en % del PIB y la brecha de financiamiento, tomados de las hojas Paquete y Espacio fiscal.',
  inputs:
    'Datos: las series anuales del país desde el año base, como las usa el motor (constantes arriba, años hacia abajo).',
  assumptions:
    'Supuestos: cada parámetro de prestación, opción de financiamiento, ajuste fiscal, supuesto macroeconómico y medida de crisis, una celda con nombre cada uno (p. ej. b_child_benefit_share), con sus unidades.',
  package: (y0) =>
    `Paquete: la suma de las prestaciones en % del PIB, del gasto y de los ingresos públicos, a precios de ${y0}, en USD y por habitante.`,
  fiscal:
    'Espacio fiscal: las opciones de financiamiento en progresión, los recursos por función, la brecha de financiamiento, la brecha sin ayuda externa, el saldo presupuestario antes y después de la reforma, la trayectoria de la deuda (en rojo por encima del tope).',
  crisis: 'Crisis: las medidas temporales mes a mes, el costo por año calendario y los totales.',
  pension: (scheme) =>
    `Régimen de pensiones: el régimen contributivo «${scheme}» (metodología 6), años hacia abajo: asegurados, cotizaciones, pensionados, prestaciones, administración, intereses, la reserva, la tasa de costo de reparto, el ratio de reserva, la tasa de reemplazo; debajo, las primas medias generales y el año en que se agota la reserva. Sus parámetros (tasa de cotización, rendimiento de la reserva, administración, reserva inicial, periodos de prima y reserva objetivo) son celdas con nombre de la hoja Supuestos.`,
  benefits: (list) => `Una hoja por prestación, años hacia abajo: ${list}.`,
  none: 'ninguna',
  spendingGap:
    'Brecha de gasto: la brecha de la OIT frente al gasto actual, por función (% del PIB).',
  population: (projected) =>
    `Población: personas por sexo y edad simple (100 = 100 y más), años en columnas${projected ? ', según la variante demográfica del escenario (metodología 7): el motor costea esa proyección' : ''}. Tasas: las tasas del país por edad y sexo, como las resuelve el motor.`,
  factors:
    'Factores de elegibilidad: por edad y sexo, el factor de cada prestación (edades, sexo, focalización en la pobreza, prueba de pensión, prevalencia), como fórmulas de las hojas Supuestos y Tasas.',
  sources: 'Fuentes: el origen de cada dato y cómo el motor lo extendió más allá de los datos.',
  valuesHeading: 'Valores y fórmulas',
  valuesData:
    'Valores (letra azul): los datos del archivo del país: población por edad, nacimientos, tasas por edad y las series macroeconómicas de los años que da el archivo.',
  valuesAssumptions:
    'Valores (fondo amarillo): los supuestos del escenario. Un supuesto macroeconómico dado año por año son celdas amarillas en Datos; uno constante es una celda con nombre en Supuestos.',
  formulas:
    'Fórmulas (negro): las reglas de extensión tras los datos (PIB con crecimiento real e inflación; proporciones constantes salvo que el país indique valores de largo plazo, en amarillo; tipo de cambio constante, o según la inflación relativa cuando el país indica la inflación del dólar estadounidense), los índices de precios y salarios, el PIB per cápita, la línea de pobreza y los salarios, y cada resultado.',
  eligible:
    'Personas elegibles: cada hoja de prestación calcula la población ponderada = SUMAPRODUCTO de la población del año y los Factores de elegibilidad (tasas por edad), y aplica luego los factores constantes (proporción elegible, 1 - error de exclusión, proporción focalizada) con una fórmula.',
  customFormula: (ids) =>
    `Valores (gris, cursiva): calculados por el motor, no fórmulas. Las prestaciones personalizadas con fórmula (${ids}) dan sus personas elegibles y/o su monto por beneficiario como valores del motor: la fórmula figura en Supuestos; todo lo que sigue (cobertura, costos) son fórmulas.`,
  pensionValues:
    'Valores (gris, cursiva) en la hoja Régimen de pensiones: las series que requieren la proyección por edad simple y sexo (asegurados, cotizantes, ingresos asegurables, pensionados, indexación, pensión mínima, salarios de referencia, gasto en prestaciones) son valores del motor. Cotizaciones, administración, gasto, intereses, la reserva, cada ratio, las primas y el año en que se agota la reserva son fórmulas de ellas y de la hoja Supuestos; las edades de jubilación, la tasa de acumulación y los demás parámetros de la proyección figuran allí solo como información.',
  unitsHeading: 'Unidades',
  units: (cur, y0) =>
    `Dinero: ${cur}, nominal, por año, salvo que el encabezado diga otra cosa (p. ej. por mes, precios de ${y0}, USD). Personas: personas, nunca miles. Tasas y proporciones: fracciones, mostradas como porcentajes con dos decimales.`,
  methodology: (p) =>
    `Las fórmulas son las de docs/methodology.md (secciones 1, 2, 4 y 5${p ? '; el régimen de pensiones: sección 6' : ''}).`,
  switchedOff: (ids) => `Prestaciones desactivadas en el escenario y omitidas: ${ids}.`,
  warningsHeading: 'Advertencias del motor',
  legend: [
    'Dato del archivo del país (azul)',
    'Un supuesto que puede cambiar (amarillo)',
    'Un valor calculado por el motor (gris)',
    'Una fórmula (negro)',
  ],
};

const TEXT: Record<WorkbookLanguage, ReadmeText> = { en: EN, fr: FR, es: ES };

export function readmeText(lang: WorkbookLanguage): ReadmeText {
  return TEXT[lang];
}
