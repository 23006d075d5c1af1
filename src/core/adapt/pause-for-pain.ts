// Pain is a hard stop: from the day pain is known until a pain-free check-in, hard runs and leg
// lifting leave the plan. The data reach no further than asOf, so the pause covers the rest of the
// plan; adapting the plan again after a pain-free check-in brings the sessions back.
//   - A hard run becomes rest, with a mobility session in its place.
//   - A leg strength session becomes mobility while the week keeps the strength sessions its focus
//     needs (the validator's count); past that it becomes the upper-body session for that day.
//   - The race stays; its why says to start only when pain-free and cleared by a professional.
//   - Week 1 must stay near the runner's current volume (the volume-start rule); a hard run whose
//     removal would take week 1 below that becomes easy running instead, to be done only if running
//     does not hurt.

import type { PlanInput, PlanWeek, Session } from '../plan/types.js';
import type { PainEpisode } from '../recovery/pain.js';
import { LIMITS, STRENGTH_SESSIONS_PER_WEEK, volumeCapKm } from '../rules/rules.js';
import { isLegWork } from '../rules/validate.js';
import { buildMobilitySession } from '../strength/index.js';
import { addNote, type Change, type WeekNotes } from './change.js';
import {
  dayMinutes,
  mainStrengthCount,
  type Rebuild,
  runAgain,
  settleDay,
  settleTotals,
  strengthAgain,
  withWhy,
} from './rebuild.js';

const MOBILITY_MAX_MIN = 20;
/** Shorter than this is not worth a mobility session of its own. */
const MOBILITY_MIN_MIN = 10;
const MARGIN_KM = 0.1;
const ROUNDING_KM = 0.2;

/** The least running week 1 may hold (the validator's volume-start rule). */
export function weekOneFloorKm(input: PlanInput): number {
  const keep = 1 - LIMITS.weekOneTolerance;
  return Math.min(input.weeklyKm * keep, volumeCapKm(input.focus, input.distance) * keep);
}

function painWords(episode: PainEpisode): string {
  const where =
    episode.notes.length > 0 ? ` (${episode.notes.map((n) => `“${n}”`).join(', ')})` : '';
  return `You have reported pain${where} since ${episode.since}`;
}

/**
 * Takes hard runs and leg lifting out of every day from fromDate on; returns what changed.
 * Weeks are replaced in place in `weeks` (copies, never the caller's plan).
 */
export function pauseForPain(
  ctx: Rebuild,
  weeks: PlanWeek[],
  fromDate: string,
  episode: PainEpisode,
  notes: WeekNotes,
): Change[] {
  const { input } = ctx.plan;
  const pain = painWords(episode);
  const pause = `${pain}: hard running and leg lifting pause until you check in pain-free.`;
  const changes: Change[] = [];
  const [minMains] = STRENGTH_SESSIONS_PER_WEEK[input.focus];
  const easySecPerKm = (ctx.plan.paces.easySecPerKm[0] + ctx.plan.paces.easySecPerKm[1]) / 2;

  weeks.forEach((week, pos) => {
    if (week.days.at(-1)!.date < fromDate) return;
    const reduced = week.phase === 'taper' || pos === weeks.length - 1;
    const floorKm = pos === 0 ? weekOneFloorKm(input) + MARGIN_KM : 0;
    let mains = mainStrengthCount(week);
    let runKm = week.runKm;
    const days = week.days.map((day) => {
      if (day.date < fromDate) return day;
      const changed = (what: string, why = pause) =>
        changes.push({ date: day.date, kind: 'pain', what, why: `${why} ${episode.advice}` });
      const taken: string[] = [];
      let freedMin = 0;
      const sessions = day.sessions.flatMap((s): Session[] => {
        if (s.kind === 'run' && s.type === 'race') {
          changed(`${s.title}: start only if pain-free`, `${pain}.`);
          return [
            withWhy(
              s,
              `${pain}: start only if it no longer hurts, and ask a physiotherapist or doctor first.`,
            ),
          ];
        }
        if (s.kind === 'run' && s.hard) {
          if (runKm - s.distanceKm < floorKm) {
            // As far as the hard run went, within the time the day allows besides its other sessions.
            const roomMin =
              dayMinutes(ctx, day.weekday) -
              day.sessions.reduce((t, x) => t + (x === s ? 0 : x.durationMin), 0);
            const km = Math.min(s.distanceKm, (roomMin * 60) / easySecPerKm);
            // Whole-minute rounding can push the easy run a little past the workout: step back up to 0.2 km.
            const easy = [0, 1, 2, 3, 4]
              .map((step) => km - (step * ROUNDING_KM) / 4)
              .map((k) => runAgain(ctx, pos, week, 'easy', k))
              .find((e) => e && e.durationMin <= roomMin && e.distanceKm <= s.distanceKm);
            if (easy) {
              runKm += easy.distanceKm - s.distanceKm;
              changed(`${s.title} → ${easy.title}`);
              return [
                withWhy(
                  easy,
                  `${pain}: this replaces a ${s.type} session. Run it only if running does not hurt; if it does, stop and rest instead. ${episode.advice}`,
                ),
              ];
            }
          }
          runKm -= s.distanceKm;
          freedMin += s.durationMin;
          taken.push(s.title);
          return [];
        }
        if (s.kind !== 'strength' || !isLegWork(s)) return [s];
        if (s.focus === 'accessory' || reduced || mains - 1 >= minMains) {
          if (s.focus !== 'accessory') mains -= 1;
          freedMin += s.durationMin;
          taken.push(s.title);
          return [];
        }
        const upper = strengthAgain(ctx, pos, week, day.weekday, 'upper', s.durationMin);
        changed(`${s.title} → ${upper.title}`);
        return [
          withWhy(
            upper,
            `${pain}: the legs rest and the upper body keeps training, so the week keeps the strength sessions it needs. ${episode.advice}`,
          ),
        ];
      });
      const addMobility =
        freedMin >= MOBILITY_MIN_MIN && !sessions.some((s) => s.kind === 'mobility');
      if (addMobility) {
        const mobility = buildMobilitySession({
          kind: 'mobility-core',
          minutes: Math.min(MOBILITY_MAX_MIN, freedMin),
          variant: week.index,
          equipment: input.equipment,
        });
        sessions.push({
          ...mobility,
          why: `In place of ${taken.join(' and ')}. ${pause} Gentle range of motion and core work only: leave out any move that hurts. ${episode.advice}`,
        });
      }
      for (const title of taken) changed(`${title} → ${addMobility ? 'mobility & core' : 'rest'}`);
      return sessions.length === day.sessions.length &&
        sessions.every((s, i) => s === day.sessions[i])
        ? day
        : settleDay(ctx, { ...day, sessions });
    });
    if (days.some((d, i) => d !== week.days[i])) {
      weeks[pos] = settleTotals({ ...week, days });
      addNote(
        notes,
        pos,
        `${pain}, so hard runs and leg lifting pause until you check in pain-free; easy running, upper-body lifting and mobility go on.`,
      );
    }
  });
  return changes;
}
