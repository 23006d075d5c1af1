// `runstrong plan … --save`: the answers become the local athlete's stored profile and the plan
// their current one, through the same use cases as PUT …/profile and POST …/plan, so `today`,
// `week`, the server and the adaptation all see it.
import type { PlanInput, Units } from '../../core/plan/types.js';
import type { CliIo } from '../io.js';
import { localServices } from '../local-services.js';
import { type Env, withLocalAthlete } from '../local-store.js';

export async function savePlan(
  input: PlanInput,
  units: Units,
  flags: { athlete?: string },
  io: CliIo,
  env: Env = process.env,
): Promise<void> {
  const [{ putProfile }, { createPlan }] = await Promise.all([
    import('../../app/profile.js'),
    import('../../app/plan.js'),
  ]);
  const { body } = input;
  const saved = await withLocalAthlete(env, flags.athlete, async (session) => {
    const { s, actor, athleteId } = await localServices(session);
    await putProfile(s, actor, athleteId, {
      sex: body.sex,
      age: body.ageYears,
      heightCm: body.heightCm,
      weightKg: body.weightKg,
      ...(body.bodyFatPct !== undefined && { bodyFatPct: body.bodyFatPct }),
      focus: input.focus,
      days: input.days,
      longRunDay: input.longRunDay,
      weeklyKm: input.weeklyKm,
      experience: input.experience,
      equipment: input.equipment,
      units,
      ...(input.recent !== undefined && { recent: input.recent }),
    });
    await createPlan(s, actor, athleteId, {
      distance: input.distance,
      start: input.start,
      ...(input.weeks !== undefined && { weeks: input.weeks }),
      ...(input.raceDate !== undefined && { raceDate: input.raceDate }),
      ...(input.minutesPerDay !== undefined && { minutesPerDay: input.minutesPerDay }),
      ...(input.upperEmphasis !== undefined && { upperEmphasis: input.upperEmphasis }),
      ...(input.heat !== undefined && { heat: input.heat }),
    });
    return { name: session.athlete.name, database: session.database };
  });
  io.err(`Saved as the current plan of ${saved.name} (${saved.database}); see runstrong today\n`);
}
