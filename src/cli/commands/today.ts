// `runstrong today`: the plan day's sessions in order, with their structure and paces in the
// runner's units, the day's fuel and the morning's readiness, from the local store.
import { NotFoundError, UnprocessableError } from '../../app/errors.js';
import type { DayFuelView } from '../../app/fuel.js';
import { addDays, parseIsoDate } from '../../core/dates/calendar.js';
import { InputError } from '../../core/errors.js';
import { describeSession, formatDay, sessionTitle } from '../../core/plan/describe.js';
import type { PlanDay, Units } from '../../core/plan/types.js';
import type { Readiness } from '../../core/recovery/index.js';
import type { CliIo } from '../io.js';
import { localServices, NO_PLAN_HELP } from '../local-services.js';
import { type Env, withLocalAthlete } from '../local-store.js';

/** Check-ins read for readiness: the core looks back a few days at most. */
const READINESS_LOOKBACK_DAYS = 14;

export interface TodayView {
  date: string;
  units: Units;
  /** Absent when the plan does not cover the date. */
  day?: PlanDay;
  fuel: DayFuelView;
  readiness: Readiness;
}

function render(v: TodayView): string {
  const lines = [`${formatDay(v.date, true)}`];
  if (!v.day) lines.push('Outside the plan: no sessions planned.');
  else if (v.day.sessions.length === 0) lines.push('Rest day.');
  else if (v.day.rest) lines.push('Rest day (mobility only).');
  v.day?.sessions.forEach((session, i) => {
    lines.push('', `${i + 1}. ${sessionTitle(session, v.units)}`);
    for (const step of describeSession(session, v.units)) lines.push(`   - ${step}`);
    lines.push(`   Why: ${session.why}`);
  });
  const f = v.fuel;
  lines.push(
    '',
    `Fuel: ${f.targetKcal} kcal · ${f.proteinG} g protein · ${f.carbsG} g carbohydrate · ${f.fatG} g fat`,
  );
  const r = v.readiness;
  lines.push(
    r.score === undefined
      ? 'Readiness: no recent check-in (runstrong checkin …)'
      : `Readiness: ${r.score}/100 (${r.band}) from the check-in of ${r.date}`,
  );
  if (r.lagging && r.laggingReason) lines.push(`  ${r.laggingReason}`);
  return `${lines.join('\n')}\n`;
}

export async function todayCommand(
  flags: { date?: string; json?: boolean; athlete?: string },
  io: CliIo,
  env: Env = process.env,
): Promise<void> {
  const date = flags.date === undefined ? io.today() : parseIsoDate(flags.date, 'date');
  const [{ getPlan }, { fuelForDate }, { readiness }] = await Promise.all([
    import('../../app/plan.js'),
    import('../../app/fuel.js'),
    import('../../core/recovery/index.js'),
  ]);
  const view = await withLocalAthlete(env, flags.athlete, async (session) => {
    const { s, actor, athleteId } = await localServices(session);
    try {
      const [plan, fuel, profile, checkIns] = await Promise.all([
        getPlan(s, actor, athleteId),
        fuelForDate(s, actor, athleteId, date),
        s.store.profiles.get(athleteId),
        s.store.checkIns.range(athleteId, {
          from: addDays(date, -READINESS_LOOKBACK_DAYS),
          to: date,
        }),
      ]);
      const day = plan.weeks.flatMap((w) => w.days).find((d) => d.date === date);
      const view: TodayView = {
        date,
        units: profile?.units ?? 'km',
        ...(day && { day }),
        fuel,
        readiness: readiness(checkIns, date),
      };
      return view;
    } catch (error) {
      throw noPlanAsInput(error);
    }
  });
  io.out(flags.json ? `${JSON.stringify(view)}\n` : render(view));
}

/** A missing profile or plan is something the user can fix: say how, as bad input. */
export function noPlanAsInput(error: unknown): unknown {
  if (error instanceof NotFoundError || error instanceof UnprocessableError) {
    return new InputError(NO_PLAN_HELP, 'plan');
  }
  return error;
}
