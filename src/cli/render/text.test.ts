import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../core/plan/schema.js';
import type { Plan } from '../../core/plan/types.js';
import { renderPlanText } from './text.js';

const sample = (): Plan =>
  parsePlan(
    JSON.parse(
      readFileSync(new URL('../../../test/fixtures/sample-plan.json', import.meta.url), 'utf8'),
    ),
  );

/** The line of a day and its wrapped continuation lines, joined back into one string. */
function dayText(text: string, dayLabel: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`  ${dayLabel} `));
  expect(start).toBeGreaterThanOrEqual(0);
  const block = [lines[start]!.trim()];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith(' '.repeat(14))) break;
    block.push(line.trim());
  }
  return block.join(' ').replace(/\s+/g, ' ');
}

describe('renderPlanText', () => {
  const km = renderPlanText(sample(), 'km');
  const mi = renderPlanText(sample(), 'mi');

  it('fits a 100-column terminal', () => {
    for (const text of [km, mi]) {
      for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
    }
  });

  it('heads each week with dates, phase, volume in the runner units and strength sets', () => {
    expect(km).toContain(
      'Week 1 of 2 · Mon 2 Mar – Sun 8 Mar · peak · 38.0 km running · 32 strength sets',
    );
    // 24 km = 14.9 mi
    expect(mi).toContain(
      'Week 2 of 2 · Mon 9 Mar – Sun 15 Mar · taper, lighter · 14.9 mi running · 16 strength sets',
    );
  });

  it('gives one entry per day: sessions in order with key numbers, then food', () => {
    const lines = km.split('\n');
    expect(lines).toContain(
      '  Sat 7 Mar   Long run 12.0 km @ 5:22–6:02/km                              3550 kcal · 137 g protein',
    );
    expect(dayText(km, 'Tue 10 Mar')).toBe(
      'Tue 10 Mar Intervals 7.5 km: 4 × 800 m @ 4:12–4:18/km → Full body, 3360 kcal · 137 g protein light (full, 30 min)',
    );
    const days = sample().weeks.flatMap((w) => w.days);
    expect(lines.filter((line) => /^ {2}(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d/.test(line))).toHaveLength(
      days.length,
    );
  });

  it('marks rest days, with whatever light work they hold', () => {
    expect(dayText(km, 'Sun 8 Mar')).toBe(
      'Sun 8 Mar Rest · Stretching 15 min 2670 kcal · 137 g protein',
    );
    expect(dayText(km, 'Wed 4 Mar')).toMatch(/^Wed 4 Mar Rest · Easy cycling 40 min → Mobility/);
  });

  it('keeps a distance and its pace on the same line when wrapping', () => {
    expect(dayText(km, 'Sun 15 Mar')).toContain('Race 13.0 km');
    expect(km).toMatch(/\n {14}10 km @ 4:26–4:32\/km\n/);
  });

  it('shows paces in the runner units', () => {
    expect(km).toContain('  Easy        5:22–6:02/km');
    expect(km).toContain('  Threshold   4:37/km');
    expect(mi).toContain('  Easy        8:38–9:43/mi');
    expect(mi).toContain('  Marathon    7:55/mi'); // 295 s/km × 1.609344 = 474.8 s/mi
    expect(mi).not.toMatch(/\/km/);
  });

  it('never prints a missing value', () => {
    expect(`${km}${mi}`).not.toMatch(/undefined|NaN|null|\[object/);
  });

  it('stays inside 100 columns whatever the titles', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 140 }), { minLength: 1, maxLength: 5 }),
        (titles) => {
          const plan = sample();
          const day = plan.weeks[0]!.days[0]!;
          day.sessions = titles.map((title) => ({ ...day.sessions[0]!, title }));
          plan.weeks[0]!.summary = titles.join(' ');
          for (const line of renderPlanText(plan, 'mi').split('\n')) {
            expect(line.length).toBeLessThanOrEqual(100);
          }
        },
      ),
    );
  });
});
