import type { MessagePart } from '../types';

/** What zod finds wrong with the shape of a file (src/formats/zod-messages.ts). */
export const validationMessages = {
  en: {
    'validation.required': 'is required',
    'validation.wrongType': 'must be {{expected}}, found {{found}}',
    'validation.exactItems': 'must have exactly {{count}} items, found {{found}}',
    'validation.atLeastOneItem': 'must have at least 1 item, found {{found}}',
    'validation.atLeastItems': 'must have at least {{min}} items, found {{found}}',
    'validation.atMostItems': 'must have at most {{max}} items, found {{found}}',
    'validation.notEmpty': 'must not be empty',
    'validation.tooLong': 'must be at most {{max}} characters long',
    'validation.mustBeAtLeast': 'must be >= {{min}}, found {{found}}',
    'validation.mustBeAbove': 'must be > {{min}}, found {{found}}',
    'validation.mustBeAtMost': 'must be <= {{max}}, found {{found}}',
    'validation.mustBeBelow': 'must be < {{max}}, found {{found}}',
    'validation.mustBeAtMostPercent':
      'must be <= {{max}}, found {{found}}; rates and shares are fractions: write {{found}}% as {{fraction}}',
    'validation.mustEqual': 'must be {{expected}}, found {{found}}',
    'validation.oneOf': 'must be one of {{options}}, found {{found}}',
    'validation.oneOfMeant':
      'must be one of {{options}}, found {{found}}; did you mean "{{meant}}"?',
    'validation.wrongForm': 'has the wrong form, found {{found}}',
    'validation.unknownFieldMeant': 'unknown field; did you mean "{{meant}}"?',
    'validation.unknownFieldIgnored': 'unknown field, ignored',
  },
  fr: {
    'validation.required': 'est obligatoire',
    'validation.wrongType': 'doit être {{expected}} ; trouvé : {{found}}',
    'validation.exactItems': 'doit avoir exactement {{count}} éléments ; trouvé : {{found}}',
    'validation.atLeastOneItem': 'doit avoir au moins 1 élément ; trouvé : {{found}}',
    'validation.atLeastItems': 'doit avoir au moins {{min}} éléments ; trouvé : {{found}}',
    'validation.atMostItems': 'doit avoir au plus {{max}} éléments ; trouvé : {{found}}',
    'validation.notEmpty': 'ne doit pas être vide',
    'validation.tooLong': 'doit avoir au plus {{max}} caractères',
    'validation.mustBeAtLeast': 'doit être >= {{min}} ; trouvé : {{found}}',
    'validation.mustBeAbove': 'doit être > {{min}} ; trouvé : {{found}}',
    'validation.mustBeAtMost': 'doit être <= {{max}} ; trouvé : {{found}}',
    'validation.mustBeBelow': 'doit être < {{max}} ; trouvé : {{found}}',
    'validation.mustBeAtMostPercent':
      'doit être <= {{max}} ; trouvé : {{found}} ; les taux et les parts sont des fractions : écrivez {{found}} % sous la forme {{fraction}}',
    'validation.mustEqual': 'doit être {{expected}} ; trouvé : {{found}}',
    'validation.oneOf': 'doit être l’une des valeurs {{options}} ; trouvé : {{found}}',
    'validation.oneOfMeant':
      'doit être l’une des valeurs {{options}} ; trouvé : {{found}} ; vouliez-vous dire « {{meant}} » ?',
    'validation.wrongForm': 'n’a pas la bonne forme ; trouvé : {{found}}',
    'validation.unknownFieldMeant': 'champ inconnu ; vouliez-vous dire « {{meant}} » ?',
    'validation.unknownFieldIgnored': 'champ inconnu, ignoré',
  },
  es: {
    'validation.required': 'es obligatorio',
    'validation.wrongType': 'debe ser {{expected}}; se encontró {{found}}',
    'validation.exactItems': 'debe tener exactamente {{count}} elementos; se encontraron {{found}}',
    'validation.atLeastOneItem': 'debe tener al menos 1 elemento; se encontraron {{found}}',
    'validation.atLeastItems': 'debe tener al menos {{min}} elementos; se encontraron {{found}}',
    'validation.atMostItems': 'debe tener como máximo {{max}} elementos; se encontraron {{found}}',
    'validation.notEmpty': 'no debe estar vacío',
    'validation.tooLong': 'debe tener como máximo {{max}} caracteres',
    'validation.mustBeAtLeast': 'debe ser >= {{min}}; se encontró {{found}}',
    'validation.mustBeAbove': 'debe ser > {{min}}; se encontró {{found}}',
    'validation.mustBeAtMost': 'debe ser <= {{max}}; se encontró {{found}}',
    'validation.mustBeBelow': 'debe ser < {{max}}; se encontró {{found}}',
    'validation.mustBeAtMostPercent':
      'debe ser <= {{max}}; se encontró {{found}}; las tasas y las proporciones son fracciones: escriba {{found}} % como {{fraction}}',
    'validation.mustEqual': 'debe ser {{expected}}; se encontró {{found}}',
    'validation.oneOf': 'debe ser uno de {{options}}; se encontró {{found}}',
    'validation.oneOfMeant':
      'debe ser uno de {{options}}; se encontró {{found}}; ¿quiso decir «{{meant}}»?',
    'validation.wrongForm': 'no tiene la forma correcta; se encontró {{found}}',
    'validation.unknownFieldMeant': 'campo desconocido; ¿quiso decir «{{meant}}»?',
    'validation.unknownFieldIgnored': 'campo desconocido, ignorado',
  },
} satisfies MessagePart;
