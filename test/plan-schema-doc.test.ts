// docs/plan.schema.json is generated (scripts/gen-plan-schema.ts); this fails when it is stale.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { planJsonSchema } from '../src/core/plan/schema.js';

it('docs/plan.schema.json is what PlanSchema generates (run scripts/gen-plan-schema.ts)', () => {
  const committed = JSON.parse(
    readFileSync(new URL('../docs/plan.schema.json', import.meta.url), 'utf8'),
  );
  expect(committed).toEqual(planJsonSchema());
});

it('the published schema pins the format version and the date shape', () => {
  const schema = planJsonSchema() as {
    properties: { version: { const: number }; race: { properties: { date: { format: string } } } };
  };
  expect(schema.properties.version.const).toBe(1);
  expect(schema.properties.race.properties.date.format).toBe('date');
});
