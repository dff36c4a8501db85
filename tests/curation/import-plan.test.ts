// The import's row-by-row decisions against a given database state: every kind of rejection, with its reason,
// and creates, updates and unchanged rows. Pure: no database.
import { describe, expect, it } from 'vitest';
import { readVocabulary } from '../../seed/dataset.ts';
import { planImport, type ExistingState } from '../../server/import/import-plan.ts';
import { splitPlan } from '../../server/import/import-service.ts';
import type { EvidenceRow, ImportSet, OrganisationRow, TieRow } from '../../server/import/import-rows.ts';
import type { StoredOrganisation, StoredTie } from '../../server/writes/stored-records.ts';

const vocabulary = readVocabulary();

const organisation = (id: string, extra: Partial<StoredOrganisation> = {}): StoredOrganisation => ({
  id, name: `Org ${id}`, kind: 'charity', shortName: null, aliases: [], sector: null, city: null, country: null, description: null, url: null, since: null, until: null, version: 3, attributes: {}, ...extra,
});
const storedTie = (id: string, source: string, target: string, type = 'PARTNER_OF'): StoredTie => ({
  id, type, source, target, since: null, until: null, description: null, evidenceSources: ['report'], evidenceQuotes: ['They work together.'], attributes: {},
});
const existing = (overrides: Partial<ExistingState> = {}): ExistingState => ({
  organisations: new Map([['a', organisation('a')], ['b', organisation('b')]]),
  takenIds: new Set(['a', 'b', 'new-charity']),
  otherNetworks: new Map(),
  tiesById: new Map(),
  tiesBetween: [],
  sources: [{ id: 'report', title: 'Annual report', publisher: null, url: 'https://example.org/report', date: null }],
  sourceTexts: new Map([['report', 'The annual report.\nThey work\ntogether. They also meet.']]),
  ...overrides,
});

let line = 1;
const orgRow = (id: string | null, values: Record<string, unknown> = {}): OrganisationRow => {
  const base = organisation(id ?? 'x');
  const { id: _id, version: _version, attributes, ...fields } = base;
  return { ref: `organisations.csv line ${++line}`, id, values: { ...fields, ...values }, attributes, problems: [] };
};
const evidence = (source = 'report', quote = 'They work together.'): EvidenceRow => ({ source, quote, url: null, title: null, publisher: null });
const tieRow = (fields: Partial<TieRow> = {}): TieRow => ({
  ref: `ties.csv line ${++line}`, id: null, type: 'PARTNER_OF', source: 'a', target: 'b', since: null, until: null, description: null,
  evidence: [evidence()], attributes: {}, problems: [], ...fields,
});
const set = (organisations: OrganisationRow[], ties: TieRow[] = []): ImportSet => ({ format: 'csv', organisations, ties, fileProblems: [] });
const reasons = (plan: ReturnType<typeof planImport>) => plan.rows.filter((row) => row.action === 'reject').map((row) => row.reasons.join('; '));

describe('planImport: organisations', () => {
  it('creates new ones, updates changed ones (version + 1) and only counts unchanged ones', () => {
    const plan = planImport(set([orgRow('a'), orgRow('b', { city: 'Leeds' }), orgRow('c')]), existing(), vocabulary);
    expect(plan.valid).toBe(true);
    expect(plan.summary.organisations).toEqual({ create: 1, update: 1, unchanged: 1, reject: 0 });
    expect(plan.createOrganisations).toEqual([organisation('c', { version: 1 })]);
    expect(plan.updateOrganisations).toEqual([{ before: organisation('b'), after: organisation('b', { city: 'Leeds', version: 4 }), fields: ['city'] }]);
    expect(plan.rows.map((row) => [row.action, row.id])).toEqual([['update', 'b'], ['create', 'c']]);
  });

  it('makes a unique slug for a row without an id, avoiding ids in the database and in the file', () => {
    const plan = planImport(set([orgRow(null, { name: 'New Charity' }), orgRow('new-charity-2'), orgRow(null, { name: 'New Charity' })]), existing(), vocabulary);
    expect(plan.createOrganisations.map((org) => org.id)).toEqual(['new-charity-3', 'new-charity-2', 'new-charity-4']);
  });

  it('rejects unknown kinds, blank names, bad ids, bad URLs, duplicates and rows the parser found malformed', () => {
    const malformed = { ...orgRow('m'), problems: ['malformed row: 3 fields where the header has 12'] };
    const plan = planImport(set([
      orgRow('k', { kind: 'spaceship' }), orgRow('n', { name: '  ' }), orgRow('bad id!'), orgRow('u', { url: 'javascript:alert(1)' }),
      orgRow('d'), orgRow('d', { city: 'York' }), malformed,
    ]), existing(), vocabulary);
    expect(plan.valid).toBe(false);
    expect(reasons(plan)).toEqual([
      expect.stringMatching(/^kind has unknown value "spaceship"; valid values are nhs-trust, /),
      'name must not be blank',
      expect.stringMatching(/^id "bad id!" is not a valid id/),
      expect.stringMatching(/^url must match pattern/),
      expect.stringMatching(/^duplicate id "d" \(first at organisations\.csv line \d+\)$/),
      'malformed row: 3 fields where the header has 12',
    ]);
    expect(plan.summary.organisations).toMatchObject({ create: 1, reject: 6 });
  });
});

describe('planImport: ties', () => {
  it('creates a tie with a conventional id, and updates or leaves an existing one', () => {
    const before = storedTie('a--partner-of--b', 'a', 'b');
    const state = existing({ tiesById: new Map([[before.id, before]]), tiesBetween: [before] });
    expect(planImport(set([], [tieRow()]), state, vocabulary).summary.ties).toEqual({ create: 0, update: 0, unchanged: 1, reject: 0 });
    const changed = planImport(set([], [tieRow({ description: 'Since 2019.' })]), state, vocabulary);
    expect(changed.updateTies).toEqual([{ before, after: { ...before, description: 'Since 2019.' }, fields: ['description'] }]);
    const created = planImport(set([], [tieRow({ type: 'SUPPORTS' })]), existing(), vocabulary);
    expect(created.createTies.map((tie) => tie.id)).toEqual(['a--supports--b']);
  });

  it('rejects unknown organisations and tie types, missing or unknown evidence, and self-ties', () => {
    const plan = planImport(set([], [
      tieRow({ target: 'nobody' }),
      tieRow({ type: 'LOVES' }),
      tieRow({ evidence: [] }),
      tieRow({ type: 'RUNS', evidence: [evidence('no-such-source')] }),
      tieRow({ type: 'DELIVERS', evidence: [evidence('report', '')] }),
      tieRow({ target: 'a' }),
      tieRow({ since: '2020', until: '2019-05', type: 'SUPPORTS' }),
      tieRow({ type: 'OVERSEES', evidence: [evidence('report', 'They fight.')] }),
    ]), existing(), vocabulary);
    expect(reasons(plan)).toEqual([
      'unknown organisation "nobody" (target)',
      expect.stringMatching(/^type has unknown value "LOVES"; valid values are COMMISSIONS, /),
      'missing evidence: a tie needs at least one { source, quote } or { url, note }',
      expect.stringMatching(/^evidence\[0\]\.source: unknown source "no-such-source"/),
      'evidence[0] has no quote (the exact sentence of the source)',
      'source and target must be different organisations',
      'until (2019-05) is before since (2020)',
      expect.stringMatching(/^evidence\[0\]\.quote is not a passage of source "report"/),
    ]);
  });

  it('rejects a tie to an organisation the same import rejects', () => {
    const plan = planImport(set([orgRow('c', { kind: 'spaceship' })], [tieRow({ target: 'c' })]), existing(), vocabulary);
    expect(reasons(plan)[1]).toMatch(/^target organisation "c" is rejected \(organisations\.csv line \d+\)$/);
  });

  it('rejects duplicates: in the file, of an existing tie, and an id that names another tie', () => {
    const other = storedTie('t1', 'b', 'a', 'SUPPORTS');
    const twin = storedTie('older-id', 'a', 'b');
    const plan = planImport(set([], [
      tieRow({ id: 't9', type: 'RUNS' }), tieRow({ id: 't9', type: 'RUNS' }), tieRow({ type: 'DELIVERS' }), tieRow({ id: 'x', type: 'DELIVERS' }),
      tieRow({ id: 't1', type: 'COMMISSIONS' }), tieRow(),
    ]), existing({ tiesById: new Map([['t1', other]]), tiesBetween: [twin] }), vocabulary);
    expect(reasons(plan)).toEqual([
      expect.stringMatching(/^duplicate id "t9" \(first at ties\.csv line \d+\)$/),
      expect.stringMatching(/^duplicate of ties\.csv line \d+: at most one DELIVERS tie from "a" to "b"$/),
      'id "t1" already names the tie b SUPPORTS a; ties cannot change ends or type (delete and create instead)',
      'duplicate: the tie "older-id" already links "a" to "b" with PARTNER_OF; use its id to change it',
    ]);
  });

  it('refuses an id of the usual form that names other ends or another type (such ids stay truthful)', () => {
    const plan = planImport(set([], [tieRow({ id: 'b--partner-of--a' }), tieRow({ id: 'a--supports--b', type: 'SUPPORTS' })]), existing(), vocabulary);
    expect(reasons(plan)).toEqual(['id "b--partner-of--a" reads as a tie from "b" to "a" of type PARTNER_OF, which this row is not; leave the id empty to get the right one']);
  });

  it('creates one source per web page and reuses it, and sources a file describes', () => {
    const page = { source: null, quote: 'Says so.', url: 'https://example.org/news/1', title: 'News', publisher: null };
    const plan = planImport(set([], [
      tieRow({ evidence: [page] }), tieRow({ type: 'SUPPORTS', evidence: [page, { ...evidence('report') }] }),
      tieRow({ type: 'RUNS', evidence: [{ ...page, url: 'https://example.org/report' }] }),
      tieRow({ type: 'DELIVERS', evidence: [{ source: 'minutes', quote: 'Agreed.', url: null, title: 'Board minutes', publisher: 'Board' }] }),
    ]), existing(), vocabulary);
    expect(plan.valid).toBe(true);
    expect(plan.sources).toEqual([
      { id: 'web-example-org-news-1', title: 'News', publisher: null, url: 'https://example.org/news/1', date: null },
      { id: 'minutes', title: 'Board minutes', publisher: 'Board', url: null, date: null },
    ]);
    expect(plan.createTies.map((tie) => tie.evidenceSources)).toEqual([['web-example-org-news-1'], ['web-example-org-news-1', 'report'], ['report'], ['minutes']]);
  });

  it('turns file problems into rejected rows and an invalid plan', () => {
    const plan = planImport({ format: 'json', organisations: [], ties: [], fileProblems: [{ ref: 'the JSON file', reason: 'not valid JSON' }] }, existing(), vocabulary);
    expect(plan).toMatchObject({ valid: false, rows: [{ entity: 'file', ref: 'the JSON file', action: 'reject', reasons: ['not valid JSON'] }] });
  });
});

describe('splitPlan', () => {
  it('keeps dependency order (sources, organisations, ties) across batches of the given size', () => {
    const plan = planImport(set([orgRow('c'), orgRow('d'), orgRow('b', { city: 'Leeds' })], [tieRow({ target: 'c' }), tieRow({ target: 'd' })]), existing(), vocabulary);
    const batches = splitPlan(plan, 2);
    expect(batches.map((batch) => [batch.createOrganisations.length, batch.updateOrganisations.length, batch.createTies.length])).toEqual([[2, 0, 0], [0, 1, 1], [0, 0, 1]]);
    expect(splitPlan(plan, 100)).toHaveLength(1);
  });
});
