// Exports from the real API: every format downloads with a sensible name, and the Cypher export recreates the
// same subgraph (nodes, links, evidence) when run into an empty Neo4j.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppInstance } from '../../../server/app.ts';
import type { Database } from '../../../server/neo4j-connection.ts';
import { createTestApp } from '../../support/test-app.ts';
import { applySchema } from '../../../server/schema-setup.ts';
import { loadQueries } from '../../../server/cypher/query-store.ts';
import { connectTestDatabase, resetToSeed } from '../../support/test-database.ts';

let app: AppInstance;
let database: Database;
beforeAll(async () => {
  database = connectTestDatabase();
  await resetToSeed(database);
  app = await createTestApp();
});
afterAll(async () => {
  await app.close();
  await database.close();
});

const exportOf = (query: string) => app.inject({ method: 'GET', url: `/api/export?${query}` });
const withoutTimestamp = (json: { meta: object }) => ({ ...json, meta: { ...json.meta, generatedAt: null } });

describe('GET /api/export', () => {
  it.each([
    ['json', 'application/json', '.json'],
    ['graphml', 'application/graphml+xml', '.graphml'],
    ['gexf', 'application/gexf+xml', '.gexf'],
    ['csv', 'application/zip', '.csv.zip'],
    ['cypher', 'text/plain', '.cypher'],
    ['cytoscape', 'application/json', '.cyjs'],
  ])('downloads %s with its content type and a file name', async (format, type, extension) => {
    const response = await exportOf(`format=${format}&centre=leeds-teaching-hospitals&depth=1`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain(type);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="partnership-graph-leeds-teaching-hospitals-depth-1${extension}"`);
    expect(response.rawPayload.length).toBeGreaterThan(100);
  });

  it('exports exactly the listed organisations and the ties among them', async () => {
    const ids = ['leeds-teaching-hospitals', 'king-hussein-cancer-center', 'university-of-leeds'];
    const json = (await exportOf(`format=json&ids=${ids.join(',')}`)).json();
    expect(json.nodes.map((n: { id: string }) => n.id).sort()).toEqual([...ids].sort());
    for (const link of json.links) expect(ids).toContain(link.source);
    const post = await app.inject({ method: 'POST', url: '/api/export', payload: { format: 'json', ids } });
    expect(withoutTimestamp(post.json())).toEqual(withoutTimestamp(json));
  });

  it('gives GraphML and GEXF that a real XML parser reads back to the same nodes and ties', async () => {
    const json = (await exportOf('format=json')).json();
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
    for (const format of ['graphml', 'gexf']) {
      const xml = (await exportOf(`format=${format}`)).body;
      expect(XMLValidator.validate(xml)).toBe(true);
      const doc = parser.parse(xml);
      const graph = format === 'graphml' ? doc.graphml.graph : doc.gexf.graph;
      const nodes = format === 'graphml' ? graph.node : graph.nodes.node;
      const edges = format === 'graphml' ? graph.edge : graph.edges.edge;
      expect(nodes.map((n: { id: string }) => n.id).sort()).toEqual(json.nodes.map((n: { id: string }) => n.id).sort());
      expect(edges.map((e: { id: string }) => e.id).sort()).toEqual(json.links.map((l: { id: string }) => l.id).sort());
    }
  });

  it('adds the measures and the community as attributes when asked (measures=true)', async () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
    const graphml = parser.parse((await exportOf('format=graphml&measures=true')).body).graphml;
    const key = graphml.key.find((k: { 'attr.name': string }) => k['attr.name'] === 'betweenness');
    expect(key).toMatchObject({ for: 'node', 'attr.type': 'double' });
    const ltht = graphml.graph.node.find((n: { id: string }) => n.id === 'leeds-teaching-hospitals');
    const value = (name: string) => Number(ltht.data.find((d: { key: string }) => d.key === `n-${name}`)['#text']);
    expect(value('betweenness')).toBeCloseTo(0.706, 3);
    expect(value('partners')).toBe(25);
    expect(Number.isInteger(value('community'))).toBe(true);
    const json = (await app.inject({ method: 'POST', url: '/api/export', payload: { format: 'json', measures: true } })).json();
    expect(json.nodes.find((n: { id: string }) => n.id === 'leeds-teaching-hospitals').measures.betweenness).toBeCloseTo(0.706, 3);
  });

  it('gives a CSV zip with neo4j-admin headers', async () => {
    const zip = unzipSync(new Uint8Array((await exportOf('format=csv')).rawPayload));
    expect(strFromU8(zip['organisations.csv']!).split('\r\n')[0]).toMatch(/^id:ID,name,/);
    expect(strFromU8(zip['ties.csv']!).split('\r\n')[0]).toMatch(/^id,:START_ID,:END_ID,:TYPE,/);
  });

  it('answers 400/404 naming the problem for bad formats, unknown ids and mixed selections', async () => {
    expect((await exportOf('format=pdf')).json().message).toMatch(/format/);
    expect((await exportOf('format=json&ids=nobody')).statusCode).toBe(404);
    expect((await exportOf('format=json&ids=leeds-teaching-hospitals&centre=leeds-teaching-hospitals')).statusCode).toBe(400);
    const bad = await app.inject({ method: 'POST', url: '/api/export', payload: '{"format": "json", "ids": [', headers: { 'content-type': 'application/json' } });
    expect(bad.statusCode).toBe(400);
    const huge = await app.inject({ method: 'POST', url: '/api/export', payload: { format: 'json', ids: ['x'.repeat(3 * 1024 * 1024)] } });
    expect(huge.statusCode).toBe(413);
  });
});

describe('the Cypher export', () => {
  it('recreates the same nodes, links and evidence in an empty database', async () => {
    const before = withoutTimestamp((await exportOf('format=json')).json());
    const script = (await exportOf('format=cypher')).body;

    await database.autoCommit('MATCH (n) DETACH DELETE n');
    const statements = script.split(/;\s*\n/).map((s) => s.split('\n').filter((line) => !line.startsWith('//')).join('\n').trim()).filter(Boolean);
    for (const statement of statements) await database.autoCommit(statement);
    // The script's organisations carry no network: they join the default one at schema setup, as when the app starts.
    await applySchema(database, loadQueries());

    const after = withoutTimestamp((await exportOf('format=json')).json());
    expect(after).toEqual(before);
  });
});
