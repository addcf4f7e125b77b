import { z } from 'zod';
import {
  countrySchema,
  coverageSchema,
  LIMITS,
  RAMP_FIELDS,
  rateSpecSchema,
  scenarioSchema,
  YEAR_KEY_PATTERN,
} from '#engine';

const rate = { type: 'number', minimum: 0, maximum: 1 };
const ageRate = {
  anyOf: [
    { ...rate, description: 'the same rate at every age' },
    {
      type: 'array',
      items: rate,
      minItems: 101,
      maxItems: 101,
      description: 'ages 0..99 and 100+',
    },
    {
      type: 'array',
      description:
        '[fromAge, toAge, rate] bands, both ages inclusive; ages outside every band have rate 0',
      items: {
        type: 'array',
        prefixItems: [
          { type: 'integer', minimum: 0, maximum: 100 },
          { type: 'integer', minimum: 0, maximum: 100 },
          rate,
        ],
        minItems: 3,
        maxItems: 3,
      },
    },
  ],
};

/** The JSON Schema of a rate by age, which zod only sees as a hand-checked value. */
const rateByAge = {
  description: 'A rate by age (fraction), optionally split by sex',
  anyOf: [
    ageRate,
    {
      type: 'object',
      properties: { female: ageRate, male: ageRate },
      required: ['female', 'male'],
      additionalProperties: false,
    },
  ],
};

/**
 * A benefit's coverage is one of two forms, which zod checks by hand (see coverage-schema.ts): the
 * phase-in (startYear and fullYear required) or byYear alone, its keys four-digit years. The two
 * forms are cut from the properties zod generated, so each field is described once.
 */
function coverageForms(js: Record<string, unknown>): void {
  const props = js.properties as Record<string, Record<string, unknown>>;
  const ramp = Object.fromEntries(RAMP_FIELDS.map((f) => [f, props[f]]));
  // The same objects, not copies: zod fills the fields' schemas in after this override runs.
  const byYear = props.byYear;
  const description = js.description;
  for (const key of Object.keys(js)) delete js[key];
  Object.assign(js, {
    description,
    oneOf: [
      {
        title: 'Linear phase-in',
        type: 'object',
        properties: ramp,
        required: ['startYear', 'fullYear'],
        additionalProperties: false,
      },
      {
        title: 'Year by year',
        type: 'object',
        properties: { byYear },
        required: ['byYear'],
        additionalProperties: false,
      },
    ],
  });
}

function generate(schema: z.ZodType, id: string): Record<string, unknown> {
  const js = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.zodSchema === rateSpecSchema) {
        for (const key of Object.keys(ctx.jsonSchema))
          delete (ctx.jsonSchema as Record<string, unknown>)[key];
        Object.assign(ctx.jsonSchema, rateByAge);
      }
      if (ctx.zodSchema === coverageSchema) coverageForms(ctx.jsonSchema);
    },
  });
  return { ...js, $id: id };
}

/** The keys of coverage.byYear are years, 1 to 101 of them: zod cannot write what is checked by hand. */
function yearKeys(scenario: Record<string, unknown>): void {
  type Node = Record<string, Record<string, unknown>>;
  const benefits = (scenario.properties as Node).benefits!;
  const coverage = ((benefits.items as Node).properties as Node).coverage!;
  const byYear = ((coverage.oneOf as Node[])[1]!.properties as Node).byYear!;
  byYear.propertyNames = { type: 'string', pattern: YEAR_KEY_PATTERN };
  byYear.minProperties = 1;
  byYear.maxProperties = LIMITS.coverageYears;
}

export function jsonSchemas(): Record<string, Record<string, unknown>> {
  const scenario = generate(
    scenarioSchema,
    'https://spf-costing-studio.org/schema/spf.scenario-1.schema.json',
  );
  yearKeys(scenario);
  const props = scenario.properties as Record<string, Record<string, unknown>>;
  props.country = {
    description: 'A code of a country the app knows (e.g. "XTA"), or a whole spf.country/1 object',
    anyOf: [{ type: 'string', minLength: 1 }, { $ref: 'spf.country-1.schema.json' }],
  };
  return {
    'spf.country-1.schema.json': generate(
      countrySchema,
      'https://spf-costing-studio.org/schema/spf.country-1.schema.json',
    ),
    'spf.scenario-1.schema.json': scenario,
  };
}
