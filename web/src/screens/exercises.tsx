// Exercises: the library with its coaching cues and, for each setup (gym, dumbbells at home,
// bodyweight), what to do instead when the exercise needs kit you do not have (the core's
// substitute: every pattern has an exercise at every level). The library is
// pure core data, so it ships with this page rather than through the API.
import { useDeferredValue, useMemo, useState } from 'react';
import { EXERCISES, type Exercise, substitute } from '../../../src/core/exercises/index.js';
import type { Equipment, Pattern } from '../../../src/core/plan/types.js';
import { SelectField, TextField } from '../ui/field.js';
import { Empty } from '../ui/status.js';

const PATTERN_NAMES: Record<Pattern, string> = {
  squat: 'Squat',
  hinge: 'Hinge',
  lunge: 'Lunge and single leg',
  push: 'Push',
  pull: 'Pull',
  carry: 'Carry',
  calf: 'Calf and soleus',
  core: 'Core',
  mobility: 'Mobility',
};

const EQUIPMENT_NAMES: Record<Equipment, string> = {
  gym: 'Gym',
  home: 'Dumbbells at home',
  bodyweight: 'Bodyweight',
};

export default function Exercises() {
  const [query, setQuery] = useState('');
  const [pattern, setPattern] = useState<Pattern | ''>('');
  const [equipment, setEquipment] = useState<Equipment | ''>('');
  const deferredQuery = useDeferredValue(query);
  const shown = useMemo(() => {
    const q = deferredQuery.trim().toLowerCase();
    return EXERCISES.filter(
      (e) =>
        (!pattern || e.pattern === pattern) &&
        (!equipment || e.equipment.includes(equipment)) &&
        (!q ||
          e.name.toLowerCase().includes(q) ||
          e.muscles.some((m) => m.toLowerCase().includes(q))),
    );
  }, [deferredQuery, pattern, equipment]);

  return (
    <>
      <div className="page-head">
        <h1>Exercises</h1>
        <p>{EXERCISES.length} exercises with cues, and what to swap in for the kit you have.</p>
      </div>
      <div className="filters">
        <TextField
          label="Search"
          type="search"
          placeholder="Name or muscle"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <SelectField
          label="Pattern"
          value={pattern}
          onChange={(e) => setPattern(e.target.value as Pattern | '')}
          options={[
            { value: '', label: 'All patterns' },
            ...Object.entries(PATTERN_NAMES).map(([value, label]) => ({ value, label })),
          ]}
        />
        <SelectField
          label="Equipment"
          value={equipment}
          onChange={(e) => setEquipment(e.target.value as Equipment | '')}
          options={[
            { value: '', label: 'Any equipment' },
            ...Object.entries(EQUIPMENT_NAMES).map(([value, label]) => ({ value, label })),
          ]}
        />
      </div>
      <p className="muted small" role="status">
        {shown.length} shown
      </p>
      {shown.length === 0 ? (
        <Empty title="No exercise matches">
          <p>Try another word or clear a filter.</p>
        </Empty>
      ) : (
        <ul className="grid-cards list-cards">
          {shown.map((e) => (
            <li key={e.id}>
              <ExerciseCard exercise={e} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function ExerciseCard({ exercise: e }: { exercise: Exercise }) {
  const swaps = (Object.keys(EQUIPMENT_NAMES) as Equipment[])
    .filter((eq) => !e.equipment.includes(eq))
    .map((eq) => ({ eq, to: substitute(e.id, eq) }));
  return (
    <article className="card exercise" aria-labelledby={`ex-${e.id}`}>
      <h2 id={`ex-${e.id}`}>{e.name}</h2>
      <p className="small muted">
        {PATTERN_NAMES[e.pattern]} · {e.muscles.join(', ')}
        {e.unilateral ? ' · one side at a time' : ''}
        {e.holdSec ? ` · hold ${e.holdSec[0]}–${e.holdSec[1]} s` : ''}
      </p>
      <p className="row">
        {e.equipment.map((eq) => (
          <span key={eq} className="badge">
            {EQUIPMENT_NAMES[eq]}
          </span>
        ))}
      </p>
      <ul className="cues">
        {e.cues.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      {swaps.length > 0 && (
        <dl className="swaps">
          {swaps.map(({ eq, to }) => (
            <div key={eq}>
              <dt>{EQUIPMENT_NAMES[eq]}:</dt>
              <dd>{to.name}</dd>
            </div>
          ))}
        </dl>
      )}
    </article>
  );
}
