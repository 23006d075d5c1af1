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
) {
  const res = await api.app.request(`/api/athletes/${client.userId}/imports`, {
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
