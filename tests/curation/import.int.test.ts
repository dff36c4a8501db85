// Bulk import against the real Neo4j: every format round-trips its own export, dry runs change nothing, a rejected
// import (any bad row, any bad file) leaves the database exactly as it was, and large imports go in batches.
import { DEFAULT_NETWORK } from '../../server/contract/networks.ts';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AppInstance } from '../../server/app.ts';
import { connectTestDatabase, resetToSeed } from '../support/test-database.ts';
import { planFor, writePlan } from '../../server/import/import-service.ts';
import { parseJsonImport } from '../../server/import/import-json.ts';
import { importChecksum } from '../../server/import/import-records.ts';
import { AUTH, createCurationApp, requests } from './curation-app.ts';

let app: AppInstance;
let api: ReturnType<typeof requests>;
const reset = async () => {
  const database = connectTestDatabase();
  await resetToSeed(database);
  await database.close();
};
beforeAll(async () => {
  app = await createCurationApp();
  api = requests(app);
});
beforeEach(reset);
afterAll(() => app.close());

const LTHT = 'leeds-teaching-hospitals';
const exported = async (format: string) => (await app.inject({ method: 'GET', url: `/api/export?format=${format}` })).rawPayload;
const importFile = async (format: string, body: string | Uint8Array, options: { dryRun?: boolean; contentType?: string } = {}, target = app) => {
  const response = await target.inject({
    method: 'POST',
    url: `/api/import?format=${format}&dryRun=${options.dryRun ?? false}`,
    headers: { ...AUTH, 'content-type': options.contentType ?? 'application/octet-stream' },
    payload: typeof body === 'string' ? body : Buffer.from(body),
  });
  return { status: response.statusCode, body: response.json() };
};
const rejections = (report: { rows: { action: string; ref: string; reasons: string[] }[] }) =>
  report.rows.filter((row) => row.action === 'reject').map((row) => `${row.ref}: ${row.reasons.join('; ')}`);

/** The csv export's zip with its CSV files edited as text, as a spreadsheet user would. */
function editCsv(zip: Uint8Array, edit: (files: { organisations: string; ties: string }) => { organisations: string; ties: string }): Uint8Array {
  const files = unzipSync(zip);
  const edited = edit({ organisations: strFromU8(files['organisations.csv']!), ties: strFromU8(files['ties.csv']!) });
  return zipSync({ ...files, 'organisations.csv': strToU8(edited.organisations), 'ties.csv': strToU8(edited.ties) });
}

describe('round trips', () => {
  it.each([['json'], ['csv'], ['graphml']])('imports its own %s export as all unchanged, changing nothing', async (format) => {
    const before = await api.snapshot();
    const { status, body } = await importFile(format, await exported(format));
    expect(status).toBe(200);
    expect(body).toMatchObject({ format, valid: true, committed: true, rows: [], batches: 0, summary: { organisations: { unchanged: 46, create: 0, update: 0 }, ties: { unchanged: 58 } } });
    expect(await api.snapshot()).toEqual(before);
  });
});

describe('a real import', () => {
  it('applies edits from the json export: updates, new organisations, new ties with web-page evidence', async () => {
    const json = JSON.parse(strFromU8(await exported('json')));
    json.nodes.find((node: { id: string }) => node.id === LTHT).city = 'Leeds, West Yorkshire';
    json.nodes.push({ id: 'new-charity', name: 'New Charity', kind: 'charity', aliases: ['NC'] });
    json.links.push({ type: 'SUPPORTS', source: 'new-charity', target: LTHT, evidence: [{ url: 'https://example.org/nc', note: 'New Charity supports the trust.' }] });

    const before = await api.snapshot();
    const dry = await importFile('json', JSON.stringify(json), { dryRun: true, contentType: 'application/json' });
    expect(dry.body).toMatchObject({ dryRun: true, valid: true, committed: false, importId: null, summary: { organisations: { create: 1, update: 1 }, ties: { create: 1 }, sources: { create: 1 } } });
    expect(dry.body.rows).toEqual([
      { entity: 'organisation', ref: expect.stringMatching(/^nodes\[\d+\]$/), id: LTHT, action: 'update', fields: ['city'], reasons: [] },
      { entity: 'organisation', ref: `nodes[${json.nodes.length - 1}]`, id: 'new-charity', action: 'create', reasons: [] },
      { entity: 'tie', ref: `links[${json.links.length - 1}]`, id: `new-charity--supports--${LTHT}`, action: 'create', reasons: [] },
    ]);
    expect(await api.snapshot()).toEqual(before);

    const real = await importFile('json', JSON.stringify(json), { contentType: 'application/json' });
    expect(real.body).toMatchObject({ valid: true, committed: true, batches: 1, importId: expect.any(String) });
    const detail = (await api.get(`/api/organisations/${LTHT}`)).body;
    expect(detail).toMatchObject({ city: 'Leeds, West Yorkshire', version: 2 });
    expect(detail.ties.find((tie: { other: { id: string } }) => tie.other.id === 'new-charity').evidence[0]).toMatchObject({ url: 'https://example.org/nc', quote: 'New Charity supports the trust.' });
    const history = (await api.get(`/api/organisations/${LTHT}/history`)).body.changes;
    expect(history.map((change: { action: string; entity: string }) => `${change.action} ${change.entity}`)).toEqual(['create tie', 'update organisation']);
    expect(history.every((change: { importId: string; actor: string }) => change.importId === real.body.importId && change.actor === 'default')).toBe(true);
  });

  it('keeps formula-like cells as text through export → spreadsheet → import → export', async () => {
    const zip = editCsv(await exported('csv'), ({ organisations, ties }) => ({
      organisations: `${organisations}formula-charity,"=HYPERLINK(""http://evil.example"",""click"")",'-5,'+plus,charity,,,,@SUM(1),,,,0,Organisation\r\n`,
      ties,
    }));
    const { body } = await importFile('csv', zip, { contentType: 'application/zip' });
    expect(body).toMatchObject({ valid: true, summary: { organisations: { create: 1, unchanged: 46 } } });
    const stored = (await api.get('/api/organisations/formula-charity')).body;
    expect(stored).toMatchObject({ name: '=HYPERLINK("http://evil.example","click")', shortName: '-5', aliases: ['+plus'], description: '@SUM(1)' });
    const again = strFromU8(unzipSync(await exported('csv'))['organisations.csv']!);
    expect(again).toContain(`formula-charity,"'=HYPERLINK(""http://evil.example"",""click"")",'-5,'+plus,charity,,,,'@SUM(1),`);
  });

  it('accepts the two CSV texts in a JSON body, and UTF-16 files with or without a BOM', async () => {
    const ORGANISATIONS = 'id:ID,name,kind\r\n';
    const csvBody = JSON.stringify({ organisations: `${ORGANISATIONS}csv-body-charity,Csv Body Charity,charity\r\n` });
    expect((await importFile('csv', csvBody, { contentType: 'application/json' })).body.summary.organisations.create).toBe(1);
    const json = JSON.stringify({ nodes: [{ id: 'utf16-charity', name: 'Ünïcödé Charity “16”', kind: 'charity' }] });
    const withBom = new Uint8Array([0xff, 0xfe, ...Buffer.from(json, 'utf16le')]);
    const withoutBom = new Uint8Array(Buffer.from(json.replace('utf16-charity', 'utf16-charity-be'), 'utf16le').swap16());
    expect((await importFile('json', withBom)).body.summary.organisations.create).toBe(1);
    expect((await importFile('json', withoutBom)).body.summary.organisations.create).toBe(1);
    expect((await api.get('/api/organisations/utf16-charity')).body.name).toBe('Ünïcödé Charity “16”');
    expect((await api.get('/api/organisations/utf16-charity-be')).status).toBe(200);
  });

  it('writes a large import in batches (IMPORT_BATCH_ROWS), one import id across them', async () => {
    const batched = await createCurationApp({ IMPORT_BATCH_ROWS: '2' });
    try {
      const nodes = ['b1', 'b2', 'b3', 'b4', 'b5'].map((id) => ({ id, name: `Batch ${id}`, kind: 'charity' }));
      const links = ['b2', 'b3', 'b4'].map((target) => ({ type: 'PARTNER_OF', source: 'b1', target, evidence: [{ source: 'ltht-partners', quote: 'We work closely with our local partners' }] }));
      const { status, body } = await importFile('json', JSON.stringify({ nodes, links }), {}, batched);
      expect(status).toBe(200);
      expect(body).toMatchObject({ valid: true, committed: true, batches: 4, summary: { organisations: { create: 5 }, ties: { create: 3 } } });
      const history = (await api.get('/api/organisations/b1/history')).body.changes;
      expect(history).toHaveLength(4);
      expect(new Set(history.map((change: { importId: string }) => change.importId))).toEqual(new Set([body.importId]));
    } finally {
      await batched.close();
    }
  });
});

describe('an edit between an import\'s check and its write', () => {
  it('makes the write refuse (409) instead of overwriting it, in one batch or several', async () => {
    const set = parseJsonImport(JSON.stringify({ nodes: [
      { id: 'late-charity', name: 'Late', kind: 'charity' },
      { id: LTHT, name: 'Leeds Teaching Hospitals NHS Trust', kind: 'nhs-trust', city: 'Imported City' },
    ] }));
    const tools = app.importTools;
    for (const batchRows of [10, 1]) {
      const plan = await planFor(tools, set, 60_000, DEFAULT_NETWORK.id);
      expect(plan.updateOrganisations.map(({ fields }) => fields)).toEqual([expect.arrayContaining(['city'])]);
      const { version } = (await api.get(`/api/organisations/${LTHT}`)).body;
      expect((await api.patch(`/api/organisations/${LTHT}`, { version, description: `Edited meanwhile (${batchRows})` })).status).toBe(200);
      const before = await api.snapshot();
      const failure = writePlan(tools, plan, { actor: 'test', timeoutMs: 60_000, batchRows, checksum: 'test', format: 'json', network: DEFAULT_NETWORK.id });
      await expect(failure).rejects.toMatchObject({ statusCode: 409, message: expect.stringMatching(/organisation "leeds-teaching-hospitals" was changed while the import ran/) });
      if (batchRows === 1) await expect(failure).rejects.toThrow(/stopped at batch 2 of 2 after writing 1 batches \(1 of 2 changes\).*resume with the same file finishes it/);
      else expect(await api.snapshot()).toEqual(before);
    }
    expect((await api.get(`/api/organisations/${LTHT}`)).body.city).not.toBe('Imported City');
  });

  it('leaves an import stopped by a conflict failed, and a resume with the same file finishes it (409 with another file)', async () => {
    const file = JSON.stringify({ nodes: [
      { id: 'resumed-charity', name: 'Resumed', kind: 'charity' },
      { id: LTHT, name: 'Leeds Teaching Hospitals NHS Trust', kind: 'nhs-trust', city: 'Resumed City' },
    ] });
    const tools = app.importTools;
    const plan = await planFor(tools, parseJsonImport(file), 60_000, DEFAULT_NETWORK.id);
    const { version } = (await api.get(`/api/organisations/${LTHT}`)).body;
    expect((await api.patch(`/api/organisations/${LTHT}`, { version, description: 'Edited meanwhile' })).status).toBe(200);
    const failure = await writePlan(tools, plan, { actor: 'test', timeoutMs: 60_000, batchRows: 1, checksum: importChecksum(Buffer.from(file)), format: 'json', network: DEFAULT_NETWORK.id }).catch((error: unknown) => error);
    const { importId } = (failure as { details: { importId: string } }).details;
    expect((await api.get(`/api/imports/${importId}`)).body).toMatchObject({ state: 'failed', batchesDone: 1, batchesTotal: 2, rows: 1, error: expect.stringMatching(/was changed while the import ran .*\(batch 2 of 2\)$/) });

    const resume = (payload: string) => app.inject({ method: 'POST', url: `/api/imports/${importId}/resume`, headers: { ...AUTH, 'content-type': 'application/json' }, payload });
    expect((await resume(file.replace('Resumed City', 'Other City'))).statusCode).toBe(409);
    const resumed = await resume(file);
    expect(resumed.statusCode).toBe(200);
    expect(resumed.json()).toMatchObject({ importId, batches: 1, summary: { organisations: { create: 0, update: 1, unchanged: 1 } } });
    expect((await api.get(`/api/imports/${importId}`)).body).toMatchObject({ state: 'done', batchesDone: 2, batchesTotal: 2, rows: 2 });
    expect((await api.get(`/api/organisations/${LTHT}`)).body).toMatchObject({ city: 'Resumed City' });
    expect((await resume(file)).statusCode).toBe(409);
  });
});

describe('import records, resume and rollback', () => {
  const counts = async () => {
    const meta = (await api.get('/api/meta')).body;
    return { organisations: meta.totals.organisations, ties: meta.totals.ties };
  };

  it('records every import that writes, lists them, and rolls one back to the database before it', async () => {
    const before = await api.snapshot();
    const countsBefore = await counts();
    const json = JSON.parse(strFromU8(await exported('json')));
    json.nodes.find((node: { id: string }) => node.id === LTHT).city = 'Rolled City';
    json.nodes.push({ name: 'Nameless Id Charity', kind: 'charity' }, { id: 'rolled-charity', name: 'Rolled Charity', kind: 'charity' });
    json.links.push({ type: 'SUPPORTS', source: 'rolled-charity', target: LTHT, evidence: [{ url: 'https://example.org/rolled', note: 'It supports the trust.' }] });
    const batched = await createCurationApp({ IMPORT_BATCH_ROWS: '2' });
    try {
      const { body } = await importFile('json', JSON.stringify(json), {}, batched);
      expect(body).toMatchObject({ committed: true, batches: 3 });
      const record = (await api.get(`/api/imports/${body.importId}`)).body;
      expect(record).toMatchObject({ id: body.importId, state: 'done', batchesDone: 3, batchesTotal: 3, rows: 5, rowsTotal: 5, batchRows: 2, format: 'json', checksum: expect.stringMatching(/^[0-9a-f]{64}$/), actor: 'default', error: null });
      expect((await api.get('/api/imports')).body.imports[0]).toEqual(record);
      expect(await counts()).toEqual({ organisations: countsBefore.organisations + 2, ties: countsBefore.ties + 1 });

      const rollback = await api.post(`/api/imports/${body.importId}/rollback`);
      expect(rollback).toMatchObject({ status: 200, body: { import: { state: 'rolled-back' }, organisations: { deleted: 2, restored: 1 }, ties: { deleted: 1, restored: 0 }, sources: { deleted: 1 } } });
      expect(await counts()).toEqual(countsBefore);
      const after = await api.snapshot() as { backup: { changes: unknown[] } };
      const withoutHistory = (snapshot: unknown) => JSON.parse(JSON.stringify(snapshot, (key, value) => (key === 'changes' || key === 'version' ? undefined : value)));
      expect(withoutHistory(after)).toEqual(withoutHistory(before));
      expect((await api.get(`/api/organisations/${LTHT}`)).body.city).not.toBe('Rolled City');
      expect((await api.post(`/api/imports/${body.importId}/rollback`)).status).toBe(409);
      expect((await api.post(`/api/imports/${body.importId}/rollback`, undefined, {})).status).toBe(401);
    } finally {
      await batched.close();
    }
  });

  it('refuses to roll back an import whose writes were changed since, naming what changed', async () => {
    const { body } = await importFile('json', JSON.stringify({ nodes: [{ id: 'edited-later', name: 'Edited Later', kind: 'charity' }] }));
    const { version } = (await api.get('/api/organisations/edited-later')).body;
    expect((await api.patch('/api/organisations/edited-later', { version, city: 'Leeds' })).status).toBe(200);
    const refused = await api.post(`/api/imports/${body.importId}/rollback`);
    expect(refused).toMatchObject({ status: 409, body: { message: expect.stringMatching(/organisation "edited-later" was changed after import/) } });
    expect((await api.get('/api/organisations/edited-later')).status).toBe(200);
    expect((await api.get('/api/imports/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await api.get('/api/imports/not-an-id')).status).toBe(400);
  });
});

describe('a rejected import', () => {
  const CASES: [string, string, () => Promise<string | Uint8Array>, RegExp[]][] = [
    ['a tie to an unknown organisation', 'json', async () => JSON.stringify({ links: [{ type: 'SUPPORTS', source: LTHT, target: 'nobody', evidence: [{ source: 'ltht-partners', quote: 'We work closely with our local partners' }] }] }),
      [/^links\[0\]: unknown organisation "nobody" \(target\)$/]],
    ['a quote that is not in its source', 'json', async () => JSON.stringify({ links: [{ type: 'SUPPORTS', source: LTHT, target: 'wyaat', evidence: [{ source: 'ltht-partners', quote: 'We never said this.' }] }] }),
      [/^links\[0\]: evidence\[0\]\.quote is not a passage of source "ltht-partners"/]],
    ['an unknown tie type', 'json', async () => JSON.stringify({ links: [{ type: 'LOVES', source: LTHT, target: 'wyaat', evidence: [{ source: 'ltht-partners', quote: 'We work closely with our local partners' }] }] }),
      [/^links\[0\]: type has unknown value "LOVES"/]],
    ['a tie without evidence', 'json', async () => JSON.stringify({ links: [{ type: 'SUPPORTS', source: LTHT, target: 'wyaat' }] }),
      [/^links\[0\]: missing evidence/]],
    ['a duplicate id', 'json', async () => JSON.stringify({ nodes: [{ id: 'twin', name: 'Twin', kind: 'charity' }, { id: 'twin', name: 'Twin 2', kind: 'charity' }] }),
      [/^nodes\[1\]: duplicate id "twin" \(first at nodes\[0\]\)$/]],
    ['an id that already names another tie', 'json', async () => {
      const { links } = JSON.parse(strFromU8(await exported('json')));
      return JSON.stringify({ links: [{ ...links[0], source: links[0].target, target: links[0].source }] });
    }, [/^links\[0\]: id ".+" reads as a tie from .+, which this row is not; .*id ".+" already names the tie .+; ties cannot change ends or type/]],
    ['a malformed CSV row among good ones', 'csv', async () => editCsv(await exported('csv'), ({ organisations, ties }) => ({
      organisations: `${organisations}good-one,Good One,charity\r\nbad-one,"Bad "quote",charity,,,,,,,0,Organisation\r\n`.replace('good-one,Good One,charity', 'good-one,Good One,,,charity,,,,,,,,0,Organisation'),
      ties,
    })), [/^organisations\.csv line 49: malformed row: unexpected text after the closing quote of column 2$/]],
    ['a CSV file in Latin-1', 'csv', async () => zipSync({ 'organisations.csv': new Uint8Array(Buffer.from('id:ID,name,kind\r\nx,Montr\xe9al Charity,charity\r\n', 'latin1')) }),
      [/^organisations\.csv: organisations\.csv line 2: not valid UTF-8 \(byte 0xE9/]],
    ['malformed JSON', 'json', async () => '{"nodes": [', [/^the JSON file: not valid JSON/]],
    ['GraphML with a DTD', 'graphml', async () => '<!DOCTYPE graphml [<!ENTITY x "y">]><graphml/>', [/DOCTYPE or ENTITY/]],
    ['one bad row among many good ones', 'json', async () => {
      const json = JSON.parse(strFromU8(await exported('json')));
      json.nodes[0].name = 'Renamed by the import';
      json.nodes.push({ id: 'fine-charity', name: 'Fine', kind: 'charity' }, { id: 'broken-charity', name: 'Broken', kind: 'spaceship' });
      return JSON.stringify(json);
    }, [/^nodes\[47\]: kind has unknown value "spaceship"/]],
  ];

  it.each(CASES)('(%s) answers 422 with row-level reasons and leaves the database exactly as it was', async (_name, format, file, reasons) => {
    const body = await file();
    const before = await api.snapshot();
    const dry = await importFile(format, body, { dryRun: true });
    expect(dry.status).toBe(200);
    expect(dry.body.valid).toBe(false);
    const real = await importFile(format, body);
    expect(real.status).toBe(422);
    expect(real.body).toMatchObject({ statusCode: 422, error: 'Unprocessable Entity', message: expect.stringMatching(/nothing was written/), report: { valid: false, committed: false, importId: null } });
    expect(rejections(real.body.report)).toEqual(reasons.map((reason) => expect.stringMatching(reason)));
    expect(await api.snapshot()).toEqual(before);
  });

  it('answers 413 with a JSON error naming IMPORT_MAX_BYTES to an upload over the limit', async () => {
    const small = await createCurationApp({ IMPORT_MAX_BYTES: '2048' });
    try {
      const before = await api.snapshot();
      const answer = await importFile('json', JSON.stringify({ nodes: [{ id: 'big', name: 'x'.repeat(4000), kind: 'charity' }] }), { contentType: 'application/json' }, small);
      expect(answer).toEqual({ status: 413, body: { statusCode: 413, error: 'Payload Too Large', message: expect.stringMatching(/larger than the import limit of 0 MB \(IMPORT_MAX_BYTES\)/) } });
      expect(await api.snapshot()).toEqual(before);
    } finally {
      await small.close();
    }
  });

  it('answers 400 naming the parameter for an unknown format', async () => {
    const answer = await importFile('xlsx', '{}');
    expect(answer.status).toBe(400);
    expect(answer.body.message).toMatch(/format/);
  });
});
