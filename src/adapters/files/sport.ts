// Sport names written as free text: GPX <type> ("running", "trail_running", "Road Biking") and
// the TCX Sport attribute ("Running", "Biking", "Other").
import type { ActivitySport } from '../../core/activity/types.js';

/** Words (lower case, as split on anything but letters) that name each sport. */
const SPORT_WORDS: ReadonlyArray<readonly [ActivitySport, readonly string[]]> = [
  ['strength', ['strength', 'weight', 'weights', 'gym']],
  ['run', ['run', 'running', 'jog', 'jogging', 'treadmill']],
  ['ride', ['ride', 'riding', 'bike', 'biking', 'cycling', 'cycle', 'mtb', 'ebike']],
  ['swim', ['swim', 'swimming']],
  ['walk', ['walk', 'walking']],
  ['hike', ['hike', 'hiking', 'mountaineering']],
  ['row', ['row', 'rowing']],
];

/** Our sport for a file's sport name; 'other' when absent or not recognised. */
export function sportFromName(name: string | undefined): ActivitySport {
  if (name === undefined) return 'other';
  const words = new Set(name.toLowerCase().split(/[^a-z]+/));
  for (const [sport, names] of SPORT_WORDS) {
    if (names.some((w) => words.has(w))) return sport;
  }
  return 'other';
}

/** Sports whose cadence files count one foot: doubled to steps per minute (the Sample's unit). */
export const ONE_FOOT_CADENCE_SPORTS: ReadonlySet<ActivitySport> = new Set(['run', 'walk', 'hike']);
