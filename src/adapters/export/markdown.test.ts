import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../core/plan/schema.js';
import type { Plan } from '../../core/plan/types.js';
import { renderPlanMarkdown } from './markdown.js';

const sample = (): Plan =>
  parsePlan(
    JSON.parse(
      readFileSync(new URL('../../../test/fixtures/sample-plan.json', import.meta.url), 'utf8'),
    ),
  );

/** Cells of a table row; an escaped pipe stays inside its cell. */
const cells = (row: string): string[] =>
  row
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());

/** Every table in the document, as lists of rows. */
function tables(md: string): string[][] {
  const found: string[][] = [];
  let current: string[] = [];
  for (const line of [...md.split('\n'), '']) {
    if (line.startsWith('|')) current.push(line);
    else if (current.length > 0) {
      found.push(current);
      current = [];
    }
  }
  return found;
}

describe('renderPlanMarkdown', () => {
  const plan = sample();
  const km = renderPlanMarkdown(plan, 'km');
  const mi = renderPlanMarkdown(plan, 'mi');
  const sessions = plan.weeks.flatMap((w) => w.days.flatMap((d) => d.sessions));

  it('puts title, paces, fuel basis and expectations before the weeks', () => {
    expect(km.startsWith('# Plan for the 10K on Sun 15 Mar 2026\n')).toBe(true);
    const order = [
      '## Paces',
      '## Fuel basis',
      '## What to expect',
      '## Week 1: peak',
      '## Week 2: taper (lighter)',
    ];
    const positions = order.map((heading) => km.indexOf(`\n${heading}`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('tabulates paces in the runner units', () => {
    expect(km).toContain('| Easy | 5:22–6:02/km |');
    expect(mi).toContain('| Easy | 8:38–9:43/mi |');
    expect(mi).toContain('| Threshold | 7:26/mi |'); // 277 s/km × 1.609344 = 445.8 s/mi
    expect(mi).not.toContain('/km');
  });

  it('states the fuel basis and each expectation', () => {
    expect(km).toContain('| Resting energy | 1708 kcal a day (Mifflin–St Jeor) |');
    expect(km).toContain('| Surplus | +250 kcal a day |');
    expect(km).toContain('- **3–4 months:** About 1–2 kg of lean mass');
  });

  it('gives each week a table with one row per day, food included', () => {
    const dayTables = tables(km).filter((t) => t[0]!.startsWith('| Day |'));
    expect(dayTables.map((t) => t.length - 2)).toEqual(plan.weeks.map((w) => w.days.length));
    expect(km).toContain(
      '| Sun 8 Mar | Rest · Stretching 15 min | 2670 | 137 g | 228 g | 134 g | 2.8 L |',
    );
  });

  it('details every session in plan order, each with its why', () => {
    const headings = (md: string) => md.split('\n').filter((line) => line.startsWith('#### '));
    expect(headings(km)).toHaveLength(sessions.length);
    expect(km.split('\n').filter((line) => line.startsWith('*Why:* '))).toEqual(
      sessions.map((s) => `*Why:* ${s.why}`),
    );
  });

  it('heads each run with its type and main numbers in the runner units, other sessions by title', () => {
    const headings = (md: string) =>
      md
        .split('\n')
        .filter((line) => line.startsWith('#### '))
        .map((line) => line.slice(5));
    const runs = (md: string) =>
      headings(md).filter((h) =>
        /^(Easy run|Recovery run|Long run|Tempo run|Intervals|Hill sprints|Race pace) /.test(h),
      );
    // Week 1: easy 6 km, hills, tempo, strides 5 km, long 12 km; week 2: recovery 5 km,
    // intervals, race pace, easy 4 km. 1 mi = 1.609344 km.
    expect(runs(km)).toEqual([
      'Easy run 6.0 km',
      'Hill sprints 8 × 20 s',
      'Tempo run 20 min',
      'Easy run + strides 5.0 km',
      'Long run 12.0 km',
      'Recovery run 5.0 km',
      'Intervals 4 × 800 m',
      'Race pace 3 × 1000 m',
      'Easy run 4.0 km',
    ]);
    expect(runs(mi)).toEqual([
      'Easy run 3.7 mi', // 3.73
      'Hill sprints 8 × 20 s',
      'Tempo run 20 min',
      'Easy run + strides 3.1 mi', // 3.11
      'Long run 7.5 mi', // 7.46
      'Recovery run 3.1 mi',
      'Intervals 4 × 800 m', // track repeats stay in metres
      'Race pace 3 × 1000 m',
      'Easy run 2.5 mi', // 2.49
    ]);
    expect(headings(mi)).toContain('Upper body: push and pull');
    expect(headings(mi).at(-1)).toBe('10K race'); // a race keeps its name
  });

  it('lists run steps: warm-up, repeats with work and recovery, cool-down', () => {
    expect(km).toContain(
      [
        '- Warm-up: 2 km easy jog @ 5:22–6:02/km',
        '- 4 × 800 m hard, even effort @ 4:12–4:18/km; 2 min easy jog',
        '- Cool-down: 1.5 km easy jog @ 5:22–6:02/km',
      ].join('\n'),
    );
  });

  it('tables strength exercises with sets × reps, RIR, rest, load change and cue', () => {
    expect(km).toContain(
      '| Back squat | 3 × 6–8 | 2 | 2:30 min | +2.5 % weight | Brace before you descend; knees track over the toes. |',
    );
    expect(km).toContain('| Farmer carry | 2 × 30–40 s | 2 | 1 min | same weight, more reps |');
  });

  it('keeps tables intact when a text holds a pipe', () => {
    const piped = sample();
    const lift = piped.weeks[0]!.days[0]!.sessions[1]!;
    if (lift.kind !== 'strength') throw new Error('fixture changed: expected a lift second');
    lift.exercises[0]!.cue = 'Chin over the bar | no kipping';
    const md = renderPlanMarkdown(piped, 'km');
    expect(md).toContain('Chin over the bar \\| no kipping');
    for (const table of tables(md)) {
      const width = cells(table[0]!).length;
      for (const row of table) expect(cells(row)).toHaveLength(width);
    }
  });

  it('adds the day food timing under its sessions and flags electrolytes with the water', () => {
    expect(km).toContain(
      '*Food:* Carbohydrate-rich meal 2–3 h before the run. Within an hour after training: carbs with 30–40 g protein.',
    );
    const hot = sample();
    hot.weeks[0]!.days[5]!.fuel.electrolytes = true;
    expect(renderPlanMarkdown(hot, 'km')).toContain(
      '| 3550 | 137 g | 456 g | 131 g | 3.3 L + electrolytes |',
    );
  });

  it('never prints a missing value', () => {
    expect(`${km}${mi}`).not.toMatch(/undefined|NaN|null|\[object/);
  });
});
