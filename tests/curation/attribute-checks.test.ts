// The checks on extra attributes: names, types (declared, or inferred on first use and then declared), removal,
// and the import's reading of typed files: what it adds, what it refuses and why.
import { describe, expect, it } from 'vitest';
import { attributeNameProblem } from '../../server/contract/attributes.ts';
import { attributeValueProblem, checkAttributes, NO_DECLARATIONS } from '../../server/writes/attribute-checks.ts';
import { createImportAttributes } from '../../server/import/import-attributes.ts';

describe('attribute names and values', () => {
  it('takes slugs that are no core field, in any case', () => {
    expect(attributeNameProblem('club')).toBeNull();
    expect(attributeNameProblem('weight_2')).toBeNull();
    expect(attributeNameProblem('Club')).toMatch(/lower-case letter/);
    expect(attributeNameProblem('2x')).toMatch(/lower-case letter/);
    expect(attributeNameProblem('a'.repeat(41))).toMatch(/lower-case letter/);
    expect(attributeNameProblem('shortname')).toBe('"shortname" is a core field, not an extra attribute');
    expect(attributeNameProblem('betweenness')).toMatch(/core field/);
  });

  it('checks each type', () => {
    expect(attributeValueProblem('date', '2019-02')).toBeNull();
    expect(attributeValueProblem('date', 'Feb 2019')).toMatch(/year, a month or a date/);
    expect(attributeValueProblem('date', '2023-02-30')).toMatch(/exists/);
    expect(attributeValueProblem('number', Number.NaN)).toMatch(/finite/);
    expect(attributeValueProblem('list', ['a', ''])).toMatch(/none empty/);
    expect(attributeValueProblem('boolean', 'true')).toMatch(/true or false/);
    expect(attributeValueProblem('string', '')).toMatch(/1 to/);
  });
});

describe('checkAttributes', () => {
  it('declares new names with the type of their value, checks known ones against their declaration, and removes on null', () => {
    const declared = { organisation: new Map([['members', 'number' as const]]), tie: new Map() };
    expect(checkAttributes('organisation', { tags: ['a'], members: 4, old: null }, { old: 'x' }, declared)).toEqual({
      attributes: { members: 4, tags: ['a'] }, problems: [], declarations: [{ scope: 'organisation', name: 'tags', type: 'list' }],
    });
    expect(checkAttributes('organisation', { members: '4' }, {}, declared).problems).toEqual([
      { field: 'attributes.members', message: 'attributes.members must be a finite number (it is declared as number)' },
    ]);
    expect(checkAttributes('tie', { nested: { a: 1 } }, {}, NO_DECLARATIONS, 'links.0.attributes').problems[0]!.field).toBe('links.0.attributes.nested');
  });
});

describe('an import\'s attributes', () => {
  it('reads text as the file\'s types, lists what it adds once, and refuses names that cannot be attributes', () => {
    const reader = createImportAttributes(NO_DECLARATIONS, { tie: { weight: 'number' }, organisation: { tags: 'list' } });
    expect(reader.read('tie', { weight: '4', 'Two Words': 'x' })).toEqual({ attributes: { weight: 4 }, problems: [] });
    expect(reader.read('tie', { weight: '5', club: 'Officer' })).toEqual({ attributes: { club: 'Officer', weight: 5 }, problems: [] });
    expect(reader.read('organisation', { tags: 'a; b\\; c' })).toEqual({ attributes: { tags: ['a', 'b; c'] }, problems: [] });
    expect(reader.read('tie', { weight: 'heavy' }).problems).toEqual(['attributes.weight must be a finite number (it is declared as number)']);
    expect(reader.added()).toEqual([
      { scope: 'tie', name: 'weight', type: 'number' }, { scope: 'tie', name: 'club', type: 'string' }, { scope: 'organisation', name: 'tags', type: 'list' },
    ]);
    expect(reader.refused()).toEqual([{ scope: 'tie', name: 'Two Words', reason: expect.stringMatching(/lower-case letter/) }]);
  });
});
