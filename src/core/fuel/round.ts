/** Rounds to the nearest multiple of step (5 kcal, 10 kcal, 0.1 L…). */
export function roundTo(value: number, step: number): number {
  // Dividing by the step and multiplying back keeps 0.1-steps free of float tails like 2.3000000000000003.
  const multiples = Math.round(value / step);
  return step < 1 ? Number((multiples * step).toFixed(6)) : multiples * step;
}
