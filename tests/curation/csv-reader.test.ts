// RFC 4180 records with the line each starts on, and malformed rows reported rather than fatal.
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../server/import/csv-reader.ts';

describe('readCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and counts lines', () => {
    const text = 'a,b,c\r\n1,"two, ""2""","three\r\nlines\nhere"\r\n\r\nx,,z\r\n';
    expect(readCsv(text)).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', 'two, "2"', 'three\r\nlines\nhere'] },
      { line: 6, fields: ['x', '', 'z'] },
    ]);
  });

  it('accepts LF and lone CR line ends and a last line without one', () => {
    expect(readCsv('a,b\n1,2').map((r) => r.fields)).toEqual([['a', 'b'], ['1', '2']]);
    expect(readCsv('a,b\r1,2\r').map((r) => r.fields)).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('reports a stray quote, text after a closing quote and an unclosed quote on the row they start', () => {
    const [, stray, after, unclosed] = readCsv('a,b\n1,say "hi"\n"x"y,2\n3,"never closed\n4,5\n');
    expect(stray).toMatchObject({ line: 2, problem: expect.stringMatching(/double quote inside unquoted column 2/) });
    expect(after).toMatchObject({ line: 3, problem: expect.stringMatching(/after the closing quote of column 1/) });
    expect(unclosed).toMatchObject({ line: 4, problem: expect.stringMatching(/column 2\) is never closed/) });
  });
});
