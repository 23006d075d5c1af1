import type { Equipment, Pattern } from '../plan/types.js';

export const EQUIPMENT: readonly Equipment[] = ['gym', 'home', 'bodyweight'];

/** Where the work lands; 'full' is for whole-body moves such as carries and big stretches. */
export type BodyRegion = 'upper' | 'lower' | 'core' | 'full';

export interface Exercise {
  id: string;
  name: string;
  pattern: Pattern;
  /** Primary muscles, the main one first. */
  muscles: string[];
  /**
   * Setups that can do it: 'gym' has everything, 'home' is dumbbells and a bench (plus
   * bodyweight), 'bodyweight' is no equipment beyond household furniture.
   */
  equipment: Equipment[];
  body: BodyRegion;
  /** One side at a time. */
  unilateral: boolean;
  /** Moves more than one joint under load. */
  compound: boolean;
  /** One to three short coaching cues. */
  cues: string[];
  /** Done for time rather than reps: the hold or carry range in seconds. */
  holdSec?: [number, number];
}
