// Saved views against the real app and Neo4j: saving needs the write token, opening a shared view does not; the
// layout comes back as saved; rename, list and delete; bad input is a 400 naming the field, an unknown id a 404.
import { describe, expect, it } from 'vitest';
import { AUTH, useSeededCurationApp } from '../../curation/curation-app.ts';

const { api } = useSeededCurationApp();
const layout = { positions: [{ id: 'wyaat', x: 12.5, y: -40, pinned: true }, { id: 'leeds-teaching-hospitals', x: 0, y: 0, pinned: false }], transform: { k: 1.2, x: 300, y: 200 } };
const view = { name: 'WYAAT in 2019', search: '?centre=wyaat&asOf=2019', layout };

describe('saved views', () => {
  it('saves with a token, opens without one, lists, renames and deletes', async () => {
    expect((await api.post('/api/views', view, {})).status).toBe(401);
    const saved = await api.post('/api/views', view, AUTH);
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ name: 'WYAAT in 2019', search: '?centre=wyaat&asOf=2019', layout, createdBy: 'default' });
    expect(saved.body.id).toMatch(/^[A-Za-z0-9]{10}$/);
    const id = saved.body.id as string;

    const opened = await api.get(`/api/views/${id}`);
    expect(opened).toEqual({ status: 200, body: saved.body });

    expect((await api.get('/api/views')).status).toBe(401);
    const listed = await api.get('/api/views', AUTH);
    expect(listed.body.views.map((item: { id: string }) => item.id)).toContain(id);
    expect(listed.body.views[0]).not.toHaveProperty('layout');

    const renamed = await api.patch(`/api/views/${id}`, { name: 'WYAAT before the pandemic' }, AUTH);
    expect(renamed).toMatchObject({ status: 200, body: { id, name: 'WYAAT before the pandemic' } });
    expect((await api.patch(`/api/views/${id}`, { name: 'x' }, {})).status).toBe(401);

    expect((await api.del(`/api/views/${id}`, {})).status).toBe(401);
    expect(await api.del(`/api/views/${id}`, AUTH)).toEqual({ status: 200, body: { id } });
    expect((await api.get(`/api/views/${id}`)).body).toEqual({ statusCode: 404, error: 'Not Found', message: `id: no saved view "${id}"` });
    expect((await api.del(`/api/views/${id}`, AUTH)).status).toBe(404);
  });

  it('answers 400 naming the field for bad input', async () => {
    const bad = async (body: unknown) => (await api.post('/api/views', body, AUTH)).body;
    expect(await bad({ ...view, name: '' })).toMatchObject({ statusCode: 400, message: expect.stringMatching(/name/) });
    expect(await bad({ ...view, search: 'centre=wyaat' })).toMatchObject({ statusCode: 400, message: expect.stringMatching(/search/) });
    expect(await bad({ ...view, layout: { ...layout, positions: [{ id: 'a', x: 'left', y: 0, pinned: false }] } })).toMatchObject({ statusCode: 400, message: expect.stringMatching(/x/) });
    expect(await bad({ ...view, extra: 1 })).toMatchObject({ statusCode: 400 });
    expect((await api.get('/api/views/not-an-id!')).status).toBe(400);
    expect((await api.patch('/api/views/AAAAAAAAAA', { name: 'x' }, AUTH)).status).toBe(404);
  });
});
