import { parseIsoDate } from '../../core/dates/calendar.js';
import { InputError } from '../../core/errors.js';
import { fuelTargets } from '../../core/fuel/index.js';
import { sessionTitle } from '../../core/plan/describe.js';
import { parsePlan } from '../../core/plan/schema.js';
import type { Session } from '../../core/plan/types.js';
import { formatMass } from '../../core/units/index.js';
import { readJsonFile } from '../files.js';
import type { CliIo } from '../io.js';
import { type ProfileOptions, toBody, toFocus, unitsOf } from '../plan-options.js';
import { mergeProfile } from './plan.js';

interface FuelFlags extends ProfileOptions {
  profile?: string;
  plan?: string;
  date?: string;
  json?: boolean;
}

export function fuelCommand(flags: FuelFlags, io: CliIo): void {
  const options = mergeProfile(io, flags);
  const units = unitsOf(options);
  let sessions: Session[] = [];
  let dayLabel = 'a rest day';
  if (flags.date && !flags.plan)
    throw new InputError('--date needs --plan FILE (a plan in JSON)', 'date');
  if (flags.plan) {
    const plan = parsePlan(readJsonFile(io, flags.plan, 'plan'));
    const date = flags.date ? parseIsoDate(flags.date, 'date') : plan.input.start;
    const day = plan.weeks.flatMap((w) => w.days).find((d) => d.date === date);
    if (!day)
      throw new InputError(
        `--date ${date}: not a day of the plan (${plan.input.start} to ${plan.race.date})`,
        'date',
      );
    sessions = day.sessions;
    dayLabel = `${day.weekday} ${day.date}: ${sessions.map((s) => sessionTitle(s, units)).join(' + ') || 'rest'}`;
  }
  const body = toBody(options);
  const t = fuelTargets({ body, focus: toFocus(options), sessions, heat: !!options.heat });
  if (flags.json) {
    io.out(`${JSON.stringify(t)}\n`);
    return;
  }
  const massUnit = units === 'mi' ? 'lb' : 'kg';
  const lines = [
    `Fuel for ${dayLabel} (${t.dayType} day), body ${formatMass(body.weightKg, massUnit)}`,
    `  Energy        ${t.targetKcal} kcal   (resting ${t.bmrKcal}, maintenance ${t.maintenanceKcal})`,
    `  Protein       ${t.proteinG} g over ${t.meals} meals (about ${Math.round(t.proteinG / t.meals)} g each)`,
    `  Carbohydrate  ${t.carbsG} g`,
    `  Fat           ${t.fatG} g`,
    `  Water         ${t.waterL} L${t.electrolytes ? ' with electrolytes' : ''}`,
    '',
    'Timing',
    ...t.timing.map((x) => `  - ${x}`),
    '',
    'Meal ideas',
    ...t.mealIdeas.map((x) => `  - ${x}`),
  ];
  io.out(`${lines.join('\n')}\n`);
}
