import { parsePlan } from '../../core/plan/schema.js';
import { RULES } from '../../core/rules/rules.js';
import { validatePlan } from '../../core/rules/validate.js';
import { readJsonFile } from '../files.js';
import type { CliIo } from '../io.js';
import { CliExit } from '../main.js';

export function checkCommand(file: string, flags: { json?: boolean }, io: CliIo): void {
  const plan = parsePlan(readJsonFile(io, file, 'plan'));
  const violations = validatePlan(plan);
  if (flags.json) io.out(`${JSON.stringify({ valid: violations.length === 0, violations })}\n`);
  else if (violations.length === 0)
    io.out(`${file}: valid — every rule holds (${Object.keys(RULES).length} rules checked)\n`);
  else {
    io.out(`${file}: ${violations.length} violation${violations.length === 1 ? '' : 's'}\n`);
    for (const v of violations) {
      const where = [v.week !== undefined ? `week ${v.week}` : '', v.date ?? '']
        .filter(Boolean)
        .join(', ');
      io.out(`  ${where || 'plan'}: [${v.rule}] ${RULES[v.rule].title}: ${v.message}\n`);
    }
  }
  if (violations.length > 0) throw new CliExit(1);
}
