// attr.<name>=<value> filters: read as the declared type, refused naming the parameter otherwise, and matched
// against organisations exactly as the Cypher fragment matches them.
import { describe, expect, it } from 'vitest';
import { attributeFilterParameters, attributeFilters, matchesAttributes } from '../../../server/graph/attribute-filters.ts';
import type { AttributeType } from '../../../server/contract/attributes.ts';
import type { Organisation } from '../../../server/schemas/graph.ts';

const declared = new Map<string, AttributeType>([['club', 'string'], ['members', 'number'], ['active', 'boolean'], ['tags', 'list'], ['founded', 'date']]);
const organisation = (attributes: Organisation['attributes']) => ({ attributes }) as Organisation;

describe('attribute filters', () => {
  it('takes only the attr. parameters and reads each value as its declared type', () => {
    const parameters = attributeFilterParameters({ depth: 1, 'attr.club': 'Officer', 'attr.members': '3', 'attr.active': 'true', 'attr.tags': 'arts', 'attr.founded': '2019' });
    expect(attributeFilters(parameters, declared)).toEqual([
      { key: 'attr_club', value: 'Officer' }, { key: 'attr_members', value: 3 }, { key: 'attr_active', value: true },
      { key: 'attr_tags', value: 'arts' }, { key: 'attr_founded', value: '2019' },
    ]);
  });

  it('refuses unknown or badly named attributes and values of the wrong type, naming each parameter', () => {
    expect(() => attributeFilters([['attr.motto', 'red'], ['attr.members', 'many'], ['attr.Bad', 'x']], declared)).toThrow(
      expect.objectContaining({ statusCode: 400, errors: [
        { field: 'attr.motto', message: 'attr.motto: no organisation has an attribute "motto"' },
        { field: 'attr.members', message: 'attr.members: "many" is not a number value' },
        { field: 'attr.Bad', message: expect.stringMatching(/^attr\.Bad: an attribute name is a lower-case letter/) },
      ] }),
    );
  });

  it('matches equal values, and lists that hold the value', () => {
    const filters = attributeFilters([['attr.tags', 'arts'], ['attr.members', '3']], declared);
    expect(matchesAttributes(organisation({ tags: ['arts', 'health'], members: 3 }), filters)).toBe(true);
    expect(matchesAttributes(organisation({ tags: ['health'], members: 3 }), filters)).toBe(false);
    expect(matchesAttributes(organisation(undefined), filters)).toBe(false);
  });
});
