// Daily training load from the logs, for the acute:chronic ratio. Each session counts on the
// session-RPE scale of src/core/load (RPE × minutes, or the type stand-in when no RPE was given).
import type { DailyLoad } from '../load/daily-load.js';
import { sessionLoad } from '../load/session-load.js';
import type { RunType } from '../plan/types.js';

export interface RunLogInput {
  date: string;
  type: RunType;
  durationMin: number;
  rpe?: number;
}

export interface LiftLoadInput {
  date: string;
  durationMin: number;
  rpe?: number;
}

/** An imported activity; kind 'run' and 'strength' count as such, anything else as cross-training. */
export interface ActivityInput {
  date: string;
  kind: string;
  durationMin: number;
  /** Session load when the import already worked it out. */
  load?: number;
}

export function loggedDailyLoads(
  runs: readonly RunLogInput[],
  lifts: readonly LiftLoadInput[],
  activities: readonly ActivityInput[],
): DailyLoad[] {
  const rpe = (x: { rpe?: number }) => (x.rpe === undefined ? {} : { rpe: x.rpe });
  return [
    ...runs.map((r) => ({
      date: r.date,
      load: sessionLoad({ kind: 'run', type: r.type, durationMin: r.durationMin, ...rpe(r) }).load,
    })),
    ...lifts.map((l) => ({
      date: l.date,
      load: sessionLoad({ kind: 'strength', durationMin: l.durationMin, ...rpe(l) }).load,
    })),
    ...activities.map((a) => ({
      date: a.date,
      load:
        a.load ??
        sessionLoad({
          kind: a.kind === 'run' || a.kind === 'strength' ? a.kind : 'cross',
          durationMin: a.durationMin,
        }).load,
    })),
  ];
}
