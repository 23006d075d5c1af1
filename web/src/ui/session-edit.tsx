// A coach's small edit to one planned session: a run's distance or time, a lift's sets, or
// skipping it. The server rebuilds the session and checks the plan's rules; a refusal names
// the rule, shown next to the field that was changed.
import { type FormEvent, useState } from 'react';
import type { Session, Units } from '../../../src/core/plan/types.js';
import { type ApiError, api, type SessionEdit } from '../api.js';
import { asApiError } from '../resource.js';
import { distanceKmFrom, distanceValue } from '../units.js';
import { FormError, fieldErrors, TextField } from './field.js';

export function SessionEditForm({
  athleteId,
  units,
  date,
  index,
  session,
  onEdited,
}: {
  athleteId: string;
  units: Units;
  date: string;
  index: number;
  session: Session;
  onEdited: () => void;
}) {
  const [distance, setDistance] = useState(
    session.kind === 'run' ? String(distanceValue(session.distanceKm, units)) : '',
  );
  const [minutes, setMinutes] = useState(String(session.durationMin));
  const [sets, setSets] = useState<Record<string, string>>(() =>
    session.kind === 'strength'
      ? Object.fromEntries(session.exercises.map((e) => [e.id, String(e.sets)]))
      : {},
  );
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const { errorFor, rest } = fieldErrors(error, ['distanceKm', 'durationMin', 'sets', 'index']);

  const send = async (edit: SessionEdit) => {
    setBusy(true);
    setError(undefined);
    try {
      await api.editSession(athleteId, { date, index, ...edit });
      onEdited();
    } catch (e) {
      setError(asApiError(e));
      setBusy(false);
    }
  };
  const submit = (edit: () => SessionEdit) => (e: FormEvent) => {
    e.preventDefault();
    void send(edit());
  };
  const resizable = session.kind === 'run' && session.type !== 'race';

  return (
    <div className="stack section">
      <h3>Edit this session</h3>
      {resizable && (
        <>
          <OneNumberForm
            label={`Distance (${units})`}
            inputMode="decimal"
            value={distance}
            onChange={setDistance}
            error={errorFor('distanceKm')}
            action="Change distance"
            busy={busy}
            onSubmit={submit(() => ({
              change: 'distance',
              distanceKm: distanceKmFrom(Number(distance), units),
            }))}
          />
          <OneNumberForm
            label="Time (min)"
            inputMode="numeric"
            value={minutes}
            onChange={setMinutes}
            error={errorFor('durationMin')}
            action="Change time"
            busy={busy}
            onSubmit={submit(() => ({ change: 'duration', durationMin: Number(minutes) }))}
          />
        </>
      )}
      {session.kind === 'strength' && (
        <form
          className="stack"
          onSubmit={submit(() => ({
            change: 'sets',
            sets: Object.fromEntries(Object.entries(sets).map(([id, n]) => [id, Number(n)])),
          }))}
          noValidate
          aria-label="Change the sets"
        >
          <div className="grid-2">
            {session.exercises.map((e) => (
              <TextField
                key={e.id}
                label={`${e.name}: sets`}
                type="number"
                min={1}
                max={10}
                value={sets[e.id] ?? ''}
                onChange={(ev) => setSets((s) => ({ ...s, [e.id]: ev.target.value }))}
              />
            ))}
          </div>
          {errorFor('sets') && <p className="field-error">{errorFor('sets')}</p>}
          <button type="submit" className="button small" disabled={busy}>
            Change sets
          </button>
        </form>
      )}
      {errorFor('index') && <p className="field-error">{errorFor('index')}</p>}
      <FormError error={rest} />
      <div className="actions">
        <button
          type="button"
          className="button small danger"
          onClick={() => void send({ change: 'skip' })}
          disabled={busy}
        >
          Skip this session
        </button>
      </div>
    </div>
  );
}

/** One number and its button: a run's new distance or time. */
function OneNumberForm({
  label,
  inputMode,
  value,
  onChange,
  error,
  action,
  busy,
  onSubmit,
}: {
  label: string;
  inputMode: 'decimal' | 'numeric';
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  /** The button's text, which also names the form. */
  action: string;
  busy: boolean;
  onSubmit: (e: FormEvent) => void;
}) {
  return (
    <form className="inline-edit" onSubmit={onSubmit} noValidate aria-label={action}>
      <TextField
        label={label}
        inputMode={inputMode}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        error={error}
      />
      <button type="submit" className="button small" disabled={busy}>
        {action}
      </button>
    </form>
  );
}
