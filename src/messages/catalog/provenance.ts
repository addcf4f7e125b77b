import type { MessagePart } from '../types';

export const provenanceMessages = {
  en: {},
  fr: {},
  es: {},
} satisfies MessagePart;
