// Today: the day's sessions in order with "Log session" under each, the morning check-in and
// the day's fuel. Other days are a tap away (planning and logging ahead both happen).
import { useMemo, useState } from 'react';
import { formatDay } from '../../../src/core/plan/describe.js';
import type { PlanDay, Session, Units } from '../../../src/core/plan/types.js';
import { formatDuration } from '../../../src/core/units/index.js';
import { api, type CalendarRange, type CheckIn } from '../api.js';
import { addDays, localToday } from '../dates.js';
import { useResource } from '../resource.js';
import { Link, navigate, useQueryParam } from '../router.js';
import { useAthlete } from '../session.js';
import { CheckInForm } from '../ui/check-in-form.js';
import { LiftLogForm, RunLogForm } from '../ui/log-forms.js';
import { MacroStats } from '../ui/macro-stats.js';
import { SessionView } from '../ui/session-view.js';
import { Async, Empty } from '../ui/status.js';
import { showDistance, showMass } from '../units.js';
import { RUN_TYPE_NAMES } from '../words.js';

/** How far back the last load of a lift is looked up to prefill the log. */
const LOAD_LOOKBACK_DAYS = 120;

export function Today() {
  const { athleteId, units } = useAthlete();
  const today = localToday();
  // The day shown lives in the address, so the Today link always comes back to today.
  const asked = useQueryParam('date');
  const date = asked && /^\d{4}-\d{2}-\d{2}$/.test(asked) ? asked : today;
  const setDate = (d: string) =>
    navigate(d === today ? '/today' : `/today?date=${d}`, { replace: true });
  const [version, setVersion] = useState(0);
  const day = useResource(() => api.calendarInFull(athleteId, date, date), [athleteId, date]);
  // A new log changes the day's list and may change its fuel; the forms stay as they are.
  const refresh = () => {
    day.reload();
    setVersion((v) => v + 1);
  };
  const isToday = date === today;

  return (
    <>
      <div className="page-head row-between">
        <div>
          <h1>{isToday ? 'Today' : formatDay(date)}</h1>
          <p>{formatDay(date, true)}</p>
        </div>
        <div className="row">
          <button
            type="button"
            className="button small"
            onClick={() => setDate(addDays(date, -1))}
            aria-label="Previous day"
          >
            ‹
          </button>
          {!isToday && (
            <button type="button" className="button small" onClick={() => setDate(today)}>
              Back to today
            </button>
          )}
          <button
            type="button"
            className="button small"
            onClick={() => setDate(addDays(date, 1))}
            aria-label="Next day"
          >
            ›
          </button>
        </div>
      </div>
      <div className="today-grid">
        <section aria-labelledby="sessions-title" className="today-sessions">
          <h2 id="sessions-title">Sessions</h2>
          <Async resource={day} what="the day">
            {(c) => (
              <DaySessions
                key={date}
                athleteId={athleteId}
                date={date}
                units={units}
                calendar={c}
                onLogged={refresh}
              />
            )}
          </Async>
          <p className="small">
            <Link to="/plan">See the whole plan</Link>
          </p>
        </section>
        <aside className="today-side">
          <CheckInCard key={`checkin-${date}`} athleteId={athleteId} date={date} />
          <FuelCard athleteId={athleteId} date={date} units={units} version={version} />
        </aside>
      </div>
    </>
  );
}

function lastLoads(entries: Awaited<ReturnType<typeof api.logs>>): Map<string, number> {
  const loads = new Map<string, number>();
  // Logs come oldest first: later sets overwrite earlier ones, leaving the latest load.
  for (const e of entries) {
    if (e.kind !== 'strength') continue;
    for (const s of e.sets) if (s.loadKg > 0) loads.set(s.exercise, s.loadKg);
  }
  return loads;
}

function DaySessions({
  athleteId,
  date,
  units,
  calendar,
  onLogged,
}: {
  athleteId: string;
  date: string;
  units: Units;
  calendar: CalendarRange<PlanDay>;
  onLogged: () => void;
}) {
  const planned: PlanDay | undefined = calendar.planned.find((d) => d.date === date);
  const [open, setOpen] = useState<number | 'extra' | undefined>();
  const [saved, setSaved] = useState<string>();
  const history = useResource(
    () => api.logs(athleteId, addDays(date, -LOAD_LOOKBACK_DAYS), date),
    [athleteId, date, calendar.lifts.length],
  );
  const loads = useMemo(
    () => (history.state === 'ready' ? lastLoads(history.data) : new Map<string, number>()),
    [history],
  );
  const runs = calendar.runs.filter((r) => r.date === date);
  const lifts = calendar.lifts.filter((l) => l.date === date);
  const imported = calendar.activities.filter((a) => a.date === date);

  const logged = (what: string) => {
    setOpen(undefined);
    setSaved(what);
    onLogged();
  };

  const form = (session: Session | undefined, close: () => void) => {
    if (session?.kind === 'strength') {
      return (
        <LiftLogForm
          athleteId={athleteId}
          date={date}
          units={units}
          planned={session}
          lastLoadKg={loads}
          onSaved={() => logged('Strength session logged.')}
          onCancel={close}
        />
      );
    }
    return (
      <RunLogForm
        athleteId={athleteId}
        date={date}
        units={units}
        {...(session?.kind === 'run' && { planned: session })}
        onSaved={() => logged('Run logged.')}
        onCancel={close}
      />
    );
  };

  return (
    <div className="stack">
      {!planned && (
        <Empty title="Nothing planned on this day">
          <p>It falls outside your plan. You can still log a run.</p>
        </Empty>
      )}
      {planned && planned.sessions.length === 0 && (
        <Empty title="Rest day">
          <p>Nothing planned: rest, walk, stretch. Tomorrow's work gets better for it.</p>
        </Empty>
      )}
      {planned?.sessions.map((session, i) => {
        const loggable = session.kind === 'run' || session.kind === 'strength';
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: sessions keep their planned order
          <SessionView key={i} session={session} units={units}>
            {loggable &&
              (open === i ? (
                form(session, () => setOpen(undefined))
              ) : (
                <div className="actions">
                  <button
                    type="button"
                    className="button primary"
                    onClick={() => {
                      setSaved(undefined);
                      setOpen(i);
                    }}
                  >
                    Log session
                  </button>
                </div>
              ))}
          </SessionView>
        );
      })}
      {saved && (
        <p className="form-ok" role="status">
          {saved}
        </p>
      )}
      <section aria-labelledby="done-title" className="card">
        <h3 id="done-title">Done on this day</h3>
        {runs.length === 0 && lifts.length === 0 && imported.length === 0 ? (
          <p className="muted">Nothing logged yet.</p>
        ) : (
          <ul className="list-plain done-list">
            {runs.map((r) => (
              <li key={r.id}>
                <span className="done-mark">✓</span> {RUN_TYPE_NAMES[r.type]}{' '}
                {showDistance(r.distanceKm, units, 2)} in {formatDuration(r.durationMin * 60)}
                {r.rpe !== undefined && <span className="muted"> · RPE {r.rpe}</span>}
              </li>
            ))}
            {imported.map((a) => (
              <li key={a.id}>
                <span className="done-mark">✓</span> Imported {a.sport}{' '}
                {showDistance(a.summary.distanceKm, units, 2)} in{' '}
                {formatDuration(a.summary.movingTimeSec)}
              </li>
            ))}
            {lifts.map((l) => (
              <li key={l.id}>
                <span className="done-mark">✓</span> Strength: {l.sets.length} sets in{' '}
                {l.durationMin} min
                {l.sets.some((s) => s.loadKg > 0) && (
                  <span className="muted">
                    {' '}
                    · top load {showMass(Math.max(...l.sets.map((s) => s.loadKg)), units)}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
        {open === 'extra' ? (
          form(undefined, () => setOpen(undefined))
        ) : (
          <button
            type="button"
            className="button small"
            onClick={() => {
              setSaved(undefined);
              setOpen('extra');
            }}
          >
            Log an unplanned run
          </button>
        )}
      </section>
    </div>
  );
}

function CheckInCard({ athleteId, date }: { athleteId: string; date: string }) {
  const existing = useResource(() => api.checkIns(athleteId, date, date), [athleteId, date]);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<CheckIn>();
  return (
    <section className="card" aria-labelledby="checkin-title">
      <h2 id="checkin-title">Morning check-in</h2>
      <Async resource={existing} what="the check-in">
        {(list) => {
          const current = saved ?? list.find((c) => c.date === date);
          if (current && !editing) {
            return (
              <div>
                <p role="status" className="form-ok">
                  Checked in: {current.sleepHours} h sleep, soreness {current.soreness}/5,
                  motivation {current.motivation}/5, fatigue {current.fatigue}/5
                  {current.pain ? `; pain: ${current.pain}` : ''}.
                </p>
                {current.pain && (
                  <p className="small">
                    Hard sessions turn easy until you check in without pain. If it lasts more than a
                    few days, see a physiotherapist or doctor.
                  </p>
                )}
                <button type="button" className="button small" onClick={() => setEditing(true)}>
                  Change check-in
                </button>
              </div>
            );
          }
          return (
            <CheckInForm
              athleteId={athleteId}
              date={date}
              existing={current}
              onSaved={(c) => {
                setSaved(c);
                setEditing(false);
              }}
            />
          );
        }}
      </Async>
    </section>
  );
}

function FuelCard({
  athleteId,
  date,
  units,
  version,
}: {
  athleteId: string;
  date: string;
  units: Units;
  version: number;
}) {
  const fuel = useResource(() => api.fuel(athleteId, date, false), [athleteId, date, version]);
  return (
    <section className="card" aria-labelledby="fuel-title">
      <h2 id="fuel-title">Today's fuel</h2>
      <Async resource={fuel} what="fuel targets">
        {(f) => (
          <>
            <MacroStats fuel={f} />
            <p className="small muted">
              {f.meals} meals of about {Math.round(f.proteinG / f.meals)} g protein each; about{' '}
              {f.waterL} L of water. Based on {showMass(f.weightKg, units)}.
            </p>
            {f.timing.length > 0 && (
              <ul className="small">
                {f.timing.map((t) => (
                  <li key={t}>{t}</li>
                ))}
              </ul>
            )}
            <Link to="/fuel" className="small">
              Fuel for the week, meal ideas and heat
            </Link>
          </>
        )}
      </Async>
    </section>
  );
}
