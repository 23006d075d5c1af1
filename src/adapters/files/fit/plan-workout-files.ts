// Every run of a plan as a FIT workout file, named by day and run type; the CLI writes them
// to a folder and the API offers them as a download.
import type { Plan } from '../../../core/plan/types.js';
import { encodeWorkoutFit } from './encode-workout.js';

export interface WorkoutFile {
  /** YYYY-MM-DD-<run type>.fit, with -2, -3… when a day holds more than one run of a type. */
  name: string;
  bytes: Uint8Array;
}

/**
 * time_created is the run's day at midnight UTC, plus a second for each earlier run that day:
 * no two files of a plan share a file_id, and the same plan always gives the same bytes.
 */
function timeCreated(date: string, runOfDay: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + runOfDay * 1000).toISOString();
}

export function planWorkoutFiles(plan: Plan): WorkoutFile[] {
  const files: WorkoutFile[] = [];
  const taken = new Set<string>();
  for (const week of plan.weeks) {
    for (const day of week.days) {
      let runOfDay = 0;
      for (const session of day.sessions) {
        if (session.kind !== 'run') continue;
        const stem = `${day.date}-${session.type}`;
        let name = `${stem}.fit`;
        for (let n = 2; taken.has(name); n++) name = `${stem}-${n}.fit`;
        taken.add(name);
        const bytes = encodeWorkoutFit(session, {
          // The date first: the watch lists workouts by name, and a plan has dozens.
          name: `${day.date} ${session.title}`,
          timeCreated: timeCreated(day.date, runOfDay++),
        });
        files.push({ name, bytes });
      }
    }
  }
  return files;
}
