// One app process starting up, for the concurrent-migration test: it prints "ready", waits
// for a line on stdin (so all processes start migrating at the same moment), opens the
// database given as JSON options in argv[2], adds one user and prints "done".
import { openDatabase } from '../../src/adapters/db/open.js';

const options = JSON.parse(process.argv[2] ?? '{}');
const userId = process.argv[3] ?? 'child';
process.stdout.write('ready\n');
process.stdin.once('data', async () => {
  const store = await openDatabase(options);
  await store.users.create({
    id: userId,
    email: `${userId}@example.org`,
    passwordHash: 'x',
    name: userId,
    role: 'athlete',
    createdAt: '2027-01-18T06:30:00Z',
  });
  await store.close();
  process.stdout.write('done\n');
  process.stdin.destroy();
});
