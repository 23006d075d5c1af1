import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitCrc } from './crc.js';

/** The protocol description's own nibble-at-a-time algorithm, as the reference. */
function nibbleCrc(bytes: Uint8Array): number {
  const table = [
    0x0000, 0xcc01, 0xd801, 0x1400, 0xf001, 0x3c00, 0x2800, 0xe401, 0xa001, 0x6c00, 0x7800, 0xb401,
    0x5000, 0x9c01, 0x8801, 0x4400,
  ];
  let crc = 0;
  for (const byte of bytes) {
    let tmp = table[crc & 0xf]!;
    crc = (crc >> 4) & 0x0fff;
    crc = crc ^ tmp ^ table[byte & 0xf]!;
    tmp = table[crc & 0xf]!;
    crc = (crc >> 4) & 0x0fff;
    crc = crc ^ tmp ^ table[(byte >> 4) & 0xf]!;
  }
  return crc;
}

describe('fitCrc', () => {
  it('is CRC-16/ARC: the catalogue check value of "123456789" is 0xBB3D', () => {
    expect(fitCrc(new TextEncoder().encode('123456789'), 0, 9)).toBe(0xbb3d);
  });

  it('covers only [start, end)', () => {
    const bytes = new TextEncoder().encode('xx123456789yy');
    expect(fitCrc(bytes, 2, 11)).toBe(0xbb3d);
    expect(fitCrc(bytes, 0, 0)).toBe(0);
  });

  it('agrees with the nibble algorithm of the protocol description on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), fc.nat(), (bytes, cut) => {
        const start = bytes.length === 0 ? 0 : cut % bytes.length;
        expect(fitCrc(bytes, start, bytes.length)).toBe(nibbleCrc(bytes.subarray(start)));
      }),
    );
  });
});
