// `runstrong log run|lift`: a session done (or planned ahead) into the local store, through the
// same use case the API calls, so the plan adapts to it as it does on the web.
import type { NewLogEntry } from '../../app/logs.js';
import type { LiftSet } from '../../app/ports.js';
import { parseIsoDate } from '../../core/dates/calendar.js';
import { InputError } from '../../core/errors.js';
import type { RunType } from '../../core/plan/types.js';
import { lbToKg, parseDistanceKm, parseDurationSec } from '../../core/units/index.js';
import type { CliIo } from '../io.js';
import { localServices, numberFlag } from '../local-services.js';
import { type Env, withLocalAthlete } from '../local-store.js';

const RUN_TYPES: readonly RunType[] = [
  'easy',
  'recovery',
  'long',
  'tempo',
  'intervals',
  'hills',
  'strides',
  'race-pace',
  'race',
];

interface CommonFlags {
  date?: string;
  time?: string;
  rpe?: string;
  json?: boolean;
  athlete?: string;
}

function durationMin(text: string | undefined): number {
  if (text === undefined) throw new InputError('time: required, e.g. --time 45:00', 'time');
  return parseDurationSec(text, 'time') / 60;
}

const SET_PATTERN = /^([a-z0-9-]+):(\d+)x(\d+(?:\.\d+)?)(kg|lb)?(?:@(\d+))?$/i;

/** "back-squat:8x60kg@2": exercise, reps x load (kg unless lb) @ reps in reserve. */
export function parseSet(text: string): LiftSet {
  const m = SET_PATTERN.exec(text.trim());
  if (!m) {
    throw new InputError(
      `set "${text}": expected exercise:REPSxLOAD[kg|lb][@RIR], e.g. back-squat:8x60kg@2`,
      'set',
    );
  }
  const [, exercise, reps, load, unit, rir] = m;
  const loadKg = Number(load) * (unit?.toLowerCase() === 'lb' ? lbToKg(1) : 1);
  const set: LiftSet = {
    exercise: exercise!.toLowerCase(),
    reps: numberFlag(reps!, 'set', 1, 100, true),
    loadKg: Math.round(loadKg * 100) / 100,
  };
  if (rir !== undefined) set.rir = numberFlag(rir, 'set', 0, 10, true);
  return set;
}

export function runEntry(
  flags: CommonFlags & { type?: string; distance?: string; avgHr?: string },
  today: string,
  units: 'km' | 'mi' = 'km',
): NewLogEntry {
  const type = (flags.type ?? 'easy') as RunType;
  if (!RUN_TYPES.includes(type)) {
    throw new InputError(`type "${flags.type}": expected one of ${RUN_TYPES.join(', ')}`, 'type');
  }
  if (flags.distance === undefined) {
    throw new InputError('distance: required, e.g. --distance 8km or 5mi', 'distance');
  }
  return {
    kind: 'run',
    date: flags.date === undefined ? today : parseIsoDate(flags.date, 'date'),
    type,
    distanceKm: parseDistanceKm(flags.distance, units, 'distance'),
    durationMin: durationMin(flags.time),
    ...(flags.rpe !== undefined && { rpe: numberFlag(flags.rpe, 'rpe', 1, 10, true) }),
    ...(flags.avgHr !== undefined && {
      avgHr: numberFlag(flags.avgHr, 'avg-hr', 30, 250, true),
    }),
  };
}

export function liftEntry(flags: CommonFlags & { set?: string[] }, today: string): NewLogEntry {
  const sets = (flags.set ?? []).map(parseSet);
  if (sets.length === 0) {
    throw new InputError('set: at least one, e.g. --set back-squat:8x60kg@2', 'set');
  }
  return {
    kind: 'strength',
    date: flags.date === undefined ? today : parseIsoDate(flags.date, 'date'),
    durationMin: durationMin(flags.time),
    ...(flags.rpe !== undefined && { rpe: numberFlag(flags.rpe, 'rpe', 1, 10, true) }),
    sets,
  };
}

export async function logCommand(
  kind: 'run' | 'lift',
  flags: CommonFlags & { type?: string; distance?: string; avgHr?: string; set?: string[] },
  io: CliIo,
  env: Env = process.env,
): Promise<void> {
  const { addLog } = await import('../../app/logs.js');
  const saved = await withLocalAthlete(env, flags.athlete, async (session) => {
    const { s, actor, athleteId } = await localServices(session);
    const units = (await s.store.profiles.get(athleteId))?.units ?? 'km';
    // Parse inside: a bare "--distance 5" means the runner's own unit.
    const entry =
      kind === 'run' ? runEntry(flags, io.today(), units) : liftEntry(flags, io.today());
    return addLog(s, actor, athleteId, entry);
  });
  if (flags.json) {
    io.out(`${JSON.stringify(saved)}\n`);
    return;
  }
  const what =
    saved.kind === 'run'
      ? `${saved.type} run, ${saved.distanceKm.toFixed(2)} km in ${saved.durationMin.toFixed(1)} min`
      : `lift, ${saved.sets.length} set(s) in ${saved.durationMin.toFixed(1)} min`;
  io.out(`Logged on ${saved.date}: ${what}\n`);
}
