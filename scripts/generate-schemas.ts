/**
 * Writes the published JSON Schemas (docs/schema/) from the zod schemas the app validates with, so the
 * two cannot drift. `npm run generate:schemas`; a test fails when the files are out of date.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jsonSchemas } from './json-schemas';

const dir = fileURLToPath(new URL('../docs/schema/', import.meta.url));
mkdirSync(dir, { recursive: true });
for (const [file, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(`${dir}${file}`, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote docs/schema/${file}`);
}
