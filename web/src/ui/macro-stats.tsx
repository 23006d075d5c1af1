// A day's energy and macronutrient targets as four figures: used by Today and Fuel.
import type { FuelDay } from '../api.js';

const FIGURES = [
  { label: 'Energy', unit: 'kcal', value: (f: FuelDay) => f.targetKcal },
  { label: 'Protein', unit: 'g', value: (f: FuelDay) => f.proteinG },
  { label: 'Carbohydrate', unit: 'g', value: (f: FuelDay) => f.carbsG },
  { label: 'Fat', unit: 'g', value: (f: FuelDay) => f.fatG },
] as const;

export function MacroStats({ fuel }: { fuel: FuelDay }) {
  return (
    <dl className="stat-grid">
      {FIGURES.map((x) => (
        <div className="stat" key={x.label}>
          <dt>{x.label}</dt>
          <dd>
            {x.value(fuel)} <small>{x.unit}</small>
          </dd>
        </div>
      ))}
    </dl>
  );
}
