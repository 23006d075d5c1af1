// The athlete's logs in the shapes the load and progress cores read. Plumbing only: which
// field goes where; every figure is computed in the core.
import { liftVolumeEntry, type VolumeEntry } from '../core/load/index.js';
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
