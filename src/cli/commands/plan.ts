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
  format: 'text' | 'json' | 'md' | 'ics';
  out?: string;
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
  const options = mergeProfile(io, flags);
  const units = unitsOf(options);
  const result = generatePlan(toPlanInput(options, addDays(io.today(), 1)));
  if (!result.ok) {
    const { error } = result;
    io.err(`runstrong: no plan: ${error.message}\n  rule: ${error.rule}\n  fix: ${error.fix}\n`);
    throw new CliExit(EXIT_BAD_INPUT);
  }
  const plan = result.value;
  const text = await render(plan, flags.format, units);
  if (flags.out) {
    io.writeText(flags.out, text);
    io.err(`Wrote ${flags.format} plan to ${flags.out}\n`);
  } else io.out(text);
  // Notes go to stderr so stdout stays pure JSON or calendar data when asked for it.
  if (flags.format !== 'text' || flags.out)
    for (const note of plan.notes) io.err(`note: ${note}\n`);
}

async function render(plan: Plan, format: PlanFlags['format'], units: Units): Promise<string> {
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
