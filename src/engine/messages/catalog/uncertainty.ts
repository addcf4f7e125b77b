import type { MessagePart } from '../types';

/** Names of the uncertain inputs and problems of the `uncertainty` block (src/engine/uncertainty). */
export const uncertaintyMessages = {
  en: {
    'uncertainty.input.growth': 'Real GDP growth',
    'uncertainty.input.inflation': 'Inflation',
    'uncertainty.input.exchangeRate': 'Exchange rate (LCU per USD)',
    'uncertainty.input.povertyLine': 'Poverty line (amount)',
    'uncertainty.input.minimumWage': 'Minimum wage',
    'uncertainty.input.averageWage': 'Average wage',
    'uncertainty.input.povertyRate': 'Poverty headcount',
    'uncertainty.input.disability': 'Disability prevalence',
    'uncertainty.input.orphanhood': 'Orphanhood prevalence',
    'uncertainty.input.unemployment': 'Unemployment rate',
    'uncertainty.input.healthCoverage': 'Health coverage already in place',
    'uncertainty.input.administration': 'Administration costs',
    'uncertainty.input.financing': 'Yield of the financing options',
    'uncertainty.input.fertility': 'Fertility (children per woman)',
    'uncertainty.input.mortality': 'Mortality improvement (a year)',
    'uncertainty.input.migration': 'Net migration (multiple)',
    'uncertainty.input.coverage': 'Take-up: {{benefit}}',
    'uncertainty.input.level': 'Benefit level: {{benefit}}',
    'uncertainty.unknownInput':
      'is not an uncertain input of this scenario; the names are: {{names}}',
    'uncertainty.lowAboveCentral': 'low ({{low}}) must not be above the central value {{central}}',
    'uncertainty.highBelowCentral':
      'high ({{high}}) must not be below the central value {{central}}',
    'uncertainty.outsideBounds': 'must be from {{min}} to {{max}} for this input, found {{found}}',
    'uncertainty.yearOutside':
      'must be a year of the scenario, {{from}} to {{to}}; found {{found}}',
    'uncertainty.draws': 'must be a whole number of draws from 1 to {{max}}; found {{found}}',
    'uncertainty.measure.total.pctGdp': 'total cost (% of GDP)',
    'uncertainty.measure.total.cost': 'total cost (LCU)',
    'uncertainty.measure.gap.pctGdp': 'financing gap (% of GDP)',
    'uncertainty.pair.low.name': '{{name}} — low',
    'uncertainty.pair.high.name': '{{name}} — high',
    'uncertainty.pair.low.intro':
      'Low scenario from the sensitivity of the {{measure}} in {{year}}: every uncertain input at the end of its range that lowers it.',
    'uncertainty.pair.high.intro':
      'High scenario from the sensitivity of the {{measure}} in {{year}}: every uncertain input at the end of its range that raises it.',
    'uncertainty.pair.shift': '{{label}}: {{points}} percentage points a year',
    'uncertainty.pair.factor': '{{label}}: {{percent}}%',
    'uncertainty.pair.children': '{{label}}: {{children}} children per woman',
    'uncertainty.pair.multiple': '{{label}}: × {{multiple}}',
  },
  fr: {
    'uncertainty.input.growth': 'Croissance du PIB réel',
    'uncertainty.input.inflation': 'Inflation',
    'uncertainty.input.exchangeRate': 'Taux de change (UML par USD)',
    'uncertainty.input.povertyLine': 'Seuil de pauvreté (montant)',
    'uncertainty.input.minimumWage': 'Salaire minimum',
    'uncertainty.input.averageWage': 'Salaire moyen',
    'uncertainty.input.povertyRate': 'Taux de pauvreté',
    'uncertainty.input.disability': 'Prévalence du handicap',
    'uncertainty.input.orphanhood': 'Prévalence des orphelins',
    'uncertainty.input.unemployment': 'Taux de chômage',
    'uncertainty.input.healthCoverage': 'Couverture santé déjà en place',
    'uncertainty.input.administration': 'Frais d’administration',
    'uncertainty.input.financing': 'Rendement des options de financement',
    'uncertainty.input.fertility': 'Fécondité (enfants par femme)',
    'uncertainty.input.mortality': 'Baisse de la mortalité (par an)',
    'uncertainty.input.migration': 'Migration nette (multiple)',
    'uncertainty.input.coverage': 'Taux de recours : {{benefit}}',
    'uncertainty.input.level': 'Niveau de la prestation : {{benefit}}',
    'uncertainty.unknownInput':
      'n’est pas une donnée incertaine de ce scénario ; les noms sont : {{names}}',
    'uncertainty.lowAboveCentral':
      'la valeur basse ({{low}}) ne doit pas dépasser la valeur centrale {{central}}',
    'uncertainty.highBelowCentral':
      'la valeur haute ({{high}}) ne doit pas être inférieure à la valeur centrale {{central}}',
    'uncertainty.outsideBounds':
      'doit être comprise entre {{min}} et {{max}} pour cette donnée ; trouvé : {{found}}',
    'uncertainty.yearOutside':
      'doit être une année du scénario, de {{from}} à {{to}} ; trouvé : {{found}}',
    'uncertainty.draws':
      'doit être un nombre entier de tirages de 1 à {{max}} ; trouvé : {{found}}',
    'uncertainty.measure.total.pctGdp': 'coût total (% du PIB)',
    'uncertainty.measure.total.cost': 'coût total (UML)',
    'uncertainty.measure.gap.pctGdp': 'déficit de financement (% du PIB)',
    'uncertainty.pair.low.name': '{{name}} — bas',
    'uncertainty.pair.high.name': '{{name}} — haut',
    'uncertainty.pair.low.intro':
      'Scénario bas tiré de la sensibilité du {{measure}} en {{year}} : chaque donnée incertaine à l’extrémité de sa plage qui le réduit.',
    'uncertainty.pair.high.intro':
      'Scénario haut tiré de la sensibilité du {{measure}} en {{year}} : chaque donnée incertaine à l’extrémité de sa plage qui l’augmente.',
    'uncertainty.pair.shift': '{{label}} : {{points}} points de pourcentage par an',
    'uncertainty.pair.factor': '{{label}} : {{percent}} %',
    'uncertainty.pair.children': '{{label}} : {{children}} enfants par femme',
    'uncertainty.pair.multiple': '{{label}} : × {{multiple}}',
  },
  es: {
    'uncertainty.input.growth': 'Crecimiento del PIB real',
    'uncertainty.input.inflation': 'Inflación',
    'uncertainty.input.exchangeRate': 'Tipo de cambio (UML por USD)',
    'uncertainty.input.povertyLine': 'Línea de pobreza (monto)',
    'uncertainty.input.minimumWage': 'Salario mínimo',
    'uncertainty.input.averageWage': 'Salario medio',
    'uncertainty.input.povertyRate': 'Tasa de pobreza',
    'uncertainty.input.disability': 'Prevalencia de la discapacidad',
    'uncertainty.input.orphanhood': 'Prevalencia de la orfandad',
    'uncertainty.input.unemployment': 'Tasa de desempleo',
    'uncertainty.input.healthCoverage': 'Cobertura de salud ya existente',
    'uncertainty.input.administration': 'Costos de administración',
    'uncertainty.input.financing': 'Rendimiento de las opciones de financiamiento',
    'uncertainty.input.fertility': 'Fecundidad (hijos por mujer)',
    'uncertainty.input.mortality': 'Mejora de la mortalidad (por año)',
    'uncertainty.input.migration': 'Migración neta (múltiplo)',
    'uncertainty.input.coverage': 'Tasa de uso: {{benefit}}',
    'uncertainty.input.level': 'Nivel de la prestación: {{benefit}}',
    'uncertainty.unknownInput':
      'no es un dato incierto de este escenario; los nombres son: {{names}}',
    'uncertainty.lowAboveCentral':
      'el valor bajo ({{low}}) no debe superar el valor central {{central}}',
    'uncertainty.highBelowCentral':
      'el valor alto ({{high}}) no debe ser inferior al valor central {{central}}',
    'uncertainty.outsideBounds':
      'debe estar entre {{min}} y {{max}} para este dato; se encontró {{found}}',
    'uncertainty.yearOutside':
      'debe ser un año del escenario, de {{from}} a {{to}}; se encontró {{found}}',
    'uncertainty.draws':
      'debe ser un número entero de sorteos de 1 a {{max}}; se encontró {{found}}',
    'uncertainty.measure.total.pctGdp': 'costo total (% del PIB)',
    'uncertainty.measure.total.cost': 'costo total (UML)',
    'uncertainty.measure.gap.pctGdp': 'brecha de financiación (% del PIB)',
    'uncertainty.pair.low.name': '{{name}} — bajo',
    'uncertainty.pair.high.name': '{{name}} — alto',
    'uncertainty.pair.low.intro':
      'Escenario bajo a partir de la sensibilidad del {{measure}} en {{year}}: cada dato incierto en el extremo de su rango que lo reduce.',
    'uncertainty.pair.high.intro':
      'Escenario alto a partir de la sensibilidad del {{measure}} en {{year}}: cada dato incierto en el extremo de su rango que lo aumenta.',
    'uncertainty.pair.shift': '{{label}}: {{points}} puntos porcentuales por año',
    'uncertainty.pair.factor': '{{label}}: {{percent}} %',
    'uncertainty.pair.children': '{{label}}: {{children}} hijos por mujer',
    'uncertainty.pair.multiple': '{{label}}: multiplicada por {{multiple}}',
  },
} as const satisfies MessagePart;
