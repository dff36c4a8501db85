// An import's vocabulary section: new kinds and tie types become create rows that count for the file's own rows,
// ones the network has are kept, a bad entry is a rejected row naming what is wrong.
import { describe, expect, it } from 'vitest';
import { planVocabulary } from '../../server/import/import-vocabulary.ts';
import { createVocabulary } from '../../server/graph/vocabulary.ts';

const network = createVocabulary({
  kinds: [{ id: 'charity', label: 'Charity', plural: 'Charities', colour: '#123456', description: '' }],
  tieTypes: [{ id: 'PARTNER_OF', label: 'is a partner of', inverseLabel: 'has as a partner', colour: '#654321', dash: [], description: '' }],
});

describe('planVocabulary', () => {
  it('leaves the network\'s vocabulary alone when the file has no section', () => {
    expect(planVocabulary(undefined, network)).toMatchObject({ vocabulary: network, kinds: [], tieTypes: [], rows: [], summary: null });
  });

  it('creates what is new (with defaults), keeps what exists, and lets the rows use the new entries', () => {
    const plan = planVocabulary({
      kinds: [{ id: 'family', label: 'Family', colour: '#8E44AD' }, { id: 'charity', label: 'Ignored', colour: '#000000' }],
      tieTypes: [{ id: 'MARRIED_INTO', label: 'is married into', colour: '#C0392B', symmetric: true }],
    }, network);
    expect(plan.kinds).toEqual([{ id: 'family', label: 'Family', plural: 'Family', colour: '#8E44AD', description: '' }]);
    expect(plan.tieTypes).toEqual([{ id: 'MARRIED_INTO', label: 'is married into', inverseLabel: 'is married into', symmetric: true, colour: '#C0392B', dash: [], description: '' }]);
    expect(plan.summary).toEqual({ kinds: { create: 1, update: 0, unchanged: 1, reject: 0 }, tieTypes: { create: 1, update: 0, unchanged: 0, reject: 0 } });
    expect(plan.vocabulary.kindIds).toEqual(new Set(['charity', 'family']));
    expect(plan.vocabulary.tieType('MARRIED_INTO').symmetric).toBe(true);
    expect(plan.vocabulary.tieType('PARTNER_OF').symmetric).toBe(false);
  });

  it('rejects a bad entry with the field it gets wrong, and a repeated id', () => {
    const plan = planVocabulary({
      kinds: [{ id: 'Bad Slug', label: 'X', colour: 'red' }],
      tieTypes: [{ id: 'OK_TYPE', label: 'x', colour: '#123456' }, { id: 'OK_TYPE', label: 'y', colour: '#123456' }, 'not an object'],
    }, network);
    expect(plan.rows).toEqual([
      { entity: 'kind', ref: 'vocabulary.kinds[0]', id: 'Bad Slug', action: 'reject', reasons: [expect.stringMatching(/^id must match/), expect.stringMatching(/^colour must match/)] },
      { entity: 'tieType', ref: 'vocabulary.tieTypes[0]', id: 'OK_TYPE', action: 'create', reasons: [] },
      { entity: 'tieType', ref: 'vocabulary.tieTypes[1]', id: 'OK_TYPE', action: 'reject', reasons: ['duplicate id "OK_TYPE"'] },
      { entity: 'tieType', ref: 'vocabulary.tieTypes[2]', id: null, action: 'reject', reasons: [expect.any(String)] },
    ]);
  });
});
