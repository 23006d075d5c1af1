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

/** 305.4 → "5:05/km". */
export function formatPace(secPerKm: number): string {
  const wholeSec = Math.round(secPerKm);
  const min = Math.floor(wholeSec / 60);
  const sec = wholeSec % 60;
  return `${min}:${String(sec).padStart(2, '0')}/km`;
}

/** 800 → "800 m", 1500 → "1.5 km", 21097.5 → "21.1 km". */
export function formatDistance(distanceM: number): string {
  if (distanceM < 1000) return `${Math.round(distanceM)} m`;
  return `${Number((distanceM / 1000).toFixed(1))} km`;
}
