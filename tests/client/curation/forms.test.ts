// The edit forms' pure side: checks before sending (the API's own rules), form → request body, the tie read as a
// sentence, a 400's message split into problems per field, and import reports in words.
import { describe, expect, it } from 'vitest';
import {
  canApply, emptyEvidence, formErrorsFrom, importFormatFor, ORGANISATION_API_FIELDS, organisationCreateBody, organisationForm,
  organisationPatchBody, previewSentence, reportRows, summariseReport, TIE_API_FIELDS, tieCreateBody, tieEnds, tieTypeOptions, validateOrganisation,
  validateTie, WEB_PAGE, type TieForm,
} from '../../../client/curation/forms.ts';
import type { ImportReport, Meta, OrganisationDetail } from '../../../client/types.ts';

const stored: OrganisationDetail = {
  id: 'wyaat', name: 'West Yorkshire Association of Acute Trusts', shortName: 'WYAAT', aliases: ['West Yorkshire acute trusts'],
  kind: 'collaborative', sector: 'NHS', city: null, country: 'United Kingdom', description: 'Six trusts.', url: null, since: null, until: null, degree: 2, version: 4, tiesTruncated: false, ties: [],
};

const names: Record<string, string> = { nhse: 'NHS England', ltht: 'Leeds Teaching Hospitals NHS Trust' };
const nameOf = (id: string) => names[id] ?? id;
const labelOf = (type: string) => ({ COMMISSIONS: 'commissions', PARTNER_OF: 'works in partnership with' })[type] ?? type;

const tieTypes: Meta['tieTypes'] = [
  { id: 'COMMISSIONS', label: 'commissions', inverseLabel: 'is commissioned by', colour: '#000', dash: [], description: '', count: 1 },
  { id: 'PARTNER_OF', label: 'works in partnership with', inverseLabel: 'works in partnership with', colour: '#000', dash: [], description: '', count: 1 },
];

const tie = (changes: Partial<TieForm> = {}): TieForm => ({
  from: 'nhse', to: 'ltht', type: 'COMMISSIONS', since: '', until: '', description: '',
  evidence: [{ source: 'nhs-annual-report', quote: 'NHS England commissions specialised services from LTHT.', url: '', title: '' }],
  ...changes,
});

describe('organisation form → request', () => {
  it('creates with the name and kind, leaving empty optional fields out and aliases one per line', () => {
    const form = { ...organisationForm(null), name: '  Leeds Beckett University ', kind: 'university', city: 'Leeds', aliases: 'LBU\n\n  Leeds Met \nLBU' };
    expect(organisationCreateBody(form)).toEqual({ name: 'Leeds Beckett University', kind: 'university', city: 'Leeds', aliases: ['LBU', 'Leeds Met'] });
  });

  it('patches only what changed, with the version read; an emptied field becomes null', () => {
    const form = { ...organisationForm(stored), city: 'Leeds', description: '   ' };
    expect(organisationPatchBody(form, stored)).toEqual({ version: 4, city: 'Leeds', description: null });
  });

  it('sends nothing when nothing changed (whitespace aside)', () => {
    expect(organisationPatchBody({ ...organisationForm(stored), name: `${stored.name}  ` }, stored)).toBeNull();
  });

  it('says what is missing or malformed, field by field', () => {
    const errors = validateOrganisation({ ...organisationForm(null), name: ' ', url: 'ftp://example.org', shortName: 'x'.repeat(101) }, ['university']);
    expect(Object.keys(errors).sort()).toEqual(['kind', 'name', 'shortName', 'url']);
    expect(errors.url).toMatch(/https:\/\//);
    expect(validateOrganisation({ ...organisationForm(stored) }, ['collaborative'])).toEqual({});
  });

  it('checks the formed and dissolved dates as the API does, and sends them as given', () => {
    const form = { ...organisationForm(stored), since: '2013-04', until: '2023-02-30' };
    expect(validateOrganisation(form, ['collaborative'])).toEqual({ until: expect.stringMatching(/year, a month or a date/) });
    expect(validateOrganisation({ ...form, until: '2012' }, ['collaborative']).until).toMatch(/ends before it starts \(2013-04\)/);
    expect(organisationPatchBody({ ...form, until: '2022-06-30' }, stored)).toEqual({ version: 4, since: '2013-04', until: '2022-06-30' });
  });
});

describe('tie form', () => {
  it('reads as the sentence the network will show, in either direction', () => {
    expect(previewSentence(tie(), nameOf, labelOf)).toBe('NHS England commissions Leeds Teaching Hospitals NHS Trust.');
    expect(previewSentence(tie({ from: 'ltht', to: 'nhse', type: 'COMMISSIONS~reverse' }), nameOf, labelOf)).toBe('NHS England commissions Leeds Teaching Hospitals NHS Trust.');
    expect(previewSentence(tie({ to: null }), nameOf, labelOf)).toBe('NHS England commissions the organisation you choose.');
    expect(previewSentence(tie({ type: '' }), nameOf, labelOf)).toBe('');
  });

  it('offers each type from this organisation, and the reverse only where it reads differently', () => {
    const options = tieTypeOptions(tieTypes);
    expect(options.outgoing.map((option) => option.label)).toEqual(['commissions', 'works in partnership with']);
    expect(options.incoming).toEqual([{ value: 'COMMISSIONS~reverse', label: 'is commissioned by' }]);
    expect(tieEnds({ from: 'ltht', to: 'nhse', type: 'COMMISSIONS~reverse' })).toEqual({ source: 'nhse', target: 'ltht' });
  });

  it('maps to POST /api/ties: a listed source with its quote, or a web page with a note; blank items left out', () => {
    const form = tie({
      since: ' 2019 ', description: 'Specialised services.',
      evidence: [
        { source: 'nhs-annual-report', quote: ' NHS England commissions specialised services. ', url: '', title: '' },
        { source: WEB_PAGE, quote: 'Says they work together.', url: 'https://example.org/news', title: '' },
        emptyEvidence(),
      ],
    });
    expect(tieCreateBody(form)).toEqual({
      type: 'COMMISSIONS', source: 'nhse', target: 'ltht', since: '2019', description: 'Specialised services.',
      evidence: [
        { source: 'nhs-annual-report', quote: 'NHS England commissions specialised services.' },
        { url: 'https://example.org/news', note: 'Says they work together.' },
      ],
    });
  });

  it('refuses a tie without evidence', () => {
    expect(validateTie(tie({ evidence: [emptyEvidence()] }), [])).toEqual({ evidence: expect.stringMatching(/needs evidence/) });
    expect(validateTie(tie({ evidence: [] }), [])).toHaveProperty('evidence');
  });

  it('points at the incomplete part of an evidence item', () => {
    const errors = validateTie(tie({ evidence: [{ source: 'nhs-annual-report', quote: '', url: '', title: '' }, { source: WEB_PAGE, quote: 'x', url: 'example.org', title: '' }] }), ['nhs-annual-report']);
    expect(Object.keys(errors).sort()).toEqual(['evidence.0.quote', 'evidence.1.url']);
    expect(validateTie(tie({ evidence: [{ source: '', quote: 'A sentence.', url: '', title: '' }] }), [])).toHaveProperty(['evidence.0.source']);
  });

  it('checks both ends, the type and the dates as the API does', () => {
    expect(validateTie(tie(), ['nhs-annual-report'])).toEqual({});
    expect(validateTie(tie({ to: null, type: '' }), [])).toEqual({ to: expect.any(String), type: expect.any(String) });
    expect(validateTie(tie({ to: 'nhse' }), [])).toHaveProperty('to');
    expect(validateTie(tie({ since: '2019-13' }), [])).toHaveProperty('since');
    expect(validateTie(tie({ since: '2020-05', until: '2020' }), [])).toEqual({});
    expect(validateTie(tie({ since: '2020-05', until: '2019-12-31' }), [])).toHaveProperty('until');
  });
});

describe('formErrorsFrom', () => {
  it('puts each field error on its field, once each, as a sentence', () => {
    const errors = [{ field: 'since', message: 'Use a year, a month or a date: 2019, 2020-01 or 2021-03-15.' }];
    expect(formErrorsFrom(errors, 'since must match pattern', TIE_API_FIELDS)).toEqual({ fields: { since: expect.stringMatching(/^Use a year/) }, general: [] });
  });

  it('keeps the API\'s own problems whole, and evidence problems on their item', () => {
    const errors = [
      { field: 'kind', message: 'kind has unknown value "bogus"; valid values are nhs-trust, university' },
      { field: 'url', message: 'url must be an http(s) URL' },
    ];
    expect(formErrorsFrom(errors, '', ORGANISATION_API_FIELDS).fields).toEqual({
      kind: 'Kind has unknown value "bogus"; valid values are nhs-trust, university.',
      url: 'Url must be an http(s) URL.',
    });
    const tieErrors = [
      { field: 'evidence.1.quote', message: 'evidence[1] has no quote (the exact sentence of the source)' },
      { field: 'evidence.0.source', message: 'evidence[0].source: unknown source "x" (see /api/meta sources, or give a url and note)' },
      { field: 'evidence.2.note', message: 'This cannot be empty.' },
      { field: 'target', message: 'source and target must be different organisations' },
    ];
    expect(formErrorsFrom(tieErrors, '', TIE_API_FIELDS).fields).toEqual({
      'evidence.1.quote': 'Evidence[1] has no quote (the exact sentence of the source).',
      'evidence.0.source': expect.stringMatching(/^Evidence\[0\]\.source: unknown source "x"/),
      'evidence.2.quote': 'This cannot be empty.',
      to: 'Source and target must be different organisations.',
    });
  });

  it('leaves what names no field, and a 400 about the request as a whole, for the top of the form', () => {
    expect(formErrorsFrom([], 'Nothing to change: give at least one field besides version', ORGANISATION_API_FIELDS)).toEqual({
      fields: {}, general: ['Nothing to change: give at least one field besides version.'],
    });
    expect(formErrorsFrom([{ field: 'colour', message: 'This is not a field the API accepts.' }], '', ORGANISATION_API_FIELDS)).toEqual({
      fields: {}, general: ['This is not a field the API accepts.'],
    });
  });
});

describe('imports', () => {
  const report = (changes: Partial<ImportReport> = {}): ImportReport => ({
    format: 'json', dryRun: true, valid: true, committed: false, importId: null, batches: 0, durationMs: 3, attributes: { add: [], refused: [] },
    summary: { organisations: { create: 1, update: 2, unchanged: 40, reject: 0 }, ties: { create: 3, update: 0, unchanged: 0, reject: 0 }, sources: { create: 0 } },
    rows: [
      { entity: 'organisation', ref: 'nodes[0]', id: 'a', action: 'create', reasons: [] },
      { entity: 'tie', ref: 'links[4]', id: null, action: 'reject', reasons: ['missing evidence'] },
    ],
    ...changes,
  });

  it('tells the format from the file name', () => {
    expect(importFormatFor('network.JSON')).toBe('json');
    expect(importFormatFor('partnership-graph-csv.zip')).toBe('csv');
    expect(importFormatFor('export.graphml')).toBe('graphml');
    expect(importFormatFor('notes.txt')).toBeNull();
  });

  it('says what would change, and that nothing is imported while a row is rejected', () => {
    expect(summariseReport(report({ rows: [] }))).toBe('Organisations: 1 new, 2 changed, 40 unchanged. Ties: 3 new.');
    expect(summariseReport(report({ valid: false }))).toMatch(/1 row is rejected: fix it .* Nothing is imported/);
    expect(summariseReport(report({ dryRun: false, committed: true, rows: [] }))).toMatch(/^Imported\. /);
  });

  it('lists rejected rows first, and allows applying only a clean dry run that changes something', () => {
    expect(reportRows(report()).map((row) => row.action)).toEqual(['reject', 'create']);
    expect(canApply(report({ valid: false }))).toBe(false);
    expect(canApply(report({ rows: [] }))).toBe(true);
    expect(canApply(report({ summary: { organisations: { create: 0, update: 0, unchanged: 5, reject: 0 }, ties: { create: 0, update: 0, unchanged: 2, reject: 0 }, sources: { create: 0 } } }))).toBe(false);
    expect(canApply(report({ dryRun: false }))).toBe(false);
  });
});
