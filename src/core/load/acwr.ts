// Acute:chronic workload ratio in its rolling-average form (Gabbett 2016): the mean daily load of
// the last 7 days over the mean of the last 28 (the acute week included, "coupled").
// 0.8–1.3 is the usual target band; above 1.5 injury risk climbs (Hulin 2016).
import { parseIsoDate, toDayNumber } from '../dates/calendar.js';
import { type DailyLoad, loadByDayNumber } from './daily-load.js';

export const ACUTE_DAYS = 7;
export const CHRONIC_DAYS = 28;
export const ACWR_TARGET: readonly [number, number] = [0.8, 1.3];
export const ACWR_SPIKE = 1.5;

/** below 0.8, target 0.8–1.3, raised 1.3–1.5, spike above 1.5 (the flag). */
export type AcwrZone = 'below' | 'target' | 'raised' | 'spike';

export interface Acwr {
  acuteMean: number;
  chronicMean: number;
  ratio: number;
  zone: AcwrZone;
}

function zoneOf(ratio: number): AcwrZone {
  if (ratio > ACWR_SPIKE) return 'spike';
  if (ratio > ACWR_TARGET[1]) return 'raised';
  if (ratio >= ACWR_TARGET[0]) return 'target';
  return 'below';
}

/**
 * The ratio on `onDate` (its own load included). Days without an entry count as 0.
 * Undefined when the history is shorter than 28 days or the chronic mean is 0. The history
 * starts at `historyStart` when given (the first day the log covers), else at the first entry.
 */
export function acwr(
  dailyLoads: readonly DailyLoad[],
  onDate: string,
  historyStart?: string,
): Acwr | undefined {
  const day = toDayNumber(parseIsoDate(onDate, 'onDate'));
  const byDay = loadByDayNumber(dailyLoads);
  const start =
    historyStart === undefined
      ? Math.min(...byDay.keys())
      : toDayNumber(parseIsoDate(historyStart, 'historyStart'));
  if (!(start <= day - (CHRONIC_DAYS - 1))) return undefined;
  const meanOver = (days: number) => {
    let sum = 0;
    for (let d = day - days + 1; d <= day; d++) sum += byDay.get(d) ?? 0;
    return sum / days;
  };
  const acuteMean = meanOver(ACUTE_DAYS);
  const chronicMean = meanOver(CHRONIC_DAYS);
  if (chronicMean === 0) return undefined;
  const ratio = acuteMean / chronicMean;
  return { acuteMean, chronicMean, ratio, zone: zoneOf(ratio) };
}
