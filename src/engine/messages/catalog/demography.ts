import type { MessagePart } from '../types';

/** Problems in demographic inputs and projections (demography-schema.ts, src/demography). */
export const demographyMessages = {
  en: {
    'demography.noRates':
      "the country {{country}} gives no demographic rates ({{at}}demography: mx, tfr, asfrPattern; formats.md), so its population cannot be projected; add them or remove the scenario's demography block",
    'demography.baseYear':
      "must include the base year {{baseYear}}: the projection starts from that year's population",
    'demography.yearsIncrease': 'years must increase: {{year}} follows {{previous}}',
    'demography.onePerYear':
      'must have one entry per year of {{at}}.years ({{expected}}), found {{found}}',
    'demography.firstGroupZero': 'must be 0: the first group starts at birth',
    'demography.groupsIncrease': 'must be > {{previous}}: groups must increase',
    'demography.ratePerGroup':
      'must have one rate per age group of mx.ageStarts ({{expected}}), found {{found}}',
    'demography.singleAgeRates':
      'must have 101 rates (ages 0 to 99 and 100+) when mx.ageStarts is not given, found {{found}}',
    'demography.asfrLength':
      'must have 35 shares (single ages 15 to 49) or 7 (five-year groups 15-19 to 45-49), found {{found}}',
    'demography.asfrPositive': 'must have at least one share above 0',
    'demography.migrationZero': 'the shares must not add up to 0',
    'demography.tfrOrMultiplier': 'give either tfr or tfrMultiplier, not both',
    'demography.perYearOrMultiplier': 'give either perYear or multiplier, not both',
  },
  fr: {
    'demography.noRates':
      'le pays {{country}} ne donne pas de taux démographiques ({{at}}demography : mx, tfr, asfrPattern ; formats.md), donc sa population ne peut pas être projetée ; ajoutez-les ou retirez le bloc de démographie du scénario',
    'demography.baseYear':
      'doit inclure l’année de base {{baseYear}} : la projection part de la population de cette année',
    'demography.yearsIncrease': 'les années doivent croître : {{year}} suit {{previous}}',
    'demography.onePerYear':
      'doit avoir une entrée par année de {{at}}.years ({{expected}}) ; trouvé : {{found}}',
    'demography.firstGroupZero': 'doit valoir 0 : le premier groupe commence à la naissance',
    'demography.groupsIncrease': 'doit être > {{previous}} : les groupes doivent croître',
    'demography.ratePerGroup':
      'doit avoir un taux par groupe d’âge de mx.ageStarts ({{expected}}) ; trouvé : {{found}}',
    'demography.singleAgeRates':
      'doit avoir 101 taux (âges 0 à 99 et 100+) quand mx.ageStarts n’est pas donné ; trouvé : {{found}}',
    'demography.asfrLength':
      'doit avoir 35 parts (âges simples de 15 à 49) ou 7 (groupes quinquennaux de 15-19 à 45-49) ; trouvé : {{found}}',
    'demography.asfrPositive': 'doit avoir au moins une part supérieure à 0',
    'demography.migrationZero': 'la somme des parts ne doit pas être 0',
    'demography.tfrOrMultiplier': 'donnez soit tfr, soit tfrMultiplier, pas les deux',
    'demography.perYearOrMultiplier': 'donnez soit perYear, soit multiplier, pas les deux',
  },
  es: {
    'demography.noRates':
      'el país {{country}} no da tasas demográficas ({{at}}demography: mx, tfr, asfrPattern; formats.md), así que su población no se puede proyectar; agréguelas o quite el bloque de demografía del escenario',
    'demography.baseYear':
      'debe incluir el año base {{baseYear}}: la proyección parte de la población de ese año',
    'demography.yearsIncrease': 'los años deben crecer: {{year}} sigue a {{previous}}',
    'demography.onePerYear':
      'debe tener una entrada por año de {{at}}.years ({{expected}}); se encontraron {{found}}',
    'demography.firstGroupZero': 'debe ser 0: el primer grupo empieza al nacer',
    'demography.groupsIncrease': 'debe ser > {{previous}}: los grupos deben crecer',
    'demography.ratePerGroup':
      'debe tener una tasa por grupo de edad de mx.ageStarts ({{expected}}); se encontraron {{found}}',
    'demography.singleAgeRates':
      'debe tener 101 tasas (edades 0 a 99 y 100+) si no se da mx.ageStarts; se encontraron {{found}}',
    'demography.asfrLength':
      'debe tener 35 proporciones (edades simples de 15 a 49) o 7 (grupos quinquenales de 15-19 a 45-49); se encontraron {{found}}',
    'demography.asfrPositive': 'debe tener al menos una proporción mayor que 0',
    'demography.migrationZero': 'las proporciones no deben sumar 0',
    'demography.tfrOrMultiplier': 'indique tfr o tfrMultiplier, no ambos',
    'demography.perYearOrMultiplier': 'indique perYear o multiplier, no ambos',
  },
} satisfies MessagePart;
