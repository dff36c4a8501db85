import { describe, expect, it } from 'vitest';
import { pastTense } from '../../../server/graph/tense.ts';
import { readVocabulary } from '../../../seed/dataset.ts';

describe('tie labels in the past tense', () => {
  it('changes only the first word', () => {
    const cases: [string, string][] = [
      ['has a contract with', 'had a contract with'], ['is a member of', 'was a member of'], ['commissions', 'commissioned'],
      ['works in partnership with', 'worked in partnership with'], ['provides services to', 'provided services to'],
      ['runs', 'ran'], ['oversees', 'oversaw'], ['takes part in', 'took part in'], ['refers patients to', 'referred patients to'],
      ['receives patient referrals from', 'received patient referrals from'], ['gives their name to', 'gave their name to'],
    ];
    for (const [label, past] of cases) expect(pastTense(label)).toBe(past);
  });

  it('turns every label of the vocabulary into a different phrase ending the same way', () => {
    for (const type of readVocabulary().tieTypes) {
      for (const label of [type.label, type.inverseLabel]) {
        const past = pastTense(label);
        expect(past, label).not.toBe(label);
        expect(past.split(' ').slice(1), label).toEqual(label.split(' ').slice(1));
        expect(past, label).not.toMatch(/^\w+(sed|ssed)\b|eed\b/);
      }
    }
  });
});
