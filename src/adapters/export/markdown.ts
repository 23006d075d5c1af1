// The plan as a printable Markdown document: the overview (paces, fuel basis, expectations), then
// each week as a table of days followed by every session in detail, in the runner's units.
import {
  describeSession,
  exerciseParts,
  formatDay,
  planSpan,
  planTitle,
  sessionFacts,
  sessionTitle,
  summarizeSession,
} from '../../core/plan/describe.js';
import type {
  FuelBasis,
  Paces,
  Plan,
  PlanDay,
  PlanWeek,
  Session,
  StrengthSession,
  Units,
} from '../../core/plan/types.js';
import { formatDistance, formatPace, formatPaceRange } from '../../core/units/index.js';

const BMR_FORMULAS: Record<FuelBasis['bmrFormula'], string> = {
  'mifflin-st-jeor': 'Mifflin–St Jeor',
  'katch-mcardle': 'Katch–McArdle',
};

/** A table cell: a pipe would end the cell and a line break the row. */
function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll(/\s*\n\s*/g, ' ');
}

function table(header: string[], align: ('l' | 'r')[], rows: string[][]): string[] {
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [
    line(header),
    `|${align.map((a) => (a === 'r' ? '---:' : '---')).join('|')}|`,
    ...rows.map(line),
  ];
}

function pacesSection(paces: Paces, source: string, units: Units): string[] {
  return [
    `## Paces (VDOT ${paces.vdot})`,
    '',
    source,
    '',
    ...table(
      ['Pace', `Per ${units}`],
      ['l', 'l'],
      [
        ['Easy', formatPaceRange(paces.easySecPerKm, units)],
        ['Marathon', formatPace(paces.marathonSecPerKm, units)],
        ['Threshold', formatPace(paces.thresholdSecPerKm, units)],
        ['Interval', formatPace(paces.intervalSecPerKm, units)],
        ['Repetition', formatPace(paces.repetitionSecPerKm, units)],
      ],
    ),
  ];
}

function fuelSection(basis: FuelBasis): string[] {
  const surplus =
    basis.surplusKcal === 0
      ? 'none: eat to maintenance'
      : `${basis.surplusKcal > 0 ? '+' : ''}${basis.surplusKcal} kcal a day`;
  return [
    '## Fuel basis',
    '',
    ...table(
      ['', ''],
      ['l', 'l'],
      [
        ['Resting energy', `${basis.bmrKcal} kcal a day (${BMR_FORMULAS[basis.bmrFormula]})`],
        ['Maintenance', `${basis.maintenanceKcal} kcal a day before training`],
        ['Surplus', surplus],
        ['Protein', `${basis.proteinGPerKg} g per kg of body weight a day`],
      ],
    ),
    '',
    'Each day below adds its planned training to maintenance and surplus.',
  ];
}

function dayRow(day: PlanDay, units: Units): string[] {
  const sessions = day.sessions.map((s) => summarizeSession(s, units)).join(' → ');
  const f = day.fuel;
  return [
    formatDay(day.date),
    day.rest ? ['Rest', sessions].filter(Boolean).join(' · ') : sessions,
    `${f.kcal}`,
    `${f.proteinG} g`,
    `${f.carbsG} g`,
    `${f.fatG} g`,
    `${f.waterL} L${f.electrolytes ? ' + electrolytes' : ''}`,
  ];
}

function exerciseTable(session: StrengthSession): string[] {
  return table(
    ['Exercise', 'Sets × reps', 'RIR', 'Rest', 'Load', 'Cue'],
    ['l', 'l', 'r', 'r', 'l', 'l'],
    session.exercises.map((exercise) => {
      const p = exerciseParts(exercise);
      return [exercise.name, p.setsReps, p.rir, p.rest, p.loadChange, exercise.cue];
    }),
  );
}

function sessionDetail(session: Session, units: Units): string[] {
  const body =
    session.kind === 'strength'
      ? exerciseTable(session)
      : describeSession(session, units).map((line) => `- ${line}`);
  return [
    `#### ${sessionTitle(session, units)}`,
    '',
    sessionFacts(session, units),
    '',
    ...(body.length > 0 ? [...body, ''] : []),
    `*Why:* ${session.why}`,
    '',
  ];
}

function dayDetail(day: PlanDay, units: Units): string[] {
  if (day.sessions.length === 0) return [];
  // Electrolytes are flagged in the week table's water column.
  const timing = day.fuel.timing;
  return [
    `### ${formatDay(day.date)}`,
    '',
    ...day.sessions.flatMap((session) => sessionDetail(session, units)),
    ...(timing.length > 0 ? [`*Food:* ${timing.join(' ')}`, ''] : []),
  ];
}

function weekSection(week: PlanWeek, units: Units): string[] {
  return [
    `## Week ${week.index}: ${week.phase}${week.lighter ? ' (lighter)' : ''}`,
    '',
    week.summary,
    '',
    `${formatDistance(week.runKm, units)} running · ${week.strengthSets} strength sets`,
    '',
    ...table(
      ['Day', 'Sessions, in order', 'kcal', 'Protein', 'Carbs', 'Fat', 'Water'],
      ['l', 'l', 'r', 'r', 'r', 'r', 'r'],
      week.days.map((day) => dayRow(day, units)),
    ),
    '',
    ...week.days.flatMap((day) => dayDetail(day, units)),
  ];
}

/** The whole plan as Markdown, distances and paces in the runner's units. */
export function renderPlanMarkdown(plan: Plan, units: Units): string {
  const lines = [
    `# ${planTitle(plan)}`,
    '',
    `${planSpan(plan)}. Focus: ${plan.input.focus}. Distances in ${units}, paces per ${units}.`,
    '',
    ...plan.notes.map((note) => `- ${note}`),
    ...(plan.notes.length > 0 ? [''] : []),
    ...pacesSection(plan.paces, plan.pacesSource, units),
    '',
    ...fuelSection(plan.fuelBasis),
    '',
    '## What to expect',
    '',
    ...plan.expectations.map((e) => `- **${e.horizon}:** ${e.text}`),
    '',
    ...plan.weeks.flatMap((week) => weekSection(week, units)),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}
