import { describe, expect, it } from 'vitest';
import { kindId, vocabularyPatch } from '../../../client/curation/vocabulary-editor.ts';

describe('a new kind\'s id', () => {
  it('is the lower-case slug of its name', () => {
    expect(kindId('NHS trust')).toBe('nhs-trust');
    expect(kindId('  Charity ')).toBe('charity');
    expect(kindId('3rd sector body!')).toBe('rd-sector-body');
    expect(kindId('!!')).toBe('');
    expect(kindId('a'.repeat(70))).toHaveLength(60);
  });
});

describe('the PATCH body of a vocabulary entry', () => {
  const kind = { label: 'Family', plural: 'Families', colour: '#C0392B', description: '' };

  it('holds only what changed, trimmed', () => {
    expect(vocabularyPatch({ ...kind, label: ' House ' }, kind)).toEqual({ label: 'House' });
    expect(vocabularyPatch({ ...kind }, kind)).toBeNull();
  });

  it('treats a colour in another case as the same colour', () => {
    expect(vocabularyPatch({ ...kind, colour: '#c0392b' }, kind)).toBeNull();
    expect(vocabularyPatch({ ...kind, colour: '#00ff00' }, kind)).toEqual({ colour: '#00ff00' });
  });

  it('clears an emptied past wording with null and keeps an emptied label for the server to refuse', () => {
    const type = { label: 'funds', inverseLabel: 'is funded by', pastLabel: 'funded', colour: '#000000', description: '' };
    expect(vocabularyPatch({ ...type, pastLabel: ' ' }, type)).toEqual({ pastLabel: null });
    expect(vocabularyPatch({ ...type, pastLabel: '' }, { ...type, pastLabel: undefined })).toBeNull();
    expect(vocabularyPatch({ ...type, label: '' }, type)).toEqual({ label: '' });
  });
});
