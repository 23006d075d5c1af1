// Where runstrong keeps its SQLite file when no PostgreSQL is configured.
import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';

export interface DataDirContext {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  home: string;
}

/**
 * $RUNSTRONG_DATA_DIR when set; otherwise the platform's per-user data folder: Windows
 * %LOCALAPPDATA%\runstrong, macOS ~/Library/Application Support/runstrong, elsewhere
 * $XDG_DATA_HOME/runstrong or ~/.local/share/runstrong (the XDG base directory spec, which
 * ignores a relative XDG_DATA_HOME).
 */
export function dataDir(
  { env, platform, home }: DataDirContext = {
    env: process.env,
    platform: process.platform,
    home: homedir(),
  },
): string {
  const explicit = env.RUNSTRONG_DATA_DIR;
  if (explicit) return explicit;
  if (platform === 'win32') {
    return win32.join(env.LOCALAPPDATA || win32.join(home, 'AppData', 'Local'), 'runstrong');
  }
  if (platform === 'darwin') return posix.join(home, 'Library', 'Application Support', 'runstrong');
  const xdg = env.XDG_DATA_HOME;
  return posix.join(
    xdg && posix.isAbsolute(xdg) ? xdg : posix.join(home, '.local', 'share'),
    'runstrong',
  );
}
