// Checks the reviewed seed data set without a database: ids, vocabulary, endpoints, and that every quote of
// evidence is in its source document, character for character (white space aside).
import { existsSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import {
  SOURCES_DIR,
  findQuoteProblems,
  loadDataset,
  normaliseWhitespace,
  readSourceText,
  tieId,
  type SeedDataset,
} from '../../seed/dataset.ts';

const dataset = loadDataset();
const { sources, vocabulary, organisations, ties } = dataset;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const HEX = /^#[0-9a-fA-F]{6}$/;
const YEAR_OR_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const duplicates = (values: string[]) => values.filter((value, index) => values.indexOf(value) !== index);

describe('the seed data set', () => {
  it('has sources, organisations and ties', () => {
    expect(sources.length).toBeGreaterThan(0);
    expect(organisations.length).toBeGreaterThan(0);
    expect(ties.length).toBeGreaterThan(0);
  });

  it('gives every organisation, tie and source a unique slug id', () => {
    for (const ids of [organisations.map((o) => o.id), sources.map((s) => s.id)]) {
      expect(ids.filter((id) => !SLUG.test(id))).toEqual([]);
      expect(duplicates(ids)).toEqual([]);
    }
    // Tie ids join three slugs with `--` (see the next test).
    const tieIds = ties.map((t) => t.id);
    expect(tieIds.filter((id) => !id.split('--').every((part) => SLUG.test(part)))).toEqual([]);
    expect(duplicates(tieIds)).toEqual([]);
  });

  it('names every tie <source>--<type>--<target>', () => {
    expect(ties.filter((tie) => tie.id !== tieId(tie)).map((tie) => tie.id)).toEqual([]);
  });

  it('gives every organisation a name, a kind and well-formed optional fields', () => {
    for (const org of organisations) {
      expect(org.name.trim(), org.id).not.toBe('');
      expect(Array.isArray(org.aliases), org.id).toBe(true);
      for (const field of ['shortName', 'sector', 'city', 'country', 'description', 'url'] as const) {
        expect(org[field] === null || typeof org[field] === 'string', `${org.id}.${field}`).toBe(true);
      }
    }
  });

  it('has ingest cue phrases for tie types of the vocabulary only', () => {
    const types = new Set(vocabulary.tieTypes.map((type) => type.id));
    expect(vocabulary.cues.length).toBeGreaterThan(20);
    expect(vocabulary.cues.filter((cue) => !types.has(cue.type))).toEqual([]);
  });

  it('uses only kinds and tie types from the vocabulary', () => {
    const kinds = new Set(vocabulary.kinds.map((kind) => kind.id));
    const types = new Set(vocabulary.tieTypes.map((type) => type.id));
    expect(organisations.filter((org) => !kinds.has(org.kind)).map((org) => org.id)).toEqual([]);
    expect(ties.filter((tie) => !types.has(tie.type)).map((tie) => tie.id)).toEqual([]);
  });

  it('uses every kind and tie type of the vocabulary', () => {
    const usedKinds = new Set(organisations.map((org) => org.kind));
    const usedTypes = new Set(ties.map((tie) => tie.type));
    expect(vocabulary.kinds.map((kind) => kind.id).filter((id) => !usedKinds.has(id))).toEqual([]);
    expect(vocabulary.tieTypes.map((type) => type.id).filter((id) => !usedTypes.has(id))).toEqual([]);
  });

  it('spells kinds as lower-case slugs and tie types as UPPER_SNAKE with lower-case labels', () => {
    expect(vocabulary.kinds.filter((kind) => !SLUG.test(kind.id)).map((kind) => kind.id)).toEqual([]);
    expect(vocabulary.tieTypes.filter((type) => !/^[A-Z]+(_[A-Z]+)*$/.test(type.id)).map((type) => type.id)).toEqual([]);
    for (const type of vocabulary.tieTypes) {
      expect(type.label, type.id).toBe(type.label.toLowerCase());
      expect(type.inverseLabel, type.id).toBe(type.inverseLabel.toLowerCase());
    }
    expect(duplicates(vocabulary.kinds.map((kind) => kind.id))).toEqual([]);
    expect(duplicates(vocabulary.tieTypes.map((type) => type.id))).toEqual([]);
  });

  it('gives kinds and tie types valid, distinct hex colours and valid line dashes', () => {
    for (const entries of [vocabulary.kinds, vocabulary.tieTypes]) {
      expect(entries.filter((entry) => !HEX.test(entry.colour)).map((entry) => entry.id)).toEqual([]);
      expect(duplicates(entries.map((entry) => entry.colour.toLowerCase()))).toEqual([]);
    }
    for (const type of vocabulary.tieTypes) {
      expect(type.dash.length % 2, type.id).toBe(0);
      expect(type.dash.every((n) => Number.isFinite(n) && n > 0), type.id).toBe(true);
    }
  });

  it('connects every tie to two different organisations that exist', () => {
    const ids = new Set(organisations.map((org) => org.id));
    expect(ties.filter((tie) => !ids.has(tie.source) || !ids.has(tie.target)).map((tie) => tie.id)).toEqual([]);
    expect(ties.filter((tie) => tie.source === tie.target).map((tie) => tie.id)).toEqual([]);
  });

  it('has no two ties of the same type between the same organisations', () => {
    expect(duplicates(ties.map((tie) => `${tie.type} ${tie.source} ${tie.target}`))).toEqual([]);
  });

  it('ties every organisation to at least one other', () => {
    const tied = new Set(ties.flatMap((tie) => [tie.source, tie.target]));
    expect(organisations.filter((org) => !tied.has(org.id)).map((org) => org.id)).toEqual([]);
  });

  it('dates ties only with a year or an ISO date', () => {
    for (const tie of ties) {
      for (const value of [tie.since, tie.until]) {
        if (value !== null) expect(value, tie.id).toMatch(YEAR_OR_DATE);
      }
    }
  });

  it('gives every tie evidence from a source that exists', () => {
    const ids = new Set(sources.map((source) => source.id));
    expect(ties.filter((tie) => tie.evidence.length === 0).map((tie) => tie.id)).toEqual([]);
    const unknown = ties.flatMap((tie) => tie.evidence.filter((item) => !ids.has(item.source)).map(() => tie.id));
    expect(unknown).toEqual([]);
  });

  it('keeps the text of every source document in seed/sources', () => {
    for (const source of sources) {
      expect(existsSync(new URL(source.file, SOURCES_DIR)), source.file).toBe(true);
      expect(readSourceText(source).trim(), source.file).not.toBe('');
    }
  });

  it('cites every source document at least once', () => {
    const cited = new Set(ties.flatMap((tie) => tie.evidence.map((item) => item.source)));
    expect(sources.filter((source) => !cited.has(source.id)).map((source) => source.id)).toEqual([]);
  });

  it('finds every quote verbatim in its source, white space aside', () => {
    expect(findQuoteProblems(dataset, readSourceText)).toEqual([]);
  });
});

describe('the quote checks', () => {
  const source = { id: 'doc', title: 'Doc', publisher: null, publisherId: null, retrieved: null, url: null, date: null, file: 'doc.txt' };
  const withQuote = (quote: string, sourceId = 'doc'): Pick<SeedDataset, 'sources' | 'ties'> => ({
    sources: [source],
    ties: [{ id: 'a--runs--b', type: 'RUNS', source: 'a', target: 'b', since: null, until: null, description: null, evidence: [{ source: sourceId, quote }] }],
  });
  const text = 'We’re part of the\nWest Yorkshire\u00a0Association – WYAAT.';

  it('collapse white space, no-break spaces included', () => {
    expect(normaliseWhitespace('  a \n\t b\u00a0c ')).toBe('a b c');
  });

  it('accept a quote that differs from the text only in white space', () => {
    expect(findQuoteProblems(withQuote('We’re part of the West Yorkshire Association – WYAAT.'), () => text)).toEqual([]);
  });

  it('reject a quote with a straight apostrophe where the text has a typographic one', () => {
    expect(findQuoteProblems(withQuote("We're part of the West Yorkshire"), () => text).map((p) => p.problem)).toEqual(['not in source']);
  });

  it('report a quote whose source is unknown', () => {
    expect(findQuoteProblems(withQuote('WYAAT', 'elsewhere'), () => text).map((p) => p.problem)).toEqual(['unknown source']);
  });
});
