// Uploaded bytes to text: UTF-8 and UTF-16 are read, everything else is refused with the line that is wrong.
import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8 } from '../../server/import/text-decoding.ts';

const TEXT = 'id,name\nwyaat,“West Yorkshire” – Ærø\n';
const utf16 = (text: string, order: 'le' | 'be', bom: boolean) => {
  const bytes = Buffer.from(text, 'utf16le');
  if (order === 'be') bytes.swap16();
  const mark = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return new Uint8Array(bom ? [...mark, ...bytes] : [...bytes]);
};

describe('decodeText', () => {
  it('reads UTF-8 with or without a byte order mark', () => {
    expect(decodeText(Buffer.from(TEXT), 'f')).toEqual({ ok: true, text: TEXT, encoding: 'UTF-8' });
    expect(decodeText(Buffer.from(`\uFEFF${TEXT}`), 'f')).toEqual({ ok: true, text: TEXT, encoding: 'UTF-8' });
  });

  it.each([['le', true], ['be', true], ['le', false], ['be', false]] as const)('reads UTF-16%s (BOM: %s)', (order, bom) => {
    const decoded = decodeText(utf16(TEXT, order, bom), 'f');
    expect(decoded).toEqual({ ok: true, text: TEXT, encoding: `UTF-16${order.toUpperCase()}` });
  });

  it('refuses invalid UTF-8 (e.g. Latin-1 from a spreadsheet), naming the line and byte', () => {
    const latin1 = Buffer.from('id,name\nok,fine\nbad,Montr\xe9al\n', 'latin1');
    const decoded = decodeText(latin1, 'organisations.csv');
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.problem).toMatch(/^organisations\.csv line 3: not valid UTF-8 \(byte 0xE9 at offset 25\); save the file as UTF-8/);
  });

  it('refuses UTF-32, broken UTF-16 and binary files', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), 'f')).toMatchObject({ ok: false, problem: expect.stringMatching(/UTF-32/) });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41]), 'f')).toMatchObject({ ok: false, problem: expect.stringMatching(/not valid UTF-16LE/) });
    expect(decodeText(new Uint8Array([0x41, 0x42, 0x00, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49]), 'f')).toMatchObject({ ok: false, problem: expect.stringMatching(/NUL/) });
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    [[0x41, 0xc3, 0xa9], -1],
    [[0xf0, 0x9f, 0x98, 0x80], -1],
    [[0x41, 0xc0, 0xaf], 1], // overlong
    [[0xed, 0xa0, 0x80], 0], // surrogate
    [[0x41, 0x42, 0xe2, 0x82], 2], // truncated
    [[0x80], 0], // lone continuation byte
    [[0xf5, 0x80, 0x80, 0x80], 0], // beyond U+10FFFF
  ])('finds the first bad byte of %j at %i', (bytes, offset) => {
    expect(firstInvalidUtf8(new Uint8Array(bytes))).toBe(offset);
  });
});
