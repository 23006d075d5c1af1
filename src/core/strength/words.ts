// Titles and the "why" of strength sessions: what the session builds, then what this week asks.
// The generator may add a sentence about where the session sits in the week.
import type { StrengthFocus } from '../plan/types.js';
import { STRENGTH_RULES } from './rules.js';

export type WeekKind = 'normal' | 'lighter' | 'taper';

const TITLES: Record<StrengthFocus, { heavy: string; light: string }> = {
  lower: { heavy: 'Lower body — strength', light: 'Lower body — durability' },
  upper: { heavy: 'Upper body push/pull', light: 'Upper body push/pull — light' },
  full: { heavy: 'Full body — strength', light: 'Full body — light and brisk' },
  accessory: { heavy: 'Calves & glutes', light: 'Calves & glutes' },
};

export function strengthTitle(focus: StrengthFocus, heavy: boolean, week: WeekKind): string {
  const base = TITLES[focus][heavy ? 'heavy' : 'light'];
  return week === 'normal' ? base : `${base} (${week === 'taper' ? 'taper' : 'lighter week'})`;
}

// Names that start with a proper adjective keep their capital inside a sentence.
const PROPER = /^(Romanian|Bulgarian|Pallof|Copenhagen|World's)\b/;
export const inSentence = (name: string) =>
  PROPER.test(name) ? name : name[0]!.toLowerCase() + name.slice(1);
const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** The lifts a sentence names: "a", "a and b", "a, b and c". */
function listOf(names: readonly string[]): string {
  const parts = names.map(inSentence);
  return parts.length < 2
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

type Content = (lifts: readonly string[]) => string;

// Two wordings per kind of session, chosen by variant, each naming the session's own lifts.
const CONTENT: Record<StrengthFocus, { heavy: Content[]; light: Content[] }> = {
  lower: {
    heavy: [
      (l) =>
        `${capital(listOf(l.slice(0, 3)))} load the quads, glutes and hamstrings in the low rep range that adds muscle; stronger legs mean more push up hills and a stride that holds late in a race.`,
      (l) =>
        `Running alone barely grows the thighs and glutes, so heavy ${listOf(l.slice(0, 2))} do that job here, paying off as extra drive on climbs and in the final kilometres.`,
    ],
    light: [
      (l) =>
        `${capital(listOf(l.slice(0, 3)))} at moderate loads toughen the muscles and tendons that take every landing, so your mileage is easier to absorb.`,
      (l) =>
        `Squat, hinge and single-leg work (${listOf(l.slice(0, 2))}) keeps hips and knees steady when running fatigue sets in, without leaving the legs sore.`,
    ],
  },
  upper: {
    heavy: [
      (l) =>
        `${capital(listOf(l.slice(0, 2)))} give the chest, back and shoulders the pressing and pulling they need to grow, which running never supplies.`,
      (l) =>
        `The upper body only grows with dedicated press and pull work like ${listOf(l.slice(0, 2))}; a strong back also keeps your posture and arm drive tidy when you tire.`,
    ],
    light: [
      (l) =>
        `Light pressing and pulling (${listOf(l.slice(0, 2))}) balance the shoulders and upper back, helping you run tall with a relaxed arm swing.`,
      (l) =>
        `${capital(listOf(l.slice(0, 2)))} keep the upper body strong enough to hold posture and drive the arms when the legs are tired.`,
    ],
  },
  full: {
    heavy: [
      (l) =>
        `${capital(listOf(l.slice(0, 3)))} train legs and upper body in one sitting, enough load on each to keep adding muscle from head to toe.`,
      (l) =>
        `One efficient session for growth everywhere: ${listOf(l.slice(0, 2))} lead, with a pull and a hinge to keep front and back in balance.`,
    ],
    light: [
      (l) =>
        `A brisk upper-plus-lower combo (${listOf(l.slice(0, 3))}) with light weights and a quicker tempo keeps the whole body durable without draining the legs.`,
      (l) =>
        `Moving steadily through ${listOf(l.slice(0, 2))} and friends at light loads builds all-round resilience and a little work capacity, not fatigue.`,
    ],
  },
  accessory: {
    heavy: [
      () =>
        'Calf and soleus raises stiffen the ankle spring that returns energy with each stride, and glute bridges keep the hips level.',
      () =>
        'The calves and soleus absorb a large share of every landing, so extra strength there helps economy and protects the Achilles; bridges add glute support.',
    ],
    light: [
      () =>
        'Short calf, soleus and glute work for springier ankles and steadier hips, with little fatigue to carry into the next run.',
      () =>
        'Stronger calves and soleus make each footstrike cheaper and the Achilles more robust; the bridges keep the glutes switched on.',
    ],
  },
};

export interface WhyContext {
  focus: StrengthFocus;
  heavy: boolean;
  variant: number;
  week: WeekKind;
  upperEmphasis: boolean;
  /** Exercise names in session order. */
  names: readonly string[];
  /** This week adds load (the range went back to its base). */
  addsLoad: boolean;
  /** Progression step this week (full weeks since the last reset). */
  step: number;
}

function thisWeek(c: WhyContext): string {
  const { big, small } = STRENGTH_RULES.loadStepPct;
  if (c.week === 'taper')
    return 'Race day is close, so the weights stay but the sets drop: keep the strength and arrive fresh.';
  if (c.week === 'lighter')
    return 'Lighter week: one set fewer per lift at your usual weights, so the last weeks can sink in.';
  const extra =
    c.upperEmphasis && (c.focus === 'upper' || c.focus === 'full')
      ? 'The extra press and pull work is there because you want more upper-body muscle; '
      : '';
  const plan = c.addsLoad
    ? `add a little weight (about ${big} % on squats and hinges, ${small} % elsewhere) and restart at the bottom of the range.`
    : c.step > 0
      ? 'keep last week’s weights and aim for one more rep per set.'
      : 'choose weights that leave one or two reps in reserve at the top of the range.';
  return extra ? extra + plan : capital(plan);
}

export function strengthWhy(c: WhyContext): string {
  const options = CONTENT[c.focus][c.heavy ? 'heavy' : 'light'];
  const content = options[c.variant % options.length]!;
  return `${content(c.names)} ${thisWeek(c)}`;
}
