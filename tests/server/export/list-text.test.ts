// Lists in GraphML and GEXF text: readable as typed, and split back into exactly the items that were joined.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { joinList, splitList } from '../../../server/export/list-text.ts';

describe('lists as text', () => {
  it('reads as a person would type it when no item holds a separator', () => {
    expect(joinList(['LTHT', 'Leeds Teaching Hospitals'])).toBe('LTHT; Leeds Teaching Hospitals');
    expect(joinList([])).toBeNull();
  });

  it('escapes ; and \\ inside items, so "a; b" stays one item', () => {
    expect(joinList(['a; b', 'c\\', ';'])).toBe('a\\; b; c\\\\; \\;');
    expect(splitList('a\\; b; c\\\\; \\;')).toEqual(['a; b', 'c\\', ';']);
  });

  it('splits hand-written text at every "; "', () => {
    expect(splitList('a; b;c; \\d')).toEqual(['a', 'b;c', '\\d']);
    expect(splitList('')).toEqual([]);
  });

  it('gives back any non-empty list of texts exactly', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1 }).filter((items) => items.length > 1 || items[0] !== ''), (items) => {
      expect(splitList(joinList(items))).toEqual(items);
    }));
  });
});
