import type { MessagePart } from '../types';

/** Problems in a country file (src/formats/read-country.ts, rate-spec.ts). */
export const countryMessages = {
  en: {
    'country.codeForm': 'must be 2 to 16 letters, digits, "-" or "_" (an ISO3 code such as "KEN")',
    'format.mustBeObject': 'must be a JSON object with "format": "{{expected}}"',
    'format.required': 'is required: "{{expected}}"',
    'format.newer':
      '"{{format}}" is a newer version than this app reads ("{{expected}}"); update SPF Costing Studio',
    'format.wrong': 'must be "{{expected}}", found {{found}}',
    'country.yearsConsecutive': 'years must be consecutive: expected {{expected}}, found {{found}}',
    'country.oneRowPerYear':
      'must have one row of 101 numbers per year ({{expected}}), found {{found}}',
    'country.oneValuePerYear': 'must have one value per year ({{expected}}), found {{found}}',
    'country.macroBaseYear':
      'must include the base year {{baseYear}} (GDP is rebuilt and prices are indexed from it)',
    'country.populationInThousands':
      'the total for {{year}} is only {{total}} persons: population must be in persons, not thousands',
    'rate.mustBeRate': 'must be a rate from 0 to 1, found {{found}}',
    'rate.mustBeRatePercent':
      'must be a rate from 0 to 1, found {{found}}; rates and shares are fractions: write {{found}}% as {{fraction}}',
    'rate.mustBeAge': 'must be a whole-number age from 0 to 100, found {{found}}',
    'rate.forms':
      'must be a rate from 0 to 1, a list of 101 rates (ages 0 to 99 and 100+), or a list of [fromAge, toAge, rate] bands',
    'rate.emptyList':
      'is an empty list; give a rate from 0 to 1, a list of 101 rates (ages 0 to 99 and 100+), or a list of [fromAge, toAge, rate] bands',
    'rate.singleAges':
      'a list of rates by single age must have 101 numbers (ages 0 to 99 and 100+), found {{found}}',
    'rate.band': 'must be a band [fromAge, toAge, rate]',
    'rate.overlaps': 'overlaps band [{{other}}] at age {{age}}',
    'rate.sexFields': 'unknown field: a rate split by sex has only "female" and "male"',
  },
  fr: {
    'country.codeForm':
      'doit compter de 2 à 16 lettres, chiffres, "-" ou "_" (un code ISO3 comme "KEN")',
    'format.mustBeObject': 'doit être un objet JSON avec "format": "{{expected}}"',
    'format.required': 'est obligatoire : "{{expected}}"',
    'format.newer':
      '"{{format}}" est une version plus récente que celle que lit cette application ("{{expected}}") ; mettez SPF Costing Studio à jour',
    'format.wrong': 'doit être "{{expected}}" ; trouvé : {{found}}',
    'country.yearsConsecutive':
      'les années doivent se suivre : {{expected}} attendu ; trouvé : {{found}}',
    'country.oneRowPerYear':
      'doit avoir une ligne de 101 nombres par année ({{expected}}) ; trouvé : {{found}}',
    'country.oneValuePerYear':
      'doit avoir une valeur par année ({{expected}}) ; trouvé : {{found}}',
    'country.macroBaseYear':
      'doit inclure l’année de base {{baseYear}} (le PIB est reconstruit et les prix sont indexés à partir d’elle)',
    'country.populationInThousands':
      'le total pour {{year}} n’est que de {{total}} personnes : la population doit être en personnes, pas en milliers',
    'rate.mustBeRate': 'doit être un taux de 0 à 1 ; trouvé : {{found}}',
    'rate.mustBeRatePercent':
      'doit être un taux de 0 à 1 ; trouvé : {{found}} ; les taux et les parts sont des fractions : écrivez {{found}} % sous la forme {{fraction}}',
    'rate.mustBeAge': 'doit être un âge entier de 0 à 100 ; trouvé : {{found}}',
    'rate.forms':
      'doit être un taux de 0 à 1, une liste de 101 taux (âges 0 à 99 et 100+) ou une liste de tranches [fromAge, toAge, rate]',
    'rate.emptyList':
      'est une liste vide ; donnez un taux de 0 à 1, une liste de 101 taux (âges 0 à 99 et 100+) ou une liste de tranches [fromAge, toAge, rate]',
    'rate.singleAges':
      'une liste de taux par âge simple doit avoir 101 nombres (âges 0 à 99 et 100+) ; trouvé : {{found}}',
    'rate.band': 'doit être une tranche [fromAge, toAge, rate]',
    'rate.overlaps': 'chevauche la tranche [{{other}}] à l’âge {{age}}',
    'rate.sexFields':
      'champ inconnu : un taux par sexe n’a que "female" (femmes) et "male" (hommes)',
  },
  es: {
    'country.codeForm':
      'debe tener de 2 a 16 letras, dígitos, "-" o "_" (un código ISO3 como "KEN")',
    'format.mustBeObject': 'debe ser un objeto JSON con "format": "{{expected}}"',
    'format.required': 'es obligatorio: "{{expected}}"',
    'format.newer':
      '"{{format}}" es una versión más reciente que la que lee esta aplicación ("{{expected}}"); actualice SPF Costing Studio',
    'format.wrong': 'debe ser "{{expected}}"; se encontró {{found}}',
    'country.yearsConsecutive':
      'los años deben ser consecutivos: se esperaba {{expected}}; se encontró {{found}}',
    'country.oneRowPerYear':
      'debe tener una fila de 101 números por año ({{expected}}); se encontraron {{found}}',
    'country.oneValuePerYear':
      'debe tener un valor por año ({{expected}}); se encontraron {{found}}',
    'country.macroBaseYear':
      'debe incluir el año base {{baseYear}} (el PIB se reconstruye y los precios se indexan a partir de él)',
    'country.populationInThousands':
      'el total de {{year}} es de solo {{total}} personas: la población debe estar en personas, no en miles',
    'rate.mustBeRate': 'debe ser una tasa de 0 a 1; se encontró {{found}}',
    'rate.mustBeRatePercent':
      'debe ser una tasa de 0 a 1; se encontró {{found}}; las tasas y las proporciones son fracciones: escriba {{found}} % como {{fraction}}',
    'rate.mustBeAge': 'debe ser una edad entera de 0 a 100; se encontró {{found}}',
    'rate.forms':
      'debe ser una tasa de 0 a 1, una lista de 101 tasas (edades 0 a 99 y 100+) o una lista de tramos [fromAge, toAge, rate]',
    'rate.emptyList':
      'es una lista vacía; indique una tasa de 0 a 1, una lista de 101 tasas (edades 0 a 99 y 100+) o una lista de tramos [fromAge, toAge, rate]',
    'rate.singleAges':
      'una lista de tasas por edad simple debe tener 101 números (edades 0 a 99 y 100+); se encontraron {{found}}',
    'rate.band': 'debe ser un tramo [fromAge, toAge, rate]',
    'rate.overlaps': 'se superpone con el tramo [{{other}}] en la edad {{age}}',
    'rate.sexFields':
      'campo desconocido: una tasa por sexo solo tiene "female" (mujeres) y "male" (hombres)',
  },
} satisfies MessagePart;
