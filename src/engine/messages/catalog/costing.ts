import type { MessagePart } from '../types';

/**
 * Problems and warnings from costing a scenario on a country (src/costing, src/benefits): what the
 * country's data lack for the benefits, the years they cover, and the fiscal warnings of the result.
 */
export const costingMessages = {
  en: {
    'costing.rate.disability': 'severe disability prevalence',
    'costing.rate.orphanhood': 'orphanhood rate',
    'costing.rate.poverty': 'poverty headcount',
    'costing.rate.pensionCoverage': 'contributory pension coverage',
    'costing.rate.laborForceParticipation': 'labour force participation',
    'costing.rate.unemployment': 'unemployment rate',
    'costing.rate.healthCoverage': 'health coverage',
    'costing.why.targetsPoor': 'targets the poor',
    'costing.why.pensionTested': 'is pension-tested',
    'costing.needRate':
      '{{why}}, but the country gives no {{rate}} (rates.{{key}}); add it to the country data or change this setting',
    'costing.needRatePrevalence':
      'counts persons by prevalence "{{prevalence}}", but the country gives no {{rate}} (rates.{{key}}); add it to the country data or change this setting',
    'costing.noHealthCoverage':
      'the country gives no health coverage (rates.healthCoverage): everyone counts as uncovered',
    'costing.birthsMissing':
      "a maternity benefit counts births, but the country's births do not cover {{years}}; births are never extrapolated",
    'costing.noPovertyLine': 'the country gives no poverty line (povertyLine)',
    'costing.noMinimumWage': 'the country gives no minimum wage (minimumWage)',
    'costing.noAverageWage': 'the country gives no average wage (averageWage)',
    'costing.beforeBaseYear':
      "must be >= the country's base year {{baseYear}}: amounts are given in base-year values",
    'costing.populationBaseYear':
      'must include the base year {{baseYear}} (GDP per capita and the wage index start from it); the population covers {{covered}}',
    'costing.populationMissing':
      'the population of {{country}} covers {{covered}}, so {{years}} cannot be costed; population is never extrapolated: shorten the scenario or extend the population data',
    'costing.crisisOutside':
      'the measure runs {{runs}}, outside the scenario years {{from}}-{{to}}',
    'costing.topUpSwitchedOff': 'tops up "{{benefit}}", which is switched off: it costs nothing',
    'costing.formulaUnreadable': 'cannot be read: {{reason}}',
    'costing.formulaNotEvaluated': 'cannot be evaluated for {{year}}: {{reason}}',
    'costing.formulaBadValue':
      'gives {{shown}} for {{year}}; {{what}} must be a finite number >= 0',
    'costing.formulaBadText':
      'gives the text {{text}} for {{year}}; {{what}} must be a finite number >= 0',
    'costing.what.eligible': 'eligible persons',
    'costing.what.perBeneficiary': 'the amount per beneficiary',
    'costing.formulaNoNumber': 'no number',
    'costing.noCurrentSpending':
      'no current spending given for {{functions}}; the gap against current spending counts the whole cost there',
    'costing.debtAlreadyAbove':
      'public debt in the data ({{debt}}% of GDP in {{year}}) is already above the ceiling of {{ceiling}}% of GDP',
    'costing.debtPassesCeiling':
      'public debt passes the ceiling of {{ceiling}}% of GDP in {{year}}',
    'costing.targetsPoorBut': 'targets the poor, but {{problem}}',
    'povertyLine.legacyNoHeadcount':
      'the country gives no poverty headcount (rates.poverty); add it to the country data or change this setting',
    'povertyLine.noneGiven':
      'the country gives no poverty line (povertyLines); add one to the country data',
    'povertyLine.notGiven':
      'the scenario uses the poverty line "{{choice}}" (assumptions.povertyLine), which the country does not give (it gives {{have}})',
    'povertyLine.noAmount':
      'the scenario\'s poverty line, the {{label}} ("{{id}}"), has no amount in local currency ({{where}}); type one in on the Country data page or choose another line',
    'povertyLine.noHeadcount':
      'the scenario\'s poverty line, the {{label}} ("{{id}}"), has no poverty headcount ({{where}}); add it to the country data or choose another line',
  },
  fr: {
    'costing.rate.disability': 'prévalence du handicap sévère',
    'costing.rate.orphanhood': 'taux d’orphelins',
    'costing.rate.poverty': 'taux de pauvreté',
    'costing.rate.pensionCoverage': 'couverture des pensions contributives',
    'costing.rate.laborForceParticipation': 'participation à la population active',
    'costing.rate.unemployment': 'taux de chômage',
    'costing.rate.healthCoverage': 'couverture santé',
    'costing.why.targetsPoor': 'cible les pauvres',
    'costing.why.pensionTested': 'est soumis à un critère de pension',
    'costing.needRate':
      '{{why}}, mais le pays ne donne pas de {{rate}} (rates.{{key}}) ; ajoutez-la aux données du pays ou changez ce réglage',
    'costing.needRatePrevalence':
      'compte les personnes selon la prévalence "{{prevalence}}", mais le pays ne donne pas de {{rate}} (rates.{{key}}) ; ajoutez-la aux données du pays ou changez ce réglage',
    'costing.noHealthCoverage':
      'le pays ne donne pas de couverture santé (rates.healthCoverage) : tout le monde compte comme non couvert',
    'costing.birthsMissing':
      'une prestation de maternité compte les naissances, mais les naissances du pays ne couvrent pas {{years}} ; les naissances ne sont jamais extrapolées',
    'costing.noPovertyLine': 'le pays ne donne pas de seuil de pauvreté (povertyLine)',
    'costing.noMinimumWage': 'le pays ne donne pas de salaire minimum (minimumWage)',
    'costing.noAverageWage': 'le pays ne donne pas de salaire moyen (averageWage)',
    'costing.beforeBaseYear':
      'doit être >= l’année de base du pays {{baseYear}} : les montants sont donnés en valeurs de l’année de base',
    'costing.populationBaseYear':
      'doit inclure l’année de base {{baseYear}} (le PIB par habitant et l’indice des salaires partent d’elle) ; la population couvre {{covered}}',
    'costing.populationMissing':
      'la population de {{country}} couvre {{covered}}, donc {{years}} ne peut pas être chiffré ; la population n’est jamais extrapolée : raccourcissez le scénario ou complétez les données de population',
    'costing.crisisOutside':
      'la mesure court sur {{runs}}, hors des années du scénario {{from}}-{{to}}',
    'costing.topUpSwitchedOff': 'complète "{{benefit}}", qui est désactivée : cela ne coûte rien',
    'costing.formulaUnreadable': 'ne peut pas être lue : {{reason}}',
    'costing.formulaNotEvaluated': 'ne peut pas être évaluée pour {{year}} : {{reason}}',
    'costing.formulaBadValue':
      'donne {{shown}} pour {{year}} ; {{what}} doit être un nombre fini >= 0',
    'costing.formulaBadText':
      'donne le texte {{text}} pour {{year}} ; {{what}} doit être un nombre fini >= 0',
    'costing.what.eligible': 'le nombre de personnes éligibles',
    'costing.what.perBeneficiary': 'le montant par bénéficiaire',
    'costing.formulaNoNumber': 'aucun nombre',
    'costing.noCurrentSpending':
      'aucune dépense actuelle n’est donnée pour {{functions}} ; l’écart avec la dépense actuelle y compte tout le coût',
    'costing.debtAlreadyAbove':
      'la dette publique des données ({{debt}} % du PIB en {{year}}) dépasse déjà le plafond de {{ceiling}} % du PIB',
    'costing.debtPassesCeiling':
      'la dette publique dépasse le plafond de {{ceiling}} % du PIB en {{year}}',
    'costing.targetsPoorBut': 'cible les pauvres, mais {{problem}}',
    'povertyLine.legacyNoHeadcount':
      'le pays ne donne pas de proportion de pauvres (rates.poverty) ; ajoutez-la aux données du pays ou changez ce paramètre',
    'povertyLine.noneGiven':
      'le pays ne donne aucun seuil de pauvreté (povertyLines) ; ajoutez-en un aux données du pays',
    'povertyLine.notGiven':
      'le scénario utilise le seuil de pauvreté « {{choice}} » (assumptions.povertyLine), que le pays ne donne pas (il donne {{have}})',
    'povertyLine.noAmount':
      'le seuil de pauvreté du scénario, le {{label}} (« {{id}} »), n’a pas de montant en monnaie locale ({{where}}) ; saisissez-en un sur la page Données du pays ou choisissez un autre seuil',
    'povertyLine.noHeadcount':
      'le seuil de pauvreté du scénario, le {{label}} (« {{id}} »), n’a pas de proportion de pauvres ({{where}}) ; ajoutez-la aux données du pays ou choisissez un autre seuil',
  },
  es: {
    'costing.rate.disability': 'prevalencia de la discapacidad grave',
    'costing.rate.orphanhood': 'tasa de orfandad',
    'costing.rate.poverty': 'tasa de pobreza',
    'costing.rate.pensionCoverage': 'cobertura de pensiones contributivas',
    'costing.rate.laborForceParticipation': 'participación en la fuerza de trabajo',
    'costing.rate.unemployment': 'tasa de desempleo',
    'costing.rate.healthCoverage': 'cobertura de salud',
    'costing.why.targetsPoor': 'se dirige a los pobres',
    'costing.why.pensionTested': 'está sujeta a la comprobación de pensiones',
    'costing.needRate':
      '{{why}}, pero el país no da {{rate}} (rates.{{key}}); agréguela a los datos del país o cambie este ajuste',
    'costing.needRatePrevalence':
      'cuenta a las personas según la prevalencia "{{prevalence}}", pero el país no da {{rate}} (rates.{{key}}); agréguela a los datos del país o cambie este ajuste',
    'costing.noHealthCoverage':
      'el país no da cobertura de salud (rates.healthCoverage): todos cuentan como no cubiertos',
    'costing.birthsMissing':
      'una prestación de maternidad cuenta los nacimientos, pero los nacimientos del país no cubren {{years}}; los nacimientos nunca se extrapolan',
    'costing.noPovertyLine': 'el país no da línea de pobreza (povertyLine)',
    'costing.noMinimumWage': 'el país no da salario mínimo (minimumWage)',
    'costing.noAverageWage': 'el país no da salario medio (averageWage)',
    'costing.beforeBaseYear':
      'debe ser >= el año base del país {{baseYear}}: los montos se dan en valores del año base',
    'costing.populationBaseYear':
      'debe incluir el año base {{baseYear}} (el PIB per cápita y el índice salarial parten de él); la población cubre {{covered}}',
    'costing.populationMissing':
      'la población de {{country}} cubre {{covered}}, así que {{years}} no se puede costear; la población nunca se extrapola: acorte el escenario o amplíe los datos de población',
    'costing.crisisOutside':
      'la medida abarca {{runs}}, fuera de los años del escenario {{from}}-{{to}}',
    'costing.topUpSwitchedOff': 'complementa "{{benefit}}", que está desactivada: no cuesta nada',
    'costing.formulaUnreadable': 'no se puede leer: {{reason}}',
    'costing.formulaNotEvaluated': 'no se puede evaluar para {{year}}: {{reason}}',
    'costing.formulaBadValue':
      'da {{shown}} para {{year}}; {{what}} debe ser un número finito >= 0',
    'costing.formulaBadText':
      'da el texto {{text}} para {{year}}; {{what}} debe ser un número finito >= 0',
    'costing.what.eligible': 'el número de personas elegibles',
    'costing.what.perBeneficiary': 'el monto por beneficiario',
    'costing.formulaNoNumber': 'ningún número',
    'costing.noCurrentSpending':
      'no se da el gasto actual para {{functions}}; la brecha con el gasto actual cuenta allí todo el costo',
    'costing.debtAlreadyAbove':
      'la deuda pública de los datos ({{debt}} % del PIB en {{year}}) ya supera el techo de {{ceiling}} % del PIB',
    'costing.debtPassesCeiling':
      'la deuda pública supera el techo de {{ceiling}} % del PIB en {{year}}',
    'costing.targetsPoorBut': 'se dirige a los pobres, pero {{problem}}',
    'povertyLine.legacyNoHeadcount':
      'el país no indica la proporción de pobres (rates.poverty); agréguela a los datos del país o cambie este parámetro',
    'povertyLine.noneGiven':
      'el país no indica ninguna línea de pobreza (povertyLines); agregue una a los datos del país',
    'povertyLine.notGiven':
      'el escenario usa la línea de pobreza «{{choice}}» (assumptions.povertyLine), que el país no indica (indica {{have}})',
    'povertyLine.noAmount':
      'la línea de pobreza del escenario, la {{label}} («{{id}}»), no tiene monto en moneda local ({{where}}); ingrese uno en la página Datos del país o elija otra línea',
    'povertyLine.noHeadcount':
      'la línea de pobreza del escenario, la {{label}} («{{id}}»), no tiene proporción de pobres ({{where}}); agréguela a los datos del país o elija otra línea',
  },
} satisfies MessagePart;
