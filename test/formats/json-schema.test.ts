import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../scripts/json-schemas';
import { fileBenefit, fileScenario, flatCountry } from '../helpers/fixtures';
import { readSharedJson } from '../helpers/shared-spec';

const schemaDir = new URL('../../docs/schema/', import.meta.url);
const published = (file: string) =>
  JSON.parse(readFileSync(new URL(file, schemaDir), 'utf8')) as object;

function validators() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  // The scenario schema refers to the country schema by its relative $id.
  const country = ajv.compile(published('spf.country-1.schema.json'));
  return { country, scenario: ajv.compile(published('spf.scenario-1.schema.json')) };
}

describe('published JSON Schemas (docs/schema)', () => {
  it('are up to date with the schemas the app validates with (npm run generate:schemas)', () => {
    for (const [file, schema] of Object.entries(jsonSchemas())) {
      expect(published(file), file).toEqual(JSON.parse(JSON.stringify(schema)));
    }
  });

  it('accept the worked example of the specification and the test fixtures', () => {
    const v = validators();
    const worked = readSharedJson('spec/examples/worked-example.scenario.json');
    expect(v.scenario(worked), JSON.stringify(v.scenario.errors)).toBe(true);
    expect(v.country(flatCountry()), JSON.stringify(v.country.errors)).toBe(true);
    expect(v.scenario(fileScenario([fileBenefit()])), JSON.stringify(v.scenario.errors)).toBe(true);
  });

  it('reject what the app rejects: a rate above 1, a bad kind, a row of 100 ages', () => {
    const v = validators();
    const badRate = flatCountry({ rates: { poverty: 1.5 } });
    expect(v.country(badRate)).toBe(false);
    const shortRow = flatCountry();
    (shortRow.population as { female: number[][] }).female[0] = new Array<number>(100).fill(1);
    expect(v.country(shortRow)).toBe(false);
    expect(v.scenario(fileScenario([fileBenefit({ kind: 'pension' })]))).toBe(false);
  });
});
