import { InputError } from '../../core/errors.js';
import { findExercises } from '../../core/exercises/index.js';
import type { Equipment, Pattern } from '../../core/plan/types.js';
import type { CliIo } from '../io.js';
import { EQUIPMENT } from '../plan-options.js';

const PATTERNS: readonly Pattern[] = [
  'squat',
  'hinge',
  'lunge',
  'push',
  'pull',
  'carry',
  'calf',
  'core',
  'mobility',
];

export function exercisesCommand(
  flags: { pattern?: string; equipment?: string; json?: boolean },
  io: CliIo,
): void {
  if (flags.pattern && !PATTERNS.includes(flags.pattern as Pattern))
    throw new InputError(
      `--pattern "${flags.pattern}": expected one of ${PATTERNS.join(', ')}`,
      'pattern',
    );
  if (flags.equipment && !EQUIPMENT.includes(flags.equipment as Equipment))
    throw new InputError(
      `--equipment "${flags.equipment}": expected one of ${EQUIPMENT.join(', ')}`,
      'equipment',
    );
  const list = findExercises({
    ...(flags.pattern && { pattern: flags.pattern as Pattern }),
    ...(flags.equipment && { equipment: flags.equipment as Equipment }),
  });
  if (flags.json) {
    io.out(`${JSON.stringify(list, null, 2)}\n`);
    return;
  }
  const lines: string[] = [];
  for (const pattern of PATTERNS) {
    const group = list.filter((e) => e.pattern === pattern);
    if (group.length === 0) continue;
    lines.push(`${pattern.toUpperCase()}`);
    for (const e of group) {
      lines.push(`  ${e.name} (${e.id}) — ${e.muscles.join(', ')}; ${e.equipment.join('/')}`);
      for (const cue of e.cues) lines.push(`      · ${cue}`);
    }
    lines.push('');
  }
  io.out(lines.length ? lines.join('\n') : 'No exercise matches those filters.\n');
}
