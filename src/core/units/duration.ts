import { InputError } from '../errors.js';

// "mm:ss" (minutes may exceed 59: "75:30") or "h:mm:ss"; seconds, and minutes after hours,
// must be 00–59. A bare number is refused: "45" could mean seconds or minutes.
const MM_SS = /^(\d+):([0-5]\d)$/;
const H_MM_SS = /^(\d+):([0-5]\d):([0-5]\d)$/;

/** Parses "22:30" → 1350 or "1:45:10" → 6310. Throws InputError on anything else or on zero. */
export function parseDurationSec(text: string, field?: string): number {
  const trimmed = text.trim();
  const short = MM_SS.exec(trimmed);
  const long = H_MM_SS.exec(trimmed);
  let timeSec: number | undefined;
  if (short) timeSec = Number(short[1]) * 60 + Number(short[2]);
  if (long) timeSec = Number(long[1]) * 3600 + Number(long[2]) * 60 + Number(long[3]);
  if (timeSec === undefined || timeSec === 0) {
    throw new InputError(
      `${field ?? 'time'} "${text}": expected a time above zero as mm:ss or h:mm:ss, e.g. 22:30 or 1:45:10`,
      field,
    );
  }
  return timeSec;
}

const twoDigits = (n: number): string => String(n).padStart(2, '0');

/** "m:ss" below an hour, "h:mm:ss" from an hour up; rounds to whole seconds first. */
export function formatDuration(sec: number): string {
  if (!Number.isFinite(sec) || sec < 0) throw new RangeError(`cannot format duration ${sec}`);
  const whole = Math.round(sec);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const seconds = whole % 60;
  return hours > 0
    ? `${hours}:${twoDigits(minutes)}:${twoDigits(seconds)}`
    : `${minutes}:${twoDigits(seconds)}`;
}
