import type { MessagePart } from '../types';

/** Why a custom benefit formula cannot be used (src/expressions). */
export const expressionMessages = {
  en: {
    'expr.notAvailable': '"{{name}}" is not available in formulas',
    'expr.valueNotAllowed': '"{{value}}" is not allowed: use numbers and the listed names',
    'expr.operatorNotAllowed': 'the operator "{{op}}" is not allowed',
    'expr.namedFunctionsOnly': 'only named functions can be called',
    'expr.unknownFunction': 'unknown function "{{name}}"; functions you can use: {{functions}}',
    'expr.unknownName': 'unknown name "{{name}}"; names you can use: {{names}}',
    'expr.noFunctionDefinitions': 'defining functions is not allowed',
    'expr.noAssignments': 'assignments are not allowed',
    'expr.oneExpression': 'a formula is one expression: no ";" or line breaks between statements',
    'expr.noObjects': 'property access and objects are not allowed',
    'expr.noLists': 'lists and ranges are not allowed',
    'expr.chainedComparison':
      'chained comparisons such as "a < b < c" are not allowed: write "a < b and b < c"',
    'expr.nodeNotAllowed': '"{{node}}" is not allowed',
    'expr.empty': 'is empty',
    'expr.tooLong': 'is longer than {{max}} characters',
    'expr.tooDeep': 'nests brackets deeper than {{max}} levels',
    'expr.unreadable': 'cannot be read: {{detail}}',
    'expr.argumentCount':
      '{{fn}}() takes {{min}} or {{max}} arguments (see its description), found {{found}}',
    'expr.ageArgument': '{{fn}}(): {{which}} must be a whole number from 0 to 100, found {{found}}',
    'expr.sexArgument': '{{fn}}(): sex must be "all", "female" or "male", found {{found}}',
    'expr.rateArgument': '{{fn}}(): the rate must be one of {{rates}}, found {{found}}',
    'expr.agesReversed': '{{fn}}(): toAge {{toAge}} is below fromAge {{fromAge}}',
  },
  fr: {
    'expr.notAvailable': '"{{name}}" n’est pas disponible dans les formules',
    'expr.valueNotAllowed':
      '"{{value}}" n’est pas permis : utilisez des nombres et les noms de la liste',
    'expr.operatorNotAllowed': 'l’opérateur "{{op}}" n’est pas permis',
    'expr.namedFunctionsOnly': 'seules les fonctions nommées peuvent être appelées',
    'expr.unknownFunction': 'fonction inconnue "{{name}}" ; fonctions utilisables : {{functions}}',
    'expr.unknownName': 'nom inconnu "{{name}}" ; noms utilisables : {{names}}',
    'expr.noFunctionDefinitions': 'définir des fonctions n’est pas permis',
    'expr.noAssignments': 'les affectations ne sont pas permises',
    'expr.oneExpression':
      'une formule est une seule expression : pas de ";" ni de retour à la ligne entre des instructions',
    'expr.noObjects': 'l’accès aux propriétés et les objets ne sont pas permis',
    'expr.noLists': 'les listes et les intervalles ne sont pas permis',
    'expr.chainedComparison':
      'les comparaisons enchaînées comme "a < b < c" ne sont pas permises : écrivez "a < b and b < c"',
    'expr.nodeNotAllowed': '"{{node}}" n’est pas permis',
    'expr.empty': 'est vide',
    'expr.tooLong': 'dépasse {{max}} caractères',
    'expr.tooDeep': 'imbrique des parenthèses sur plus de {{max}} niveaux',
    'expr.unreadable': 'ne peut pas être lue : {{detail}}',
    'expr.argumentCount':
      '{{fn}}() prend {{min}} ou {{max}} arguments (voir sa description) ; trouvé : {{found}}',
    'expr.ageArgument':
      '{{fn}}() : {{which}} doit être un nombre entier de 0 à 100 ; trouvé : {{found}}',
    'expr.sexArgument':
      '{{fn}}() : le sexe doit être "all", "female" ou "male" ; trouvé : {{found}}',
    'expr.rateArgument': '{{fn}}() : le taux doit être l’un de {{rates}} ; trouvé : {{found}}',
    'expr.agesReversed': '{{fn}}() : toAge {{toAge}} est inférieur à fromAge {{fromAge}}',
  },
  es: {
    'expr.notAvailable': '"{{name}}" no está disponible en las fórmulas',
    'expr.valueNotAllowed': '"{{value}}" no está permitido: use números y los nombres de la lista',
    'expr.operatorNotAllowed': 'el operador "{{op}}" no está permitido',
    'expr.namedFunctionsOnly': 'solo se pueden llamar funciones con nombre',
    'expr.unknownFunction':
      'función desconocida "{{name}}"; funciones que puede usar: {{functions}}',
    'expr.unknownName': 'nombre desconocido "{{name}}"; nombres que puede usar: {{names}}',
    'expr.noFunctionDefinitions': 'no se permite definir funciones',
    'expr.noAssignments': 'no se permiten asignaciones',
    'expr.oneExpression':
      'una fórmula es una sola expresión: sin ";" ni saltos de línea entre instrucciones',
    'expr.noObjects': 'no se permiten el acceso a propiedades ni los objetos',
    'expr.noLists': 'no se permiten listas ni rangos',
    'expr.chainedComparison':
      'no se permiten comparaciones encadenadas como "a < b < c": escriba "a < b and b < c"',
    'expr.nodeNotAllowed': '"{{node}}" no está permitido',
    'expr.empty': 'está vacía',
    'expr.tooLong': 'tiene más de {{max}} caracteres',
    'expr.tooDeep': 'anida paréntesis en más de {{max}} niveles',
    'expr.unreadable': 'no se puede leer: {{detail}}',
    'expr.argumentCount':
      '{{fn}}() admite {{min}} o {{max}} argumentos (vea su descripción); se encontraron {{found}}',
    'expr.ageArgument':
      '{{fn}}(): {{which}} debe ser un número entero de 0 a 100; se encontró {{found}}',
    'expr.sexArgument':
      '{{fn}}(): el sexo debe ser "all", "female" o "male"; se encontró {{found}}',
    'expr.rateArgument': '{{fn}}(): la tasa debe ser una de {{rates}}; se encontró {{found}}',
    'expr.agesReversed': '{{fn}}(): toAge {{toAge}} es menor que fromAge {{fromAge}}',
  },
} satisfies MessagePart;
