import type { MessagePart } from '../types';

/** Problems and warnings of the contributory pension projection (src/pension, pension-schema.ts). */
export const pensionMessages = {
  en: {
    'pension.required': 'is required: the scenario has no contributory pension scheme',
    'pension.beforeBaseYear': "must be >= the country's base year {{baseYear}}",
    'pension.populationMissing':
      'the population of {{country}} does not cover {{years}}: shorten the scenario, extend the population, or project it with a demography block',
    'pension.yearOutside': 'must be a year from {{from}} to {{to}}, found {{found}}',
    'pension.noParticipation':
      'the country gives no labour force participation (rates.laborForceParticipation): give it here or in the country file',
    'pension.nobodyInsured':
      'cannot be matched: with this coverage, participation and population nobody is insured in the first year',
    'pension.coverageAbove100':
      '{{insured}} insured would need coverage above 100% (coverage x {{factor}}); the population can give at most {{most}}',
    'pension.noAverageWage':
      'the country gives no average wage (averageWage), which insurable earnings are based on',
    'pension.noMinimumWage':
      'the country gives no minimum wage (minimumWage), which insurable earnings are based on',
    'pension.noMinimumPensionBasis': 'the country gives no {{basis}} for the minimum pension',
    'pension.nobodyAbovePensionAge':
      'cannot be placed: nobody lives above the pension age in the first year',
    'pension.noPensionersAtStart':
      'neither the scheme nor the country (rates.pensionCoverage) gives pensioners in payment at the start; the projection starts with none',
    'pension.noYear': 'no year to project',
    'pension.aboveEntryAge': 'must be above entryAge {{entryAge}}',
  },
  fr: {
    'pension.required': 'est obligatoire : le scénario n’a pas de régime de pension contributif',
    'pension.beforeBaseYear': 'doit être >= l’année de base du pays {{baseYear}}',
    'pension.populationMissing':
      'la population de {{country}} ne couvre pas {{years}} : raccourcissez le scénario, complétez la population ou projetez-la avec un bloc de démographie',
    'pension.yearOutside': 'doit être une année de {{from}} à {{to}} ; trouvé : {{found}}',
    'pension.noParticipation':
      'le pays ne donne pas de participation à la population active (rates.laborForceParticipation) : donnez-la ici ou dans le fichier du pays',
    'pension.nobodyInsured':
      'ne peut pas être atteint : avec cette couverture, cette participation et cette population, personne n’est assuré la première année',
    'pension.coverageAbove100':
      '{{insured}} assurés demanderaient une couverture supérieure à 100 % (couverture x {{factor}}) ; la population peut en donner au plus {{most}}',
    'pension.noAverageWage':
      'le pays ne donne pas de salaire moyen (averageWage), sur lequel reposent les gains assurables',
    'pension.noMinimumWage':
      'le pays ne donne pas de salaire minimum (minimumWage), sur lequel reposent les gains assurables',
    'pension.noMinimumPensionBasis': 'le pays ne donne pas de {{basis}} pour la pension minimale',
    'pension.nobodyAbovePensionAge':
      'ne peut pas être réparti : personne ne vit au-delà de l’âge de la pension la première année',
    'pension.noPensionersAtStart':
      'ni le régime ni le pays (rates.pensionCoverage) ne donnent de pensionnés au départ ; la projection commence sans aucun',
    'pension.noYear': 'aucune année à projeter',
    'pension.aboveEntryAge': 'doit être supérieur à entryAge {{entryAge}}',
  },
  es: {
    'pension.required': 'es obligatorio: el escenario no tiene régimen de pensiones contributivo',
    'pension.beforeBaseYear': 'debe ser >= el año base del país {{baseYear}}',
    'pension.populationMissing':
      'la población de {{country}} no cubre {{years}}: acorte el escenario, amplíe la población o proyéctela con un bloque de demografía',
    'pension.yearOutside': 'debe ser un año de {{from}} a {{to}}; se encontró {{found}}',
    'pension.noParticipation':
      'el país no da participación en la fuerza de trabajo (rates.laborForceParticipation): indíquela aquí o en el archivo del país',
    'pension.nobodyInsured':
      'no se puede ajustar: con esta cobertura, participación y población nadie está asegurado el primer año',
    'pension.coverageAbove100':
      '{{insured}} asegurados requerirían una cobertura superior al 100 % (cobertura x {{factor}}); la población puede dar como máximo {{most}}',
    'pension.noAverageWage':
      'el país no da salario medio (averageWage), en el que se basan los ingresos asegurables',
    'pension.noMinimumWage':
      'el país no da salario mínimo (minimumWage), en el que se basan los ingresos asegurables',
    'pension.noMinimumPensionBasis': 'el país no da {{basis}} para la pensión mínima',
    'pension.nobodyAbovePensionAge':
      'no se puede asignar: nadie vive por encima de la edad de pensión el primer año',
    'pension.noPensionersAtStart':
      'ni el régimen ni el país (rates.pensionCoverage) dan pensionistas al inicio; la proyección empieza sin ninguno',
    'pension.noYear': 'no hay ningún año que proyectar',
    'pension.aboveEntryAge': 'debe ser mayor que entryAge {{entryAge}}',
  },
} satisfies MessagePart;
