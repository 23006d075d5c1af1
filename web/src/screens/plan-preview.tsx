// The plan at a glance, right after it is made and any time from Today: its phases, the weekly
// volume, the paces, a typical week with every session's why, and what to expect.
import { formatDay, planSpan, planTitle } from '../../../src/core/plan/describe.js';
import type { Plan, PlanWeek, Units } from '../../../src/core/plan/types.js';
import { formatPace, formatPaceRange } from '../../../src/core/units/index.js';
import { api } from '../api.js';
import { useResource } from '../resource.js';
import { Link } from '../router.js';
import { useAthlete } from '../session.js';
import { Chart } from '../ui/chart.js';
import { SessionView } from '../ui/session-view.js';
import { Async } from '../ui/status.js';
import { distanceValue } from '../units.js';
import { PHASE_NAMES, WEEKDAY_OPTIONS } from '../words.js';

export default function PlanPreview() {
  const { athleteId, units } = useAthlete();
  const plan = useResource(() => api.plan(athleteId), [athleteId]);
  return (
    <Async resource={plan} what="your plan">
      {(p) => <PlanView plan={p} units={units} />}
    </Async>
  );
}

/** A full week of the build phase shows the plan at its most typical; else the first week. */
function typicalWeek(plan: Plan): PlanWeek | undefined {
  return (
    plan.weeks.find((w) => w.phase === 'build' && !w.lighter && w.days.length === 7) ??
    plan.weeks.find((w) => !w.lighter && w.days.length === 7) ??
    plan.weeks[0]
  );
}

function PlanView({ plan, units }: { plan: Plan; units: Units }) {
  const week = typicalWeek(plan);
  return (
    <>
      <div className="page-head">
        <h1>Your plan</h1>
        <p>
          {planTitle(plan)} · {planSpan(plan)}
        </p>
      </div>
      <div className="actions">
        <Link to="/today" className="button primary">
          Start with today
        </Link>
        <Link to="/calendar" className="button">
          See every week
        </Link>
      </div>

      {plan.notes.length > 0 && (
        <section className="section card" aria-labelledby="notes-title">
          <h2 id="notes-title">Notes on your plan</h2>
          <ul>
            {plan.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </section>
      )}

      <section className="section card" aria-labelledby="phases-title">
        <h2 id="phases-title">Phases</h2>
        <Phases plan={plan} />
      </section>

      <section className="section card chart-card" aria-labelledby="volume-title">
        <h2 id="volume-title">Weekly volume</h2>
        <p className="hint">Running distance and strength sets planned for each week.</p>
        <Chart
          label={`Planned running ${units} and strength sets per week`}
          x={plan.weeks.map((w) => w.index)}
          xLabel={(i) => `W${i}`}
          series={[
            {
              label: `Running (${units})`,
              values: plan.weeks.map((w) => distanceValue(w.runKm, units)),
              color: '--kind-easy',
              kind: 'bar',
              align: -1,
            },
            {
              label: 'Strength sets',
              values: plan.weeks.map((w) => w.strengthSets),
              color: '--kind-strength',
              kind: 'bar',
              align: 1,
              scale: 'sets',
            },
          ]}
        />
      </section>

      <section className="section card" aria-labelledby="paces-title">
        <h2 id="paces-title">Your paces</h2>
        <dl className="stat-grid">
          <Stat label="Easy" value={formatPaceRange(plan.paces.easySecPerKm, units)} />
          <Stat label="Marathon" value={formatPace(plan.paces.marathonSecPerKm, units)} />
          <Stat label="Threshold" value={formatPace(plan.paces.thresholdSecPerKm, units)} />
          <Stat label="Interval" value={formatPace(plan.paces.intervalSecPerKm, units)} />
          <Stat label="Repetition" value={formatPace(plan.paces.repetitionSecPerKm, units)} />
        </dl>
        <p className="hint">{plan.pacesSource}</p>
      </section>

      {week && (
        <section className="section" aria-labelledby="typical-title">
          <h2 id="typical-title">
            A typical week: week {week.index}, {PHASE_NAMES[week.phase].toLowerCase()}
          </h2>
          <p className="muted">{week.summary}</p>
          {week.days.map((day) => (
            <section key={day.date} className="section" aria-label={formatDay(day.date)}>
              <h3>
                {WEEKDAY_OPTIONS.find((d) => d.value === day.weekday)?.label}{' '}
                <span className="muted small">{formatDay(day.date)}</span>
              </h3>
              {day.sessions.length === 0 ? (
                <p className="muted">Rest day.</p>
              ) : (
                day.sessions.map((s, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: sessions keep their order
                  <SessionView key={i} session={s} units={units} headingLevel={3} />
                ))
              )}
            </section>
          ))}
        </section>
      )}

      <section className="section card" aria-labelledby="expect-title">
        <h2 id="expect-title">What to expect</h2>
        <dl>
          {plan.expectations.map((e) => (
            <div key={e.horizon} className="expectation">
              <dt>{e.horizon}</dt>
              <dd>{e.text}</dd>
            </div>
          ))}
        </dl>
        <p className="hint">
          Fuel: about {plan.fuelBasis.maintenanceKcal} kcal a day before training
          {plan.fuelBasis.surplusKcal > 0
            ? `, plus ${plan.fuelBasis.surplusKcal} kcal to build`
            : ''}
          ; protein {plan.fuelBasis.proteinGPerKg} g per kg of body weight.
        </p>
      </section>
    </>
  );
}

export function Stat({ label, value, unit }: { label: string; value: string; unit?: string }) {
  return (
    <div className="stat">
      <dt>{label}</dt>
      <dd>
        {value}
        {unit && <small> {unit}</small>}
      </dd>
    </div>
  );
}

function Phases({ plan }: { plan: Plan }) {
  return (
    <>
      <ol className="phase-strip" aria-label="Weeks by phase">
        {plan.weeks.map((w) => (
          <li
            key={w.index}
            className={`phase phase-${w.phase}${w.lighter ? ' lighter' : ''}`}
            title={w.summary}
          >
            <span className="visually-hidden">
              Week {w.index}: {PHASE_NAMES[w.phase]}
              {w.lighter ? ', lighter week' : ''}
            </span>
            <span aria-hidden="true">{w.index}</span>
          </li>
        ))}
      </ol>
      <ul className="legend">
        {(['base', 'build', 'peak', 'taper'] as const)
          .filter((ph) => plan.weeks.some((w) => w.phase === ph))
          .map((ph) => (
            <li key={ph}>
              <span className={`swatch phase-${ph}`} aria-hidden="true" />
              {PHASE_NAMES[ph]} ({plan.weeks.filter((w) => w.phase === ph).length} wk)
            </li>
          ))}
        <li>
          <span className="swatch lighter" aria-hidden="true" />
          Lighter week
        </li>
      </ul>
    </>
  );
}
