import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../core/plan/schema.js';
import type { Plan } from '../../core/plan/types.js';
import { renderPlanIcs, sessionUid } from './ics.js';

const sample = (): Plan =>
  parsePlan(
    JSON.parse(
      readFileSync(new URL('../../../test/fixtures/sample-plan.json', import.meta.url), 'utf8'),
    ),
  );

/** RFC 5545 content lines: CRLF-separated, a line starting with a space continues the last. */
function unfold(ics: string): string[] {
  return ics.replaceAll('\r\n ', '').split('\r\n').filter(Boolean);
}

/** TEXT values back to plain text. */
const unescapeText = (value: string): string =>
  value.replaceAll(/\\([\\;,nN])/g, (_, c: string) => (c.toLowerCase() === 'n' ? '\n' : c));

interface Event {
  [property: string]: string;
}

/** Each VEVENT as property name (with parameters) → value. */
function events(ics: string): Event[] {
  const found: Event[] = [];
  let current: Event | undefined;
  for (const line of unfold(ics)) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      found.push(current);
      current = undefined;
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return found;
}

describe('renderPlanIcs', () => {
  const plan = sample();
  const days = plan.weeks.flatMap((w) => w.days);
  const sessions = days.flatMap((d) =>
    d.sessions.map((session, index) => ({ day: d, session, index })),
  );
  const km = renderPlanIcs(plan, 'km');
  const mi = renderPlanIcs(plan, 'mi', {
    name: 'Race, 10K; spring',
    stamp: '2026-02-20T08:30:00Z',
  });

  it('is one calendar with one event per session', () => {
    const lines = unfold(km);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines.filter((l) => l === 'BEGIN:VCALENDAR')).toHaveLength(1);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(sessions.length);
    expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(sessions.length);
    expect(sessions.length).toBe(22); // the sample's count, so a lost session cannot pass
  });

  it('places each session as an all-day event on its date, titled in the runner units', () => {
    const found = events(km);
    for (const [i, { day }] of sessions.entries()) {
      expect(found[i]!['DTSTART;VALUE=DATE']).toBe(day.date.replaceAll('-', ''));
    }
    const summaries = (ics: string) => events(ics).map((e) => unescapeText(e.SUMMARY!));
    // Monday: an easy 6 km (3.7 mi) and an upper-body lift; Saturday's long run is 12 km (7.5 mi).
    expect(summaries(km).slice(0, 2)).toEqual(['Easy run 6.0 km', 'Upper body: push and pull']);
    expect(summaries(mi).slice(0, 3)).toEqual([
      'Easy run 3.7 mi',
      'Upper body: push and pull',
      'Hill sprints 8 × 20 s',
    ]);
    expect(summaries(km)).toContain('Long run 12.0 km');
    expect(summaries(mi)).toContain('Long run 7.5 mi');
    expect(summaries(mi).join(' ')).not.toMatch(/\bkm\b/);
    expect(found[0]!['DTEND;VALUE=DATE']).toBe('20260303');
    expect(found.at(-1)!['DTSTART;VALUE=DATE']).toBe('20260315');
    expect(found.at(-1)!['DTEND;VALUE=DATE']).toBe('20260316');
  });

  it('uses UIDs from date and position, unique, and unchanged when a session changes', () => {
    const uids = events(km).map((e) => e.UID);
    expect(uids).toEqual(sessions.map(({ day, index }) => sessionUid(day.date, index)));
    expect(uids[1]).toBe('2026-03-02-2@runstrong');
    expect(new Set(uids).size).toBe(uids.length);

    const adapted = sample();
    const monday = adapted.weeks[0]!.days[0]!;
    monday.sessions[0] = { ...monday.sessions[0]!, title: 'Easy run, shorter' };
    expect(events(renderPlanIcs(adapted, 'km')).map((e) => e.UID)).toEqual(uids);
  });

  it('gives the same file for the same plan', () => {
    expect(renderPlanIcs(sample(), 'km')).toBe(km);
    expect(events(km)[0]!.DTSTAMP).toBe('20260302T000000Z');
    expect(events(mi)[0]!.DTSTAMP).toBe('20260220T083000Z');
  });

  it('describes structure and why in the runner units', () => {
    const hills = unescapeText(events(km)[2]!.DESCRIPTION!);
    expect(hills).toBe(
      [
        '7.0 km · about 45 min · hills (hard)',
        'Warm-up: 2.5 km easy jog @ 5:22–6:02/km',
        '8 × 20 s uphill sprint, tall and powerful; 90 s walk back down',
        'Cool-down: 2.5 km easy jog @ 5:22–6:02/km',
        '',
        'Why: Short steep sprints load the glutes and calves harder than any other run, with little wear on the legs.',
      ].join('\n'),
    );
    const squats = unescapeText(events(mi)[3]!.DESCRIPTION!);
    expect(squats).toContain('Back squat: 3 × 6–8, RIR 2, rest 2:30 min, +2.5 % weight.');
    expect(unescapeText(events(mi)[0]!.DESCRIPTION!)).toContain(
      '3.7 mi easy, conversational @ 8:38–9:43/mi',
    );
    expect(mi).not.toContain('/km');
  });

  it('names the calendar, escaped as text', () => {
    expect(unfold(km)).toContain('X-WR-CALNAME:Plan for the 10K on Sun 15 Mar 2026');
    expect(unfold(mi)).toContain('X-WR-CALNAME:Race\\, 10K\\; spring');
  });

  it('folds lines at 75 octets with CRLF endings', () => {
    for (const ics of [km, mi]) {
      expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
      for (const line of ics.split('\r\n')) {
        expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      }
    }
  });

  it('never prints a missing value', () => {
    expect(`${km}${mi}`).not.toMatch(/undefined|NaN|null|\[object/);
  });

  it('refuses a stamp that is not a date-time', () => {
    expect(() => renderPlanIcs(plan, 'km', { stamp: 'yesterday' })).toThrow(/stamp "yesterday"/);
  });
});
