// Creating, correcting and deleting organisations through the API against the real Neo4j: slugs, versions,
// validation, 404/409, concurrent edits, and the history every write leaves.
import { describe, expect, it } from 'vitest';
import { useSeededCurationApp } from './curation-app.ts';

const { app, api } = useSeededCurationApp();

const LTHT = 'leeds-teaching-hospitals';

describe('POST /api/organisations', () => {
  it('creates an organisation with a slug id and version 1, and answers with it (201, Location)', async () => {
    const response = await app().inject({
      method: 'POST', url: '/api/organisations', headers: { authorization: 'Bearer curation-test-token-0123456789' },
      payload: { name: 'Harrogate Hospice Care', kind: 'charity', aliases: ['HHC'], city: 'Harrogate' },
    });
    expect(response.statusCode).toBe(201);
    expect(response.headers.location).toBe('/api/organisations/harrogate-hospice-care');
    expect(response.json()).toEqual({
      id: 'harrogate-hospice-care', name: 'Harrogate Hospice Care', shortName: null, aliases: ['HHC'], kind: 'charity',
      sector: null, city: 'Harrogate', country: null, description: null, url: null, since: null, until: null, degree: 0, version: 1,
    });
    const found = await api.get('/api/organisations?q=HHC');
    expect(found.body.results[0].id).toBe('harrogate-hospice-care');
  });

  it('appends -2, -3 when the slug is taken, and keeps the id when the name changes', async () => {
    const second = await api.post('/api/organisations', { name: 'Harrogate Hospice Care!', kind: 'charity' });
    const third = await api.post('/api/organisations', { name: 'harrogate hospice care', kind: 'charity' });
    expect([second.body.id, third.body.id]).toEqual(['harrogate-hospice-care-2', 'harrogate-hospice-care-3']);
    const renamed = await api.patch('/api/organisations/harrogate-hospice-care-2', { version: 1, name: 'Saint Michael’s Hospice' });
    expect(renamed.body).toMatchObject({ id: 'harrogate-hospice-care-2', name: 'Saint Michael’s Hospice', version: 2 });
  });

  it('gives distinct ids to the same name created concurrently', async () => {
    const answers = await Promise.all([1, 2, 3].map(() => api.post('/api/organisations', { name: 'Concurrent Care', kind: 'charity' })));
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201]);
    expect(answers.map((answer) => answer.body.id).sort()).toEqual(['concurrent-care', 'concurrent-care-2', 'concurrent-care-3']);
  });

  it('answers 201 with distinct ids to 10 parallel creations of one name', async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => api.post('/api/organisations', { name: 'Parallel Trust', kind: 'charity' })));
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(201));
    const ids = answers.map((answer) => answer.body.id);
    expect(new Set(ids).size).toBe(10);
    expect(ids.every((id) => /^parallel-trust(-\d+)?$/.test(id))).toBe(true);
  });

  it.each([
    [{ name: 'X', kind: 'spaceship' }, /kind has unknown value "spaceship"; valid values are nhs-trust/, 'kind'],
    [{ name: '   ', kind: 'charity' }, /name/, 'name'],
    [{ kind: 'charity' }, /name/, 'name'],
    [{ name: 'X', kind: 'charity', colour: 'red' }, /colour|additional/, 'colour'],
    [{ name: 'X', kind: 'charity', url: 'ftp://x.org' }, /url/, 'url'],
    [{ name: 'X', kind: 'charity', aliases: 'one' }, /aliases/, 'aliases'],
  ])('answers 400 naming the field for %j', async (payload, message, field) => {
    const answer = await api.post('/api/organisations', payload);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ statusCode: 400, error: 'Bad Request', message: expect.stringMatching(message), errors: [{ field, message: expect.any(String) }] });
  });
});

describe('PATCH /api/organisations/:id', () => {
  it('changes the given fields, clears optional ones with null, and counts the version up', async () => {
    const before = (await api.get(`/api/organisations/${LTHT}`)).body;
    expect(before.version).toBe(1);
    const answer = await api.patch(`/api/organisations/${LTHT}`, { version: 1, description: 'Corrected.', shortName: null });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ id: LTHT, description: 'Corrected.', shortName: null, name: before.name, version: 2, degree: before.degree });
    expect((await api.get(`/api/organisations/${LTHT}`)).body).toMatchObject({ version: 2, description: 'Corrected.' });
  });

  it('answers 409 to a change based on an old version, 404 to an unknown id, 400 to nothing to change', async () => {
    const stale = await api.patch(`/api/organisations/${LTHT}`, { version: 1, city: 'York' });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toMatch(/changed by someone else: it is at version 2, your change is based on version 1/);
    expect((await api.patch('/api/organisations/nobody', { version: 1, city: 'York' })).status).toBe(404);
    expect((await api.patch(`/api/organisations/${LTHT}`, { version: 2 })).body.message).toMatch(/Nothing to change/);
    expect((await api.patch(`/api/organisations/${LTHT}`, { version: 2, kind: 'spaceship' })).status).toBe(400);
    expect((await api.patch(`/api/organisations/${LTHT}`, { version: 2, name: null })).status).toBe(400);
  });

  it('keeps the version when nothing actually changes', async () => {
    const same = await api.patch(`/api/organisations/${LTHT}`, { version: 2, description: 'Corrected.' });
    expect(same.body.version).toBe(2);
  });

  it('never loses an update: of two concurrent edits of one version, one wins and one gets 409', async () => {
    const { version } = (await api.get(`/api/organisations/${LTHT}`)).body;
    const answers = await Promise.all([
      api.patch(`/api/organisations/${LTHT}`, { version, city: 'Leeds (A)' }),
      api.patch(`/api/organisations/${LTHT}`, { version, country: 'England (B)' }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const after = (await api.get(`/api/organisations/${LTHT}`)).body;
    expect(after.version).toBe(version + 1);
    const winner = answers.find((answer) => answer.status === 200)!.body;
    expect([after.city, after.country]).toEqual([winner.city, winner.country]);
  });
});

describe('DELETE /api/organisations/:id', () => {
  it('refuses a stale version, then deletes the organisation with its ties and keeps their history', async () => {
    const target = 'king-hussein-cancer-center';
    const detail = (await api.get(`/api/organisations/${target}`)).body;
    expect(detail.ties.length).toBeGreaterThan(0);
    expect((await api.del(`/api/organisations/${target}?version=7`)).status).toBe(409);

    const answer = await api.del(`/api/organisations/${target}?version=1`);
    expect(answer).toEqual({ status: 200, body: { id: target, ties: expect.arrayContaining(detail.ties.map((tie: { id: string }) => tie.id)) } });
    expect((await api.get(`/api/organisations/${target}`)).status).toBe(404);
    const other = detail.ties[0].other.id;
    expect((await api.get(`/api/organisations/${other}`)).body.ties.some((tie: { other: { id: string } }) => tie.other.id === target)).toBe(false);

    const history = (await api.get(`/api/organisations/${target}/history`)).body.changes;
    expect(history[0]).toMatchObject({ action: 'delete', entity: 'organisation', entityId: target, actor: 'default', after: null, before: { id: target, name: detail.name } });
    expect(history.filter((change: { entity: string }) => change.entity === 'tie')).toHaveLength(detail.ties.length);
    expect((await api.get(`/api/organisations/${other}/history`)).body.changes[0]).toMatchObject({ action: 'delete', entity: 'tie' });
    expect((await api.del(`/api/organisations/${target}`)).status).toBe(404);
  });
});

describe('GET /api/organisations/:id/history', () => {
  it('lists every write, newest first, with who, when, the fields and before/after', async () => {
    const { changes } = (await api.get(`/api/organisations/${LTHT}/history`)).body;
    const updates = changes.filter((change: { entity: string }) => change.entity === 'organisation');
    expect(updates.map((change: { after: { version: number } }) => change.after.version)).toEqual([3, 2]);
    expect(updates[1]).toMatchObject({
      action: 'update', actor: 'default', entityId: LTHT, fields: ['shortName', 'description'], importId: null,
      before: { shortName: 'LTHT', version: 1 }, after: { shortName: null, description: 'Corrected.', version: 2 },
    });
    const times = changes.map((change: { at: string }) => change.at);
    expect(times).toEqual([...times].sort().reverse());
    expect(new Date(times[0]).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('answers 404 for an id that never existed and limits the list', async () => {
    expect((await api.get('/api/organisations/never-was/history')).status).toBe(404);
    expect((await api.get(`/api/organisations/${LTHT}/history?limit=1`)).body.changes).toHaveLength(1);
    expect((await api.get(`/api/organisations/${LTHT}/history?limit=0`)).status).toBe(400);
  });

  it('leaves degrees and tie counts untouched (history is not linked by relationships)', async () => {
    const detail = (await api.get(`/api/organisations/${LTHT}`)).body;
    expect(detail.ties.length).toBe(detail.degree);
  });
});
