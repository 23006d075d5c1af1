// Onboarding: the profile as a short wizard (units first), then the goal and "Generate plan".
// Only weight, height, age, sex and weekly volume have no default; the rest starts from a
// sensible choice the runner can keep. The server validates everything: an error it names
// brings the runner back to the step holding that field.
import { type FormEvent, useEffect, useState } from 'react';
import type { GoalDistance } from '../../../src/core/plan/types.js';
import { type ApiError, api, type Profile } from '../api.js';
import { localToday } from '../dates.js';
import { asApiError } from '../resource.js';
import { useSession } from '../session.js';
import { Choice, FormError, fieldErrors, SelectField, TextField } from '../ui/field.js';
import {
  BodyFields,
  draftFromProfile,
  emptyDraft,
  type ProfileDraft,
  profileFromDraft,
  RunningFields,
  UnitsFields,
  WeekFields,
} from '../ui/profile-fields.js';
import { DISTANCE_OPTIONS } from '../words.js';

interface GoalDraft {
  distance: GoalDistance;
  length: 'weeks' | 'date';
  weeks: string;
  raceDate: string;
  start: string;
}

const DRAFT_KEY = 'runstrong.onboarding';

const STEPS = ['Units', 'About you', 'Your running', 'Your week', 'Your goal'] as const;

/** Which step holds each field the API may name in an error. */
const STEP_OF_FIELD: Record<string, number> = {
  units: 0,
  sex: 1,
  age: 1,
  weightKg: 1,
  heightCm: 1,
  bodyFatPct: 1,
  weeklyKm: 2,
  experience: 2,
  recent: 2,
  days: 3,
  longRunDay: 3,
  focus: 3,
  equipment: 3,
  distance: 4,
  weeks: 4,
  raceDate: 4,
  start: 4,
};

function loadDraft(profile: Profile | null): { profile: ProfileDraft; goal: GoalDraft } {
  const goal: GoalDraft = {
    distance: '10k',
    length: 'weeks',
    weeks: '12',
    raceDate: '',
    start: localToday(),
  };
  try {
    const saved = sessionStorage.getItem(DRAFT_KEY);
    if (saved) return { goal, ...JSON.parse(saved) };
  } catch {
    // No storage (private mode): start from the defaults.
  }
  return { profile: profile ? draftFromProfile(profile) : emptyDraft(), goal };
}

export default function Onboarding() {
  const { session, refresh } = useSession();
  const signedIn = session.state === 'signed-in' ? session : undefined;
  const athleteId = signedIn?.account.athleteId ?? '';
  const [draft, setDraft] = useState(() => loadDraft(signedIn?.profile ?? null));
  const [step, setStep] = useState(0);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    try {
      sessionStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
    } catch {
      // Not saved: the wizard still works, it just forgets on reload.
    }
  }, [draft]);

  const p = draft.profile;
  const g = draft.goal;
  const setP = (patch: Partial<ProfileDraft>) =>
    setDraft((d) => ({ ...d, profile: { ...d.profile, ...patch } }));
  const setG = (patch: Partial<GoalDraft>) =>
    setDraft((d) => ({ ...d, goal: { ...d.goal, ...patch } }));

  /** Checks the fields of this step before moving on, so a slip is fixed where it was made. */
  const checkStep = (): ApiError | undefined => {
    try {
      profileFromDraft(p);
      return undefined;
    } catch (e) {
      const err = asApiError(e);
      const at = err.field === undefined ? 99 : (STEP_OF_FIELD[err.field] ?? 99);
      return at <= step ? err : undefined;
    }
  };

  const next = (e: FormEvent) => {
    e.preventDefault();
    const problem = checkStep();
    setError(problem);
    if (problem) return;
    if (step < STEPS.length - 1) setStep(step + 1);
    else void generate();
  };

  const generate = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await api.putProfile(athleteId, profileFromDraft(p));
      await api.createPlan(athleteId, {
        distance: g.distance,
        start: g.start,
        ...(g.length === 'weeks' ? { weeks: Number(g.weeks) } : { raceDate: g.raceDate }),
      });
      sessionStorage.removeItem(DRAFT_KEY);
      // With a plan stored, the app moves on from /welcome to the plan's preview by itself.
      await refresh();
    } catch (e) {
      const err = asApiError(e);
      setError(err);
      const at = err.field === undefined ? undefined : STEP_OF_FIELD[err.field];
      if (at !== undefined) setStep(at);
      setBusy(false);
    }
  };

  const { errorFor, rest } = fieldErrors(error, Object.keys(STEP_OF_FIELD));
  const last = step === STEPS.length - 1;

  return (
    <form className="card onboarding" onSubmit={next} noValidate>
      <p className="muted small">
        Step {step + 1} of {STEPS.length}
      </p>
      <ol className="wizard-steps" aria-hidden="true">
        {STEPS.map((s, i) => (
          <li key={s} className={i <= step ? 'done' : ''} />
        ))}
      </ol>
      <h1>{STEPS[step]}</h1>

      {step === 0 && (
        <>
          <p className="muted">
            Everything you see, and everything you type, uses these units. You can change them later
            in Settings.
          </p>
          <UnitsFields draft={p} set={setP} errorFor={errorFor} />
        </>
      )}

      {step === 1 && <BodyFields draft={p} set={setP} errorFor={errorFor} autoFocus />}

      {step === 2 && <RunningFields draft={p} set={setP} errorFor={errorFor} autoFocus />}

      {step === 3 && <WeekFields draft={p} set={setP} errorFor={errorFor} />}

      {step === 4 && (
        <div className="stack">
          <SelectField
            label="Race distance"
            value={g.distance}
            onChange={(e) => setG({ distance: e.target.value as GoalDistance })}
            options={DISTANCE_OPTIONS.filter((o) => o.goal)}
            error={errorFor('distance')}
          />
          <Choice
            legend="Plan length"
            name="length"
            compact
            value={g.length}
            onChange={(length) => setG({ length })}
            options={[
              { value: 'weeks', label: 'A number of weeks' },
              { value: 'date', label: 'Up to a race date' },
            ]}
          />
          {g.length === 'weeks' ? (
            <TextField
              label="Weeks (8 to 20)"
              type="number"
              min={8}
              max={20}
              value={g.weeks}
              onChange={(e) => setG({ weeks: e.target.value })}
              error={errorFor('weeks')}
            />
          ) : (
            <TextField
              label="Race date"
              type="date"
              value={g.raceDate}
              onChange={(e) => setG({ raceDate: e.target.value })}
              error={errorFor('raceDate') ?? errorFor('weeks')}
            />
          )}
          <TextField
            label="Start date"
            type="date"
            value={g.start}
            onChange={(e) => setG({ start: e.target.value })}
            error={errorFor('start')}
            hint="The first day of the plan; today is fine."
          />
        </div>
      )}

      <FormError error={rest} />
      {busy && (
        <p className="muted" role="status">
          Building your plan…
        </p>
      )}
      <div className="wizard-nav">
        {step > 0 ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              setError(undefined);
              setStep(step - 1);
            }}
          >
            Back
          </button>
        ) : (
          <span />
        )}
        <button type="submit" className="button primary" disabled={busy}>
          {last ? 'Generate plan' : 'Next'}
        </button>
      </div>
    </form>
  );
}
