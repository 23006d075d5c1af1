// Banister's training impulse (TRIMP), as given in SCIENCE.md:
//   TRIMP = minutes × HRr × k·e^(b·HRr),  HRr = (HRavg − HRrest) / (HRmax − HRrest)
// with k = 0.64, b = 1.92 for men and k = 0.86, b = 1.67 for women (the usual published form).
import type { Sex } from '../plan/types.js';

const WEIGHTING: Record<Sex, { k: number; b: number }> = {
  male: { k: 0.64, b: 1.92 },
  female: { k: 0.86, b: 1.67 },
};

/** HRr is clamped to 0..1: an average below resting or above maximum adds nothing beyond it. */
export function banisterTrimp(
  minutes: number,
  avgHr: number,
  restHr: number,
  maxHr: number,
  sex: Sex,
): number {
  const hrr = Math.min(1, Math.max(0, (avgHr - restHr) / (maxHr - restHr)));
  const { k, b } = WEIGHTING[sex];
  return minutes * hrr * k * Math.exp(b * hrr);
}
