// The morning check-in: a minute's worth of questions that tell the plan how recovery is going.
import { type FormEvent, useState } from 'react';
import { type ApiError, api, type CheckIn } from '../api.js';
import { asApiError } from '../resource.js';
import { Choice, FormError, fieldErrors, TextField } from './field.js';

type Scale = '1' | '2' | '3' | '4' | '5';

const SCALE = (['1', '2', '3', '4', '5'] as const).map((v) => ({ value: v, label: v }));

export function CheckInForm({
  athleteId,
  date,
  existing,
  onSaved,
}: {
  athleteId: string;
  date: string;
  existing?: CheckIn | undefined;
  onSaved: (c: CheckIn) => void;
}) {
  const [sleep, setSleep] = useState(String(existing?.sleepHours ?? 7.5));
  const [soreness, setSoreness] = useState<Scale>(String(existing?.soreness ?? 2) as Scale);
  const [motivation, setMotivation] = useState<Scale>(String(existing?.motivation ?? 3) as Scale);
  const [fatigue, setFatigue] = useState<Scale>(String(existing?.fatigue ?? 2) as Scale);
  const [restingHr, setRestingHr] = useState(existing?.restingHr ? String(existing.restingHr) : '');
  const [hurts, setHurts] = useState(existing?.pain !== undefined);
  const [pain, setPain] = useState(existing?.pain ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const { errorFor, rest } = fieldErrors(error, [
    'sleepHours',
    'soreness',
    'motivation',
    'fatigue',
    'restingHr',
    'pain',
  ]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const saved = await api.checkIn(athleteId, {
        date,
        sleepHours: Number(sleep),
        soreness: Number(soreness),
        motivation: Number(motivation),
        fatigue: Number(fatigue),
        ...(restingHr && { restingHr: Number(restingHr) }),
        ...(hurts && { pain: pain.trim() || 'pain (no detail given)' }),
      });
      onSaved(saved);
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stack" onSubmit={submit} noValidate aria-label="Morning check-in">
      <div className="stack">
        <TextField
          label="Sleep (hours last night)"
          type="number"
          inputMode="decimal"
          step="0.25"
          min="0"
          max="24"
          value={sleep}
          onChange={(e) => setSleep(e.target.value)}
          error={errorFor('sleepHours')}
          hint="7 to 9 hours is the target."
        />
        <TextField
          label="Resting heart rate (bpm, optional)"
          type="number"
          inputMode="numeric"
          value={restingHr}
          onChange={(e) => setRestingHr(e.target.value)}
          error={errorFor('restingHr')}
        />
      </div>
      <Choice
        legend="Soreness"
        name={`soreness-${date}`}
        scale
        value={soreness}
        onChange={setSoreness}
        options={SCALE}
        hint="1 none, 5 very sore"
        error={errorFor('soreness')}
      />
      <Choice
        legend="Motivation"
        name={`motivation-${date}`}
        scale
        value={motivation}
        onChange={setMotivation}
        options={SCALE}
        hint="1 none, 5 eager"
        error={errorFor('motivation')}
      />
      <Choice
        legend="Fatigue"
        name={`fatigue-${date}`}
        scale
        value={fatigue}
        onChange={setFatigue}
        options={SCALE}
        hint="1 fresh, 5 exhausted"
        error={errorFor('fatigue')}
      />
      <label className="check">
        <input type="checkbox" checked={hurts} onChange={(e) => setHurts(e.target.checked)} />
        <span>Something hurts (not just muscle soreness)</span>
      </label>
      {hurts && (
        <TextField
          label="Pain: where and how"
          value={pain}
          onChange={(e) => setPain(e.target.value)}
          error={errorFor('pain')}
          hint="Hard sessions become easy ones until a check-in without pain."
        />
      )}
      <FormError error={rest} />
      <button type="submit" className="button primary" disabled={busy}>
        Check in
      </button>
    </form>
  );
}
