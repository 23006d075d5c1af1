/** A number a person typed, followed by an optional unit word (lower-cased, '' when absent). */
export interface Quantity {
  value: number;
  unit: string;
}

// Plain decimals only ("15", "15.5", ".5"): no signs, exponents or thousands separators, so a
// stray "-" or "1e3" is reported instead of being read as something the person did not mean.
const QUANTITY = /^(\d+(?:\.\d*)?|\.\d+)\s*([a-z]*)$/i;

export function parseQuantity(text: string): Quantity | undefined {
  const match = QUANTITY.exec(text.trim());
  if (!match) return undefined;
  return { value: Number(match[1]), unit: (match[2] ?? '').toLowerCase() };
}
