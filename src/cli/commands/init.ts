import { InputError } from '../../core/errors.js';
import type { CliIo } from '../io.js';
import { CliExit, EXIT_BAD_INPUT } from '../main.js';
import { type ProfileOptions, toPlanInput } from '../plan-options.js';

interface Question {
  key: keyof ProfileOptions;
  ask: string;
  fallback?: string;
  /** Skip the question (e.g. weeks once a race date is given). */
  skip?: (p: ProfileOptions) => boolean;
}

const QUESTIONS: Question[] = [
  { key: 'units', ask: 'Units, km or mi', fallback: 'km' },
  { key: 'distance', ask: 'Goal race: 5k, 10k, half or marathon', fallback: '10k' },
  { key: 'raceDate', ask: 'Race date (YYYY-MM-DD), or leave empty for a plan by weeks' },
  { key: 'weeks', ask: 'Plan length in weeks (8–20)', fallback: '12', skip: (p) => !!p.raceDate },
  { key: 'focus', ask: 'Focus: endurance, balanced or muscle', fallback: 'balanced' },
  {
    key: 'days',
    ask: 'Days you can train (e.g. mon,tue,thu,sat)',
    fallback: 'mon,tue,thu,fri,sat,sun',
  },
  { key: 'longRunDay', ask: 'Long-run day', fallback: 'sat' },
  { key: 'weeklyKm', ask: 'Running you do now per week (in your units)' },
  { key: 'recent', ask: 'A recent race or time trial (e.g. 5k=24:30), or empty' },
  {
    key: 'experience',
    ask: 'Experience: beginner, intermediate or advanced',
    fallback: 'intermediate',
  },
  { key: 'sex', ask: 'Sex, for energy needs: male or female' },
  { key: 'age', ask: 'Age in years' },
  { key: 'height', ask: 'Height (178cm, 5ft10in; a bare number is cm)' },
  { key: 'weight', ask: 'Weight (72kg, 160lb; a bare number is kg)' },
  { key: 'equipment', ask: 'Equipment: gym, home (dumbbells) or bodyweight', fallback: 'gym' },
];

/** Asks each question, checks the answer with the same parser the plan uses, asks again on error. */
export async function initCommand(flags: { out: string }, io: CliIo): Promise<void> {
  const profile: ProfileOptions = {};
  for (const q of QUESTIONS) {
    if (q.skip?.(profile)) continue;
    for (let attempt = 0; ; attempt++) {
      const answer =
        (await io.ask(`${q.ask}${q.fallback ? ` [${q.fallback}]` : ''}: `)).trim() ||
        q.fallback ||
        '';
      if (answer) (profile as Record<string, unknown>)[q.key] = answer;
      else delete (profile as Record<string, unknown>)[q.key];
      const problem = checkSoFar(profile, q.key);
      if (!problem) break;
      io.err(`  ${problem}\n`);
      if (attempt >= 4) throw new CliExit(EXIT_BAD_INPUT);
    }
  }
  // The volume was asked in the runner's units; the profile names the unit it holds.
  if (profile.units === 'mi' && profile.weeklyKm !== undefined) {
    profile.weeklyMi = profile.weeklyKm;
    delete profile.weeklyKm;
  }
  const upper = (await io.ask('Extra upper-body work (press and pull)? y/N: '))
    .trim()
    .toLowerCase();
  if (upper.startsWith('y')) profile.upperEmphasis = true;
  io.writeText(flags.out, `${JSON.stringify(profile, null, 2)}\n`);
  io.out(`Saved ${flags.out}. Next: runstrong plan --profile ${flags.out}\n`);
}

/** Runs the full parser with placeholders for what is not asked yet; reports only this answer's error. */
function checkSoFar(profile: ProfileOptions, key: keyof ProfileOptions): string | undefined {
  const placeholders: ProfileOptions = {
    distance: '10k',
    weeklyKm: '20',
    sex: 'female',
    age: '30',
    height: '170',
    weight: '65',
  };
  try {
    toPlanInput({ ...placeholders, ...profile }, '2027-01-01');
    return undefined;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    const flag = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    return e.field === flag || e.field === key ? e.message : undefined;
  }
}
