// The character rule for written text: what is refused, where it is reported, and that everything XML can hold passes.
import { describe, expect, it } from 'vitest';
import { forbiddenCharacter, forbiddenCharacterProblems } from '../../../server/contract/text-characters.ts';

describe('the character rule', () => {
  it.each([['\u0000'], ['\u0007'], ['\u000b'], ['\u000c'], ['\u001b'], ['\u001f'], ['\ufffe'], ['\uffff'], ['\ud800'], ['\udc00']])('refuses %j', (char) => {
    expect(forbiddenCharacter(`ab${char}c`)).toEqual({ index: 2, codePoint: `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` });
  });

  it('keeps tab, line breaks, emoji, RTL marks, DEL and every other XML character', () => {
    expect(forbiddenCharacter('a\tb\nc\r\nd 😀 \u202e\u200f \u007f \u0085 \u2028 \ufffd \u{10ffff}')).toBeNull();
  });

  it('names each field holding one by its dotted path, through objects and lists', () => {
    expect(forbiddenCharacterProblems({ name: 'ok', evidence: [{ quote: 'fine' }, { quote: 'bad\u0000' }], aliases: ['x\u0007'], limit: 3 })).toEqual([
      { field: 'evidence.1.quote', message: 'evidence.1.quote contains the control character U+0000 at position 4; text may hold tab, line breaks and printable characters only' },
      { field: 'aliases.0', message: expect.stringMatching(/^aliases\.0 contains the control character U\+0007 at position 2/) },
    ]);
    expect(forbiddenCharacterProblems(null)).toEqual([]);
  });
});
