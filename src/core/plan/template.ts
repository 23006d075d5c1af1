// The typical week: which weekday holds the long run, the hard runs, the lifts and the rest.
// A small deterministic search over the runner's weekdays; the spacing rules are hard
// constraints here, the seed's sample week is the shape the scoring prefers.

import { WEEKDAYS } from '../dates/calendar.js';
import { STRENGTH_SESSIONS_PER_WEEK } from '../rules/rules.js';
import { fail, type PlanResult, succeed } from './result.js';
import type { Focus, PlanInput, StrengthFocus, Weekday } from './types.js';

export type RunSlot = 'long' | 'hardA' | 'hardB' | 'easy';

export interface TemplateDay {
  weekday: Weekday;
  available: boolean;
  rest: boolean;
  run?: RunSlot;
  strength?: Exclude<StrengthFocus, 'accessory'>;
  accessory?: boolean;
  mobility?: 'mobility-core' | 'stretch';
  /** Minutes the runner has that day (Infinity when not given). */
  minutes: number;
}

export interface WeekTemplate {
  days: TemplateDay[]; // index 0 = Monday
  hardCount: number;
  mainStrength: number;
  notes: string[];
}

/** Shortest main strength session; a day needs this much room to host one. */
const MAIN_STRENGTH_MIN = 25;
const ACCESSORY_MIN = 10;

const next = (d: number) => (d + 1) % 7;
const prev = (d: number) => (d + 6) % 7;
const circularGap = (a: number, b: number) => Math.min((a - b + 7) % 7, (b - a + 7) % 7);

function combinations(items: number[], k: number): number[][] {
  if (k === 0) return [[]];
  const out: number[][] = [];
  items.forEach((x, i) => {
    for (const rest of combinations(items.slice(i + 1), k - 1)) out.push([x, ...rest]);
  });
  return out;
}

function permutations(items: number[], k: number): number[][] {
  if (k === 0) return [[]];
  const out: number[][] = [];
  for (const x of items)
    for (const rest of permutations(
      items.filter((y) => y !== x),
      k - 1,
    ))
      out.push([x, ...rest]);
  return out;
}

export function strengthFoci(count: number): Exclude<StrengthFocus, 'accessory'>[] {
  if (count >= 3) return ['lower', 'upper', 'full'];
  if (count === 2) return ['lower', 'upper'];
  return count === 1 ? ['full'] : [];
}

export function wantsAccessory(focus: Focus): boolean {
  return focus !== 'endurance';
}

export function weekTemplate(input: PlanInput): PlanResult<WeekTemplate> {
  const avail = new Set(input.days.map((d) => WEEKDAYS.indexOf(d)));
  const L = WEEKDAYS.indexOf(input.longRunDay);
  const notes: string[] = [];
  if (avail.size === 0)
    return fail({
      rule: 'available-days',
      field: 'days',
      message: 'no training days given',
      fix: 'give at least one weekday, e.g. --days tue,thu,sat',
    });
  if (!avail.has(L))
    return fail({
      rule: 'long-run',
      field: 'long-run-day',
      message: `the long-run day ${input.longRunDay} is not one of your training days (${input.days.join(', ')})`,
      fix: `add ${input.longRunDay} to the days, or pick a long-run day among ${input.days.join(', ')}`,
    });
  const minutes = (d: number) => input.minutesPerDay?.[WEEKDAYS[d]!] ?? Number.POSITIVE_INFINITY;

  // A rest day: any day the runner cannot train; with all seven available, the day after the long run.
  const rest = new Set([0, 1, 2, 3, 4, 5, 6].filter((d) => !avail.has(d)));
  if (rest.size === 0) rest.add(next(L));
  const open = [0, 1, 2, 3, 4, 5, 6].filter((d) => !rest.has(d));
  const others = open.filter((d) => d !== L);

  // Hard runs: up to two, never on consecutive days, preferably away from the long run.
  let hard: number[] = [];
  for (let k = Math.min(2, others.length); k > 0 && hard.length === 0; k--) {
    let best = Number.NEGATIVE_INFINITY;
    for (const combo of combinations(others, k)) {
      if (combo.some((a) => combo.some((b) => a !== b && circularGap(a, b) < 2))) continue;
      let score = 0;
      for (const d of combo) {
        if (d === next(L)) score -= 3;
        if (d === prev(L)) score -= 2;
        score += Math.min(circularGap(d, L), 3);
      }
      if (k === 2) score += Math.min(circularGap(combo[0]!, combo[1]!), 3);
      if (score > best) {
        best = score;
        hard = combo;
      }
    }
  }
  const isHard = new Set(hard);
  const hardDay = (d: number) => isHard.has(d);

  // Main strength sessions: leg sessions never on the day before a hard run.
  const [minMain, maxMain] = STRENGTH_SESSIONS_PER_WEEK[input.focus];
  const canHostMain = open.filter((d) => minutes(d) >= MAIN_STRENGTH_MIN);
  let assignment: number[] = [];
  let foci: Exclude<StrengthFocus, 'accessory'>[] = [];
  for (
    let count = Math.min(maxMain, canHostMain.length);
    count >= minMain && assignment.length === 0;
    count--
  ) {
    foci = strengthFoci(count);
    let best = Number.NEGATIVE_INFINITY;
    for (const perm of permutations(canHostMain, count)) {
      let score = 0;
      let legal = true;
      perm.forEach((d, i) => {
        const f = foci[i]!;
        const legs = f !== 'upper';
        if (legs && hardDay(next(d))) legal = false;
        if (legs && d === hard[0]) score += 3;
        else if (legs && hardDay(d)) score += 2;
        if (!legs && !hardDay(d) && d !== L) score += 1;
        if (d === L) score -= legs ? 3 : 1;
        if (legs && next(d) === L) score -= 0.5;
        // Sessions on neighbouring days, each pair counted once.
        for (let j = i + 1; j < perm.length; j++) {
          if (circularGap(d, perm[j]!) !== 1) continue;
          score -= legs && foci[j] !== 'upper' ? 3 : 1;
        }
      });
      if (legal && score > best) {
        best = score;
        assignment = perm;
      }
    }
  }
  if (assignment.length === 0) {
    const need = minMain;
    return fail({
      rule: 'strength-count',
      field: 'days',
      message: `the ${input.focus} focus needs ${need} strength session${need > 1 ? 's' : ''} a week on separate days with room for ${MAIN_STRENGTH_MIN} minutes, and leg sessions away from the day before a hard run; ${input.days.join(', ')} cannot hold them`,
      fix:
        input.focus === 'endurance'
          ? 'add a training day or allow at least 25 minutes on one of them'
          : `add ${need - Math.min(need, canHostMain.length) || 1} training day(s), allow at least 25 minutes on more days, or choose --focus endurance`,
    });
  }
  if (assignment.length < maxMain)
    notes.push(
      `Your days hold ${assignment.length} main strength session${assignment.length > 1 ? 's' : ''} a week (the ${input.focus} focus allows up to ${maxMain}).`,
    );

  // Every field from the start, filled in below: days of one shape keep the generator's hot loops
  // on one code path.
  const days: TemplateDay[] = WEEKDAYS.map((weekday, d) => ({
    weekday,
    available: avail.has(d),
    rest: rest.has(d),
    run: undefined,
    strength: undefined,
    accessory: undefined,
    mobility: undefined,
    minutes: minutes(d),
  }));
  days[L]!.run = 'long';
  hard.forEach((d, i) => {
    days[d]!.run = i === 0 ? 'hardA' : 'hardB';
  });
  assignment.forEach((d, i) => {
    days[d]!.strength = foci[i];
  });
  for (const d of others) if (!days[d]!.run) days[d]!.run = 'easy';

  // The optional accessory session (calves, glutes) counts as leg work too.
  if (wantsAccessory(input.focus)) {
    const candidates = open.filter(
      (d) => !days[d]!.strength && !hardDay(next(d)) && minutes(d) >= ACCESSORY_MIN,
    );
    const score = (d: number) =>
      (d === hard[1] ? 3 : 0) + (hardDay(d) ? 1 : 0) + (d === L ? -2 : 0);
    const pick = [...candidates].sort((a, b) => score(b) - score(a) || a - b)[0];
    if (pick !== undefined) days[pick]!.accessory = true;
  }

  // Mobility and core on an available rest day (the seed's Wednesday), stretching on another.
  const restAvailable = [...rest].filter((d) => avail.has(d)).sort((a, b) => a - b);
  restAvailable.forEach((d, i) => {
    days[d]!.mobility = i === 0 ? 'mobility-core' : 'stretch';
  });
  if (hard.length < 2)
    notes.push(
      hard.length === 1
        ? 'With these days there is room for one hard run a week.'
        : 'With these days there is no room for a hard run; the plan builds on easy and long running.',
    );

  return succeed({ days, hardCount: hard.length, mainStrength: assignment.length, notes });
}
