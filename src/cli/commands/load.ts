// `runstrong load`: daily load, fitness, fatigue and form, the acute:chronic ratio and weekly
// volume, from the logs and the imported activities.
import type { LoadReport } from '../../app/activities.js';
import { parseIsoDate } from '../../core/dates/calendar.js';
import type { Units } from '../../core/plan/types.js';
import { kmToMi } from '../../core/units/index.js';
import type { CliIo } from '../io.js';
import { type Env, withLocalAthlete } from '../local-store.js';

const r0 = (x: number) => String(Math.round(x));

function render(report: LoadReport, units: Units): string {
  const lines = [
    `Training load ${report.from} – ${report.to} (session-RPE units, docs/load.md)`,
    '',
  ];
  lines.push('date        load  fitness  fatigue  form');
  for (const d of report.days) {
    lines.push(
      `${d.date}  ${r0(d.load).padStart(4)}  ${r0(d.ctl).padStart(7)}  ${r0(d.atl).padStart(7)}  ${r0(d.tsb).padStart(4)}`,
    );
  }
  lines.push('');
  const ratio = report.acwr;
  lines.push(
    ratio
      ? `Acute:chronic ratio ${ratio.ratio.toFixed(2)} (${ratio.zone}; 0.8–1.3 is the usual target)`
      : 'Acute:chronic ratio: needs 28 days of history',
  );
  lines.push(
    '',
    `week       run ${units}  run min  strength sets  sessions (run/strength/cross/mobility)`,
  );
  for (const w of report.weeks) {
    const s = w.sessions;
    lines.push(
      `${w.isoWeek}  ${(units === 'mi' ? kmToMi(w.runKm) : w.runKm).toFixed(1).padStart(6)}  ${r0(w.runMin).padStart(7)}  ${String(w.strengthSets).padStart(13)}  ${s.run}/${s.strength}/${s.cross}/${s.mobility}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export async function loadCommand(
  flags: { date?: string; json?: boolean; athlete?: string },
  io: CliIo,
  env: Env = process.env,
): Promise<void> {
  const onDate = flags.date === undefined ? io.today() : parseIsoDate(flags.date, 'date');
  const { loadReport } = await import('../../app/activities.js');
  const { report, units } = await withLocalAthlete(
    env,
    flags.athlete,
    async ({ store, athlete }) => ({
      report: await loadReport(
        { store },
        { userId: athlete.id, role: 'athlete' },
        athlete.id,
        onDate,
      ),
      units: (await store.profiles.get(athlete.id))?.units ?? 'km',
    }),
  );
  io.out(flags.json ? `${JSON.stringify(report)}\n` : render(report, units));
}
