// The plan as plain text for a terminal: week by week, one line per day (wrapped inside its
// column when long), then the paces. Fits 100 columns so it reads in any terminal window.
import { formatDay, planSpan, planTitle, summarizeSession } from '../../core/plan/describe.js';
import type { Paces, Plan, PlanDay, PlanWeek, Units } from '../../core/plan/types.js';
import { formatDistance, formatPace, formatPaceRange } from '../../core/units/index.js';

const WIDTH = 100;
const INDENT = '  ';
const LABEL_COLUMN = 12; // 'Wed 31 Dec' or 'Repetition', and a gap
const FUEL_COLUMN = 27; // '3270 kcal · 137 g protein' and a gap

const NBSP = '\u00a0';

/** Word wrap that keeps '10 km @ 4:26–4:32/km' together on one line. */
function wrap(text: string, width: number): string[] {
  const glued = text.replaceAll(/ \S+ @ /g, (m) => m.replaceAll(' ', NBSP));
  return wrapWords(glued, width).map((line) => line.replaceAll(NBSP, ' '));
}

/** Greedy word wrap; a word longer than the width is cut so no line ever overflows. */
function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter(Boolean)) {
    for (let rest = word; rest.length > 0; ) {
      const room = line ? width - line.length - 1 : width;
      if (rest.length <= room) {
        line = line ? `${line} ${rest}` : rest;
        rest = '';
      } else if (line) {
        lines.push(line);
        line = '';
      } else {
        lines.push(rest.slice(0, width));
        rest = rest.slice(width);
      }
    }
  }
  return line ? [...lines, line] : lines;
}

function dayLines(day: PlanDay, units: Units): string[] {
  const sessions = day.sessions.map((s) => summarizeSession(s, units)).join(' → ');
  const what = day.rest ? ['Rest', sessions].filter(Boolean).join(' · ') : sessions;
  const fuel = `${day.fuel.kcal} kcal · ${day.fuel.proteinG} g protein`;
  const sessionWidth = WIDTH - INDENT.length - LABEL_COLUMN - FUEL_COLUMN;
  const [first = '', ...more] = wrap(what, sessionWidth);
  const lead = INDENT + formatDay(day.date).padEnd(LABEL_COLUMN);
  return [
    `${lead}${first.padEnd(sessionWidth)}${fuel.padStart(FUEL_COLUMN)}`.trimEnd(),
    ...more.map((line) => `${' '.repeat(lead.length)}${line}`),
  ];
}

function weekLines(week: PlanWeek, weekCount: number, units: Units): string[] {
  const first = week.days[0];
  const last = week.days.at(-1);
  const header = [
    `Week ${week.index} of ${weekCount}`,
    first && last ? `${formatDay(first.date)} – ${formatDay(last.date)}` : '',
    week.lighter ? `${week.phase}, lighter` : week.phase,
    `${formatDistance(week.runKm, units)} running`,
    `${week.strengthSets} strength sets`,
  ].filter(Boolean);
  return [
    ...wrap(header.join(' · '), WIDTH),
    ...wrap(week.summary, WIDTH),
    ...week.days.flatMap((day) => dayLines(day, units)),
  ];
}

function paceLines(paces: Paces, source: string, units: Units): string[] {
  const rows: [string, string][] = [
    ['Easy', formatPaceRange(paces.easySecPerKm, units)],
    ['Marathon', formatPace(paces.marathonSecPerKm, units)],
    ['Threshold', formatPace(paces.thresholdSecPerKm, units)],
    ['Interval', formatPace(paces.intervalSecPerKm, units)],
    ['Repetition', formatPace(paces.repetitionSecPerKm, units)],
  ];
  return [
    `Paces (VDOT ${paces.vdot})`,
    ...wrap(source, WIDTH - INDENT.length).map((line) => INDENT + line),
    ...rows.map(([name, pace]) => `${INDENT}${name.padEnd(LABEL_COLUMN)}${pace}`),
  ];
}

/** '- text', continuation lines indented under the text. */
function bullet(text: string): string[] {
  return wrap(text, WIDTH - 2).map((line, i) => `${i === 0 ? '-' : ' '} ${line}`);
}

/** The whole plan as terminal text, distances and paces in the runner's units. */
export function renderPlanText(plan: Plan, units: Units): string {
  const blocks: string[][] = [
    [...wrap(`${planTitle(plan)}: ${planSpan(plan)}`, WIDTH), ...plan.notes.flatMap(bullet)],
    ...plan.weeks.map((week) => weekLines(week, plan.weeks.length, units)),
    paceLines(plan.paces, plan.pacesSource, units),
  ];
  return `${blocks.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
