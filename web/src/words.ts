// Names the screens show for the plan's codes, in one place.
import type { Phase, RunType, SessionSummary, Weekday } from '../../src/core/plan/types.js';

export const WEEKDAY_OPTIONS: readonly { value: Weekday; label: string; short: string }[] = [
  { value: 'mon', label: 'Monday', short: 'Mon' },
  { value: 'tue', label: 'Tuesday', short: 'Tue' },
  { value: 'wed', label: 'Wednesday', short: 'Wed' },
  { value: 'thu', label: 'Thursday', short: 'Thu' },
  { value: 'fri', label: 'Friday', short: 'Fri' },
  { value: 'sat', label: 'Saturday', short: 'Sat' },
  { value: 'sun', label: 'Sunday', short: 'Sun' },
];

/** Race distances for a recent result (value as the API's race parser reads it) and goals. */
export const DISTANCE_OPTIONS: readonly {
  value: string;
  label: string;
  metres: number;
  goal?: true;
}[] = [
  { value: 'mile', label: 'Mile', metres: 1609.344 },
  { value: '3k', label: '3K', metres: 3000 },
  { value: '5k', label: '5K', metres: 5000, goal: true },
  { value: '10k', label: '10K', metres: 10000, goal: true },
  { value: 'half', label: 'Half marathon', metres: 21097.5, goal: true },
  { value: 'marathon', label: 'Marathon', metres: 42195, goal: true },
];

export const PHASE_NAMES: Record<Phase, string> = {
  base: 'Base',
  build: 'Build',
  peak: 'Peak',
  taper: 'Taper',
};

export const RUN_TYPE_NAMES: Record<RunType, string> = {
  easy: 'Easy run',
  recovery: 'Recovery run',
  long: 'Long run',
  tempo: 'Tempo run',
  intervals: 'Intervals',
  hills: 'Hill sprints',
  strides: 'Easy run + strides',
  'race-pace': 'Race pace run',
  race: 'Race',
};

/** The colour family a session is drawn in: easy running, hard running, lifting, mobility. */
export type KindClass =
  | 'kind-easy'
  | 'kind-hard'
  | 'kind-strength'
  | 'kind-mobility'
  | 'kind-cross';

/** A planned session, in full or in brief. */
export function kindClass(session: Pick<SessionSummary, 'kind' | 'hard'>): KindClass {
  switch (session.kind) {
    case 'run':
      return session.hard ? 'kind-hard' : 'kind-easy';
    case 'strength':
      return 'kind-strength';
    case 'mobility':
      return 'kind-mobility';
    case 'cross':
      return 'kind-cross';
  }
}

export const KIND_LEGEND: readonly { className: KindClass; label: string }[] = [
  { className: 'kind-easy', label: 'Easy running' },
  { className: 'kind-hard', label: 'Hard running' },
  { className: 'kind-strength', label: 'Strength' },
  { className: 'kind-mobility', label: 'Mobility' },
  { className: 'kind-cross', label: 'Cross-training' },
];
