// Separate networks in one database: each has its own organisations, search, graph, paths and export, a tie never
// joins two networks, an unknown network is a 404 naming `network`, and the default network (leeds) is untouched
// by everything done in another one.
import { describe, expect, it } from 'vitest';
import { requests, useSeededCurationApp } from '../../curation/curation-app.ts';

const { api, app } = useSeededCurationApp();
const NETWORK = 'test-guilds';
const page = { url: 'https://example.org/guilds', note: 'The guild records.' };
const LTHT = 'leeds-teaching-hospitals';

describe('networks', () => {
  let leedsBefore: { meta: unknown; export: string; search: unknown };
  // Source documents are one library shared by every network (a web page cited in another network is listed too).
  const leedsState = async () => ({
    meta: { ...(await api.get('/api/meta')).body, sources: null },
    export: (await app().inject({ method: 'GET', url: '/api/export?format=graphml' })).body,
    search: (await api.get('/api/organisations?q=Medic')).body,
  });

  it('lists the default network with the seeded counts', async () => {
    leedsBefore = await leedsState();
    const { status, body } = await api.get('/api/networks');
    expect(status).toBe(200);
    const meta = leedsBefore.meta as { totals: { organisations: number; ties: number } };
    expect(body.networks).toEqual([{ id: 'leeds', label: 'Leeds partnerships', organisations: meta.totals.organisations, ties: meta.totals.ties }]);
    expect({ ...(await api.get('/api/meta?network=leeds')).body, sources: null }).toEqual(leedsBefore.meta);
  });

  it('refuses a bad network id (400 naming id), a missing token (401) and a taken id (409)', async () => {
    for (const id of ['Bad Slug', '1starts-with-digit', 'x'.repeat(41), '']) {
      const { status, body } = await api.post('/api/networks', { id, label: 'Bad' });
      expect(status).toBe(400);
      expect(body.errors).toEqual([expect.objectContaining({ field: 'id' })]);
    }
    expect((await api.post('/api/networks', { id: 'ok-id', label: '' })).body.errors).toEqual([expect.objectContaining({ field: 'label' })]);
    expect((await api.post('/api/networks', { id: NETWORK, label: 'Guilds' }, {})).status).toBe(401);
    expect((await api.post('/api/networks', { id: NETWORK, label: 'Guilds' })).status).toBe(201);
    expect((await api.post('/api/networks', { id: NETWORK, label: 'Guilds again' })).status).toBe(409);
    expect((await api.get('/api/networks')).body.networks.map((n: { id: string }) => n.id)).toEqual(['leeds', NETWORK]);
  });

  it('answers 404 naming network for a network that does not exist, on every read and write that takes one', async () => {
    const urls = [
      '/api/meta?network=nowhere',
      '/api/organisations?q=leeds&network=nowhere',
      `/api/organisations/${LTHT}?network=nowhere`,
      '/api/graph?network=nowhere',
      `/api/paths?from=${LTHT}&to=nhs-england&network=nowhere`,
      '/api/export?format=json&network=nowhere',
      '/api/analysis/measures?network=nowhere',
    ];
    for (const url of urls) {
      const { status, body } = await api.get(url);
      expect({ url, status }).toEqual({ url, status: 404 });
      expect(body.errors).toEqual([expect.objectContaining({ field: 'network' })]);
    }
    expect((await api.post('/api/organisations?network=nowhere', { name: 'Nobody', kind: 'charity' })).status).toBe(404);
    expect((await api.post('/api/import?format=json&network=nowhere', JSON.stringify({ nodes: [], links: [] }))).status).toBe(404);
    expect((await api.get('/api/meta?network=Not%20A%20Slug')).status).toBe(400);
  });

  it('keeps a second network apart: its own vocabulary, search, graph, paths and counts; no tie across networks', async () => {
    expect((await api.post(`/api/organisations?network=${NETWORK}`, { name: 'Guild of Medics', kind: 'charity' })).status).toBe(400);
    expect((await api.post(`/api/vocabulary/kinds?network=${NETWORK}`, { id: 'charity', label: 'Guild', colour: '#336699' })).status).toBe(201);
    expect((await api.post(`/api/vocabulary/tie-types?network=${NETWORK}`, { id: 'PARTNER_OF', label: 'is allied with', symmetric: true, colour: '#993366' })).status).toBe(201);
    const medics = await api.post(`/api/organisations?network=${NETWORK}`, { name: 'Guild of Medics', kind: 'charity' });
    expect(medics.status).toBe(201);
    const apothecaries = await api.post(`/api/organisations?network=${NETWORK}`, { name: 'Guild of Apothecaries', kind: 'charity' });
    const tie = await api.post('/api/ties', { type: 'PARTNER_OF', source: medics.body.id, target: apothecaries.body.id, evidence: [page] });
    expect(tie.status).toBe(201);

    const across = await api.post('/api/ties', { type: 'PARTNER_OF', source: medics.body.id, target: LTHT, evidence: [page] });
    expect(across.status).toBe(400);
    expect(across.body.errors).toEqual([expect.objectContaining({ field: 'target' })]);

    const found = (await api.get(`/api/organisations?q=Medic&network=${NETWORK}`)).body.results.map((r: { id: string }) => r.id);
    expect(found).toEqual([medics.body.id]);
    expect((await api.get(`/api/organisations?q=Guild&network=leeds`)).body.results).toEqual([]);
    expect((await api.get(`/api/organisations/${medics.body.id}`)).status).toBe(404);
    expect((await api.get(`/api/organisations/${medics.body.id}?network=${NETWORK}`)).status).toBe(200);

    const graph = (await api.get(`/api/graph?network=${NETWORK}`)).body;
    expect(graph.nodes.map((n: { id: string }) => n.id).sort()).toEqual([apothecaries.body.id, medics.body.id].sort());
    expect(graph.links).toHaveLength(1);
    expect((await api.get(`/api/graph?centre=${LTHT}&network=${NETWORK}`)).status).toBe(404);
    const paths = await api.get(`/api/paths?from=${medics.body.id}&to=${apothecaries.body.id}&network=${NETWORK}`);
    expect(paths.body.paths[0].explanation).toMatch(/^Guild of Medics .* Guild of Apothecaries\.$/);
    expect((await api.get(`/api/paths?from=${medics.body.id}&to=${apothecaries.body.id}`)).status).toBe(404);

    const meta = (await api.get(`/api/meta?network=${NETWORK}`)).body;
    expect(meta.totals).toEqual({ organisations: 2, ties: 1 });
    expect((await api.get('/api/networks')).body.networks[1]).toEqual({ id: NETWORK, label: 'Guilds', organisations: 2, ties: 1 });
  });

  it('rejects import rows that name an organisation of another network, and imports the rest into the given one', async () => {
    const file = (links: object[]) => JSON.stringify({
      nodes: [{ id: 'guild-of-masons', name: 'Guild of Masons', kind: 'charity' }],
      links,
    });
    const across = await api.post(`/api/import?format=json&network=${NETWORK}&dryRun=true`, file([{ source: 'guild-of-masons', target: LTHT, type: 'PARTNER_OF', evidence: [page] }]));
    expect(across.status).toBe(200);
    expect(across.body.rows.find((row: { entity: string }) => row.entity === 'tie').reasons.join(' ')).toMatch(/belongs to the network "leeds"/);
    const leedsRow = await api.post(`/api/import?format=json&network=${NETWORK}&dryRun=true`, JSON.stringify({ nodes: [{ id: LTHT, name: 'Taken', kind: 'charity' }], links: [] }));
    expect(leedsRow.body.rows[0]).toMatchObject({ action: 'reject', reasons: [expect.stringMatching(/belongs to the network "leeds"/)] });
    const imported = await api.post(`/api/import?format=json&network=${NETWORK}`, file([]));
    expect(imported.status).toBe(200);
    expect((await api.get(`/api/meta?network=${NETWORK}`)).body.totals.organisations).toBe(3);
  });

  it('deletes a network only when it is empty, never the default one', async () => {
    expect((await api.del(`/api/networks/${NETWORK}`)).status).toBe(409);
    expect((await api.del('/api/networks/leeds')).status).toBe(409);
    expect((await api.del('/api/networks/nowhere')).status).toBe(404);
    for (const { id } of (await api.get(`/api/graph?network=${NETWORK}`)).body.nodes) expect((await api.del(`/api/organisations/${id}`)).status).toBe(200);
    expect((await api.del(`/api/networks/${NETWORK}`)).status).toBe(200);
    expect((await api.get(`/api/meta?network=${NETWORK}`)).status).toBe(404);
    // Its vocabulary went with it: a network made again with the same id starts empty.
    expect((await api.post('/api/networks', { id: NETWORK, label: 'Guilds' })).status).toBe(201);
    const meta = (await api.get(`/api/meta?network=${NETWORK}`)).body;
    expect([meta.kinds, meta.tieTypes]).toEqual([[], []]);
    expect((await api.del(`/api/networks/${NETWORK}`)).status).toBe(200);
  });

  it('left the default network as it was: counts, search and export', async () => {
    expect(await leedsState()).toEqual(leedsBefore);
    const fresh = requests(app());
    expect((await fresh.get('/api/networks')).body.networks).toHaveLength(1);
  });
});
