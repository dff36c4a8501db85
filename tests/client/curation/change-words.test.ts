// History entries in words: who changed what on an organisation and its ties.
import { describe, expect, it } from 'vitest';
import { describeChange, formatWhen, listInWords } from '../../../client/curation/change-words.ts';

const nameOf = (id: string) => ({ nhse: 'NHS England', ltht: 'LTHT' })[id] ?? id;
const labelOf = (type: string) => (type === 'COMMISSIONS' ? 'commissions' : type);
const tie = { id: 'nhse--commissions--ltht', type: 'COMMISSIONS', source: 'nhse', target: 'ltht', until: null };

describe('describeChange', () => {
  it('says what happened to the organisation', () => {
    expect(describeChange({ action: 'create', entity: 'organisation', entityId: 'ltht', fields: [], before: null, after: {} }, nameOf, labelOf)).toBe('Created the organisation');
    expect(describeChange({ action: 'update', entity: 'organisation', entityId: 'ltht', fields: ['shortName', 'url', 'city'], before: {}, after: {} }, nameOf, labelOf))
      .toBe('Changed the short name, website and city');
  });

  it('reads a tie as its sentence, and says when it ended', () => {
    expect(describeChange({ action: 'create', entity: 'tie', entityId: tie.id, fields: [], before: null, after: tie }, nameOf, labelOf)).toBe('Added a tie: NHS England commissions LTHT');
    expect(describeChange({ action: 'end', entity: 'tie', entityId: tie.id, fields: ['until'], before: tie, after: { ...tie, until: '2024-03' } }, nameOf, labelOf))
      .toBe('Ended a tie (until 2024-03): NHS England commissions LTHT');
    expect(describeChange({ action: 'delete', entity: 'tie', entityId: tie.id, fields: [], before: tie, after: null }, nameOf, labelOf)).toBe('Deleted a tie: NHS England commissions LTHT');
    expect(describeChange({ action: 'update', entity: 'tie', entityId: tie.id, fields: ['evidence'], before: tie, after: tie }, nameOf, labelOf))
      .toBe('Changed the evidence of a tie: NHS England commissions LTHT');
  });
});

describe('formatting', () => {
  it('writes dates for people and lists as sentences', () => {
    expect(formatWhen('2026-11-23T13:29:23.743Z', 'UTC')).toBe('23 Nov 2026, 13:29');
    expect(formatWhen('not a date')).toBe('not a date');
    expect(listInWords(['a'])).toBe('a');
    expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
