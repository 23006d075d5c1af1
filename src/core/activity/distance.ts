// Distance along a track of GPS points.

/** Mean Earth radius (IUGG), metres. */
const EARTH_RADIUS_M = 6_371_008.8;
const RAD_PER_DEG = Math.PI / 180;

/** Great-circle distance between two points in degrees (haversine formula), metres. */
export function haversineM(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD_PER_DEG;
  const dLon = (lon2 - lon1) * RAD_PER_DEG;
  const a =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(lat1 * RAD_PER_DEG) * Math.cos(lat2 * RAD_PER_DEG) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

export interface TrackPoint {
  lat: number;
  lon: number;
}

/**
 * Length of a track, lightly smoothed: each inner point is replaced by the mean of itself and
 * its two neighbours before summing, which takes out most of the side-to-side GPS jitter that
 * inflates raw sums, while the first and last points stay where they were recorded.
 */
export function trackDistanceM(points: readonly TrackPoint[]): number {
  const n = points.length;
  if (n < 2) return 0;
  let total = 0;
  let prev = points[0]!;
  for (let i = 1; i < n; i++) {
    const here = points[i]!;
    const next = points[i + 1];
    const smoothed =
      next === undefined
        ? here
        : {
            lat: (points[i - 1]!.lat + here.lat + next.lat) / 3,
            lon: (points[i - 1]!.lon + here.lon + next.lon) / 3,
          };
    total += haversineM(prev.lat, prev.lon, smoothed.lat, smoothed.lon);
    prev = smoothed;
  }
  return total;
}
