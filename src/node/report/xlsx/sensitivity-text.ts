/**
 * The Sensitivity and Percentiles sheets' words in English, French and Spanish (see workbook-text.ts
 * for the rest of the workbook's words).
 */
import type { InputUnit } from '#engine';
import type { WorkbookLanguage } from './workbook-language';

export interface SensitivityText {
  title: (year: number) => string;
  year: string;
  base: string;
  legend: string;
  input: string;
  name: string;
  unit: string;
  lowValue: string;
  highValue: string;
  atLow: string;
  atHigh: string;
  swing: string;
  how: string;
  live: string;
  engine: string;
  /** The note on an engine value: why it is not a formula. */
  engineNote: string;
  units: Record<InputUnit, string>;
  /** The part could not be worked out: the engine's message follows. */
  missing: string;
}

export interface PercentilesText {
  title: string;
  drawn: (draws: number, seed: number) => string;
  totalPctGdp: string;
  totalCost: (cur: string) => string;
  gapPctGdp: string;
  probabilityAbove: (threshold: string) => string;
  year: string;
  mean: string;
}

export interface HowSureText {
  sensitivity: SensitivityText;
  percentiles: PercentilesText;
  /** The README sheet's line on the two sheets. */
  readme: string;
}

const EN: HowSureText = {
  sensitivity: {
    title: (year) =>
      `Sensitivity: total cost as % of GDP in ${year}, each input at its low and high value, the others central`,
    year: 'Year',
    base: 'Every input central (the Package sheet)',
    legend:
      'Plain cells are live formulas over the benefit sheets and the Package sheet: change a low or high value (yellow) and the measure follows, exactly as the engine would. Grey cells are the engine’s values: the workbook cannot write that input’s effect as a formula.',
    input: 'Input',
    name: 'Name',
    unit: 'Unit',
    lowValue: 'Low value',
    highValue: 'High value',
    atLow: 'Cost (% of GDP) at the low value',
    atHigh: 'Cost (% of GDP) at the high value',
    swing: 'Swing (percentage points of GDP)',
    how: 'How it is computed',
    live: 'live formula',
    engine: 'engine value',
    engineNote:
      'Engine value: this input moves GDP, prices, the population or a rate by age, which the workbook’s formulas cannot replay; the engine recosted the whole scenario.',
    units: {
      shift: 'added to a yearly rate (percentage points)',
      factor: 'factor on the central value',
      children: 'children per woman added',
      multiple: 'multiple of net migration',
    },
    missing: 'The sensitivity and uncertainty could not be worked out:',
  },
  percentiles: {
    title: 'Percentiles of the Monte Carlo draws (every uncertain input drawn together)',
    drawn: (draws, seed) =>
      `${draws.toLocaleString('en')} draws, seed ${seed}: the same seed gives the same numbers. Engine values.`,
    totalPctGdp: 'Total cost (% of GDP)',
    totalCost: (cur) => `Total cost (${cur})`,
    gapPctGdp: 'Financing gap (% of GDP)',
    probabilityAbove: (threshold) => `Probability the gap exceeds ${threshold} of GDP`,
    year: 'Year',
    mean: 'mean',
  },
  readme:
    'Sensitivity: the tornado, each uncertain input at its low and high value (live formulas where the model is linear in the input, else the engine’s values). Percentiles: the Monte Carlo bands of the total cost and the financing gap by year (engine values).',
};

const FR: HowSureText = {
  sensitivity: {
    title: (year) =>
      `Sensibilité : coût total en % du PIB en ${year}, chaque donnée à sa valeur basse et haute, les autres centrales`,
    year: 'Année',
    base: 'Toutes les données centrales (feuille Ensemble)',
    legend:
      'Les cellules ordinaires sont des formules sur les feuilles des prestations et la feuille Ensemble : modifiez une valeur basse ou haute (en jaune) et la mesure suit, exactement comme le moteur. Les cellules grises sont les valeurs du moteur : le classeur ne peut pas écrire l’effet de cette donnée en formule.',
    input: 'Donnée incertaine',
    name: 'Nom',
    unit: 'Unité',
    lowValue: 'Valeur basse',
    highValue: 'Valeur haute',
    atLow: 'Coût (% du PIB) à la valeur basse',
    atHigh: 'Coût (% du PIB) à la valeur haute',
    swing: 'Écart (points de PIB)',
    how: 'Mode de calcul',
    live: 'formule',
    engine: 'valeur du moteur',
    engineNote:
      'Valeur du moteur : cette donnée modifie le PIB, les prix, la population ou un taux par âge, ce que les formules du classeur ne peuvent pas refaire ; le moteur a recalculé tout le scénario.',
    units: {
      shift: 'ajouté à un taux annuel (points de pourcentage)',
      factor: 'facteur sur la valeur centrale',
      children: 'enfants par femme ajoutés',
      multiple: 'multiple de la migration nette',
    },
    missing: 'La sensibilité et l’incertitude n’ont pas pu être calculées :',
  },
  percentiles: {
    title:
      'Percentiles des tirages de Monte-Carlo (toutes les données incertaines tirées ensemble)',
    drawn: (draws, seed) =>
      `${draws.toLocaleString('fr')} tirages, graine ${seed} : la même graine donne les mêmes nombres. Valeurs du moteur.`,
    totalPctGdp: 'Coût total (% du PIB)',
    totalCost: (cur) => `Coût total (${cur})`,
    gapPctGdp: 'Déficit de financement (% du PIB)',
    probabilityAbove: (threshold) => `Probabilité que le déficit dépasse ${threshold} du PIB`,
    year: 'Année',
    mean: 'moyenne',
  },
  readme:
    'Sensibilité : la tornade, chaque donnée incertaine à sa valeur basse et haute (formules là où le modèle est linéaire dans la donnée, sinon valeurs du moteur). Percentiles : les bandes de Monte-Carlo du coût total et du déficit de financement par année (valeurs du moteur).',
};

const ES: HowSureText = {
  sensitivity: {
    title: (year) =>
      `Sensibilidad: costo total en % del PIB en ${year}, cada dato en su valor bajo y alto, los demás centrales`,
    year: 'Año',
    base: 'Todos los datos centrales (hoja Paquete)',
    legend:
      'Las celdas normales son fórmulas sobre las hojas de las prestaciones y la hoja Conjunto: cambie un valor bajo o alto (amarillo) y la medida sigue, exactamente como el motor. Las celdas grises son valores del motor: el libro no puede escribir el efecto de ese dato como fórmula.',
    input: 'Dato incierto',
    name: 'Nombre',
    unit: 'Unidad',
    lowValue: 'Valor bajo',
    highValue: 'Valor alto',
    atLow: 'Costo (% del PIB) con el valor bajo',
    atHigh: 'Costo (% del PIB) con el valor alto',
    swing: 'Oscilación (puntos del PIB)',
    how: 'Cómo se calcula',
    live: 'fórmula',
    engine: 'valor del motor',
    engineNote:
      'Valor del motor: este dato mueve el PIB, los precios, la población o una tasa por edad, algo que las fórmulas del libro no pueden repetir; el motor recalculó todo el escenario.',
    units: {
      shift: 'sumado a una tasa anual (puntos porcentuales)',
      factor: 'factor sobre el valor central',
      children: 'hijos por mujer sumados',
      multiple: 'múltiplo de la migración neta',
    },
    missing: 'No se pudieron calcular la sensibilidad y la incertidumbre:',
  },
  percentiles: {
    title: 'Percentiles de las simulaciones de Monte Carlo (todos los datos inciertos a la vez)',
    drawn: (draws, seed) =>
      `${draws.toLocaleString('es')} simulaciones, semilla ${seed}: la misma semilla da los mismos números. Valores del motor.`,
    totalPctGdp: 'Costo total (% del PIB)',
    totalCost: (cur) => `Costo total (${cur})`,
    gapPctGdp: 'Brecha de financiamiento (% del PIB)',
    probabilityAbove: (threshold) => `Probabilidad de que la brecha supere ${threshold} del PIB`,
    year: 'Año',
    mean: 'media',
  },
  readme:
    'Sensibilidad: el tornado, cada dato incierto en su valor bajo y alto (fórmulas donde el modelo es lineal en el dato; si no, valores del motor). Percentiles: las bandas de Monte Carlo del costo total y de la brecha de financiamiento por año (valores del motor).',
};

const TEXT: Record<WorkbookLanguage, HowSureText> = { en: EN, fr: FR, es: ES };

export function howSureText(lang: WorkbookLanguage): HowSureText {
  return TEXT[lang];
}
