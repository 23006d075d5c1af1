// What the adaptation changed and why: one line per change for the athlete and coach, and the
// sentences that become the summary of each week it touched.
import type { PlanWeek } from '../plan/types.js';

export type ChangeKind = 'lighter-week' | 'pain' | 'missed' | 'rebalance';

export interface Change {
  /** The day changed, or the first day of the week changed. */
  date: string;
  kind: ChangeKind;
  what: string;
  why: string;
}

/** Sentences for the summaries of changed weeks, by week position. */
export type WeekNotes = Map<number, string[]>;

export function addNote(notes: WeekNotes, pos: number, sentence: string): void {
  notes.set(pos, [...(notes.get(pos) ?? []), sentence]);
}

/**
 * A changed week's summary: its kind, then what changed. The generator's summary is replaced
 * rather than added to, because its running time and session count no longer hold.
 */
export function changedSummary(week: PlanWeek, raceWeek: boolean, notes: readonly string[]) {
  const head = raceWeek
    ? 'Race week'
    : `${week.phase[0]!.toUpperCase()}${week.phase.slice(1)}${week.lighter ? ', lighter week' : ''}`;
  return `${head}: ${notes.join(' ')}`;
}
