import type { Session } from '../plan/types.js';
import { trainingSessions } from './day-type.js';
import { isLongRun } from './hydration.js';
import { roundTo } from './round.js';

/** Carbs in the meal 1–3 h before a key run: ~1 g/kg, the low end of ACSM's 1–4 g/kg. */
const PRE_RUN_CARBS_G_PER_KG = 1;
/** Quick refuelling after a hard or long run: ~1 g/kg (ACSM 2016: 1–1.2 g/kg/h). */
const POST_RUN_CARBS_G_PER_KG = 1;
/** Protein after a session: a normal protein meal, kept inside the 20–40 g the seed names. */
const POST_PROTEIN_G: readonly [number, number] = [20, 40];

/** Runs that deserve fuel before and after: hard sessions and long ones. */
function isKeyRun(session: Session): boolean {
  return session.kind === 'run' && (session.hard || session.type === 'long' || isLongRun(session));
}

function grams(weightKg: number, gPerKg: number): number {
  return roundTo(weightKg * gPerKg, 5);
}

export interface TimingInput {
  sessions: readonly Session[];
  weightKg: number;
  proteinG: number;
  meals: number;
  surplusKcal: number;
  electrolytes: boolean;
  waterL: number;
}

/** Short, day-specific fuelling advice, in the order the day happens. */
export function fuelTiming(input: TimingInput): string[] {
  const { weightKg, proteinG, meals } = input;
  const training = trainingSessions(input.sessions);
  const proteinPerMealG = Math.round(proteinG / meals);
  const lines: string[] = [];

  if (training.length === 0) {
    lines.push(
      `Spread ${proteinG} g of protein over ${meals} meals, about ${proteinPerMealG} g each.`,
    );
    lines.push(
      'No training today: ordinary meals refill the carb stores; skip sports drinks and gels.',
    );
  }

  training.forEach((session, index) => {
    if (isKeyRun(session)) {
      lines.push(
        `Before ${session.title}: a carb-based meal 1–3 h ahead (about ${grams(weightKg, PRE_RUN_CARBS_G_PER_KG)} g carbs), low in fat and fibre.`,
      );
    }
    if (isLongRun(session)) {
      // ACSM/AND/DC 2016: 30–60 g of carbs an hour for efforts of about 1–2.5 h.
      lines.push(
        `During ${session.title}: from about 45 min in, 30–60 g of carbs an hour (gels, sports drink, dried fruit) with water${input.electrolytes ? ' and electrolytes' : ''}.`,
      );
    }
    const next = training[index + 1];
    if (next) {
      lines.push(
        `Between ${session.title} and ${next.title}: a snack with carbs and a little protein.`,
      );
    }
  });

  const last = training.at(-1);
  if (last) {
    const postProteinG = Math.min(POST_PROTEIN_G[1], Math.max(POST_PROTEIN_G[0], proteinPerMealG));
    const carbs = training.some(isKeyRun)
      ? `about ${grams(weightKg, POST_RUN_CARBS_G_PER_KG)} g of carbs`
      : 'some carbs';
    lines.push(
      `After ${last.title}: about ${postProteinG} g of protein with ${carbs} within 30–60 min (2 h at most).`,
    );
    lines.push(
      `Protein for the day: ${proteinG} g over ${meals} meals, the one after training included.`,
    );
  }

  if (input.electrolytes) {
    lines.push(
      `Drink about ${input.waterL} L over the day and add electrolytes (sodium) to drinks around training.`,
    );
  } else {
    lines.push(`Drink about ${input.waterL} L over the day.`);
  }
  if (input.surplusKcal > 0) {
    lines.push(
      'Still hungry in the evening? A small snack such as yogurt with oats, or fruit with milk, helps reach the surplus.',
    );
  }
  return lines;
}
