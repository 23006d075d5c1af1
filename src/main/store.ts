// The one way the service and the command line open the configured store: PostgreSQL when
// DATABASE_URL is set, else the SQLite file in the data folder (RUNSTRONG_DATA_DIR or the
// platform's per-user folder).
import { homedir } from 'node:os';
import { dataDir } from '../adapters/db/dataDir.js';
import { type OpenedStore, openDatabase } from '../adapters/db/open.js';

export interface ConfiguredStore {
  store: OpenedStore;
  /** Which database, in words: "PostgreSQL" or "SQLite in <folder>". */
  database: string;
}

export async function openConfiguredStore(
  env: Record<string, string | undefined>,
): Promise<ConfiguredStore> {
  const folder = dataDir({ env, platform: process.platform, home: homedir() });
  const store = await openDatabase({
    ...(env.DATABASE_URL && { databaseUrl: env.DATABASE_URL }),
    dataDir: folder,
  });
  return {
    store,
    database: store.dialect === 'postgres' ? 'PostgreSQL' : `SQLite in ${folder}`,
  };
}
