// The week that adapts, wired in: after every write that can change the week (a check-in, a
// logged session, a new plan) the plan is made again from its stored input and adapted by the
// core (src/core/adapt) to the check-ins and logs, and the result becomes the current plan. So
// GET …/plan, the calendar and fuel all show the adapted week, and adapting never compounds:
// it always starts from the plan as generated. The moves and edits made since then are replayed
// on top (core/plan/changes.ts), so a coach's change outlasts the next check-in.
import { adaptPlan } from '../core/adapt/index.js';
import { addDays } from '../core/dates/calendar.js';
import { replayChanges } from '../core/plan/changes.js';
import { generatePlan } from '../core/plan/generate.js';
import type { Plan } from '../core/plan/types.js';
import { activityInputs } from './activity-data.js';
import { loadContext } from './load-context.js';
import type { Services } from './services.js';

/**
 * Data read before the plan's first day: the load ratio's 4-week chronic window and as much
 * again to know the history is that long; readiness and pain read the last days only.
 */
const LOOKBACK_DAYS = 56;

/**
 * Adapts the athlete's current plan to their data and stores it; returns it (undefined without a
 * plan). `generated` saves making the plan again when the caller has just made it.
 *
 * The adaptation is anchored to the data, never to the server's clock: asOf is the latest date
 * among the check-ins and logs that fall within the plan. A session logged ahead of time
 * therefore moves asOf ahead with it.
 */
export async function adaptToData(
  s: Services,
  athleteId: string,
  generated?: Plan,
): Promise<Plan | undefined> {
  const current = await s.store.plans.getCurrent(athleteId);
  if (!current) return undefined;
  let base = generated;
  if (!base) {
    const made = generatePlan(current.input);
    // The input made a plan once; should a newer generator refuse it, the stored plan stands.
    if (!made.ok) return current.plan;
    base = made.value;
  }
  const first = base.weeks[0]!.days[0]!.date;
  const last = base.weeks.at(-1)!.days.at(-1)!.date;
  const range = { from: addDays(first, -LOOKBACK_DAYS), to: last };
  // The moves and edits made since the plan was generated go on top of the adapted plan.
  const keep = async (adapted: Plan) => {
    const { plan } = replayChanges(adapted, current.changes ?? []);
    await s.store.plans.putCurrent({ ...current, plan, updatedAt: s.clock.now() });
    return plan;
  };
  const [checkIns, runLogs, liftLogs, activities] = await Promise.all([
    s.store.checkIns.range(athleteId, range),
    s.store.runLogs.range(athleteId, range),
    s.store.liftLogs.range(athleteId, range),
    s.store.activities.range(athleteId, range),
  ]);
  const dates = [...checkIns, ...runLogs, ...liftLogs, ...activities].map((r) => r.date);
  const asOf = dates.reduce<string | undefined>(
    (a, b) => (a === undefined || b > a ? b : a),
    undefined,
  );
  if (asOf === undefined) return keep(base);
  // Imported runs and rides count like logged ones: as done sessions and in the load ratio.
  const context = await loadContext(s.store, athleteId, asOf);
  const done = activityInputs({ lifts: liftLogs, activities }, context);
  return keep(adaptPlan(base, { checkIns, runLogs, liftLogs, activities: done }, asOf).plan);
}
