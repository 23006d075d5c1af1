// Fuel for one day: the core's targets for the sessions planned that day, for the athlete's
// latest logged weight, next to what they logged eating.
import { addDays } from '../core/dates/calendar.js';
import { type FuelTargets, fuelTargets } from '../core/fuel/index.js';
import { type Actor, authorize } from './access.js';
import { requireProfile } from './plan.js';
import type { IntakeEntry } from './ports.js';
import { bodyOf } from './profile.js';
import type { Services } from './services.js';

/** How far back a logged weight still stands for today's. */
const WEIGHT_LOOKBACK_DAYS = 90;

export interface DayFuelView extends FuelTargets {
  date: string;
  /** True when the plan has this day; false means fuel for a day without training. */
  planned: boolean;
  /** The weight the targets use: the latest logged one, or the profile's. */
  weightKg: number;
  intake?: Omit<IntakeEntry, 'athleteId' | 'date'>;
}

export async function fuelForDate(
  s: Services,
  actor: Actor | undefined,
  athleteId: string,
  date: string,
  heat = false,
): Promise<DayFuelView> {
  await authorize(s.store.coachLinks, actor, 'read', athleteId);
  const profile = await requireProfile(s, athleteId);
  const [day, weights, intake] = await Promise.all([
    s.store.calendar(athleteId, { from: date, to: date }).then((c) => c.planned[0]),
    s.store.bodyEntries.range(athleteId, { from: addDays(date, -WEIGHT_LOOKBACK_DAYS), to: date }),
    s.store.intakeEntries.get(athleteId, date),
  ]);
  const weightKg = weights.at(-1)?.weightKg ?? profile.weightKg;
  const targets = fuelTargets({
    body: bodyOf(profile, weightKg),
    focus: profile.focus,
    sessions: day?.sessions ?? [],
    heat,
  });
  return {
    date,
    planned: day !== undefined,
    weightKg,
    ...targets,
    ...(intake && {
      intake: {
        kcal: intake.kcal,
        ...(intake.proteinG !== undefined && { proteinG: intake.proteinG }),
      },
    }),
  };
}
