// How the details panel and the table show extra attributes.
import { describe, expect, it } from 'vitest';
import { attributeNames, attributeText } from '../../../client/panels/attribute-text.ts';

describe('attribute text', () => {
  it('reads lists, booleans, numbers and texts as a person would', () => {
    expect(attributeText(['arts', 'health'])).toBe('arts, health');
    expect(attributeText(true)).toBe('yes');
    expect(attributeText(false)).toBe('no');
    expect(attributeText(2.5)).toBe('2.5');
    expect(attributeText('Mr. Hi')).toBe('Mr. Hi');
    expect(attributeText(undefined)).toBe('');
  });

  it('names every attribute the rows carry once, in order', () => {
    expect(attributeNames([{ attributes: { weight: 1, club: 'x' } }, {}, { attributes: { club: 'y', active: true } }])).toEqual(['active', 'club', 'weight']);
  });
});
