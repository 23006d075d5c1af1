// Privacy zones: circles the athlete draws around places they do not want shown (home, work).
// A recorded point inside any circle loses its position before anyone else sees the track or it
// is written to an export; the rest of the sample (time, heart rate, power…) stays, so charts
// still line up while the map shows nothing near those places.
import { InputError } from '../errors.js';
import { haversineM } from './distance.js';

export interface PrivacyCircle {
  lat: number;
  lon: number;
  radiusM: number;
}

/** Anything with an optional position: core samples and stored samples alike. */
export interface Positioned {
  lat?: number;
  lon?: number;
}

function check(zone: PrivacyCircle): void {
  if (!(Math.abs(zone.lat) <= 90 && Math.abs(zone.lon) <= 180)) {
    throw new InputError(
      `privacy zone centre ${zone.lat}, ${zone.lon}: expected latitude −90…90 and longitude −180…180`,
      'lat',
    );
  }
  if (!(Number.isFinite(zone.radiusM) && zone.radiusM > 0)) {
    throw new InputError(`privacy zone radius ${zone.radiusM}: expected metres above 0`, 'radiusM');
  }
}

/** True when the point lies inside (or on the edge of) any of the circles. */
export function insidePrivacyZone(
  lat: number,
  lon: number,
  zones: readonly PrivacyCircle[],
): boolean {
  return zones.some((z) => haversineM(lat, lon, z.lat, z.lon) <= z.radiusM);
}

/**
 * The samples with the position removed from every point inside a zone. Returns new objects for
 * the changed samples and leaves the input untouched.
 */
export function hidePrivatePoints<T extends Positioned>(
  samples: readonly T[],
  zones: readonly PrivacyCircle[],
): T[] {
  zones.forEach(check);
  if (zones.length === 0) return [...samples];
  return samples.map((s) => {
    if (s.lat === undefined || s.lon === undefined) return s;
    if (!insidePrivacyZone(s.lat, s.lon, zones)) return s;
    const { lat: _lat, lon: _lon, ...rest } = s;
    return rest as T;
  });
}
