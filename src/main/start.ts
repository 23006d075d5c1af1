// `npm start`: the service on PORT (default 3000), bound to HOST (default 127.0.0.1), with
// SQLite in the data folder or PostgreSQL from DATABASE_URL.
import { InputError } from '../core/errors.js';
import { listenOptions, runServer } from './server.js';

try {
  await runServer({ ...listenOptions({}, process.env), env: process.env }, (line) =>
    process.stdout.write(line),
  );
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  process.stderr.write(`runstrong: ${error.message}\n`);
  process.exitCode = 2;
}
