import type { MessagePart } from '../types';

/** Problems in a scenario file beyond its shape (src/formats/read-scenario.ts) and in JSON text. */
export const scenarioMessages = {
  en: {
    'scenario.idForm': 'must be 1 to 40 letters, digits, ".", "-" or "_"',
    'scenario.assumptionForm':
      'must be a number, or a list of numbers for the years after the base year',
    'scenario.countryForm': 'must be a country code such as "XTA", or a whole spf.country/1 object',
    'scenario.yearsForm': 'must be [firstYear, lastYear], e.g. [2025, 2040]',
    'scenario.crisisKind': 'must be "topUp", "transfer" or "extension"',
    'scenario.atLeastFromAge': 'must be >= fromAge {{fromAge}}',
    'scenario.atLeastStartYear': 'must be >= startYear {{startYear}}',
    'scenario.fixedAmountRequired':
      'is required when basis is "fixed" (LCU per month at base-year prices)',
    'scenario.fixedShareMustBeOne':
      'must be 1 or left out when basis is "fixed": put the whole amount in "amount"',
    'scenario.amountOnlyFixed':
      'is only used with basis "fixed"; with basis "{{basis}}" give "share" instead',
    'scenario.healthMonths':
      'must be 12 (or left out): essential health care is in kind and costed per year',
    'scenario.formulaOnlyCustom': 'is only allowed for benefits of kind "custom"',
    'scenario.formulaNeedsPart': 'must give "eligible", "perBeneficiary" or both',
    'scenario.nonWageCostOnly':
      'is only used by unemployment / employment guarantee and custom benefits',
    'scenario.assumptionRange': 'must be > {{min}} and <= {{max}}, found {{found}}',
    'scenario.atLeastFirstYear': 'must be >= the first year {{firstYear}}',
    'scenario.benefitIdUsed': '"{{id}}" is already used by benefits[{{first}}]',
    'scenario.crisisIdUsed': '"{{id}}" is already used by crisis[{{first}}]',
    'scenario.notABenefit':
      '"{{benefit}}" is not a benefit of this scenario (its benefits: {{ids}})',
    'scenario.topUpShareOrAmount': 'give either "share" or "amountPerMonth" for a top-up, not both',
    'scenario.coverageBothForms':
      'give either byYear (take-up rates by year) or the phase-in ({{fields}}), not both',
    'scenario.coverageYearKey': 'must be a year from {{min}} to {{max}}, written "2030"',
    'json.empty': 'the file is empty',
    'json.tooDeep': 'nested more than {{limit}} levels deep',
    'json.invalid': 'not valid JSON',
    'json.invalidAt': 'not valid JSON at line {{line}}, column {{column}}: {{what}}',
    'json.syntax.unexpectedCharacter': 'unexpected character',
    'json.syntax.badNumber': 'a number is written wrongly',
    'json.syntax.nameExpected': 'a field name in double quotes was expected',
    'json.syntax.valueExpected': 'a value was expected (text must be in double quotes)',
    'json.syntax.colonExpected': 'a ":" was expected',
    'json.syntax.commaExpected': 'a "," was expected',
    'json.syntax.closeBraceExpected': 'a closing "}" was expected',
    'json.syntax.closeBracketExpected': 'a closing "]" was expected',
    'json.syntax.endExpected': 'the file should end here',
    'json.syntax.noComments': 'comments are not allowed in JSON',
    'json.syntax.unclosedText': 'a text is not closed with a double quote',
    'json.syntax.numberCut': 'a number is cut short',
    'json.syntax.badUnicode': 'invalid unicode escape',
    'json.syntax.badEscape': 'invalid escape character',
    'json.syntax.badCharacter': 'invalid character in text',
    'json.syntax.other': 'syntax error',
  },
  fr: {
    'scenario.idForm': 'doit compter de 1 à 40 lettres, chiffres, ".", "-" ou "_"',
    'scenario.assumptionForm':
      'doit être un nombre, ou une liste de nombres pour les années après l’année de base',
    'scenario.countryForm':
      'doit être un code de pays comme "XTA", ou un objet spf.country/1 complet',
    'scenario.yearsForm': 'doit être [firstYear, lastYear], par exemple [2025, 2040]',
    'scenario.crisisKind': 'doit être "topUp", "transfer" ou "extension"',
    'scenario.atLeastFromAge': 'doit être >= fromAge {{fromAge}}',
    'scenario.atLeastStartYear': 'doit être >= startYear {{startYear}}',
    'scenario.fixedAmountRequired':
      'est obligatoire quand basis vaut "fixed" (UML par mois aux prix de l’année de base)',
    'scenario.fixedShareMustBeOne':
      'doit valoir 1 ou être omis quand basis vaut "fixed" : mettez tout le montant dans "amount"',
    'scenario.amountOnlyFixed':
      'ne sert qu’avec basis "fixed" ; avec basis "{{basis}}", donnez plutôt "share"',
    'scenario.healthMonths':
      'doit valoir 12 (ou être omis) : les soins de santé essentiels sont en nature et chiffrés par an',
    'scenario.formulaOnlyCustom': 'n’est permis que pour les prestations de type "custom"',
    'scenario.formulaNeedsPart': 'doit donner "eligible", "perBeneficiary" ou les deux',
    'scenario.nonWageCostOnly':
      'ne sert qu’aux prestations de chômage / garantie d’emploi et aux prestations personnalisées',
    'scenario.assumptionRange': 'doit être > {{min}} et <= {{max}} ; trouvé : {{found}}',
    'scenario.atLeastFirstYear': 'doit être >= la première année {{firstYear}}',
    'scenario.benefitIdUsed': '"{{id}}" est déjà utilisé par benefits[{{first}}]',
    'scenario.crisisIdUsed': '"{{id}}" est déjà utilisé par crisis[{{first}}]',
    'scenario.notABenefit':
      '"{{benefit}}" n’est pas une prestation de ce scénario (ses prestations : {{ids}})',
    'scenario.topUpShareOrAmount':
      'donnez soit "share", soit "amountPerMonth" pour un complément, pas les deux',
    'scenario.coverageBothForms':
      'donnez soit byYear (taux de recours par année), soit la montée en charge ({{fields}}), pas les deux',
    'scenario.coverageYearKey': 'doit être une année de {{min}} à {{max}}, écrite "2030"',
    'json.empty': 'le fichier est vide',
    'json.tooDeep': 'imbriqué sur plus de {{limit}} niveaux',
    'json.invalid': 'JSON non valide',
    'json.invalidAt': 'JSON non valide à la ligne {{line}}, colonne {{column}} : {{what}}',
    'json.syntax.unexpectedCharacter': 'caractère inattendu',
    'json.syntax.badNumber': 'un nombre est mal écrit',
    'json.syntax.nameExpected': 'un nom de champ entre guillemets doubles était attendu',
    'json.syntax.valueExpected':
      'une valeur était attendue (le texte doit être entre guillemets doubles)',
    'json.syntax.colonExpected': 'un « : » était attendu',
    'json.syntax.commaExpected': 'une « , » était attendue',
    'json.syntax.closeBraceExpected': 'une « } » fermante était attendue',
    'json.syntax.closeBracketExpected': 'un « ] » fermant était attendu',
    'json.syntax.endExpected': 'le fichier devrait se terminer ici',
    'json.syntax.noComments': 'les commentaires ne sont pas permis en JSON',
    'json.syntax.unclosedText': 'un texte n’est pas fermé par un guillemet double',
    'json.syntax.numberCut': 'un nombre est tronqué',
    'json.syntax.badUnicode': 'échappement unicode non valide',
    'json.syntax.badEscape': 'caractère d’échappement non valide',
    'json.syntax.badCharacter': 'caractère non valide dans un texte',
    'json.syntax.other': 'erreur de syntaxe',
  },
  es: {
    'scenario.idForm': 'debe tener de 1 a 40 letras, dígitos, ".", "-" o "_"',
    'scenario.assumptionForm':
      'debe ser un número, o una lista de números para los años posteriores al año base',
    'scenario.countryForm':
      'debe ser un código de país como "XTA", o un objeto spf.country/1 completo',
    'scenario.yearsForm': 'debe ser [firstYear, lastYear], por ejemplo [2025, 2040]',
    'scenario.crisisKind': 'debe ser "topUp", "transfer" o "extension"',
    'scenario.atLeastFromAge': 'debe ser >= fromAge {{fromAge}}',
    'scenario.atLeastStartYear': 'debe ser >= startYear {{startYear}}',
    'scenario.fixedAmountRequired':
      'es obligatorio cuando basis es "fixed" (UML por mes a precios del año base)',
    'scenario.fixedShareMustBeOne':
      'debe ser 1 u omitirse cuando basis es "fixed": ponga todo el monto en "amount"',
    'scenario.amountOnlyFixed':
      'solo se usa con basis "fixed"; con basis "{{basis}}" indique "share" en su lugar',
    'scenario.healthMonths':
      'debe ser 12 (u omitirse): la atención de salud esencial es en especie y se costea por año',
    'scenario.formulaOnlyCustom': 'solo se permite en prestaciones de tipo "custom"',
    'scenario.formulaNeedsPart': 'debe indicar "eligible", "perBeneficiary" o ambos',
    'scenario.nonWageCostOnly':
      'solo lo usan las prestaciones de desempleo / garantía de empleo y las personalizadas',
    'scenario.assumptionRange': 'debe ser > {{min}} y <= {{max}}; se encontró {{found}}',
    'scenario.atLeastFirstYear': 'debe ser >= el primer año {{firstYear}}',
    'scenario.benefitIdUsed': '"{{id}}" ya lo usa benefits[{{first}}]',
    'scenario.crisisIdUsed': '"{{id}}" ya lo usa crisis[{{first}}]',
    'scenario.notABenefit':
      '"{{benefit}}" no es una prestación de este escenario (sus prestaciones: {{ids}})',
    'scenario.topUpShareOrAmount':
      'indique "share" o "amountPerMonth" para un complemento, no ambos',
    'scenario.coverageBothForms':
      'indique byYear (tasas de aceptación por año) o la gradualidad ({{fields}}), no ambos',
    'scenario.coverageYearKey': 'debe ser un año de {{min}} a {{max}}, escrito "2030"',
    'json.empty': 'el archivo está vacío',
    'json.tooDeep': 'anidado en más de {{limit}} niveles',
    'json.invalid': 'JSON no válido',
    'json.invalidAt': 'JSON no válido en la línea {{line}}, columna {{column}}: {{what}}',
    'json.syntax.unexpectedCharacter': 'carácter inesperado',
    'json.syntax.badNumber': 'un número está mal escrito',
    'json.syntax.nameExpected': 'se esperaba un nombre de campo entre comillas dobles',
    'json.syntax.valueExpected': 'se esperaba un valor (el texto debe ir entre comillas dobles)',
    'json.syntax.colonExpected': 'se esperaba «:»',
    'json.syntax.commaExpected': 'se esperaba «,»',
    'json.syntax.closeBraceExpected': 'se esperaba una «}» de cierre',
    'json.syntax.closeBracketExpected': 'se esperaba un «]» de cierre',
    'json.syntax.endExpected': 'el archivo debería terminar aquí',
    'json.syntax.noComments': 'no se permiten comentarios en JSON',
    'json.syntax.unclosedText': 'un texto no se cierra con comillas dobles',
    'json.syntax.numberCut': 'un número está cortado',
    'json.syntax.badUnicode': 'secuencia de escape unicode no válida',
    'json.syntax.badEscape': 'carácter de escape no válido',
    'json.syntax.badCharacter': 'carácter no válido en un texto',
    'json.syntax.other': 'error de sintaxis',
  },
} satisfies MessagePart;
