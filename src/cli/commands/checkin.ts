// `runstrong checkin`: the morning check-in into the local store; the plan adapts to it.
import type { CheckIn } from '../../app/ports.js';
import { parseIsoDate } from '../../core/dates/calendar.js';
import { InputError } from '../../core/errors.js';
import type { CliIo } from '../io.js';
import { localServices, numberFlag } from '../local-services.js';
import { type Env, withLocalAthlete } from '../local-store.js';

interface CheckInFlags {
  date?: string;
  sleep?: string;
  soreness?: string;
  motivation?: string;
  fatigue?: string;
  restingHr?: string;
  pain?: string;
  json?: boolean;
  athlete?: string;
}

function scale(text: string | undefined, field: string): number {
  if (text === undefined) throw new InputError(`${field}: required, 1 (low) to 5 (high)`, field);
  return numberFlag(text, field, 1, 5, true);
}

export function checkInFields(flags: CheckInFlags, today: string): Omit<CheckIn, 'athleteId'> {
  if (flags.sleep === undefined) throw new InputError('sleep: required, hours, e.g. 7.5', 'sleep');
  const pain = flags.pain?.trim();
  return {
    date: flags.date === undefined ? today : parseIsoDate(flags.date, 'date'),
    sleepHours: numberFlag(flags.sleep, 'sleep', 0, 24),
    soreness: scale(flags.soreness, 'soreness'),
    motivation: scale(flags.motivation, 'motivation'),
    fatigue: scale(flags.fatigue, 'fatigue'),
    ...(flags.restingHr !== undefined && {
      restingHr: numberFlag(flags.restingHr, 'resting-hr', 25, 150, true),
    }),
    ...(pain && { pain }),
  };
}

export async function checkinCommand(
  flags: CheckInFlags,
  io: CliIo,
  env: Env = process.env,
): Promise<void> {
  const fields = checkInFields(flags, io.today());
  const { putCheckIn } = await import('../../app/daily.js');
  const saved = await withLocalAthlete(env, flags.athlete, async (session) => {
    const { s, actor, athleteId } = await localServices(session);
    return putCheckIn(s, actor, athleteId, fields);
  });
  if (flags.json) {
    io.out(`${JSON.stringify(saved)}\n`);
    return;
  }
  io.out(
    `Checked in for ${saved.date}: ${saved.sleepHours} h sleep, soreness ${saved.soreness}, ` +
      `motivation ${saved.motivation}, fatigue ${saved.fatigue}` +
      `${saved.pain ? `, pain: ${saved.pain}` : ''}\n`,
  );
}
