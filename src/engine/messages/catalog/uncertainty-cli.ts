import type { MessagePart } from '../types';

/** Options, progress and tables of `spf sensitivity` and `spf uncertainty` (src/cli). */
export const uncertaintyCliMessages = {
  en: {
    'uncertainty.cli.seed': 'must be a whole number from 0 to 4294967295; found {{found}}',
    'uncertainty.cli.threads':
      'must be a whole number of threads from 1 to {{max}}; found {{found}}',
    'uncertainty.cli.progress': '{{done}}/{{total}} draws',
    'uncertainty.cli.measure.total.pctGdp': 'the total cost, % of GDP',
    'uncertainty.cli.measure.total.cost': 'the total cost, millions of {{currency}}',
    'uncertainty.cli.measure.gap.pctGdp': 'the financing gap, % of GDP',
    'uncertainty.cli.sensitivityTitle':
      'Sensitivity of {{measure}} in {{year}}: each input at its low and at its high value, the others central',
    'uncertainty.cli.base': 'Central result: {{base}}',
    'uncertainty.cli.input': 'Input',
    'uncertainty.cli.range': 'Low → high',
    'uncertainty.cli.atLow': 'At low',
    'uncertainty.cli.atHigh': 'At high',
    'uncertainty.cli.swing': 'Swing',
    'uncertainty.cli.units':
      'pp: percentage points added to a yearly rate; %: change of a level; children: per woman; ×: multiple of net migration',
    'uncertainty.cli.bandsTitle':
      '{{draws}} draws with seed {{seed}}: 5th, 50th and 95th percentiles each year',
    'uncertainty.cli.year': 'Year',
    'uncertainty.cli.total': 'Total, % of GDP',
    'uncertainty.cli.gap': 'Financing gap, % of GDP',
    'uncertainty.cli.probability': 'P(gap > {{threshold}})',
    'uncertainty.cli.children': 'children',
    'uncertainty.cli.pp': 'pp',
  },
  fr: {
    'uncertainty.cli.seed': 'doit être un nombre entier de 0 à 4294967295 ; trouvé : {{found}}',
    'uncertainty.cli.threads':
      'doit être un nombre entier de fils d’exécution de 1 à {{max}} ; trouvé : {{found}}',
    'uncertainty.cli.progress': '{{done}}/{{total}} tirages',
    'uncertainty.cli.measure.total.pctGdp': 'du coût total, % du PIB',
    'uncertainty.cli.measure.total.cost': 'du coût total, millions de {{currency}}',
    'uncertainty.cli.measure.gap.pctGdp': 'du besoin de financement, % du PIB',
    'uncertainty.cli.sensitivityTitle':
      'Sensibilité {{measure}} en {{year}} : chaque donnée à sa valeur basse et à sa valeur haute, les autres centrales',
    'uncertainty.cli.base': 'Résultat central : {{base}}',
    'uncertainty.cli.input': 'Donnée',
    'uncertainty.cli.range': 'Basse → haute',
    'uncertainty.cli.atLow': 'Au bas',
    'uncertainty.cli.atHigh': 'Au haut',
    'uncertainty.cli.swing': 'Écart',
    'uncertainty.cli.units':
      'pt : points de pourcentage ajoutés à un taux annuel ; % : variation d’un niveau ; enfants : par femme ; × : multiple de la migration nette',
    'uncertainty.cli.bandsTitle':
      '{{draws}} tirages avec la graine {{seed}} : 5e, 50e et 95e centiles chaque année',
    'uncertainty.cli.year': 'Année',
    'uncertainty.cli.total': 'Total, % du PIB',
    'uncertainty.cli.gap': 'Besoin de financement, % du PIB',
    'uncertainty.cli.probability': 'P(besoin > {{threshold}})',
    'uncertainty.cli.children': 'enfants',
    'uncertainty.cli.pp': 'pt',
  },
  es: {
    'uncertainty.cli.seed': 'debe ser un número entero de 0 a 4294967295; se encontró {{found}}',
    'uncertainty.cli.threads':
      'debe ser un número entero de hilos de 1 a {{max}}; se encontró {{found}}',
    'uncertainty.cli.progress': '{{done}}/{{total}} sorteos',
    'uncertainty.cli.measure.total.pctGdp': 'del costo total, % del PIB',
    'uncertainty.cli.measure.total.cost': 'del costo total, millones de {{currency}}',
    'uncertainty.cli.measure.gap.pctGdp': 'de la brecha de financiamiento, % del PIB',
    'uncertainty.cli.sensitivityTitle':
      'Sensibilidad {{measure}} en {{year}}: cada dato en su valor bajo y en su valor alto, los demás centrales',
    'uncertainty.cli.base': 'Resultado central: {{base}}',
    'uncertainty.cli.input': 'Dato',
    'uncertainty.cli.range': 'Bajo → alto',
    'uncertainty.cli.atLow': 'En el bajo',
    'uncertainty.cli.atHigh': 'En el alto',
    'uncertainty.cli.swing': 'Amplitud',
    'uncertainty.cli.units':
      'pp: puntos porcentuales sumados a una tasa anual; %: variación de un nivel; hijos: por mujer; ×: múltiplo de la migración neta',
    'uncertainty.cli.bandsTitle':
      '{{draws}} sorteos con la semilla {{seed}}: percentiles 5, 50 y 95 de cada año',
    'uncertainty.cli.year': 'Año',
    'uncertainty.cli.total': 'Total, % del PIB',
    'uncertainty.cli.gap': 'Brecha de financiamiento, % del PIB',
    'uncertainty.cli.probability': 'P(brecha > {{threshold}})',
    'uncertainty.cli.children': 'hijos',
    'uncertainty.cli.pp': 'pp',
  },
} as const satisfies MessagePart;
