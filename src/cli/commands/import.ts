// `runstrong import PATH…`: files, folders and export archives into the local store.
import type { ImportProgress, ImportSummary } from '../../app/import-files.js';
import { InputError } from '../../core/errors.js';
import type { CliIo } from '../io.js';
import { type Env, localTimeZone, withLocalAthlete } from '../local-store.js';
import { CliExit } from '../main.js';

/** Where the progress bar goes: standard error, so stdout keeps only results. */
export interface ProgressTerminal {
  isTTY?: boolean;
  write(text: string): boolean;
}

const STATUS_WORDS: Record<ImportProgress['status'], string> = {
  imported: 'imported ',
  partial: 'partial  ',
  duplicate: 'duplicate',
  failed: 'FAILED   ',
};

function progressLine(p: ImportProgress): string {
  return `${STATUS_WORDS[p.status]} ${p.file}${p.error ? ` (${p.error})` : ''}\n`;
}

function summaryLine(s: ImportSummary): string {
  return `${s.imported} imported, ${s.duplicates} already there, ${s.failed.length} failed\n`;
}

export async function importCommand(
  paths: string[],
  flags: { json?: boolean; athlete?: string },
  io: CliIo,
  env: Env = process.env,
  terminal: ProgressTerminal = process.stderr,
): Promise<void> {
  if (paths.length === 0)
    throw new InputError('import: expected one or more files or folders', 'path');
  const [{ importForAthlete }, { activitySources }, { activityFiles }, { localServices }] =
    await Promise.all([
      import('../../app/activities.js'),
      import('../../adapters/files/sources.js'),
      import('../../adapters/files/activity-files.js'),
      import('../local-services.js'),
    ]);
  const summary = await withLocalAthlete(env, flags.athlete, async (session) => {
    const { s, actor, athleteId } = await localServices(session);
    const bar = !flags.json && terminal.isTTY ? await progressBar(terminal) : undefined;
    const counts = { imported: 0, duplicates: 0, failed: 0 };
    const onProgress = (p: ImportProgress) => {
      if (p.status === 'duplicate') counts.duplicates++;
      else if (p.status === 'failed') counts.failed++;
      else counts.imported++;
      if (bar) bar.update(p.done, { ...counts, file: p.file });
      else if (!flags.json) io.out(progressLine(p));
    };
    bar?.start(0, 0, { ...counts, file: '' });
    try {
      return await importForAthlete(
        { ...s, files: activityFiles },
        actor,
        athleteId,
        activitySources(paths),
        { onDate: io.today(), timeZone: localTimeZone(), onProgress },
      );
    } finally {
      bar?.stop();
    }
  });
  if (flags.json) io.out(`${JSON.stringify(summary)}\n`);
  else {
    // Failures again at the end, where they are not lost among hundreds of lines.
    for (const f of summary.failed) io.err(`runstrong: ${f.file}: ${f.error}\n`);
    io.out(summaryLine(summary));
  }
  if (summary.failed.length > 0) throw new CliExit(1);
}

async function progressBar(terminal: ProgressTerminal) {
  const { SingleBar } = await import('cli-progress');
  // The total is unknown while archives are walked, so the line counts rather than fills.
  return new SingleBar({
    stream: terminal as NodeJS.WriteStream,
    format:
      'importing · {value} files · {imported} new · {duplicates} already there · {failed} failed · {file}',
    hideCursor: true,
    clearOnComplete: true,
    fps: 10,
  });
}
