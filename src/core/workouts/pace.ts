import type { Paces } from '../plan/types.js';

/** A single target pace becomes a window a watch can hold: this many seconds either side. */
const PACE_BAND_SEC = 5;

/** A range [fast, slow] in s/km around one target pace, in whole seconds. */
export function paceBand(secPerKm: number): [number, number] {
  const centreSecPerKm = Math.round(secPerKm);
  return [centreSecPerKm - PACE_BAND_SEC, centreSecPerKm + PACE_BAND_SEC];
}

export function midpointSecPerKm([fastSecPerKm, slowSecPerKm]: [number, number]): number {
  return (fastSecPerKm + slowSecPerKm) / 2;
}

/** The slow half of the easy range: a recovery run should feel easier than an easy run. */
export function recoveryRange(paces: Paces): [number, number] {
  return [Math.round(midpointSecPerKm(paces.easySecPerKm)), paces.easySecPerKm[1]];
}
