import { describe, expect, it } from 'vitest';
import { parseIsoTimeMs } from './iso-time.js';

describe('parseIsoTimeMs', () => {
  it('reads UTC times with and without fractions', () => {
    expect(parseIsoTimeMs('2019-06-15T09:42:23.000Z')).toBe(Date.UTC(2019, 5, 15, 9, 42, 23));
    expect(parseIsoTimeMs('2016-05-27T10:08:47.8Z')).toBe(Date.UTC(2016, 4, 27, 10, 8, 47, 800));
  });

  it('applies offsets, with or without the colon', () => {
    const utc = Date.UTC(2020, 11, 27, 14, 43, 49);
    expect(parseIsoTimeMs('2020-12-27T15:43:49.000+01:00')).toBe(utc);
    expect(parseIsoTimeMs('2020-12-27T15:43:49+0100')).toBe(utc);
    expect(parseIsoTimeMs('2020-12-27T15:43:49+01')).toBe(utc);
    expect(parseIsoTimeMs('2020-12-27T09:43:49-05:00')).toBe(utc);
  });

  it('reads a time without a zone as UTC, whatever the machine’s zone', () => {
    expect(parseIsoTimeMs('2007-08-07T02:42:41')).toBe(Date.UTC(2007, 7, 7, 2, 42, 41));
  });

  it('rejects what is not an ISO date-time', () => {
    for (const bad of [
      undefined,
      '',
      'yesterday',
      '2019-06-15',
      '15/06/2019 09:42',
      '2019-13-45T99:00:00Z',
    ]) {
      expect(parseIsoTimeMs(bad)).toBeUndefined();
    }
  });
});
