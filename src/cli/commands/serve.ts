// `runstrong serve`: the HTTP API (and the web app, once built) on this machine.
import type { CliIo } from '../io.js';

export async function serveCommand(
  opts: { port?: string; host?: string },
  io: CliIo,
  env: Record<string, string | undefined> = process.env,
): Promise<void> {
  const { listenOptions, runServer } = await import('../../main/server.js');
  await runServer({ ...listenOptions(opts, env), env }, io.out);
}
