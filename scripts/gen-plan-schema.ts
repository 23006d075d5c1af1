// Writes docs/plan.schema.json from PlanSchema, so the published JSON Schema is never edited by
// hand. Run: node --import tsx scripts/gen-plan-schema.ts (a test fails when the file is stale).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { planJsonSchema } from '../src/core/plan/schema.js';

const target = fileURLToPath(new URL('../docs/plan.schema.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(planJsonSchema(), null, 2)}\n`);

// Format it the way `biome check .` expects, so CI's lint step accepts the generated file.
const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');
const formatted = spawnSync(process.execPath, [biome, 'format', '--write', target], {
  stdio: 'inherit',
});
if (formatted.status !== 0) process.exit(formatted.status ?? 1);
console.log(`wrote ${target}`);
