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

import type { PlanWeek, Session } from '../plan/types.js';
import type { PainEpisode } from '../recovery/pain.js';
import { STRENGTH_SESSIONS_PER_WEEK, weekOneWindowKm } from '../rules/rules.js';
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
  shortestRunKm,
  strengthAgain,
  withWhy,
} from './rebuild.js';

const MOBILITY_MAX_MIN = 20;
/** Shorter than this is not worth a mobility session of its own. */
const MOBILITY_MIN_MIN = 10;
const MARGIN_KM = 0.1;
const ROUNDING_KM = 0.2;

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
    // Week 1 stays within the volume-start window even while hard runs pause.
    const window = pos === 0 ? weekOneWindowKm(input) : undefined;
    const floorKm = window ? window.minKm + MARGIN_KM : 0;
    const ceilingKm = window ? window.maxKm - MARGIN_KM : Number.POSITIVE_INFINITY;
    let mains = mainStrengthCount(week);
    let runKm = week.runKm;
    const days = week.days.map((day) => {
      if (day.date < fromDate) return day;
      const changed = (what: string, why = pause) =>
        changes.push({ date: day.date, kind: 'pain', what, why: `${why} ${episode.advice}` });
      const dropped = new Set<Session>();
      // Lifting is settled first, so an easy run replacing a hard one knows the time left in the day.
      const lifting = new Map<Session, Session | undefined>();
      for (const s of day.sessions) {
        if (s.kind !== 'strength' || !isLegWork(s)) continue;
        if (s.focus === 'accessory' || reduced || mains - 1 >= minMains) {
          if (s.focus !== 'accessory') mains -= 1;
          dropped.add(s);
          lifting.set(s, undefined);
          continue;
        }
        const upper = strengthAgain(ctx, pos, week, day.weekday, 'upper', s.durationMin);
        changed(`${s.title} → ${upper.title}`);
        lifting.set(
          s,
          withWhy(
            upper,
            `${pain}: the legs rest and the upper body keeps training, so the week keeps the strength sessions it needs. ${episode.advice}`,
          ),
        );
      }
      const isPausedRun = (s: Session) => s.kind === 'run' && s.hard && s.type !== 'race';
      let busyMin = day.sessions.reduce(
        (t, s) =>
          t +
          (isPausedRun(s)
            ? 0
            : lifting.has(s)
              ? (lifting.get(s)?.durationMin ?? 0)
              : s.durationMin),
        0,
      );
      const sessions = day.sessions.flatMap((s): Session[] => {
        if (lifting.has(s)) {
          const kept = lifting.get(s);
          return kept ? [kept] : [];
        }
        if (s.kind === 'run' && s.type === 'race') {
          changed(`${s.title}: start only if pain-free`, `${pain}.`);
          return [
            withWhy(
              s,
              `${pain}: start only if it no longer hurts, and ask a physiotherapist or doctor first.`,
            ),
          ];
        }
        if (s.kind !== 'run' || !isPausedRun(s)) return [s];
        if (runKm - s.distanceKm < floorKm) {
          const roomMin = dayMinutes(ctx, day.weekday) - busyMin;
          // As far as the hard run went, within the day's time, but never shorter than an easy run can be.
          const km = Math.max(
            Math.min(s.distanceKm, (roomMin * 60) / easySecPerKm),
            shortestRunKm(ctx, pos, week, 'easy'),
          );
          // Whole-minute rounding can push the easy run a little past the time: step back up to 0.2 km.
          const easy = [0, 1, 2, 3, 4]
            .map((step) => km - (step * ROUNDING_KM) / 4)
            .map((k) => runAgain(ctx, pos, week, 'easy', k))
            .find(
              (e) =>
                e && e.durationMin <= roomMin && runKm - s.distanceKm + e.distanceKm <= ceilingKm,
            );
          if (easy) {
            runKm += easy.distanceKm - s.distanceKm;
            busyMin += easy.durationMin;
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
        dropped.add(s);
        return [];
      });
      const taken = day.sessions.filter((s) => dropped.has(s));
      const freedMin = taken.reduce((t, s) => t + s.durationMin, 0);
      const mobilityMin = Math.min(
        MOBILITY_MAX_MIN,
        freedMin,
        dayMinutes(ctx, day.weekday) - busyMin,
      );
      const addMobility =
        mobilityMin >= MOBILITY_MIN_MIN && !sessions.some((s) => s.kind === 'mobility');
      if (addMobility) {
        const mobility = buildMobilitySession({
          kind: 'mobility-core',
          minutes: mobilityMin,
          variant: week.index,
          equipment: input.equipment,
        });
        sessions.push({
          ...mobility,
          why: `In place of ${taken.map((s) => s.title).join(' and ')}. ${pause} Gentle range of motion and core work only: leave out any move that hurts. ${episode.advice}`,
        });
      }
      for (const { title } of taken)
        changed(`${title} → ${addMobility ? 'mobility & core' : 'rest'}`);
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
