// The published format docs are checked against the code: the JSON Schema is generated
// (scripts/gen-plan-schema.ts) and the example must be a real day of the sample plan.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parsePlan, planJsonSchema } from '../src/core/plan/schema.js';

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

it('the example in docs/plan-format.md is a real day of the sample plan', () => {
  const doc = readFileSync(new URL('../docs/plan-format.md', import.meta.url), 'utf8');
  const example = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(doc)![1]!);
  const sample = parsePlan(
    JSON.parse(readFileSync(new URL('./fixtures/sample-plan.json', import.meta.url), 'utf8')),
  );
  const day = structuredClone(sample.weeks[0]!.days[1]!);
  const lift = day.sessions[1]!;
  if (lift.kind !== 'strength') throw new Error('fixture changed: expected a lift second');
  lift.exercises = lift.exercises.slice(0, 1); // the doc shows one exercise of four
  expect(example).toEqual(day);
});
