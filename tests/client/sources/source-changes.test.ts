import { describe, expect, it } from 'vitest';
import { sourceChanges, type SourceEdit } from '../../../client/sources/sources-api.ts';

const SOURCE: SourceEdit = { title: 'Annual report', publisher: 'Leeds Teaching Hospitals NHS Trust', publisherId: 'leeds-teaching-hospitals', url: null, date: '2023', retrieved: '2024-05-01' };

describe('sourceChanges', () => {
  it('keeps only the fields an edit changes', () => {
    expect(sourceChanges(SOURCE, { ...SOURCE, title: 'Annual report 2023' })).toEqual({ title: 'Annual report 2023' });
  });

  it('sends null for a cleared field, so the server removes it', () => {
    expect(sourceChanges(SOURCE, { ...SOURCE, publisher: null, publisherId: null, date: null })).toEqual({ publisher: null, publisherId: null, date: null });
  });

  it('is empty when nothing changed', () => {
    expect(sourceChanges(SOURCE, { ...SOURCE })).toEqual({});
  });
});
