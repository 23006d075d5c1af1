// Logging what was done, fast: the forms start from the prescription (distance and time of a
// run; each set's reps, load and reps in reserve of a lift) so a session done as planned is
// saved with one tap, and a session done differently needs only the numbers that changed.
import { type FormEvent, useState } from 'react';
import type { RunSession, RunType, StrengthSession, Units } from '../../../src/core/plan/types.js';
import { formatDuration, parseDurationSec } from '../../../src/core/units/index.js';
import { type ApiError, api, type LiftSet } from '../api.js';
import { asApiError } from '../resource.js';
import { distanceKmFrom, distanceValue, massKgFrom, massUnit, massValue } from '../units.js';
import { RUN_TYPE_NAMES } from '../words.js';
import { FormError, fieldErrors, SelectField, TextField } from './field.js';

const RPE_OPTIONS = [
  { value: '', label: 'Not rated' },
  ...Array.from({ length: 10 }, (_, i) => ({
    value: String(i + 1),
    label: `${i + 1}${i + 1 === 1 ? ' very easy' : i + 1 === 5 ? ' hard' : i + 1 === 10 ? ' maximal' : ''}`,
  })),
];

interface FormProps {
  athleteId: string;
  date: string;
  units: Units;
  onSaved: () => void;
  onCancel: () => void;
}

function useSave(onSaved: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const save = async (call: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await call();
      onSaved();
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, save };
}

export function RunLogForm({
  athleteId,
  date,
  units,
  planned,
  onSaved,
  onCancel,
}: FormProps & { planned?: RunSession }) {
  const [type, setType] = useState<RunType>(planned?.type ?? 'easy');
  const [distance, setDistance] = useState(
    planned ? String(distanceValue(planned.distanceKm, units)) : '',
  );
  const [time, setTime] = useState(planned ? formatDuration(planned.durationMin * 60) : '');
  const [rpe, setRpe] = useState('');
  const [avgHr, setAvgHr] = useState('');
  const { busy, error, setError, save } = useSave(onSaved);
  const { errorFor, rest } = fieldErrors(error, [
    'type',
    'distanceKm',
    'durationMin',
    'rpe',
    'avgHr',
  ]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    let durationSec: number;
    try {
      durationSec = parseDurationSec(time, 'durationMin');
    } catch (err) {
      setError(asApiError(err));
      return;
    }
    const km = distanceKmFrom(Number(distance), units);
    void save(() =>
      api.addLog(athleteId, {
        kind: 'run',
        date,
        type,
        distanceKm: Math.round(km * 1000) / 1000,
        durationMin: Math.round((durationSec / 60) * 100) / 100,
        ...(rpe && { rpe: Number(rpe) }),
        ...(avgHr && { avgHr: Number(avgHr) }),
      }),
    );
  };

  return (
    <form className="log-form stack" onSubmit={submit} noValidate aria-label="Log a run">
      <div className="grid-2">
        <TextField
          label={`Distance (${units})`}
          type="number"
          inputMode="decimal"
          step="0.01"
          min="0"
          value={distance}
          onChange={(e) => setDistance(e.target.value)}
          error={errorFor('distanceKm')}
        />
        <TextField
          label="Time (mm:ss or h:mm:ss)"
          value={time}
          onChange={(e) => setTime(e.target.value)}
          error={errorFor('durationMin')}
        />
        <SelectField
          label="Effort (RPE, 1–10)"
          value={rpe}
          onChange={(e) => setRpe(e.target.value)}
          options={RPE_OPTIONS}
          error={errorFor('rpe')}
        />
        <SelectField
          label="Run type"
          value={type}
          onChange={(e) => setType(e.target.value as RunType)}
          options={Object.entries(RUN_TYPE_NAMES).map(([value, label]) => ({ value, label }))}
          error={errorFor('type')}
        />
        <TextField
          label="Average heart rate (bpm, optional)"
          type="number"
          inputMode="numeric"
          value={avgHr}
          onChange={(e) => setAvgHr(e.target.value)}
          error={errorFor('avgHr')}
        />
      </div>
      <FormError error={rest} />
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy}>
          Save run
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

interface SetRow {
  exercise: string;
  name: string;
  reps: string;
  load: string;
  rir: string;
}

/** One row per prescribed set, reps at the low end of the range, the last load used if known. */
export function prescribedSets(
  session: StrengthSession,
  lastLoadKg: ReadonlyMap<string, number>,
  units: Units,
): SetRow[] {
  return session.exercises.flatMap((e) => {
    const last = lastLoadKg.get(e.id);
    const load = last !== undefined ? String(massValue(last, units)) : '0';
    return Array.from({ length: e.sets }, () => ({
      exercise: e.id,
      name: e.name,
      reps: String(e.reps[0]),
      load,
      rir: String(e.rir),
    }));
  });
}

export function LiftLogForm({
  athleteId,
  date,
  units,
  planned,
  lastLoadKg,
  onSaved,
  onCancel,
}: FormProps & { planned: StrengthSession; lastLoadKg: ReadonlyMap<string, number> }) {
  const [rows, setRows] = useState(() => prescribedSets(planned, lastLoadKg, units));
  const [minutes, setMinutes] = useState(String(planned.durationMin));
  const [rpe, setRpe] = useState('');
  const { busy, error, save } = useSave(onSaved);
  const { errorFor, rest } = fieldErrors(error, [
    'durationMin',
    'rpe',
    ...rows.flatMap((_, i) => [`sets[${i}].reps`, `sets[${i}].loadKg`, `sets[${i}].rir`]),
  ]);
  const unit = massUnit(units);
  const edit = (i: number, patch: Partial<SetRow>) =>
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const sets: LiftSet[] = rows.map((r) => ({
      exercise: r.exercise,
      reps: Number(r.reps),
      loadKg: Math.round(massKgFrom(Number(r.load), units) * 100) / 100,
      ...(r.rir !== '' && { rir: Number(r.rir) }),
    }));
    void save(() =>
      api.addLog(athleteId, {
        kind: 'strength',
        date,
        durationMin: Number(minutes),
        ...(rpe && { rpe: Number(rpe) }),
        sets,
      }),
    );
  };

  // Set numbers restart for each exercise: "Back squat, set 2".
  const setNumber = (i: number) =>
    rows.slice(0, i + 1).filter((r) => r.exercise === rows[i]!.exercise).length;

  return (
    <form
      className="log-form stack"
      onSubmit={submit}
      noValidate
      aria-label="Log a strength session"
    >
      <div className="table-wrap">
        <table className="sets-table">
          <caption className="visually-hidden">Sets done</caption>
          <thead>
            <tr>
              <th scope="col">Set</th>
              <th scope="col">Reps</th>
              <th scope="col">Load ({unit})</th>
              <th scope="col">
                <abbr title="Reps in reserve">RIR</abbr>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => {
              const label = `${r.name}, set ${setNumber(i)}`;
              const problem =
                errorFor(`sets[${i}].reps`) ??
                errorFor(`sets[${i}].loadKg`) ??
                errorFor(`sets[${i}].rir`);
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows are fixed per session
                <tr key={i}>
                  <th scope="row">
                    {setNumber(i) === 1 ? r.name : <span className="muted">″</span>}{' '}
                    <span className="muted small">set {setNumber(i)}</span>
                    {problem && <p className="field-error">{problem}</p>}
                  </th>
                  <td>
                    <input
                      type="number"
                      inputMode="numeric"
                      min="0"
                      aria-label={`${label}: reps`}
                      value={r.reps}
                      onChange={(e) => edit(i, { reps: e.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      type="number"
                      inputMode="decimal"
                      min="0"
                      step="0.5"
                      aria-label={`${label}: load in ${unit}`}
                      value={r.load}
                      onChange={(e) => edit(i, { load: e.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      type="number"
                      inputMode="numeric"
                      min="0"
                      max="10"
                      aria-label={`${label}: reps in reserve`}
                      value={r.rir}
                      onChange={(e) => edit(i, { rir: e.target.value })}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="grid-2">
        <TextField
          label="Duration (minutes)"
          type="number"
          inputMode="numeric"
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
          error={errorFor('durationMin')}
        />
        <SelectField
          label="Effort (RPE, 1–10)"
          value={rpe}
          onChange={(e) => setRpe(e.target.value)}
          options={RPE_OPTIONS}
          error={errorFor('rpe')}
        />
      </div>
      <FormError error={rest} />
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy}>
          Save sets
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
