import { describe, expect, it } from 'vitest';
import { fitCrc } from './crc.js';

describe('fitCrc', () => {
  it('is CRC-16/ARC: the catalogue check value of "123456789" is 0xBB3D', () => {
    expect(fitCrc(new TextEncoder().encode('123456789'), 0, 9)).toBe(0xbb3d);
  });

  it('covers only [start, end)', () => {
    const bytes = new TextEncoder().encode('xx123456789yy');
    expect(fitCrc(bytes, 2, 11)).toBe(0xbb3d);
    expect(fitCrc(bytes, 0, 0)).toBe(0);
  });
});
