// The server side of bench/api.bench.ts, in a process of its own as `runstrong serve` runs it
// (not in the bench's process, whose heap still holds the garbage of seeding a year of logs).
// Takes the store's location from its environment, answers its URL by IPC, then its CPU time
// when asked 'cpu', and closes when asked 'close'.
import { startServer } from '../src/main/server.js';

export type ServerMessage = { url: string } | { cpu: NodeJS.CpuUsage };

const server = await startServer({
  port: 0,
  host: '127.0.0.1',
  env: process.env,
  webDir: '/nonexistent',
});
process.send?.({ url: server.url } satisfies ServerMessage);
process.on('message', async (message: 'cpu' | 'close') => {
  if (message === 'cpu') process.send?.({ cpu: process.cpuUsage() } satisfies ServerMessage);
  else {
    await server.close();
    process.exit(0);
  }
});
