// The Florentine families (Padgett & Ansell 1993; 15 families, 20 marriages, as networkx's florentine_families_graph())
// import into their own network with their own vocabulary (kind family, symmetric MARRIED_INTO), read as marriages
// without direction, export as an undirected GraphML graph networkx finds equal to its own, and leave the Leeds
// network untouched: counts, search and exports byte-identical before and after.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useSeededCurationApp } from '../../curation/curation-app.ts';

const { api, app } = useSeededCurationApp();
const fixture = readFileSync(new URL('../../fixtures/florentine-families.json', import.meta.url), 'utf8');
const exportOf = async (query: string) => (await app().inject({ method: 'GET', url: `/api/export?${query}` })).body;

// Compares the GraphML export (stdin) with networkx's own graph, by family name; prints what differs.
const compareWithNetworkx = `
import json, sys, networkx as nx
read = nx.read_graphml(sys.stdin)
names = {n: d["name"] for n, d in read.nodes(data=True)}
mine = {frozenset((names[a], names[b])) for a, b in read.edges()}
theirs = {frozenset(e) for e in nx.florentine_families_graph().edges()}
print(json.dumps({"directed": read.is_directed(), "nodes": sorted(names.values()), "expectedNodes": sorted(nx.florentine_families_graph().nodes()),
                  "edges": len(mine), "sameEdges": mine == theirs}))
`;

describe('the Florentine families in their own network', () => {
  let leedsBefore: unknown;
  const leedsState = async () => ({
    meta: { ...(await api.get('/api/meta')).body, sources: null },
    networks: (await api.get('/api/networks')).body.networks.filter((network: { id: string }) => network.id === 'leeds'),
    search: (await api.get('/api/organisations?q=Medic')).body,
    graphml: await exportOf('format=graphml'),
    cypher: (await exportOf('format=cypher')).replace(/^\/\/.*generated.*$/gim, ''),
    json: (await exportOf('format=json')).replace(/"generatedAt": "[^"]*"/, ''),
  });

  it('imports with its vocabulary section: a dry run lists the new kind and tie type, then the import writes them', async () => {
    leedsBefore = await leedsState();
    expect((await api.post('/api/networks', { id: 'florentine', label: 'Florentine families' })).status).toBe(201);
    const dry = await api.post('/api/import?format=json&network=florentine&dryRun=true', fixture);
    expect(dry.status).toBe(200);
    expect(dry.body.summary).toMatchObject({
      organisations: { create: 15, reject: 0 }, ties: { create: 20, reject: 0 },
      vocabulary: { kinds: { create: 1, reject: 0 }, tieTypes: { create: 1, reject: 0 } },
    });
    expect(dry.body.rows.filter((row: { entity: string }) => row.entity === 'kind' || row.entity === 'tieType'))
      .toEqual([expect.objectContaining({ entity: 'kind', id: 'family', action: 'create' }), expect.objectContaining({ entity: 'tieType', id: 'MARRIED_INTO', action: 'create' })]);
    expect((await api.get('/api/meta?network=florentine')).body.totals).toEqual({ organisations: 0, ties: 0 });

    const real = await api.post('/api/import?format=json&network=florentine', fixture);
    expect(real.status).toBe(200);
    expect(real.body.committed).toBe(true);
    const meta = (await api.get('/api/meta?network=florentine')).body;
    expect(meta.totals).toEqual({ organisations: 15, ties: 20 });
    expect(meta.kinds).toEqual([expect.objectContaining({ id: 'family', label: 'Family', count: 15 })]);
    expect(meta.tieTypes).toEqual([expect.objectContaining({ id: 'MARRIED_INTO', symmetric: true, count: 20 })]);
  });

  it('keeps its vocabulary out of Leeds: family and MARRIED_INTO are refused there', async () => {
    const leeds = (await api.get('/api/meta')).body;
    expect(leeds.kinds.map((kind: { id: string }) => kind.id)).not.toContain('family');
    const refused = await api.post('/api/organisations', { name: 'Some family', kind: 'family' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'kind' })]);
    expect((await api.get('/api/graph?tieTypes=MARRIED_INTO')).status).toBe(400);
  });

  it('stores a symmetric tie once per pair: the same marriage the other way round is a duplicate', async () => {
    const evidence = [{ url: 'https://doi.org/10.1086/230190', note: 'Padgett & Ansell 1993.' }];
    const again = await api.post('/api/ties', { type: 'MARRIED_INTO', source: 'lamberteschi', target: 'guadagni', evidence });
    expect(again.status).toBe(409);
    const file = JSON.stringify({ nodes: [], links: [{ source: 'salviati', target: 'pazzi', type: 'MARRIED_INTO', evidence }] });
    const dry = await api.post('/api/import?format=json&network=florentine&dryRun=true', file);
    expect(dry.body.rows[0]).toMatchObject({ action: 'reject', reasons: [expect.stringMatching(/duplicate: the tie "pazzi--married-into--salviati"/)] });
  });

  it('reads the path Pazzi → Lamberteschi as marriages, without direction', async () => {
    const { status, body } = await api.get('/api/paths?network=florentine&from=pazzi&to=lamberteschi&maxHops=6');
    expect(status).toBe(200);
    const [path] = body.paths;
    expect(path.length).toBe(5);
    expect(path.explanation).toMatch(/^Pazzi is married into Salviati, which is married into Medici, which is married into (Tornabuoni|Albizzi), which is married into Guadagni, which is married into Lamberteschi\.$/);
    expect(path.explanation).not.toMatch(/reverse/);
  });

  it('exports GraphML that networkx reads as an undirected graph equal to its own', async () => {
    const graphml = await exportOf('format=graphml&network=florentine');
    expect(graphml).toContain('edgedefault="undirected"');
    const read = JSON.parse(execFileSync('python3', ['-c', compareWithNetworkx], { input: graphml }).toString());
    expect(read).toEqual({ directed: false, nodes: read.expectedNodes, expectedNodes: read.expectedNodes, edges: 20, sameEdges: true });
    expect(read.nodes).toHaveLength(15);
    const gexf = await exportOf('format=gexf&network=florentine');
    expect(gexf.match(/type="undirected"/g)).toHaveLength(20);
    const json = JSON.parse(await exportOf('format=json&network=florentine'));
    expect(json.links.every((link: { directed?: boolean }) => link.directed === false)).toBe(true);
  });

  it('left Leeds untouched: counts, search and exports byte-identical', async () => {
    expect(await leedsState()).toEqual(leedsBefore);
  });
});
