/**
 * Rewrites the tables of benefit kinds and financing options in docs/formats.md from the engine's
 * vocabulary. `npm run generate:docs`; a test fails when the file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { VOCABULARY_DOC, withVocabularyTables } from './vocabulary-docs';

const path = fileURLToPath(new URL(`../${VOCABULARY_DOC}`, import.meta.url));
writeFileSync(path, withVocabularyTables(readFileSync(path, 'utf8')));
console.log(`wrote the vocabulary tables of ${VOCABULARY_DOC}`);
