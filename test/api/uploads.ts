// Files sent to the import route as a browser sends them: one multipart form with a field per file.
import { SESSION_COOKIE } from '../../src/http/context.js';
import type { Api, Client } from './harness.js';

const BOUNDARY = 'runstrong-test-boundary';

export function multipart(files: { name: string; bytes: Uint8Array }[]): Buffer {
  const parts = files.flatMap(({ name, bytes }) => [
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="files"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    Buffer.from(bytes),
    Buffer.from('\r\n'),
  ]);
  return Buffer.concat([
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="note"\r\n\r\nhello\r\n`),
    ...parts,
    Buffer.from(`--${BOUNDARY}--\r\n`),
  ]);
}

export async function upload(
  api: Api,
  client: Client & { userId: string },
  body: Buffer,
  headers = {},
  query = '',
) {
  const res = await api.app.request(`/api/athletes/${client.userId}/imports${query}`, {
    method: 'POST',
    headers: {
      'Content-Type': `multipart/form-data; boundary=${BOUNDARY}`,
      Cookie: `${SESSION_COOKIE}=${client.session}`,
      ...headers,
    },
    body: new Uint8Array(body),
  });
  return { status: res.status, body: await res.json() };
}

/** A GPX run from noon UTC (or utcTime) on the date: a point every 30 s heading north at 10 km/h. */
export function gpxRun(
  date: string,
  minutes: number,
  utcTime = '12:00:00',
): { name: string; bytes: Uint8Array } {
  const start = Date.parse(`${date}T${utcTime}Z`);
  const points = Array.from({ length: minutes * 2 + 1 }, (_, i) => {
    const time = new Date(start + i * 30_000).toISOString();
    return `<trkpt lat="${(51 + i * 0.00075).toFixed(5)}" lon="0.1"><time>${time}</time></trkpt>`;
  });
  const gpx = `<?xml version="1.0"?><gpx version="1.1" creator="test"><trk><type>running</type><trkseg>${points.join('')}</trkseg></trk></gpx>`;
  return { name: `${date}.gpx`, bytes: new TextEncoder().encode(gpx) };
}
