import type { MessagePart } from '../types';

/**
 * Words that messages use as parameters (`@term.list`): the kinds of value a field holds or was
 * found to hold, so that "must be a number, found a list" reads naturally in every language.
 */
export const termMessages = {
  en: {
    'term.number': 'a number',
    'term.int': 'a whole number',
    'term.text': 'text',
    'term.boolean': 'true or false',
    'term.list': 'a list',
    'term.object': 'an object',
    'term.null': 'null',
    'term.nothing': 'nothing',
    'term.none': 'none',
    'term.noYears': 'no years',
  },
  fr: {
    'term.number': 'un nombre',
    'term.int': 'un nombre entier',
    'term.text': 'du texte',
    'term.boolean': 'true ou false',
    'term.list': 'une liste',
    'term.object': 'un objet',
    'term.null': 'null',
    'term.nothing': 'rien',
    'term.none': 'aucune',
    'term.noYears': 'aucune année',
  },
  es: {
    'term.number': 'un número',
    'term.int': 'un número entero',
    'term.text': 'texto',
    'term.boolean': 'true o false',
    'term.list': 'una lista',
    'term.object': 'un objeto',
    'term.null': 'null',
    'term.nothing': 'nada',
    'term.none': 'ninguna',
    'term.noYears': 'ningún año',
  },
} satisfies MessagePart;
