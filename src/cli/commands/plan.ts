import { join } from 'node:path';
import { addDays } from '../../core/dates/calendar.js';
import { InputError } from '../../core/errors.js';
import { generatePlan } from '../../core/plan/generate.js';
import type { Plan, Units } from '../../core/plan/types.js';
import { readJsonFile } from '../files.js';
import type { CliIo } from '../io.js';
import { CliExit, EXIT_BAD_INPUT } from '../main.js';
import { type ProfileOptions, toPlanInput, unitsOf } from '../plan-options.js';
import { renderPlanText } from '../render/text.js';

export interface PlanFlags extends ProfileOptions {
  profile?: string;
  format: 'text' | 'json' | 'md' | 'ics' | 'fit';
  out?: string;
  /** Also store the profile and plan for the local athlete (or --athlete). */
  save?: boolean;
  athlete?: string;
}

/** Profile values first, flags on top. */
export function mergeProfile(
  io: CliIo,
  flags: ProfileOptions & { profile?: string },
): ProfileOptions {
  if (!flags.profile) return flags;
  const profile = readJsonFile(io, flags.profile, 'profile');
  if (typeof profile !== 'object' || profile === null || Array.isArray(profile))
    throw new InputError(`profile ${flags.profile}: expected a JSON object of answers`, 'profile');
  const defined = Object.fromEntries(Object.entries(flags).filter(([, v]) => v !== undefined));
  return { ...(profile as ProfileOptions), ...defined };
}

export async function planCommand(flags: PlanFlags, io: CliIo): Promise<void> {
  const { format, out } = flags;
  // Checked before the plan is made, so the mistake shows at once.
  if (format === 'fit' && !out)
    throw new InputError(
      '--format fit writes one file per run into a folder: --out DIR is required for fit',
      'out',
    );
  const options = mergeProfile(io, flags);
  const units = unitsOf(options);
  const input = toPlanInput(options, addDays(io.today(), 1));
  const result = generatePlan(input);
  if (!result.ok) {
    const { error } = result;
    io.err(`runstrong: no plan: ${error.message}\n  rule: ${error.rule}\n  fix: ${error.fix}\n`);
    throw new CliExit(EXIT_BAD_INPUT);
  }
  const plan = result.value;
  if (flags.save) await (await import('./save-plan.js')).savePlan(input, units, flags, io);
  if (format === 'fit') await writeWorkoutFiles(plan, out!, io);
  else await writePlan(plan, format, out, units, io);
  // Notes go to stderr so stdout stays pure JSON or calendar data when asked for it.
  if (format !== 'text' || out) for (const note of plan.notes) io.err(`note: ${note}\n`);
}

async function writeWorkoutFiles(plan: Plan, dir: string, io: CliIo): Promise<void> {
  const { planWorkoutFiles } = await import('../../adapters/files/fit/plan-workout-files.js');
  const files = planWorkoutFiles(plan);
  for (const file of files) {
    const path = join(dir, file.name);
    try {
      io.writeBytes(path, file.bytes);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'unknown error';
      throw new InputError(`--out ${dir}: cannot write ${path} (${code}); give a folder`, 'out');
    }
  }
  io.err(`Wrote ${files.length} FIT workout file${files.length === 1 ? '' : 's'} to ${dir}\n`);
}

type TextFormat = Exclude<PlanFlags['format'], 'fit'>;

async function writePlan(
  plan: Plan,
  format: TextFormat,
  out: string | undefined,
  units: Units,
  io: CliIo,
): Promise<void> {
  const text = await render(plan, format, units);
  if (out) {
    io.writeText(out, text);
    io.err(`Wrote ${format} plan to ${out}\n`);
  } else io.out(text);
}

async function render(plan: Plan, format: TextFormat, units: Units): Promise<string> {
  switch (format) {
    case 'json':
      return `${JSON.stringify(plan, null, 2)}\n`;
    case 'md':
      return (await import('../../adapters/export/markdown.js')).renderPlanMarkdown(plan, units);
    case 'ics':
      return (await import('../../adapters/export/ics.js')).renderPlanIcs(plan, units);
    default:
      return renderPlanText(plan, units);
  }
}
