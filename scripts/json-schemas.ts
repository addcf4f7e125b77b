import { z } from 'zod';
import { countrySchema, rateSpecSchema, scenarioSchema } from '#engine';

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
    },
  });
  return { ...js, $id: id };
}

export function jsonSchemas(): Record<string, Record<string, unknown>> {
  const scenario = generate(
    scenarioSchema,
    'https://spf-costing-studio.org/schema/spf.scenario-1.schema.json',
  );
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
