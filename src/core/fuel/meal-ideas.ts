import { InputError } from '../errors.js';
import type { FuelDayType } from '../plan/types.js';

interface MealIdea {
  text: string;
  /** Day types the idea fits; ideas that fit fewer days are more specific and listed first. */
  suits: readonly FuelDayType[];
}

const EVERY_DAY: readonly FuelDayType[] = ['rest', 'light', 'moderate', 'high'];
const TRAINING_DAYS: readonly FuelDayType[] = ['light', 'moderate', 'high'];
const HARD_DAYS: readonly FuelDayType[] = ['moderate', 'high'];
const EASY_DAYS: readonly FuelDayType[] = ['rest', 'light'];

// The first six follow the seed's list in our words; the rest are our additions.
const IDEAS: readonly MealIdea[] = [
  { text: 'Breakfast: eggs scrambled on wholegrain toast, fruit on the side', suits: EVERY_DAY },
  { text: 'Lunch: a wrap of chicken, rice and salad with an olive-oil dressing', suits: EVERY_DAY },
  { text: 'Snack: Greek yogurt topped with oats, berries and a little honey', suits: EVERY_DAY },
  { text: 'Dinner: baked salmon with roast potatoes and mixed vegetables', suits: EVERY_DAY },
  { text: 'After training: chocolate milk, or a whey shake with a banana', suits: TRAINING_DAYS },
  {
    text: 'Evening, if still hungry: yogurt with oats, or fruit and a glass of milk',
    suits: EVERY_DAY,
  },
  {
    text: 'Before a key run: porridge cooked in milk with banana and a spoon of peanut butter',
    suits: HARD_DAYS,
  },
  {
    text: 'The evening before a long run: pasta with a lentil or lean-mince sauce',
    suits: ['high'],
  },
  {
    text: 'On a long run: a gel, sports drink or a handful of dried fruit every 30–40 min',
    suits: ['high'],
  },
  {
    text: 'Two hours before training: a bagel with honey or jam and a glass of milk',
    suits: HARD_DAYS,
  },
  {
    text: 'Recovery dinner: noodles stir-fried with tofu or prawns and plenty of vegetables',
    suits: HARD_DAYS,
  },
  {
    text: 'Lunch: a rice bowl with chicken or tofu, edamame and crunchy vegetables',
    suits: TRAINING_DAYS,
  },
  { text: 'Lunch: a big salad of beans, eggs and feta with a slice of bread', suits: EASY_DAYS },
  { text: 'Dinner: bean chilli with lean mince and a small portion of rice', suits: EASY_DAYS },
  { text: 'Snack: cottage cheese on rye crackers with tomato', suits: EASY_DAYS },
  { text: 'Breakfast: overnight oats with milk, chia seeds and frozen berries', suits: EVERY_DAY },
];

export const DEFAULT_MEAL_IDEAS = 5;

/** Meal ideas that fit the day, the most day-specific first; at most `count` of them. */
export function mealIdeas(dayType: FuelDayType, count: number = DEFAULT_MEAL_IDEAS): string[] {
  if (!Number.isInteger(count) || count < 1) {
    throw new InputError(`count ${count}: expected a whole number of 1 or more`, 'count');
  }
  return IDEAS.filter((idea) => idea.suits.includes(dayType))
    .map((idea, order) => ({ idea, order }))
    .sort((a, b) => a.idea.suits.length - b.idea.suits.length || a.order - b.order)
    .slice(0, count)
    .map(({ idea }) => idea.text);
}
