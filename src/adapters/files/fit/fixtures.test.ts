// Every real FIT fixture decodes to its documented outcome: ok, partial (with the reason) or
// an error (with the message), with the record count pinned.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeFit } from './decode.js';
import {
  availableFixtures,
  FIT_FIXTURES,
  fixturePath,
  HAS_SHARED,
  OWN_FIT_DIR,
  ownFitFiles,
} from './fixture-files.fixture.js';
import { FitError } from './types.js';

describe('FIT fixtures', () => {
  it('lists every copied fixture, and SOURCES.md credits each one', () => {
    const own = FIT_FIXTURES.filter((c) => !c.shared).map((c) => c.file);
    expect(ownFitFiles().sort()).toEqual([...own].sort());
    const sources = readFileSync(join(OWN_FIT_DIR, '../SOURCES.md'), 'utf8');
    for (const file of own)
      expect(sources).toMatch(new RegExp(`\\| fit/${file.replaceAll('.', '\\.')} +\\|`));
  });

  if (!HAS_SHARED)
    it.skip('shared corpus (../shared/fixtures/activities) is absent: its 14 files are not checked', () => {});

  it.each(availableFixtures().map((c) => [c.file, c] as const))('%s', (_file, c) => {
    const bytes = new Uint8Array(readFileSync(fixturePath(c)));
    if ('error' in c.outcome) {
      expect(() => decodeFit(bytes)).toThrow(FitError);
      expect(() => decodeFit(bytes)).toThrow(c.outcome.error);
      return;
    }
    const fit = decodeFit(bytes);
    expect(fit.partial?.reason).toBe('partial' in c.outcome ? c.outcome.partial : undefined);
    expect(fit.records).toHaveLength(c.records);
    expect(fit.headers).toHaveLength(c.files ?? 1);
    expect(fit.messages.set).toHaveLength(c.sets ?? 0);
  });
});
