import { describe, expect, it } from 'vitest';
import { searchTokens, toFulltextQuery } from '../../../server/graph/fulltext-query.ts';

describe('organisation search text', () => {
  it('lower-cases words so Lucene operators typed by a person lose their meaning', () => {
    expect(searchTokens('Leeds AND NOT Trust')).toEqual(['leeds', 'and', 'not', 'trust']);
  });

  it('turns Lucene syntax characters into separators instead of interpreting them', () => {
    expect(searchTokens('name:"x" OR (a* ~b) \\ / [1 TO 2]')).toEqual(['name', 'x', 'or', 'a', 'b', '1', 'to', '2']);
    expect(searchTokens('{c} ^d !e +f -g &&h ||i ?')).toEqual(['c', 'd', 'e', 'f', 'g', 'h', 'i']);
  });

  it('gives no tokens for text made only of syntax, so the search answers an empty list', () => {
    expect(searchTokens('  *** ~~ "" ')).toEqual([]);
  });

  it('caps the number and length of words of absurd input', () => {
    const tokens = searchTokens(`${'x'.repeat(500)} ${'word '.repeat(100)}`);
    expect(tokens).toHaveLength(8);
    expect(tokens[0]).toHaveLength(40);
  });

  it('matches each word exactly, as a prefix, and with typo tolerance when long enough', () => {
    expect(toFulltextQuery(['king', 'husein'], 'all')).toBe('+(king^4 OR king*^2 OR king~1) +(husein^4 OR husein*^2 OR husein~1)');
    expect(toFulltextQuery(['nhs'], 'any')).toBe('(nhs^4 OR nhs*^2)');
    expect(toFulltextQuery(['teaching'], 'any')).toBe('(teaching^4 OR teaching*^2 OR teaching~2)');
  });

  it('escapes apostrophes kept inside words', () => {
    expect(toFulltextQuery(["king's"], 'any')).toContain("king\\'s^4");
  });
});
