// Weeks of planned and done side by side, coloured by kind and intensity, lighter weeks marked.
// A planned session opens in a dialog with its detail and a move to another day (and, for a
// coach, a small edit); the server checks each change against the plan's rules and names the
// one a refused change would break.
import { type SyntheticEvent, useEffect, useRef, useState } from 'react';
import { formatDay } from '../../../src/core/plan/describe.js';
import type {
  Plan,
  PlanDay,
  PlanWeek,
  SessionSummary,
  Units,
} from '../../../src/core/plan/types.js';
import { type ApiError, api, type CalendarRange } from '../api.js';
import { addDays, localToday } from '../dates.js';
import { asApiError, useResource } from '../resource.js';
import { showDistance } from '../units.js';
import { KIND_LEGEND, kindClass, PHASE_NAMES, RUN_TYPE_NAMES } from '../words.js';
import { FormError, SelectField } from './field.js';
import { SessionEditForm } from './session-edit.js';
import { SessionView } from './session-view.js';
import { Async } from './status.js';

const WEEKS_SHOWN = 4;

/**
 * The first row shown: last week, so what was just done sits above what comes. Rows follow
 * the plan's weeks (which start on the plan's first day), so the totals line up with them.
 */
function firstRowFor(plan: Plan, date: string): string {
  const first = plan.weeks[0]?.days[0]?.date ?? date;
  const days = Math.floor((Date.parse(date) - Date.parse(first)) / 86_400_000);
  const thisWeek = addDays(first, Math.floor(days / 7) * 7);
  return thisWeek > first ? addDays(thisWeek, -7) : thisWeek;
}

export function PlanCalendar({
  athleteId,
  units,
  canMove = true,
  canEdit = false,
}: {
  athleteId: string;
  units: Units;
  canMove?: boolean;
  /** Distance, time, sets or a skip: the coach's edit. */
  canEdit?: boolean;
}) {
  const plan = useResource(() => api.plan(athleteId), [athleteId]);
  return (
    <Async resource={plan} what="the plan">
      {(p) => (
        <Weeks
          plan={p}
          athleteId={athleteId}
          units={units}
          canMove={canMove}
          canEdit={canEdit}
          onMoved={plan.reload}
        />
      )}
    </Async>
  );
}

function Weeks({
  plan,
  athleteId,
  units,
  canMove,
  canEdit,
  onMoved,
}: {
  plan: Plan;
  athleteId: string;
  units: Units;
  canMove: boolean;
  canEdit: boolean;
  onMoved: () => void;
}) {
  const today = localToday();
  const [start, setStart] = useState(() => firstRowFor(plan, today));
  const end = addDays(start, WEEKS_SHOWN * 7 - 1);
  const [version, setVersion] = useState(0);
  const range = useResource(
    () => api.calendar(athleteId, start, end),
    [athleteId, start, end, version],
  );
  const [open, setOpen] = useState<{ day: PlanDay; index: number }>();
  const rows = Array.from({ length: WEEKS_SHOWN }, (_, i) => addDays(start, i * 7));
  const planStart = plan.weeks[0]?.days[0]?.date ?? today;
  const planEnd = plan.weeks.at(-1)?.days.at(-1)?.date ?? today;

  return (
    <>
      <div className="row-between">
        <p className="muted">
          {formatDay(start, true)} – {formatDay(end, true)}
        </p>
        <div className="row">
          <button
            type="button"
            className="button small"
            onClick={() => setStart(addDays(start, -7 * WEEKS_SHOWN))}
            disabled={end < planStart}
          >
            Earlier weeks
          </button>
          <button
            type="button"
            className="button small"
            onClick={() => setStart(firstRowFor(plan, today))}
          >
            Now
          </button>
          <button
            type="button"
            className="button small"
            onClick={() => setStart(addDays(start, 7 * WEEKS_SHOWN))}
            disabled={start > planEnd}
          >
            Later weeks
          </button>
        </div>
      </div>
      <ul className="legend" aria-label="Colours">
        {KIND_LEGEND.map((k) => (
          <li key={k.className}>
            <span className={`chip ${k.className}`} aria-hidden="true" />
            {k.label}
          </li>
        ))}
        <li>
          <span className="chip done" aria-hidden="true" />
          Done
        </li>
      </ul>
      <Async resource={range} what="the weeks">
        {(c) => (
          <>
            {rows.map((rowStart) => (
              <WeekRow
                key={rowStart}
                rowStart={rowStart}
                week={plan.weeks.find((w) => w.days[0]?.date === rowStart)}
                calendar={c}
                units={units}
                today={today}
                onOpen={(date, index) => {
                  // The grid has each day in brief; the dialog shows the plan's full day.
                  const day = plan.weeks.flatMap((w) => w.days).find((d) => d.date === date);
                  if (day) setOpen({ day, index });
                }}
              />
            ))}
          </>
        )}
      </Async>
      {open && (
        <SessionDialog
          athleteId={athleteId}
          units={units}
          day={open.day}
          index={open.index}
          canMove={canMove}
          canEdit={canEdit}
          onClose={() => setOpen(undefined)}
          onMoved={() => {
            setOpen(undefined);
            setVersion((v) => v + 1);
            onMoved();
          }}
        />
      )}
    </>
  );
}

function WeekRow({
  rowStart,
  week,
  calendar,
  units,
  today,
  onOpen,
}: {
  rowStart: string;
  week: PlanWeek | undefined;
  calendar: CalendarRange;
  units: Units;
  today: string;
  onOpen: (date: string, index: number) => void;
}) {
  const dates = Array.from({ length: 7 }, (_, i) => addDays(rowStart, i));
  const inRow = (d: string) => d >= rowStart && d <= dates[6]!;
  const runs = calendar.runs.filter((r) => inRow(r.date));
  const lifts = calendar.lifts.filter((l) => inRow(l.date));
  const imported = calendar.activities.filter((a) => inRow(a.date));
  const doneKm =
    runs.reduce((sum, r) => sum + r.distanceKm, 0) +
    imported.reduce((sum, a) => sum + a.summary.distanceKm, 0);
  const doneSets = lifts.reduce((sum, l) => sum + l.sets.length, 0);
  const title = week
    ? `Week ${week.index} · ${PHASE_NAMES[week.phase]}`
    : `Week of ${formatDay(rowStart)}`;
  return (
    <section className={`card week${week?.lighter ? ' lighter' : ''}`} aria-label={title}>
      <div className="week-head">
        <h2>
          {title} {week?.lighter && <span className="badge badge-brand">Lighter week</span>}
        </h2>
        <p className="small muted">
          Running {week ? `${showDistance(week.runKm, units)} planned · ` : ''}
          {showDistance(doneKm, units)} done · Strength{' '}
          {week ? `${week.strengthSets} sets planned · ` : ''}
          {doneSets} done
        </p>
      </div>
      {week && <p className="small muted">{week.summary}</p>}
      <div className="week-days">
        {dates.map((date) => {
          const day = calendar.planned.find((d) => d.date === date);
          const dayRuns = runs.filter((r) => r.date === date);
          const dayLifts = lifts.filter((l) => l.date === date);
          const dayImported = imported.filter((a) => a.date === date);
          return (
            <div key={date} className={`day-cell${date === today ? ' today' : ''}`}>
              <h3>
                {formatDay(date)}
                {date === today && <span className="visually-hidden"> (today)</span>}
              </h3>
              <div className="day-items">
                {day?.sessions.map((s, i) => (
                  <button
                    // biome-ignore lint/suspicious/noArrayIndexKey: sessions keep their order
                    key={i}
                    type="button"
                    className={`chip chip-button ${kindClass(s)}`}
                    onClick={() => onOpen(date, i)}
                  >
                    {chipText(s)}
                  </button>
                ))}
                {day && day.sessions.length === 0 && <span className="muted small">Rest</span>}
                {dayRuns.map((r) => (
                  <span key={r.id} className="chip done">
                    ✓ {RUN_TYPE_NAMES[r.type]} {showDistance(r.distanceKm, units)}
                  </span>
                ))}
                {dayImported.map((a) => (
                  <span key={a.id} className="chip done">
                    ✓ {a.sport} {showDistance(a.summary.distanceKm, units)}
                  </span>
                ))}
                {dayLifts.map((l) => (
                  <span key={l.id} className="chip done">
                    ✓ Strength {l.sets.length} sets
                  </span>
                ))}
              </div>
            </div>
          );
        })}
      </div>
    </section>
  );
}

function chipText(s: SessionSummary): string {
  return s.kind === 'run' ? `${s.title}` : `${s.title} · ${s.durationMin} min`;
}

function SessionDialog({
  athleteId,
  units,
  day,
  index,
  canMove,
  canEdit,
  onClose,
  onMoved,
}: {
  athleteId: string;
  units: Units;
  day: PlanDay;
  index: number;
  canMove: boolean;
  canEdit: boolean;
  onClose: () => void;
  onMoved: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const session = day.sessions[index];
  const choices = Array.from({ length: 13 }, (_, i) => addDays(day.date, i - 6)).filter(
    (d) => d !== day.date,
  );
  const [to, setTo] = useState(choices[6] ?? day.date);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  // The close event comes a task after close(): when React has run the effect again in the
  // meantime (and opened the dialog again), that stale event must not close the new one.
  const closed = (e: SyntheticEvent<HTMLDialogElement>) => {
    if (!e.currentTarget.open) onClose();
  };

  if (!session) return null;

  const move = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await api.moveSession(athleteId, { from: day.date, index, to });
      onMoved();
    } catch (e) {
      setError(asApiError(e));
      setBusy(false);
    }
  };

  return (
    <dialog ref={ref} onClose={closed} aria-labelledby="session-dialog-title">
      <p className="muted small" id="session-dialog-title">
        {formatDay(day.date, true)}
      </p>
      <SessionView session={session} units={units} headingLevel={2} />
      {canMove && (
        <div className="stack section">
          <SelectField
            label="Move to"
            value={to}
            onChange={(e) => setTo(e.target.value)}
            options={choices.map((d) => ({ value: d, label: formatDay(d) }))}
            hint="The move is checked against the plan's rules, such as no leg day before a hard run."
          />
          <FormError error={error} />
          <div className="actions">
            <button
              type="button"
              className="button primary"
              onClick={() => void move()}
              disabled={busy}
            >
              Move session
            </button>
          </div>
        </div>
      )}
      {canEdit && (
        <SessionEditForm
          athleteId={athleteId}
          units={units}
          date={day.date}
          index={index}
          session={session}
          onEdited={onMoved}
        />
      )}
      <div className="actions">
        <button type="button" className="button" onClick={() => ref.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
