// Whole-network measures on the seeded network: computed in a worker thread after start-up, stored, answered with
// computedAt, stale after a write, recomputed once writes pause; the values are networkx's (issue 14).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppInstance } from '../../../server/app.ts';
import { AUTH, createCurationApp, requests, type Answer } from '../../curation/curation-app.ts';
import { connectTestDatabase, resetToSeed } from '../../support/test-database.ts';

let app: AppInstance;
let api: ReturnType<typeof requests>;

beforeAll(async () => {
  const database = connectTestDatabase();
  await resetToSeed(database);
  await database.close();
  app = await createCurationApp({ MEASURES_RECOMPUTE_AFTER_MS: '300' });
  await app.ready();
  api = requests(app);
});
afterAll(() => app?.close());

/** Asks until `done` holds (the run happens in the background), at most 60 s. */
async function until(url: string, done: (body: Answer['body']) => boolean): Promise<Answer['body']> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const { status, body } = await api.get(url);
    expect(status).toBe(200);
    if (done(body)) return body;
    if (Date.now() > deadline) throw new Error(`Gave up waiting: ${JSON.stringify(body).slice(0, 300)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function storedNodes(): Promise<{ runs: number; rows: number; organisations: number }> {
  return app.database.read(async (tx) => {
    const record = (await tx.run(`CALL { MATCH (r:MeasureRun) RETURN count(r) AS runs }
      CALL { MATCH (m:OrganisationMeasures) RETURN count(m) AS rows }
      CALL { MATCH (o:Organisation) RETURN count(o) AS organisations }
      RETURN runs, rows, organisations`)).records[0]!;
    return { runs: record.get('runs'), rows: record.get('rows'), organisations: record.get('organisations') };
  });
}

describe('whole-network measures', () => {
  let first: Answer['body'];

  it('are computed after start-up, stored and answered with when they were computed', async () => {
    first = await until('/api/analysis/network-measures?sort=betweenness&top=6', (body) => body.computedAt !== null && !body.running);
    console.info('stored run', JSON.stringify({ ...first, organisations: first.organisations.map((o: { id: string; betweenness: number }) => `${o.id} ${o.betweenness.toFixed(3)}`) }));
    expect(first).toMatchObject({ stale: false, sampleSize: null, communityCount: 8, componentCount: 2 });
    expect(Date.parse(first.computedAt)).toBeGreaterThan(Date.now() - 120_000);
    // The analyst's networkx figures (issue 14): LTHT 0.706, the Hub 0.287, Lincoln Green 0.124, LAHP 0.111.
    expect(first.organisations.slice(0, 4).map((o: { id: string }) => o.id)).toEqual([
      'leeds-teaching-hospitals', 'leeds-health-and-social-care-hub', 'lincoln-green-employment-and-skills-project', 'leeds-academic-health-partnership',
    ]);
    expect(first.organisations.slice(0, 4).map((o: { betweenness: number }) => o.betweenness.toFixed(3))).toEqual(['0.706', '0.287', '0.124', '0.111']);
    expect(first.organisations[0]).toMatchObject({ name: expect.any(String), partners: 25, ties: 28 });
    expect(await storedNodes()).toEqual({ runs: 1, rows: first.organisationCount, organisations: first.organisationCount });
  });

  it('equal the measures computed on request for the same network', async () => {
    const stored = await api.get('/api/analysis/network-measures?sort=pagerank&top=10000');
    const live = await api.get(`/api/analysis/measures?sort=pagerank&top=10000&limit=${first.organisationCount}`);
    expect(stored.body.organisations).toHaveLength(live.body.organisations.length);
    expect(stored.body.modularity).toBeCloseTo(live.body.modularity, 9);
    const byId = new Map(live.body.organisations.map((o: { id: string }) => [o.id, o]));
    // Community numbers are labels (Louvain's, in the order it met the organisations): the same split is what counts.
    const sameCommunity = new Map<number, number>();
    for (const o of stored.body.organisations) {
      const expected = byId.get(o.id) as Record<string, number | null>;
      for (const key of ['ties', 'partners', 'component']) expect(o[key], `${key} of ${o.id}`).toBe(expected[key]);
      if (!sameCommunity.has(o.community)) sameCommunity.set(o.community, expected.community!);
      expect(expected.community, `community of ${o.id}`).toBe(sameCommunity.get(o.community));
      for (const key of ['betweenness', 'pagerank', 'closeness', 'constraint', 'effectiveSize']) {
        if (expected[key] === null) expect(o[key]).toBeNull();
        else expect(o[key], `${key} of ${o.id}`).toBeCloseTo(expected[key]!, 9);
      }
    }
  });

  it('are stale right after a write and recomputed once writes pause', async () => {
    const created = await api.post('/api/organisations', { name: 'Measures Test Partnership', kind: 'charity' });
    expect(created.status).toBe(201);
    const tie = await api.post('/api/ties', {
      type: 'PARTNER_OF', source: created.body.id, target: 'leeds-teaching-hospitals',
      evidence: [{ url: 'https://example.org/measures-test', note: 'A test partnership.' }],
    });
    expect(tie.status).toBe(201);
    const right = await api.get('/api/analysis/network-measures?top=1');
    expect(right.body).toMatchObject({ stale: true, computedAt: first.computedAt });
    const again = await until('/api/analysis/network-measures?sort=partners&top=1', (body) => body.computedAt !== first.computedAt && !body.stale && !body.running);
    expect(again.organisationCount).toBe(first.organisationCount + 1);
    expect(again.organisations[0]).toMatchObject({ id: 'leeds-teaching-hospitals', partners: 26, ties: 29 });
    // The new run replaced the old one: one run, one row per organisation.
    expect(await storedNodes()).toEqual({ runs: 1, rows: again.organisationCount, organisations: again.organisationCount });
  });

  it('are recomputed on request with a write token only', async () => {
    expect((await api.post('/api/analysis/recompute', undefined, {})).status).toBe(401);
    const before = (await api.get('/api/analysis/network-measures?top=1')).body.computedAt;
    const asked = await api.post('/api/analysis/recompute', undefined, AUTH);
    expect(asked.status).toBe(202);
    expect(['started', 'queued']).toContain(asked.body.status);
    await until('/api/analysis/network-measures?top=1', (body) => body.computedAt !== before && !body.running);
  });

  it('are computed for each network apart, never over their union', async () => {
    const network = 'measured-guilds';
    expect((await api.post('/api/networks', { id: network, label: 'Guilds' }, AUTH)).status).toBe(201);
    expect((await api.post(`/api/vocabulary/kinds?network=${network}`, { id: 'guild', label: 'Guild', colour: '#336699' }, AUTH)).status).toBe(201);
    expect((await api.post(`/api/vocabulary/tie-types?network=${network}`, { id: 'ALLIED_WITH', label: 'is allied with', symmetric: true, colour: '#993366' }, AUTH)).status).toBe(201);
    const ids: string[] = [];
    for (const name of ['Guild of Masons', 'Guild of Weavers', 'Guild of Bakers']) {
      const created = await api.post(`/api/organisations?network=${network}`, { name, kind: 'guild' }, AUTH);
      expect(created.status).toBe(201);
      ids.push(created.body.id);
    }
    const evidence = [{ url: 'https://example.org/guilds', note: 'Test alliance' }];
    for (const [source, target] of [[ids[0], ids[1]], [ids[1], ids[2]]]) {
      expect((await api.post('/api/ties', { type: 'ALLIED_WITH', source, target, evidence }, AUTH)).status).toBe(201);
    }
    const guilds = await until(`/api/analysis/network-measures?network=${network}&top=3`, (body) => body.organisationCount === 3 && !body.stale && !body.running);
    // A path of three: the middle guild lies on the one route between the others (normalised betweenness 1); ties
    // in value come in id order.
    expect(guilds.organisations.map((o: { id: string; betweenness: number }) => [o.id, o.betweenness])).toEqual([[ids[1], 1], [ids[2], 0], [ids[0], 0]]);
    const leeds = await until('/api/analysis/network-measures?top=1', (body) => !body.stale && !body.running);
    expect(leeds.organisations[0]).toMatchObject({ id: 'leeds-teaching-hospitals' });
    expect(leeds.organisationCount).toBe((await api.get('/api/meta')).body.totals.organisations);
    expect((await api.get('/api/analysis/network-measures?network=nowhere')).status).toBe(404);
  });

  it('rejects an unknown measure with a 400 naming the field', async () => {
    const { status, body } = await api.get('/api/analysis/network-measures?sort=charm');
    expect(status).toBe(400);
    expect(body.message).toMatch(/sort/);
  });
});
