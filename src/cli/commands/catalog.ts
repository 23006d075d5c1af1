import { InputError } from '../../core/errors.js';
import { sessionTitle } from '../../core/plan/describe.js';
import { generatePlan } from '../../core/plan/generate.js';
import type { Experience, Focus, GoalDistance, Plan, PlanInput } from '../../core/plan/types.js';
import type { CliIo } from '../io.js';
import { DISTANCES, EXPERIENCES, FOCI } from '../plan-options.js';

/** Plan length we suggest by distance and level (weeks). */
const WEEKS: Record<GoalDistance, Record<Experience, number>> = {
  '5k': { beginner: 10, intermediate: 8, advanced: 8 },
  '10k': { beginner: 12, intermediate: 10, advanced: 10 },
  half: { beginner: 14, intermediate: 12, advanced: 12 },
  marathon: { beginner: 20, intermediate: 18, advanced: 16 },
};

const FOCUS_FOR: Record<Focus, string> = {
  endurance:
    'racing first: more running, 1–2 light strength sessions for durability, maintenance calories',
  balanced: 'both: moderate running, 2 strength sessions, a small surplus',
  muscle: 'muscle first: capped running, 2–3 heavier strength sessions, a 200–300 kcal surplus',
};

const LEVEL_FOR: Record<Experience, string> = {
  beginner: 'new to structured training: gentler volume, strides before tempo',
  intermediate: 'a few races done: the full mix of hills, intervals and tempo',
  advanced: 'years of training: higher volume and longer workouts',
};

const SAMPLE: Omit<PlanInput, 'distance' | 'focus' | 'experience' | 'weeks'> = {
  start: '2027-01-04',
  weeklyKm: 25,
  days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
  longRunDay: 'sat',
  body: { sex: 'female', ageYears: 32, heightCm: 168, weightKg: 62 },
  equipment: 'gym',
};

export interface CatalogEntry {
  distance: GoalDistance;
  focus: Focus;
  experience: Experience;
  weeks: number;
  forWhom: string;
  peakKm: number;
  typicalWeek: string[];
}

function typicalWeek(plan: Plan): string[] {
  const week = plan.weeks.find((w) => w.phase === 'build' && !w.lighter) ?? plan.weeks[0]!;
  // The sample runner is metric, like the rest of this overview.
  return week.days.map(
    (d) => `${d.weekday}: ${d.sessions.map((s) => sessionTitle(s, 'km')).join(' + ') || 'rest'}`,
  );
}

export function catalogEntries(only?: GoalDistance): CatalogEntry[] {
  const out: CatalogEntry[] = [];
  for (const distance of DISTANCES) {
    if (only && distance !== only) continue;
    for (const focus of FOCI)
      for (const experience of EXPERIENCES) {
        const weeks = WEEKS[distance][experience];
        const r = generatePlan({ ...SAMPLE, distance, focus, experience, weeks });
        if (!r.ok) continue;
        out.push({
          distance,
          focus,
          experience,
          weeks,
          forWhom: `${FOCUS_FOR[focus]}; ${LEVEL_FOR[experience]}`,
          peakKm: Math.max(...r.value.weeks.map((w) => w.runKm)),
          typicalWeek: typicalWeek(r.value),
        });
      }
  }
  return out;
}

export function catalogCommand(flags: { distance?: string; json?: boolean }, io: CliIo): void {
  if (flags.distance && !DISTANCES.includes(flags.distance as GoalDistance))
    throw new InputError(
      `--distance "${flags.distance}": expected one of ${DISTANCES.join(', ')}`,
      'distance',
    );
  const entries = catalogEntries(flags.distance as GoalDistance | undefined);
  if (flags.json) {
    io.out(`${JSON.stringify(entries, null, 2)}\n`);
    return;
  }
  const lines = [
    'runstrong plans: pick a distance, a focus and a level; every plan is then fitted to your days,',
    `volume and body (sample below: 25 km/week now, 6 days, long run on Saturday).`,
    '',
  ];
  for (const e of entries) {
    lines.push(
      `${e.distance} · ${e.focus} · ${e.experience} — ${e.weeks} weeks, peak ${e.peakKm} km/week`,
    );
    lines.push(`  for: ${e.forWhom}`);
    lines.push(`  typical week: ${e.typicalWeek.join(' | ')}`);
    lines.push(
      `  runstrong plan --distance ${e.distance} --focus ${e.focus} --experience ${e.experience} --weeks ${e.weeks} …`,
    );
    lines.push('');
  }
  io.out(lines.join('\n'));
}
