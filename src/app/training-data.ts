// The athlete's logs in the shapes the load and progress cores read. Plumbing only: which
// field goes where; every figure is computed in the core.
import {
  type DailyLoad,
  liftVolumeEntry,
  sessionLoad,
  type VolumeEntry,
} from '../core/load/index.js';
import type { Sex } from '../core/plan/types.js';
import type { DoneSession } from '../core/progress/index.js';
import type { LiftLog, RunLog } from './ports.js';

export interface Logs {
  runs: readonly RunLog[];
  lifts: readonly LiftLog[];
}

export function doneSessions({ runs, lifts }: Logs): DoneSession[] {
  return [
    ...runs.map(
      (r): DoneSession => ({
        id: r.id,
        date: r.date,
        kind: 'run',
        durationMin: r.durationMin,
        type: r.type,
      }),
    ),
    ...lifts.map(
      (l): DoneSession => ({
        id: l.id,
        date: l.date,
        kind: 'strength',
        durationMin: l.durationMin,
      }),
    ),
  ];
}

/** One load per logged session on the session-RPE scale; the core sums them per day. */
export function sessionLoads({ runs, lifts }: Logs, sex?: Sex): DailyLoad[] {
  return [
    ...runs.map((r) => ({
      date: r.date,
      load: sessionLoad({
        kind: 'run',
        type: r.type,
        durationMin: r.durationMin,
        ...(r.rpe !== undefined && { rpe: r.rpe }),
        ...(r.avgHr !== undefined && { avgHr: r.avgHr }),
        ...(sex !== undefined && { sex }),
      }).load,
    })),
    ...lifts.map((l) => ({
      date: l.date,
      load: sessionLoad({
        kind: 'strength',
        durationMin: l.durationMin,
        ...(l.rpe !== undefined && { rpe: l.rpe }),
      }).load,
    })),
  ];
}

export function doneVolumeEntries({ runs, lifts }: Logs): VolumeEntry[] {
  return [
    ...runs.map(
      (r): VolumeEntry => ({
        date: r.date,
        kind: 'run',
        durationMin: r.durationMin,
        distanceKm: r.distanceKm,
      }),
    ),
    ...lifts.map(liftVolumeEntry),
  ];
}
