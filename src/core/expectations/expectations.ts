import { InputError } from '../errors.js';
import { assertBody } from '../fuel/body.js';
import { roundTo } from '../fuel/round.js';
import type { Body, Expectation, Focus } from '../plan/types.js';
import { kgToLb } from '../units/conversions.js';

/** Seed: legs change visibly after 8–12 weeks of lifting alongside running. */
const VISIBLE_LEGS_WEEKS: readonly [number, number] = [8, 12];
/** Seed: about 1–2 kg of lean mass in the first 3–4 months; 3 months ≈ 13 weeks. */
const LEAN_MASS_FROM_WEEKS = 13;
/** Lean gain phase: 0.25–0.5 % of body weight a week (Iraki 2019), fraction per week. */
const GAIN_PER_WEEK: readonly [number, number] = [0.0025, 0.005];
/** Balanced focus runs a smaller surplus (see fuel/basis.ts): the lower half of that band. */
const BALANCED_GAIN_PER_WEEK_MAX = 0.0025;
const MAX_WEEKS = 52;

type MassUnit = 'kg' | 'lb';

/** A mass in the runner's unit, with the unit: '0.18 kg', '0.4 lb'. */
function mass(valueKg: number, stepKg: number, unit: MassUnit): string {
  return unit === 'kg'
    ? `${roundTo(valueKg, stepKg)} kg`
    : `${roundTo(kgToLb(valueKg), stepKg * 2)} lb`;
}

function massRange(lowKg: number, highKg: number, stepKg: number, unit: MassUnit): string {
  const [lo, hi] = [mass(lowKg, stepKg, unit), mass(highKg, stepKg, unit)];
  return `${lo.split(' ')[0]}–${hi}`;
}

/** The seed's 1–2 kg of lean mass, in the runner's unit. */
const LEAN_MASS_RANGE: Readonly<Record<MassUnit, string>> = { kg: '1–2 kg', lb: '2–4 lb' };

function weightExpectation(
  focus: Focus,
  weeks: number,
  weightKg: number,
  unit: MassUnit,
): Expectation {
  const horizon = 'each week';
  if (focus === 'endurance') {
    return { horizon, text: 'Body weight stays about level: food is set to match the training.' };
  }
  if (focus === 'balanced') {
    const perWeekKg = weightKg * BALANCED_GAIN_PER_WEEK_MAX;
    return {
      horizon,
      text: `Body weight creeps up, at most about ${mass(perWeekKg, 0.01, unit)} a week (0.25 % of ${mass(weightKg, 0.1, unit)}), so up to ${mass(perWeekKg * weeks, 0.1, unit)} over ${weeks} weeks; the small surplus keeps race weight close.`,
    };
  }
  const [lowKg, highKg] = GAIN_PER_WEEK.map((fraction) => weightKg * fraction) as [number, number];
  return {
    horizon,
    text: `Body weight up about ${massRange(lowKg, highKg, 0.01, unit)} a week (0.25–0.5 % of ${mass(weightKg, 0.1, unit)}), roughly ${massRange(lowKg * weeks, highKg * weeks, 0.1, unit)} over ${weeks} weeks. Faster than that adds mostly fat; flat for several weeks means the surplus is too small.`,
  };
}

function legsExpectation(focus: Focus, weeks: number): Expectation {
  if (focus === 'endurance') {
    return {
      horizon: `weeks 1–${weeks}`,
      text: 'The light lifting builds durability, not size: legs that keep their form late in long runs and take the mileage. Little visible change is expected.',
    };
  }
  const [from, to] = VISIBLE_LEGS_WEEKS;
  if (weeks >= to) {
    return {
      horizon: `weeks ${from}–${to}`,
      text: 'Quads, hamstrings, calves and glutes look and feel firmer if the lifting stays regular; glutes tend to answer first when hills and lunges are in the plan.',
    };
  }
  if (weeks >= from) {
    return {
      horizon: `by week ${weeks}`,
      text: `The first visible change in the legs may show by the end of the plan; it usually takes ${from}–${to} weeks of regular lifting.`,
    };
  }
  return {
    horizon: `weeks 1–${weeks}`,
    text: `Too short for visible change in the legs (that usually takes ${from}–${to} weeks); strength and power on hills come first.`,
  };
}

function leanMassExpectation(focus: Focus, weeks: number, unit: MassUnit): Expectation | undefined {
  if (focus === 'endurance') return undefined;
  const pace =
    focus === 'balanced'
      ? ' Expect the lower end: more running and a smaller surplus slow the gain.'
      : '';
  if (weeks >= LEAN_MASS_FROM_WEEKS) {
    return {
      horizon: 'first 3–4 months',
      text: `About ${LEAN_MASS_RANGE[unit]} of lean mass, when food, sleep and the mix of running and lifting hold up.${pace}`,
    };
  }
  return {
    horizon: `by week ${weeks}`,
    text: `Some lean mass, but less than the ${LEAN_MASS_RANGE[unit]} that 3–4 months of steady training usually bring.${pace}`,
  };
}

function upperExpectation(upperEmphasis: boolean, weeks: number): Expectation {
  return {
    horizon: `weeks 1–${weeks}`,
    text: upperEmphasis
      ? 'With pressing and pulling trained on purpose, shoulders, back and arms gain definition more than size.'
      : 'The upper body changes little: its work is there for balance and arm drive, not growth.',
  };
}

/** What the runner can honestly expect from this plan, limited to what fits its length. */
export function expectations(input: {
  focus: Focus;
  weeks: number;
  upperEmphasis: boolean;
  body: Body;
  /** Unit for the masses in the sentences; the default is kg. */
  massUnit?: MassUnit;
}): Expectation[] {
  const { focus, weeks, body } = input;
  const unit = input.massUnit ?? 'kg';
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_WEEKS) {
    throw new InputError(`weeks ${weeks}: expected a whole number from 1 to ${MAX_WEEKS}`, 'weeks');
  }
  assertBody(body);
  const leanMass = leanMassExpectation(focus, weeks, unit);
  return [
    {
      horizon: 'each week',
      text: 'Lifts climb a little most weeks: 2–5 % more load or 1–2 more reps. A flat week during heavy running is normal.',
    },
    weightExpectation(focus, weeks, body.weightKg, unit),
    legsExpectation(focus, weeks),
    ...(leanMass ? [leanMass] : []),
    upperExpectation(input.upperEmphasis, weeks),
  ];
}
