// Settings: units and profile, a new plan, privacy zones, API tokens, the calendar feed,
// downloads, exporting everything, and deleting the account.
import { type FormEvent, type ReactNode, useState } from 'react';
import type { GoalDistance } from '../../../src/core/plan/types.js';
import {
  type ApiError,
  api,
  downloads,
  errorFrom,
  type NewApiToken,
  type Profile,
} from '../api.js';
import { localToday } from '../dates.js';
import { asApiError, useResource } from '../resource.js';
import { navigate } from '../router.js';
import { useSession } from '../session.js';
import { FormError, fieldErrors, SelectField, TextField } from '../ui/field.js';
import {
  BodyFields,
  draftFromProfile,
  type ProfileDraft,
  profileFromDraft,
  RunningFields,
  UnitsFields,
  WeekFields,
} from '../ui/profile-fields.js';
import { Async } from '../ui/status.js';
import { DISTANCE_OPTIONS } from '../words.js';

export default function Settings() {
  const { session } = useSession();
  if (session.state !== 'signed-in') return null;
  const { account, profile } = session;
  const athleteId = account.athleteId;
  return (
    <>
      <div className="page-head">
        <h1>Settings</h1>
        <p>
          {account.name} · {account.email} · {account.role === 'coach' ? 'Coach' : 'Athlete'}
        </p>
      </div>
      {athleteId && profile && (
        <>
          <ProfileSection athleteId={athleteId} profile={profile} />
          <NewPlanSection athleteId={athleteId} />
          <FilesSection athleteId={athleteId} />
          <PrivacyZonesSection athleteId={athleteId} />
        </>
      )}
      <TokensSection />
      <DeleteSection />
    </>
  );
}

function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="card section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {intro && <p className="hint">{intro}</p>}
      <div className="stack">{children}</div>
    </section>
  );
}

function ProfileSection({ athleteId, profile }: { athleteId: string; profile: Profile }) {
  const { refresh } = useSession();
  const [draft, setDraft] = useState<ProfileDraft>(() => draftFromProfile(profile));
  const [error, setError] = useState<ApiError>();
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<ProfileDraft>) => {
    setSaved(false);
    // Switching units keeps the same body and volume: re-read the text in the new units.
    if (patch.units && patch.units !== draft.units) {
      try {
        const metric = profileFromDraft(draft);
        setDraft({
          ...draftFromProfile({
            ...profile,
            ...metric,
            recent: profile.recent,
            units: patch.units,
          }),
          raceDistance: draft.raceDistance,
          raceTime: draft.raceTime,
        });
        return;
      } catch {
        // A field does not parse yet: switch the units and leave the text as typed.
      }
    }
    setDraft((d) => ({ ...d, ...patch }));
  };
  const { errorFor, rest } = fieldErrors(error, [
    'units',
    'sex',
    'age',
    'weightKg',
    'heightCm',
    'bodyFatPct',
    'weeklyKm',
    'experience',
    'recent',
    'days',
    'longRunDay',
    'focus',
    'equipment',
  ]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await api.putProfile(athleteId, profileFromDraft(draft));
      setSaved(true);
      await refresh();
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="profile-title" className="card section">
      <h2 id="profile-title">Units and profile</h2>
      <p className="hint">Your next plan, and today's fuel, use these.</p>
      <div className="stack">
        <UnitsFields draft={draft} set={set} errorFor={errorFor} />
        <BodyFields draft={draft} set={set} errorFor={errorFor} />
        <RunningFields draft={draft} set={set} errorFor={errorFor} />
        <WeekFields draft={draft} set={set} errorFor={errorFor} />
        <FormError error={rest} />
        {saved && (
          <p className="form-ok" role="status">
            Profile saved.
          </p>
        )}
        <button type="submit" className="button primary" disabled={busy}>
          Save profile
        </button>
      </div>
    </form>
  );
}

function NewPlanSection({ athleteId }: { athleteId: string }) {
  const { refresh } = useSession();
  const [distance, setDistance] = useState<GoalDistance>('10k');
  const [weeks, setWeeks] = useState('12');
  const [start, setStart] = useState(localToday());
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const { errorFor, rest } = fieldErrors(error, ['distance', 'weeks', 'start']);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await api.createPlan(athleteId, { distance, weeks: Number(weeks), start });
      await refresh();
      navigate('/plan');
    } catch (err) {
      setError(asApiError(err));
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="new-plan-title" className="card section">
      <h2 id="new-plan-title">A new plan</h2>
      <p className="hint">Replaces the current plan, from your saved profile. Your log stays.</p>
      <div className="stack">
        <div className="grid-2">
          <SelectField
            label="Race distance"
            value={distance}
            onChange={(e) => setDistance(e.target.value as GoalDistance)}
            options={DISTANCE_OPTIONS.filter((o) => o.goal)}
            error={errorFor('distance')}
          />
          <TextField
            label="Weeks (8 to 20)"
            type="number"
            min={8}
            max={20}
            value={weeks}
            onChange={(e) => setWeeks(e.target.value)}
            error={errorFor('weeks')}
          />
          <TextField
            label="Start date"
            type="date"
            value={start}
            onChange={(e) => setStart(e.target.value)}
            error={errorFor('start')}
          />
        </div>
        <FormError error={rest} />
        <button type="submit" className="button" disabled={busy}>
          Make a new plan
        </button>
      </div>
    </form>
  );
}

function FilesSection({ athleteId }: { athleteId: string }) {
  const links = downloads(athleteId);
  const [feed, setFeed] = useState<string>();
  const [error, setError] = useState<ApiError>();
  const makeFeed = async () => {
    setError(undefined);
    try {
      setFeed((await api.calendarFeed(athleteId)).url);
    } catch (e) {
      setError(asApiError(e));
    }
  };
  return (
    <Section id="files-title" title="Calendar and downloads">
      <h3>Calendar subscription</h3>
      <p className="small">
        A private address your calendar app can subscribe to, so sessions appear there and stay up
        to date. Anyone with the address can read your plan, so it is shown only once; making a new
        one cuts off the old.
      </p>
      {feed && (
        <>
          <p className="small">Your feed address:</p>
          <code className="secret">{feed}</code>
          <button
            type="button"
            className="button small"
            onClick={() => void navigator.clipboard?.writeText(feed)}
          >
            Copy address
          </button>
        </>
      )}
      <FormError error={error} />
      <button type="button" className="button" onClick={() => void makeFeed()}>
        {feed ? 'Make a new address' : 'Get the subscription address'}
      </button>
      <h3>Downloads</h3>
      <ul className="downloads">
        <li>
          <Download
            url={links.ics}
            name="runstrong-plan.ics"
            label="Plan as a calendar file (.ics)"
          />
        </li>
        <li>
          <Download
            url={links.markdown}
            name="runstrong-plan.md"
            label="Printable plan (Markdown)"
          />
        </li>
        <li>
          <Download
            url={links.export}
            name="runstrong-export.json"
            label="Export all my data (JSON)"
          />
        </li>
      </ul>
      <WorkoutFiles athleteId={athleteId} />
    </Section>
  );
}

/**
 * Fetches the file first, so a refusal shows as a message here instead of a downloaded error
 * page; then hands the bytes to the browser as a file.
 */
function Download({ url, name, label }: { url: string; name: string; label: string }) {
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const fetchFile = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const response = await fetch(url, { credentials: 'same-origin' });
      if (!response.ok) throw await errorFrom(response);
      const href = URL.createObjectURL(await response.blob());
      const a = document.createElement('a');
      a.href = href;
      a.download = name;
      a.click();
      URL.revokeObjectURL(href);
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button
        type="button"
        className="button link"
        onClick={() => void fetchFile()}
        disabled={busy}
      >
        {label}
      </button>
      {error && <p className="field-error">{error.message}</p>}
    </>
  );
}

/** The plan's runs as FIT workout files, one per run, listed when asked for. */
function WorkoutFiles({ athleteId }: { athleteId: string }) {
  const [shown, setShown] = useState(false);
  if (!shown) {
    return (
      <button type="button" className="button small" onClick={() => setShown(true)}>
        Structured runs for your watch (FIT files)
      </button>
    );
  }
  return <WorkoutList athleteId={athleteId} />;
}

function WorkoutList({ athleteId }: { athleteId: string }) {
  const files = useResource(() => api.planWorkouts(athleteId), [athleteId]);
  return (
    <Async resource={files} what="workout files">
      {(list) =>
        list.length === 0 ? (
          <p className="muted">No runs in the plan.</p>
        ) : (
          <>
            <p className="small">Copy these to your watch's workouts folder (one per run):</p>
            <ul className="workout-files">
              {list.map((f) => (
                <li key={f.name}>
                  <a href={f.url} download={f.name}>
                    {f.name}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )
      }
    </Async>
  );
}

function PrivacyZonesSection({ athleteId }: { athleteId: string }) {
  const zones = useResource(() => api.privacyZones(athleteId), [athleteId]);
  const [lat, setLat] = useState('');
  const [lon, setLon] = useState('');
  const [radius, setRadius] = useState('300');
  const [error, setError] = useState<ApiError>();
  const { errorFor, rest } = fieldErrors(error, ['lat', 'lon', 'radiusM']);
  const add = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      await api.addPrivacyZone(athleteId, {
        lat: Number(lat),
        lon: Number(lon),
        radiusM: Number(radius),
      });
      setLat('');
      setLon('');
      zones.reload();
    } catch (err) {
      setError(asApiError(err));
    }
  };
  const remove = async (zoneId: string) => {
    try {
      await api.removePrivacyZone(athleteId, zoneId);
      zones.reload();
    } catch (err) {
      setError(asApiError(err));
    }
  };
  return (
    <Section
      id="zones-title"
      title="Privacy zones"
      intro="Track points within these circles (home, work) are cut from imported activities."
    >
      <Async resource={zones} what="privacy zones">
        {(list) => (
          <>
            {list.length === 0 ? (
              <p className="muted">No zones yet.</p>
            ) : (
              <ul className="list-plain">
                {list.map((z) => (
                  <li key={z.id} className="row-between list-row">
                    <span>
                      {z.lat.toFixed(4)}, {z.lon.toFixed(4)} · {z.radiusM} m
                    </span>
                    <button
                      type="button"
                      className="button small danger"
                      onClick={() => void remove(z.id)}
                      aria-label={`Remove zone at ${z.lat.toFixed(4)}, ${z.lon.toFixed(4)}`}
                    >
                      Remove
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <form className="stack" onSubmit={add} noValidate aria-label="Add a privacy zone">
              <div className="grid-3">
                <TextField
                  label="Latitude"
                  inputMode="decimal"
                  value={lat}
                  onChange={(e) => setLat(e.target.value)}
                  error={errorFor('lat')}
                />
                <TextField
                  label="Longitude"
                  inputMode="decimal"
                  value={lon}
                  onChange={(e) => setLon(e.target.value)}
                  error={errorFor('lon')}
                />
                <TextField
                  label="Radius (m)"
                  type="number"
                  value={radius}
                  onChange={(e) => setRadius(e.target.value)}
                  error={errorFor('radiusM')}
                />
              </div>
              <FormError error={rest} />
              <button type="submit" className="button">
                Add zone
              </button>
            </form>
          </>
        )}
      </Async>
    </Section>
  );
}

function TokensSection() {
  const tokens = useResource(() => api.tokens(), []);
  const [name, setName] = useState('');
  const [created, setCreated] = useState<NewApiToken>();
  const [error, setError] = useState<ApiError>();
  const { errorFor, rest } = fieldErrors(error, ['name']);
  const create = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      setCreated(await api.createToken(name));
      setName('');
      tokens.reload();
    } catch (err) {
      setError(asApiError(err));
    }
  };
  const revoke = async (id: string) => {
    try {
      await api.revokeToken(id);
      tokens.reload();
    } catch (err) {
      setError(asApiError(err));
    }
  };
  return (
    <Section
      id="tokens-title"
      title="API tokens"
      intro={
        <>
          For scripts: send <code>Authorization: Bearer &lt;token&gt;</code>. A token can do what
          you can; revoke one you no longer use.
        </>
      }
    >
      {created && (
        <div className="form-ok" role="status">
          <p>New token “{created.name}”. Copy it now: it is shown only once.</p>
          <code className="secret">{created.token}</code>
        </div>
      )}
      <Async resource={tokens} what="tokens">
        {(list) =>
          list.length === 0 ? (
            <p className="muted">No tokens yet.</p>
          ) : (
            <ul className="list-plain">
              {list.map((t) => (
                <li key={t.id} className="row-between list-row">
                  <span>
                    {t.name}{' '}
                    <span className="muted small">
                      created {t.createdAt.slice(0, 10)}
                      {t.revokedAt ? `, revoked ${t.revokedAt.slice(0, 10)}` : ''}
                    </span>
                  </span>
                  {!t.revokedAt && (
                    <button
                      type="button"
                      className="button small danger"
                      onClick={() => void revoke(t.id)}
                      aria-label={`Revoke token ${t.name}`}
                    >
                      Revoke
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </Async>
      <form className="stack" onSubmit={create} noValidate aria-label="Create an API token">
        <TextField
          label="Token name"
          placeholder="laptop script"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errorFor('name')}
        />
        <FormError error={rest} />
        <button type="submit" className="button">
          Create token
        </button>
      </form>
    </Section>
  );
}

function DeleteSection() {
  const { signOut } = useSession();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState(false);
  const [error, setError] = useState<ApiError>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      await api.deleteAccount(password);
      await signOut();
      navigate('/', { replace: true });
    } catch (err) {
      setError(asApiError(err));
    }
  };
  return (
    <Section
      id="delete-title"
      title="Delete my account"
      intro="Removes your account, plan, log and check-ins for good. Export your data first if you want to keep it."
    >
      {!confirm ? (
        <button type="button" className="button danger" onClick={() => setConfirm(true)}>
          Delete my account…
        </button>
      ) : (
        <form
          className="stack"
          onSubmit={submit}
          noValidate
          aria-label="Confirm deleting the account"
        >
          <TextField
            label="Password, to confirm"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <FormError error={error} />
          <div className="actions">
            <button type="submit" className="button danger solid">
              Delete everything
            </button>
            <button type="button" className="button" onClick={() => setConfirm(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </Section>
  );
}
