import type { GoalDistance } from '../plan/types.js';

const WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
];

/** 1, 'rep' → "one more rep"; 2, 'sprint' → "two more sprints"; digits above ten. */
export function more(count: number, noun: string): string {
  const amount = WORDS[count] ?? String(count);
  return `${amount} more ${noun}${count === 1 ? '' : 's'}`;
}

/** Capitalises the first letter, for a sentence that starts with a computed phrase. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const GOAL_NAMES: Record<GoalDistance, string> = {
  '5k': '5K',
  '10k': '10K',
  half: 'half marathon',
  marathon: 'marathon',
};
