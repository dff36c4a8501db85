// The read API against the real Neo4j holding the seeded Leeds network: every route and its error cases.
import { describe, expect, it } from 'vitest';
import { useSeededReadApp } from '../../support/seeded-read-app.ts';

const { get, app } = useSeededReadApp();

const LTHT = 'leeds-teaching-hospitals';
const KHCC = 'king-hussein-cancer-center';
const BECKETT = 'leeds-beckett-university';

describe('GET /api/health', () => {
  it('reports the database connected with its version', async () => {
    const { status, body } = await get('/api/health');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', database: { connected: true } });
    expect(body.database.version).toMatch(/Neo4j\/5\.26/);
  });
});

describe('GET /api/meta', () => {
  it('lists kinds and tie types with labels, colours and counts that add up to the totals', async () => {
    const { status, body } = await get('/api/meta');
    expect(status).toBe(200);
    const kindTotal = body.kinds.reduce((sum: number, kind: { count: number }) => sum + kind.count, 0);
    const tieTotal = body.tieTypes.reduce((sum: number, type: { count: number }) => sum + type.count, 0);
    expect(kindTotal).toBe(body.totals.organisations);
    expect(tieTotal).toBe(body.totals.ties);
    expect(body.totals.organisations).toBeGreaterThan(30);
    expect(body.tieTypes[0]).toHaveProperty('label');
    expect(body.tieTypes[0].colour).toMatch(/^#[0-9a-f]{6}$/i);
    expect(body.sources.length).toBeGreaterThanOrEqual(3);
  });
});

describe('GET /api/organisations (search)', () => {
  it.each([
    ['Leeds Teaching', LTHT],
    ['LTHT', LTHT],
    ['WYAAT', 'wyaat'],
    ['King Husein', KHCC],
    ['leeds beck', BECKETT],
  ])('finds %s', async (q, id) => {
    const { status, body } = await get(`/api/organisations?q=${encodeURIComponent(q)}`);
    expect(status).toBe(200);
    expect(body.results[0].id).toBe(id);
    expect(body.results[0]).toEqual({ id, name: expect.any(String), shortName: expect.toSatisfy((v) => v === null || typeof v === 'string'), kind: expect.any(String), since: null, until: null, state: 'current', score: expect.any(Number) });
  });

  it('treats Lucene and Cypher syntax as text', async () => {
    for (const q of ['"unclosed', 'name:*', '*', 'a AND (b', "') MATCH (n) DETACH DELETE n //", '~~~', '\\']) {
      const { status, body } = await get(`/api/organisations?q=${encodeURIComponent(q)}`);
      expect(status, q).toBe(200);
      expect(Array.isArray(body.results)).toBe(true);
    }
    expect((await get('/api/meta')).body.totals.organisations).toBeGreaterThan(30);
  });

  it('filters by kind and rejects unknown kinds, listing the valid ones', async () => {
    const { body } = await get('/api/organisations?q=leeds&kinds=university&limit=20');
    expect(body.results.length).toBeGreaterThan(0);
    expect(body.results.every((r: { kind: string }) => r.kind === 'university')).toBe(true);
    const bad = await get('/api/organisations?q=leeds&kinds=spaceship');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/kinds has unknown value "spaceship"; valid values are .*university/);
  });

  it('answers 400 naming the field for an empty, oversized or badly limited query', async () => {
    expect((await get('/api/organisations?q=')).body.message).toMatch(/q/);
    expect((await get(`/api/organisations?q=${'x'.repeat(201)}`)).status).toBe(400);
    const limit = await get('/api/organisations?q=leeds&limit=0');
    expect(limit.status).toBe(400);
    expect(limit.body).toEqual({ statusCode: 400, error: 'Bad Request', message: expect.stringMatching(/limit/), errors: [{ field: 'limit', message: 'Must be >= 1.' }] });
  });
});

describe('GET /api/organisations/:id', () => {
  it('returns the organisation with every tie, its direction, label and evidence', async () => {
    const { status, body } = await get(`/api/organisations/${LTHT}`);
    expect(status).toBe(200);
    expect(body.name).toBe('Leeds Teaching Hospitals NHS Trust');
    expect(body.ties.length).toBe(body.degree);
    for (const tie of body.ties) {
      expect(['outgoing', 'incoming']).toContain(tie.direction);
      expect(tie.evidence.length).toBeGreaterThan(0);
      expect(tie.evidence[0].quote.length).toBeGreaterThan(10);
      expect(tie.evidence[0].title.length).toBeGreaterThan(3);
    }
    expect(body.ties.some((tie: { other: { id: string } }) => tie.other.id === KHCC)).toBe(true);
    // The seed documents' text is stored, so their quotes read as verified passages, not notes.
    const khcc = body.ties.find((tie: { other: { id: string } }) => tie.other.id === KHCC);
    expect(khcc.evidence.map((item: { verbatim: boolean }) => item.verbatim)).toEqual(khcc.evidence.map(() => true));
  });

  it('answers 404 for an unknown id', async () => {
    const { status, body } = await get('/api/organisations/no-such-organisation');
    expect(status).toBe(404);
    expect(body.message).toMatch(/no-such-organisation/);
  });
});

describe('GET /api/graph', () => {
  it('returns the whole network without a centre, with ties only between returned organisations', async () => {
    const { status, body } = await get('/api/graph');
    expect(status).toBe(200);
    const meta = (await get('/api/meta')).body;
    expect(body.nodes.length).toBe(meta.totals.organisations);
    expect(body.links.length).toBe(meta.totals.ties);
    expect(body.truncated).toBe(false);
  });

  it('cuts the whole network to its best-connected part and says so', async () => {
    const { body } = await get('/api/graph?limit=5');
    expect(body.nodes).toHaveLength(5);
    expect(body.truncated).toBe(true);
    expect(body.nodes.map((n: { id: string }) => n.id)).toContain(LTHT);
  });

  it('returns a neighbourhood whose every organisation is within depth hops of the centre', async () => {
    const one = (await get(`/api/graph?centre=${KHCC}&depth=1`)).body;
    const two = (await get(`/api/graph?centre=${KHCC}&depth=2`)).body;
    expect(one.nodes.map((n: { id: string }) => n.id)).toEqual(expect.arrayContaining([KHCC, LTHT]));
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    const ids = new Set(two.nodes.map((n: { id: string }) => n.id));
    for (const link of two.links) expect(ids.has(link.source) && ids.has(link.target)).toBe(true);
  });

  it('filters by tie type and kind', async () => {
    const meta = (await get('/api/meta')).body;
    const type = meta.tieTypes.find((t: { count: number }) => t.count > 0).id;
    const { body } = await get(`/api/graph?tieTypes=${type}`);
    expect(body.links.length).toBeGreaterThan(0);
    expect(body.links.every((l: { type: string }) => l.type === type)).toBe(true);
    const universities = (await get(`/api/graph?centre=${LTHT}&depth=2&kinds=university,nhs-trust`)).body;
    expect(universities.nodes.every((n: { kind: string }) => ['university', 'nhs-trust'].includes(n.kind))).toBe(true);
  });

  it('leaves the ties\' evidence out when asked, and only then', async () => {
    const full = (await get('/api/graph')).body;
    const lean = (await get('/api/graph?evidence=false')).body;
    expect(full.links.every((l: { evidence?: unknown[] }) => Array.isArray(l.evidence) && l.evidence.length > 0)).toBe(true);
    expect(lean.links.every((l: object) => !('evidence' in l))).toBe(true);
    const withoutEvidence = full.links.map(({ evidence: _, ...tie }: { evidence: unknown[] }) => tie);
    expect(lean.links).toEqual(withoutEvidence);
    expect(lean.nodes).toEqual(full.nodes);
  });

  it('validates every parameter with a message naming it', async () => {
    expect((await get('/api/graph?evidence=maybe')).body).toMatchObject({ statusCode: 400, message: 'evidence must be boolean' });
    expect((await get(`/api/graph?centre=${LTHT}&depth=5`)).body.message).toMatch(/depth/);
    expect((await get(`/api/graph?centre=${LTHT}&depth=two`)).status).toBe(400);
    expect((await get('/api/graph?tieTypes=LOVES')).body.message).toMatch(/tieTypes has unknown value "LOVES"; valid values are/);
    expect((await get('/api/graph?limit=999999999')).status).toBe(400);
    expect((await get('/api/graph?centre=nobody')).status).toBe(404);
  });
});

describe('GET /api/paths', () => {
  it('finds how the King Hussein Cancer Center is connected to Leeds Beckett University, in words', async () => {
    const { status, body } = await get(`/api/paths?from=${KHCC}&to=${BECKETT}`);
    expect(status).toBe(200);
    expect(body.paths).toHaveLength(1);
    const [path] = body.paths;
    expect(path.nodes[0].id).toBe(KHCC);
    expect(path.nodes.at(-1).id).toBe(BECKETT);
    expect(path.links).toHaveLength(path.length);
    expect(path.explanation).toMatch(/^King Hussein Cancer Center .+ Leeds Beckett University\.$/);
    for (const step of path.steps) expect(step.evidence.length).toBeGreaterThan(0);
  });

  it('lists all shortest paths of one length, and k shortest paths by increasing length', async () => {
    const all = (await get(`/api/paths?from=${KHCC}&to=${BECKETT}&mode=all-shortest`)).body.paths;
    expect(all.length).toBeGreaterThanOrEqual(1);
    expect(new Set(all.map((p: { length: number }) => p.length)).size).toBe(1);
    const k = (await get(`/api/paths?from=${KHCC}&to=${BECKETT}&mode=k-shortest&k=5`)).body.paths;
    expect(k.length).toBeGreaterThan(1);
    expect(k.length).toBeLessThanOrEqual(5);
    const lengths = k.map((p: { length: number }) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    for (const path of k) {
      const ids = path.nodes.map((n: { id: string }) => n.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('avoids the organisations it is told to avoid, and says nothing when no path is left', async () => {
    const direct = (await get(`/api/paths?from=${KHCC}&to=${BECKETT}`)).body.paths[0];
    const middle = direct.nodes.slice(1, -1).map((n: { id: string }) => n.id);
    const around = (await get(`/api/paths?from=${KHCC}&to=${BECKETT}&mode=k-shortest&k=3&avoid=${middle.join(',')}`)).body.paths;
    for (const path of around) for (const node of path.nodes) expect(middle).not.toContain(node.id);
    const none = await get(`/api/paths?from=${KHCC}&to=${BECKETT}&maxHops=1`);
    expect(none).toEqual({ status: 200, body: { paths: [] } });
  });

  it('answers 400 when from and to are the same, 404 for unknown ids and 400 for bad bounds', async () => {
    expect((await get(`/api/paths?from=${LTHT}&to=${LTHT}`)).status).toBe(400);
    const unknown = await get(`/api/paths?from=${LTHT}&to=nowhere`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toMatch(/nowhere/);
    expect((await get(`/api/paths?from=${LTHT}&to=${KHCC}&maxHops=9`)).body.message).toMatch(/maxHops/);
    expect((await get(`/api/paths?from=${LTHT}&to=${KHCC}&mode=k-shortest&k=11`)).body.message).toMatch(/k/);
    expect((await get(`/api/paths?from=${LTHT}&to=${KHCC}&mode=longest`)).body.message).toMatch(/mode/);
  });
});

describe('documentation', () => {
  it('serves an OpenAPI document describing every route, and the docs page', async () => {
    const { body } = await get('/openapi.json');
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining([
      '/api/health', '/api/meta', '/api/organisations', '/api/organisations/{id}', '/api/graph', '/api/paths', '/api/export',
    ]));
    const docs = await app().inject({ method: 'GET', url: '/docs/' });
    expect(docs.statusCode).toBe(200);
    // An unknown network is a 404 wherever a network can be named, and the document says so.
    const operations = Object.entries(body.paths as Record<string, Record<string, { parameters?: { name: string }[]; responses: Record<string, unknown> }>>)
      .flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ at: `${method.toUpperCase()} ${path}`, operation })));
    const naming = operations.filter(({ operation }) => operation.parameters?.some((parameter) => parameter.name === 'network'));
    expect(naming.length).toBeGreaterThan(10);
    expect(naming.filter(({ operation }) => !operation.responses['404']).map(({ at }) => at)).toEqual([]);
  });

  it('answers unknown routes with the JSON error shape', async () => {
    const { status, body } = await get('/api/nothing-here');
    expect(status).toBe(404);
    expect(body).toEqual({ statusCode: 404, error: 'Not Found', message: 'No route for GET /api/nothing-here' });
  });
});
