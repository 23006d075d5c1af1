import { describe, expect, it } from 'vitest';
import { dataDir } from './dataDir.js';

const linux = { platform: 'linux' as const, home: '/home/ada' };

describe('dataDir', () => {
  it('prefers $RUNSTRONG_DATA_DIR everywhere', () => {
    const env = { RUNSTRONG_DATA_DIR: '/srv/runstrong', XDG_DATA_HOME: '/xdg' };
    expect(dataDir({ ...linux, env })).toBe('/srv/runstrong');
    expect(dataDir({ env, platform: 'win32', home: 'C:\\Users\\ada' })).toBe('/srv/runstrong');
  });

  it('follows the XDG spec on Linux, ignoring a relative XDG_DATA_HOME', () => {
    expect(dataDir({ ...linux, env: {} })).toBe('/home/ada/.local/share/runstrong');
    expect(dataDir({ ...linux, env: { XDG_DATA_HOME: '/data/xdg' } })).toBe('/data/xdg/runstrong');
    expect(dataDir({ ...linux, env: { XDG_DATA_HOME: 'rel/xdg' } })).toBe(
      '/home/ada/.local/share/runstrong',
    );
    expect(dataDir({ ...linux, env: { RUNSTRONG_DATA_DIR: '' } })).toBe(
      '/home/ada/.local/share/runstrong',
    );
  });

  it('uses Application Support on macOS and the local AppData folder on Windows', () => {
    expect(dataDir({ env: {}, platform: 'darwin', home: '/Users/ada' })).toBe(
      '/Users/ada/Library/Application Support/runstrong',
    );
    expect(
      dataDir({
        env: { LOCALAPPDATA: 'C:\\Users\\ada\\AppData\\Local' },
        platform: 'win32',
        home: 'C:\\Users\\ada',
      }),
    ).toBe('C:\\Users\\ada\\AppData\\Local\\runstrong');
    expect(dataDir({ env: {}, platform: 'win32', home: 'C:\\Users\\ada' })).toBe(
      'C:\\Users\\ada\\AppData\\Local\\runstrong',
    );
  });
});
