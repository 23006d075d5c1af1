// Fuel: the day's targets with protein spread over meals, timing around its sessions, water
// and heat advice and meal ideas; the week's training and rest days side by side; and an
// optional food log to compare with the target.
import { type FormEvent, useState } from 'react';
import { formatDay } from '../../../src/core/plan/describe.js';
import type { FuelDayType, Units } from '../../../src/core/plan/types.js';
import { type ApiError, api, type FuelDay } from '../api.js';
import { addDays, localToday } from '../dates.js';
import { asApiError, useResource } from '../resource.js';
import { useAthlete } from '../session.js';
import { FormError, fieldErrors, TextField } from '../ui/field.js';
import { MacroStats } from '../ui/macro-stats.js';
import { Async, Empty } from '../ui/status.js';
import { showMass } from '../units.js';

const DAY_TYPE_NAMES: Record<FuelDayType, string> = {
  rest: 'Rest day',
  light: 'Light training',
  moderate: 'Moderate training',
  high: 'Hard training',
};

export default function Fuel() {
  const { athleteId, units } = useAthlete();
  const today = localToday();
  const [date, setDate] = useState(today);
  const [heat, setHeat] = useState(false);
  const [version, setVersion] = useState(0);
  const fuel = useResource(() => api.fuel(athleteId, date, heat), [athleteId, date, heat, version]);
  const week = useResource(
    () => api.calendarInFull(athleteId, date, addDays(date, 6)),
    [athleteId, date],
  );
  return (
    <>
      <div className="page-head row-between">
        <div>
          <h1>Fuel</h1>
          <p>{formatDay(date, true)}</p>
        </div>
        <div className="row">
          <button
            type="button"
            className="button small"
            aria-label="Previous day"
            onClick={() => setDate(addDays(date, -1))}
          >
            ‹
          </button>
          {date !== today && (
            <button type="button" className="button small" onClick={() => setDate(today)}>
              Back to today
            </button>
          )}
          <button
            type="button"
            className="button small"
            aria-label="Next day"
            onClick={() => setDate(addDays(date, 1))}
          >
            ›
          </button>
        </div>
      </div>
      <label className="check heat-toggle">
        <input type="checkbox" checked={heat} onChange={(e) => setHeat(e.target.checked)} />
        <span>Hot or humid day (more fluid, electrolytes)</span>
      </label>
      <Async resource={fuel} what="fuel targets">
        {(f) => <DayTargets fuel={f} units={units} />}
      </Async>
      <section className="section card" aria-labelledby="week-fuel-title">
        <h2 id="week-fuel-title">Training and rest days</h2>
        <p className="hint">The next seven days: targets follow the training planned.</p>
        <Async resource={week} what="the week">
          {(c) =>
            c.planned.length === 0 ? (
              <Empty title="No plan days in this week" />
            ) : (
              <div className="table-wrap">
                <table>
                  <caption className="visually-hidden">Fuel for the next seven days</caption>
                  <thead>
                    <tr>
                      <th scope="col">Day</th>
                      <th scope="col">Type</th>
                      <th scope="col" className="num">
                        kcal
                      </th>
                      <th scope="col" className="num">
                        Protein
                      </th>
                      <th scope="col" className="num">
                        Carbs
                      </th>
                      <th scope="col" className="num">
                        Fat
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {c.planned.map((d) => (
                      <tr key={d.date} className={d.date === date ? 'current' : ''}>
                        <th scope="row">{formatDay(d.date)}</th>
                        <td>{DAY_TYPE_NAMES[d.fuel.dayType]}</td>
                        <td className="num">{d.fuel.kcal}</td>
                        <td className="num">{d.fuel.proteinG} g</td>
                        <td className="num">{d.fuel.carbsG} g</td>
                        <td className="num">{d.fuel.fatG} g</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )
          }
        </Async>
      </section>
      <FoodLog
        athleteId={athleteId}
        date={date}
        logged={fuel.state === 'ready' ? fuel.data.intake : undefined}
        onSaved={() => setVersion((v) => v + 1)}
      />
    </>
  );
}

function DayTargets({ fuel, units }: { fuel: FuelDay; units: Units }) {
  const perMeal = Math.round(fuel.proteinG / fuel.meals);
  return (
    <div className="fuel-grid">
      <section className="card" aria-labelledby="targets-title">
        <h2 id="targets-title">
          Targets <span className="badge">{DAY_TYPE_NAMES[fuel.dayType]}</span>
        </h2>
        <MacroStats fuel={fuel} />
        <p className="small muted section">
          Resting energy {fuel.bmrKcal} kcal; everyday life brings it to {fuel.maintenanceKcal} kcal
          before training. Based on {showMass(fuel.weightKg, units)}
          {fuel.planned ? '' : ' (no plan day: fuel for a day off)'}.
        </p>
      </section>
      <section className="card" aria-labelledby="meals-title">
        <h2 id="meals-title">Protein over the day</h2>
        <p>
          Spread {fuel.proteinG} g over {fuel.meals} meals; one of them soon after training.
        </p>
        <ol className="meals" aria-label="Protein per meal">
          {Array.from({ length: fuel.meals }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: meals are numbered
            <li key={i}>
              <span className="meal-name">Meal {i + 1}</span>
              <strong>{perMeal} g</strong>
            </li>
          ))}
        </ol>
      </section>
      <section className="card" aria-labelledby="timing-title">
        <h2 id="timing-title">Timing</h2>
        {fuel.timing.length === 0 ? (
          <p className="muted">No sessions today: ordinary meals.</p>
        ) : (
          <ul>
            {fuel.timing.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        )}
        <p>
          Water: about <strong>{fuel.waterL} L</strong> over the day.
          {fuel.electrolytes && ' Add electrolytes (salt) to drinks around training in the heat.'}
        </p>
      </section>
      <section className="card" aria-labelledby="ideas-title">
        <h2 id="ideas-title">Meal ideas</h2>
        {fuel.mealIdeas.length === 0 ? (
          <p className="muted">No ideas for this day.</p>
        ) : (
          <ul>
            {fuel.mealIdeas.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function FoodLog({
  athleteId,
  date,
  logged,
  onSaved,
}: {
  athleteId: string;
  date: string;
  logged: FuelDay['intake'];
  onSaved: () => void;
}) {
  const [kcal, setKcal] = useState('');
  const [protein, setProtein] = useState('');
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const { errorFor, rest } = fieldErrors(error, ['kcal', 'proteinG']);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await api.addIntake(athleteId, {
        date,
        kcal: Number(kcal),
        ...(protein && { proteinG: Number(protein) }),
      });
      setKcal('');
      setProtein('');
      onSaved();
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="section card" aria-labelledby="food-title">
      <h2 id="food-title">Food log (optional)</h2>
      <p className="hint">
        The day's total. With a few weeks of it, the weight trend can tell you how far to adjust.
      </p>
      {logged && (
        <p className="form-ok" role="status">
          Logged for this day: {logged.kcal} kcal
          {logged.proteinG !== undefined ? `, ${logged.proteinG} g protein` : ''}.
        </p>
      )}
      <form className="stack" onSubmit={submit} noValidate aria-label="Log food for the day">
        <div className="grid-2">
          <TextField
            label="Energy eaten (kcal)"
            type="number"
            inputMode="numeric"
            value={kcal}
            onChange={(e) => setKcal(e.target.value)}
            error={errorFor('kcal')}
          />
          <TextField
            label="Protein eaten (g, optional)"
            type="number"
            inputMode="numeric"
            value={protein}
            onChange={(e) => setProtein(e.target.value)}
            error={errorFor('proteinG')}
          />
        </div>
        <FormError error={rest} />
        <button type="submit" className="button" disabled={busy}>
          Save food log
        </button>
      </form>
    </section>
  );
}
