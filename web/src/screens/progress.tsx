// Progress: weekly running volume and strength sets planned against done, sessions kept,
// fitness/fatigue/form, estimated 1RM per lift and body weight against the expected band.
// The server computes every figure; this page draws them and says plainly what is missing.
import { type FormEvent, useState } from 'react';
import { exerciseLabel, formatDay } from '../../../src/core/plan/describe.js';
import type { Units } from '../../../src/core/plan/types.js';
import {
  type ApiError,
  api,
  type BodyEntry,
  type Compliance,
  type E1rmPoint,
  type Progress,
} from '../api.js';
import { addDays, localToday } from '../dates.js';
import { asApiError, useResource } from '../resource.js';
import { useAthlete } from '../session.js';
import { Chart } from '../ui/chart.js';
import { FormError, fieldErrors, SelectField, TextField } from '../ui/field.js';
import { Async, Empty } from '../ui/status.js';
import { distanceValue, massUnit, massValue, parseBodyMassKg, showMass } from '../units.js';

/** Weigh-ins charted: the body trend's window and more, to see the direction. */
const BODY_CHART_DAYS = 90;

export default function ProgressScreen() {
  const { athleteId, units } = useAthlete();
  const today = localToday();
  const [version, setVersion] = useState(0);
  const progress = useResource(() => api.progress(athleteId, today), [athleteId, today, version]);
  return (
    <>
      <div className="page-head">
        <h1>Progress</h1>
        <p>Planned from day one, done as it comes.</p>
      </div>
      <Async resource={progress} what="your progress">
        {(p) => (
          <div className="progress-grid">
            <VolumeCharts progress={p} units={units} />
            <ComplianceCard progress={p} />
            <FitnessCard athleteId={athleteId} today={today} version={version} />
            <LiftsCard progress={p} units={units} />
            <BodyCard
              progress={p}
              units={units}
              athleteId={athleteId}
              today={today}
              version={version}
              onLogged={() => setVersion((v) => v + 1)}
            />
          </div>
        )}
      </Async>
    </>
  );
}

const weekLabel = (weekStart: string) => formatDay(weekStart).slice(4);

function VolumeCharts({ progress, units }: { progress: Progress; units: Units }) {
  const weeks = progress.weeks;
  const x = weeks.map((_, i) => i);
  const label = (i: number) => weekLabel(weeks[i]?.weekStart ?? '');
  const doneUpTo = (i: number) => (weeks[i]?.weekStart ?? '') <= progress.date;
  return (
    <>
      <section className="card chart-card" aria-labelledby="run-volume-title">
        <h2 id="run-volume-title">Weekly running volume</h2>
        <p className="hint">Planned (light) and done (dark), {units} per week starting Monday.</p>
        <Chart
          label={`Running ${units} per week, planned and done`}
          x={x}
          xLabel={label}
          series={[
            {
              label: `Planned (${units})`,
              values: weeks.map((w) => distanceValue(w.planned.runKm, units)),
              color: '--kind-easy',
              kind: 'bar',
              dashed: true,
              align: -1,
            },
            {
              label: `Done (${units})`,
              values: weeks.map((w, i) =>
                doneUpTo(i) ? distanceValue(w.done.runKm, units) : null,
              ),
              color: '--kind-long',
              kind: 'bar',
              align: 1,
            },
          ]}
        />
      </section>
      <section className="card chart-card" aria-labelledby="sets-title">
        <h2 id="sets-title">Weekly strength sets</h2>
        <p className="hint">Working sets planned and sets logged per week.</p>
        <Chart
          label="Strength sets per week, planned and done"
          x={x}
          xLabel={label}
          series={[
            {
              label: 'Planned sets',
              values: weeks.map((w) => w.planned.strengthSets),
              color: '--kind-strength',
              kind: 'bar',
              dashed: true,
              align: -1,
            },
            {
              label: 'Done sets',
              values: weeks.map((w, i) => (doneUpTo(i) ? w.done.strengthSets : null)),
              color: '--kind-strength',
              kind: 'bar',
              align: 1,
            },
          ]}
        />
      </section>
    </>
  );
}

function percent(c: Compliance): string {
  return c.ratio === undefined ? '–' : `${Math.round(c.ratio * 100)} %`;
}

function ComplianceCard({ progress }: { progress: Progress }) {
  const { days7, days28 } = progress.compliance;
  const weeks = progress.weeks.filter((w) => w.weekStart <= progress.date);
  const count = (s: Progress['weeks'][number]['planned']['sessions']) => s.run + s.strength;
  return (
    <section className="card chart-card" aria-labelledby="compliance-title">
      <h2 id="compliance-title">Compliance</h2>
      <p className="hint">Planned sessions done on the day or moved by one.</p>
      <dl className="stat-grid">
        <div className="stat">
          <dt>Last 7 days</dt>
          <dd>
            {percent(days7)}{' '}
            <small>
              {days7.done} of {days7.planned}
            </small>
          </dd>
        </div>
        <div className="stat">
          <dt>Last 28 days</dt>
          <dd>
            {percent(days28)}{' '}
            <small>
              {days28.done} of {days28.planned}
            </small>
          </dd>
        </div>
      </dl>
      {weeks.length > 0 && (
        <Chart
          label="Runs and strength sessions per week, planned and done"
          x={weeks.map((_, i) => i)}
          xLabel={(i) => weekLabel(weeks[i]?.weekStart ?? '')}
          height={180}
          series={[
            {
              label: 'Sessions planned',
              values: weeks.map((w) => count(w.planned.sessions)),
              color: '--ink-faint',
              kind: 'bar',
              dashed: true,
              align: -1,
            },
            {
              label: 'Sessions done',
              values: weeks.map((w) => count(w.done.sessions)),
              color: '--ok',
              kind: 'bar',
              align: 1,
            },
          ]}
        />
      )}
    </section>
  );
}

function FitnessCard({
  athleteId,
  today,
  version,
}: {
  athleteId: string;
  today: string;
  version: number;
}) {
  const load = useResource(() => api.load(athleteId, today), [athleteId, today, version]);
  return (
    <section className="card chart-card" aria-labelledby="fitness-title">
      <h2 id="fitness-title">Fitness, fatigue and form</h2>
      <p className="hint">
        Fitness is your 6-week training load, fatigue your last week's; form is the gap between
        them.
      </p>
      <Async resource={load} what="training load">
        {({ days, acwr }) =>
          days.every((d) => d.load === 0) ? (
            <Empty title="No training load yet">
              <p>Log a session and your load starts to build here.</p>
            </Empty>
          ) : (
            <>
              <Chart
                label="Fitness, fatigue and form by day"
                time
                x={days.map((d) => Date.parse(d.date) / 1000)}
                xLabel={(t) => formatDay(new Date(t * 1000).toISOString().slice(0, 10)).slice(4)}
                series={[
                  {
                    label: 'Fitness',
                    values: days.map((d) => d.ctl),
                    color: '--kind-easy',
                    kind: 'line',
                  },
                  {
                    label: 'Fatigue',
                    values: days.map((d) => d.atl),
                    color: '--kind-hard',
                    kind: 'line',
                  },
                  {
                    label: 'Form',
                    values: days.map((d) => d.tsb),
                    color: '--ok',
                    kind: 'line',
                    dashed: true,
                  },
                ]}
              />
              {acwr && (
                <p className="small">
                  Last week against the last four: {acwr.ratio.toFixed(2)} ({acwr.zone}); 0.8 to 1.3
                  is the usual target.
                </p>
              )}
            </>
          )
        }
      </Async>
    </section>
  );
}

function LiftsCard({ progress, units }: { progress: Progress; units: Units }) {
  const lifts = progress.lifts.filter((l) => l.points.length > 0);
  const [chosen, setChosen] = useState<string>();
  const byMost = [...lifts].sort((a, b) => b.points.length - a.points.length);
  const lift = lifts.find((l) => l.exercise === chosen) ?? byMost[0];
  const unit = massUnit(units);
  return (
    <section className="card chart-card" aria-labelledby="lifts-title">
      <h2 id="lifts-title">Estimated 1RM per lift</h2>
      <p className="hint">
        The heaviest single you could lift, estimated from your logged sets and reps in reserve.
      </p>
      {!lift ? (
        <Empty title="No lifts logged yet">
          <p>Log a strength session and each lift's estimate starts here.</p>
        </Empty>
      ) : (
        <>
          <SelectField
            label="Lift"
            value={lift.exercise}
            onChange={(e) => setChosen(e.target.value)}
            options={lifts.map((l) => ({ value: l.exercise, label: exerciseLabel(l.exercise) }))}
          />
          <LatestE1rm point={lift.points.at(-1)!} units={units} />
          {lift.points.length > 1 && (
            <Chart
              label={`Estimated 1RM of ${exerciseLabel(lift.exercise)} in ${unit}, by date`}
              time
              x={lift.points.map((p) => Date.parse(p.date) / 1000)}
              xLabel={(t) => formatDay(new Date(t * 1000).toISOString().slice(0, 10)).slice(4)}
              fromZero={false}
              series={[
                {
                  label: `e1RM (${unit})`,
                  values: lift.points.map((p) => massValue(p.e1rmKg, units)),
                  color: '--kind-strength',
                  kind: 'line',
                },
              ]}
            />
          )}
        </>
      )}
    </section>
  );
}

function LatestE1rm({ point, units }: { point: E1rmPoint; units: Units }) {
  return (
    <p className="section">
      Latest estimate <strong>{showMass(point.e1rmKg, units)}</strong>{' '}
      <span className="muted small">
        from {point.reps} × {showMass(point.loadKg, units)}
        {point.rir !== undefined ? ` with ${point.rir} in reserve` : ''} on {formatDay(point.date)}
      </span>
    </p>
  );
}

const STATUS_TEXT = {
  below: ['Below the expected band', 'badge-warn'],
  within: ['Within the expected band', 'badge-ok'],
  above: ['Above the expected band', 'badge-warn'],
  'not-enough-data': ['Not enough weigh-ins yet', ''],
} as const;

function BodyCard({
  progress,
  units,
  athleteId,
  today,
  version,
  onLogged,
}: {
  progress: Progress;
  units: Units;
  athleteId: string;
  today: string;
  version: number;
  onLogged: () => void;
}) {
  const body = progress.body;
  const entries = useResource(
    () => api.bodyEntries(athleteId, addDays(today, -BODY_CHART_DAYS), today),
    [athleteId, today, version],
  );
  return (
    <section className="card chart-card" aria-labelledby="body-title">
      <h2 id="body-title">Body weight</h2>
      {body && (
        <>
          <p>
            <span className={`badge ${STATUS_TEXT[body.status][1]}`}>
              {STATUS_TEXT[body.status][0]}
            </span>
          </p>
          <dl className="stat-grid">
            {body.trendKg !== undefined && (
              <div className="stat">
                <dt>Trend</dt>
                <dd>{showMass(body.trendKg, units)}</dd>
              </div>
            )}
            {body.ratePctPerWeek !== undefined && (
              <div className="stat">
                <dt>Change a week</dt>
                <dd>
                  {body.ratePctPerWeek > 0 ? '+' : ''}
                  {body.ratePctPerWeek.toFixed(2)} <small>%</small>
                </dd>
              </div>
            )}
            <div className="stat">
              <dt>Expected a week</dt>
              <dd>
                {body.expectedBand[0]} to {body.expectedBand[1]} <small>%</small>
              </dd>
            </div>
          </dl>
          <p className="small">{body.message}</p>
        </>
      )}
      {entries.state === 'ready' && entries.data.length > 1 && (
        <WeightChart entries={entries.data} units={units} band={body?.expectedBand} />
      )}
      {entries.state === 'error' && <p className="field-error">{entries.error.message}</p>}
      <WeighInForm athleteId={athleteId} today={today} units={units} onLogged={onLogged} />
    </section>
  );
}

/**
 * Weigh-ins with the expected band drawn from the first one: where weight would be at the
 * band's low and high weekly rates.
 */
function WeightChart({
  entries,
  units,
  band,
}: {
  entries: BodyEntry[];
  units: Units;
  band: [number, number] | undefined;
}) {
  const first = entries[0]!;
  const weeksFrom = (date: string) =>
    (Date.parse(date) - Date.parse(first.date)) / (7 * 86_400_000);
  const at = (pct: number, date: string) =>
    massValue(first.weightKg * (1 + (pct / 100) * weeksFrom(date)), units);
  return (
    <Chart
      label={`Body weight in ${massUnit(units)} by date, against the expected band`}
      time
      fromZero={false}
      x={entries.map((e) => Date.parse(e.date) / 1000)}
      xLabel={(t) => formatDay(new Date(t * 1000).toISOString().slice(0, 10)).slice(4)}
      series={[
        {
          label: `Weight (${massUnit(units)})`,
          values: entries.map((e) => massValue(e.weightKg, units)),
          color: '--brand',
          kind: 'line',
        },
      ]}
      {...(band && {
        band: {
          label: 'Expected',
          low: entries.map((e) => at(band[0], e.date)),
          high: entries.map((e) => at(band[1], e.date)),
        },
      })}
    />
  );
}

function WeighInForm({
  athleteId,
  today,
  units,
  onLogged,
}: {
  athleteId: string;
  today: string;
  units: Units;
  onLogged: () => void;
}) {
  const [weight, setWeight] = useState('');
  const [date, setDate] = useState(today);
  const [error, setError] = useState<ApiError>();
  const [done, setDone] = useState(false);
  const { errorFor, rest } = fieldErrors(error, ['weightKg', 'date']);
  const unit = massUnit(units);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    setDone(false);
    try {
      await api.addBody(athleteId, { date, weightKg: parseBodyMassKg(weight, units, 'weightKg') });
      setDone(true);
      setWeight('');
      onLogged();
    } catch (err) {
      setError(asApiError(err));
    }
  };
  return (
    <form className="stack section" onSubmit={submit} noValidate aria-label="Log a weigh-in">
      <h3>Log a weigh-in</h3>
      <div className="grid-2">
        <TextField
          label={`Weight (${unit})`}
          inputMode="decimal"
          value={weight}
          onChange={(e) => setWeight(e.target.value)}
          error={errorFor('weightKg')}
        />
        <TextField
          label="Date"
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
          error={errorFor('date')}
        />
      </div>
      <FormError error={rest} />
      {done && (
        <p className="form-ok" role="status">
          Weigh-in saved.
        </p>
      )}
      <button type="submit" className="button">
        Save weigh-in
      </button>
    </form>
  );
}
