import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../core/plan/schema.js';
import type { Plan, RunSession } from '../../../core/plan/types.js';
import { decodeFit } from './decode.js';
import { planWorkoutFiles } from './plan-workout-files.js';

const sample = (): Plan =>
  parsePlan(
    JSON.parse(
      readFileSync(new URL('../../../../test/fixtures/sample-plan.json', import.meta.url), 'utf8'),
    ),
  );

const unixSec = (iso: string) => Date.parse(iso) / 1000;

describe('planWorkoutFiles', () => {
  it('gives one file per run session, named by date and run type, in plan order', () => {
    const plan = sample();
    const runs = plan.weeks.flatMap((w) =>
      w.days.flatMap((d) =>
        d.sessions.filter((s) => s.kind === 'run').map((s) => `${d.date}-${s.type}.fit`),
      ),
    );
    const files = planWorkoutFiles(plan);
    expect(files.map((f) => f.name)).toEqual(runs);
    expect(files.slice(0, 5).map((f) => f.name)).toEqual([
      '2026-03-02-easy.fit',
      '2026-03-03-hills.fit',
      '2026-03-05-tempo.fit',
      '2026-03-06-strides.fit',
      '2026-03-07-long.fit',
    ]);
  });

  it('names each workout by its date and title, created at midnight UTC of its day', () => {
    const [, hills] = planWorkoutFiles(sample());
    const fit = decodeFit(hills!.bytes);
    expect(fit.partial).toBeUndefined();
    expect(fit.messages.workout[0]?.wkt_name).toBe('2026-03-03 Hill sprints');
    expect(fit.messages.file_id[0]?.time_created).toBe(unixSec('2026-03-03T00:00:00Z'));
    // Warm-up, sprint, walk back, repeat, cool-down.
    expect(fit.messages.workout[0]?.num_valid_steps).toBe(5);
    expect(fit.messages.workout_step[3]).toMatchObject({
      duration_type: 'repeat_until_steps_cmplt',
      duration_value: 1,
      target_value: 8,
    });
  });

  it('tells two runs of one type on one day apart, by name and by time_created', () => {
    const plan = sample();
    const day = plan.weeks[0]!.days[0]!;
    const easy = day.sessions[0] as RunSession;
    day.sessions.push({ ...easy, title: 'Second easy run' }, { ...easy, type: 'strides' });
    const files = planWorkoutFiles(plan).filter((f) => f.name.startsWith(day.date));
    expect(files.map((f) => f.name)).toEqual([
      '2026-03-02-easy.fit',
      '2026-03-02-easy-2.fit',
      '2026-03-02-strides.fit',
    ]);
    const created = files.map((f) => decodeFit(f.bytes).messages.file_id[0]?.time_created);
    const midnight = unixSec('2026-03-02T00:00:00Z');
    expect(created).toEqual([midnight, midnight + 1, midnight + 2]);
  });

  it('gives nothing for a plan without runs', () => {
    const plan = sample();
    for (const week of plan.weeks)
      for (const day of week.days) day.sessions = day.sessions.filter((s) => s.kind !== 'run');
    expect(planWorkoutFiles(plan)).toEqual([]);
  });
});
