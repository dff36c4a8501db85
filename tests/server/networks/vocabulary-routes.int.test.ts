// Curators edit a network's vocabulary through the API: every bad id, colour or text is a 400 naming the field and
// writes nothing, an unknown network is a 404, renaming keeps the id, an entry in use cannot be deleted (409 with how
// many use it), and every write leaves a history entry.
import { describe, expect, it } from 'vitest';
import { useSeededCurationApp } from '../../curation/curation-app.ts';

const { api } = useSeededCurationApp();
const kinds = '/api/vocabulary/kinds';
const tieTypes = '/api/vocabulary/tie-types';

describe('the vocabulary API', () => {
  it('refuses bad input with a 400 naming the field, and writes nothing', async () => {
    const before = (await api.get('/api/meta')).body;
    const cases: [string, object, string][] = [
      [kinds, { id: 'Not A Slug', label: 'X', colour: '#123456' }, 'id'],
      [kinds, { id: 'ok-kind', label: 'X', colour: 'red' }, 'colour'],
      [kinds, { id: 'ok-kind', label: '', colour: '#123456' }, 'label'],
      [kinds, { id: 'ok-kind', label: 'X', colour: '#123456', extra: 1 }, 'extra'],
      [tieTypes, { id: 'lower_case', label: 'x', colour: '#123456' }, 'id'],
      [tieTypes, { id: 'BAD-DASH', label: 'x', colour: '#123456' }, 'id'],
      [tieTypes, { id: 'OK_TYPE', label: 'x', colour: '#12345' }, 'colour'],
      [tieTypes, { id: 'OK_TYPE', label: 'x', colour: '#123456', symmetric: 'yes' }, 'symmetric'],
    ];
    for (const [url, body, field] of cases) {
      const answer = await api.post(url, body);
      expect({ url, body, status: answer.status }).toEqual({ url, body, status: 400 });
      expect(answer.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    }
    expect((await api.patch(`${kinds}/charity`, { colour: 'blue' })).status).toBe(400);
    expect((await api.get('/api/meta')).body).toEqual(before);
  });

  it('answers 404 for an unknown network or entry, 401 without a token, 409 for a taken id', async () => {
    const answer = await api.post(`${kinds}?network=nowhere`, { id: 'x', label: 'X', colour: '#123456' });
    expect(answer.status).toBe(404);
    expect(answer.body.errors).toEqual([expect.objectContaining({ field: 'network' })]);
    expect((await api.patch(`${kinds}/no-such-kind`, { label: 'X' })).status).toBe(404);
    expect((await api.del(`${tieTypes}/NO_SUCH_TYPE`)).status).toBe(404);
    expect((await api.post(kinds, { id: 'x', label: 'X', colour: '#123456' }, {})).status).toBe(401);
    expect((await api.post(kinds, { id: 'charity', label: 'Charity', colour: '#123456' })).status).toBe(409);
  });

  it('adds a kind and a symmetric tie type, renames without changing ids, and records history', async () => {
    expect((await api.post(kinds, { id: 'guild', label: 'Guild', colour: '#abcdef' })).body).toEqual({ id: 'guild', label: 'Guild', plural: 'Guild', colour: '#abcdef', description: '' });
    const created = await api.post(tieTypes, { id: 'ALLIED_WITH', label: 'is allied with', symmetric: true, colour: '#123456', dash: [4, 2] });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: 'ALLIED_WITH', inverseLabel: 'is allied with', symmetric: true, dash: [4, 2] });
    expect((await api.patch(`${kinds}/guild`, { label: 'Craft guild', plural: 'Craft guilds' })).body).toMatchObject({ id: 'guild', label: 'Craft guild' });
    const meta = (await api.get('/api/meta')).body;
    expect(meta.kinds.at(-1)).toMatchObject({ id: 'guild', label: 'Craft guild', plural: 'Craft guilds', count: 0 });
    expect(meta.tieTypes.at(-1)).toMatchObject({ id: 'ALLIED_WITH', symmetric: true, dash: [4, 2] });
    const { backup } = await api.snapshot() as { backup: { changes: { entity: string; entityId: string; action: string }[] } };
    const vocabularyChanges = backup.changes.filter((change) => change.entity === 'kind' || change.entity === 'tieType')
      .map(({ entity, entityId, action }) => ({ entity, entityId, action }));
    expect(vocabularyChanges).toEqual(expect.arrayContaining([
      { entity: 'kind', entityId: 'leeds/guild', action: 'create' },
      { entity: 'kind', entityId: 'leeds/guild', action: 'update' },
      { entity: 'tieType', entityId: 'leeds/ALLIED_WITH', action: 'create' },
    ]));
  });

  it('refuses to delete a kind or tie type in use (409 with how many), deletes an unused one', async () => {
    const kind = await api.del(`${kinds}/charity`);
    expect(kind.status).toBe(409);
    expect(kind.body.message).toMatch(/used by \d+ organisations?/);
    const type = await api.del(`${tieTypes}/COMMISSIONS`);
    expect(type.status).toBe(409);
    expect(type.body.message).toMatch(/used by \d+ ties?/);
    expect((await api.del(`${kinds}/guild`)).status).toBe(200);
    expect((await api.del(`${tieTypes}/ALLIED_WITH`)).status).toBe(200);
    expect((await api.get('/api/meta')).body.kinds.map((k: { id: string }) => k.id)).not.toContain('guild');
  });
});
