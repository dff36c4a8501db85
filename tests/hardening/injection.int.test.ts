// Hostile input through every parameter of the read API, and hostile names and quotes through every export format:
// the database is unchanged, nothing answers 500 or leaks a driver message, and the page forbids inline script.
import { existsSync, readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type AppInstance } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import type { Database } from '../../server/neo4j-connection.ts';
import { loadDataset } from '../../seed/dataset.ts';
import { loadQueries } from '../../server/cypher/query-store.ts';
import { applySchema } from '../../server/schema-setup.ts';
import { CYPHER_INJECTION, EXPORT_INJECTION, HOSTILE_STRINGS, LUCENE_SYNTAX } from '../../scripts/fuzz/hostile-input.ts';
import { connectTestDatabase, resetToSeed, testDatabaseSettings } from '../support/test-database.ts';

let app: AppInstance;
let database: Database;
beforeAll(async () => {
  database = connectTestDatabase();
  await resetToSeed(database);
  const neo4j = testDatabaseSettings();
  // Hundreds of requests in a few seconds: the rate limit is tested in limits.int.test.ts, not here.
  app = await buildApp({ ...loadConfig({ NEO4J_URI: neo4j.uri, RATE_LIMIT_MAX: '0', MEASURES_RECOMPUTE_AFTER_MS: '0' }), neo4j }, { logger: false });
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

/** Everything an injection could change: every node and relationship with all its properties. */
async function fingerprint(): Promise<string> {
  return database.read(async (tx) => {
    const nodes = await tx.run('MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties');
    const ties = await tx.run('MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, properties(r) AS properties, b.id AS b');
    const rows = [...nodes.records, ...ties.records].map((record) => JSON.stringify(record.toObject()));
    return `${nodes.records.length} nodes, ${ties.records.length} ties\n${rows.sort().join('\n')}`;
  });
}

const LEAKS = /Neo4j|Neo\.|neo4j-driver|Cypher|MATCH \(|\n\s+at |\.ts:\d+/;
const q = encodeURIComponent;

interface Probe {
  name: string;
  url: (value: string) => string;
  /** What a neutralised request answers; never 500. */
  expected: number[];
}

const probes: Probe[] = [
  { name: 'search text', url: (v) => `/api/organisations?q=${q(v)}`, expected: [200, 400] },
  { name: 'search kinds', url: (v) => `/api/organisations?q=leeds&kinds=${q(v)}`, expected: [400] },
  { name: 'organisation id', url: (v) => `/api/organisations/${q(v)}`, expected: [404] },
  { name: 'graph centre', url: (v) => `/api/graph?centre=${q(v)}`, expected: [404] },
  { name: 'graph tie types', url: (v) => `/api/graph?centre=leeds-teaching-hospitals&tieTypes=${q(v)}`, expected: [400] },
  { name: 'graph kinds', url: (v) => `/api/graph?kinds=${q(v)}`, expected: [400] },
  { name: 'graph depth', url: (v) => `/api/graph?centre=leeds-teaching-hospitals&depth=${q(v)}`, expected: [400] },
  { name: 'graph limit', url: (v) => `/api/graph?limit=${q(v)}`, expected: [400] },
  { name: 'paths from', url: (v) => `/api/paths?from=${q(v)}&to=leeds-teaching-hospitals`, expected: [404] },
  { name: 'paths to', url: (v) => `/api/paths?from=leeds-teaching-hospitals&to=${q(v)}`, expected: [404] },
  { name: 'paths mode', url: (v) => `/api/paths?from=leeds-teaching-hospitals&to=university-of-leeds&mode=${q(v)}`, expected: [400] },
  { name: 'paths k', url: (v) => `/api/paths?from=leeds-teaching-hospitals&to=university-of-leeds&mode=k-shortest&k=${q(v)}`, expected: [400] },
  { name: 'paths maxHops', url: (v) => `/api/paths?from=leeds-teaching-hospitals&to=university-of-leeds&maxHops=${q(v)}`, expected: [400] },
  { name: 'paths tie types', url: (v) => `/api/paths?from=leeds-teaching-hospitals&to=university-of-leeds&tieTypes=${q(v)}`, expected: [400] },
  // An id nobody has is simply not avoided: the paths are the usual ones.
  { name: 'paths avoid', url: (v) => `/api/paths?from=leeds-teaching-hospitals&to=university-of-leeds&avoid=${q(v)}`, expected: [200] },
  { name: 'export ids', url: (v) => `/api/export?format=json&ids=${q(v)}`, expected: [404] },
  { name: 'export centre', url: (v) => `/api/export?format=graphml&centre=${q(v)}`, expected: [404] },
  { name: 'export format', url: (v) => `/api/export?format=${q(v)}`, expected: [400] },
];

describe('Cypher and Lucene injection through request parameters', () => {
  it('is neutralised everywhere: expected 4xx/200, no 500, no driver text, and the data is unchanged', async () => {
    const before = await fingerprint();
    const surprises: string[] = [];
    for (const probe of probes) {
      // Commas split list parameters, so a payload with a comma is also tried whole as a single list item.
      for (const value of HOSTILE_STRINGS) {
        const url = probe.url(value);
        const response = await app.inject(url);
        if (!probe.expected.includes(response.statusCode)) surprises.push(`${response.statusCode} ${probe.name}: ${url}`);
        if (response.statusCode >= 400) {
          const body = response.json();
          // A 400 about fields also lists them (errors: [{ field, message }]).
          expect(Object.keys(body).filter((key) => key !== 'errors').sort()).toEqual(['error', 'message', 'statusCode']);
          // Messages may quote the caller's own value back; anything else Cypher- or driver-like is a leak.
          const own = [value, ...value.split(',').map((part) => part.trim())].filter(Boolean);
          const messages: string[] = [body.message, ...((body.errors ?? []) as { message: string }[]).map((error) => error.message)];
          for (const text of messages) {
            const rest = own.reduce((message: string, part) => message.replaceAll(part, ''), text);
            if (LEAKS.test(rest)) surprises.push(`leak ${probe.name}: ${text}`);
          }
        }
      }
    }
    expect(surprises).toEqual([]);
    expect(await fingerprint()).toBe(before);
  }, 120_000);

  it('passes POST /api/export ids only as parameters', async () => {
    const before = await fingerprint();
    for (const value of CYPHER_INJECTION) {
      const response = await app.inject({ method: 'POST', url: '/api/export', payload: { format: 'cypher', ids: [value.slice(0, 200)] } });
      expect(response.statusCode).toBe(404);
    }
    expect(await fingerprint()).toBe(before);
  });

  it('treats Lucene syntax in the search box as words: no match-all, no slow regular expressions', async () => {
    const total = (await app.inject('/api/meta')).json().totals.organisations as number;
    for (const value of LUCENE_SYNTAX) {
      const started = Date.now();
      const response = await app.inject(`/api/organisations?q=${q(value)}&limit=100`);
      expect(response.statusCode, value).toBe(200);
      expect(Date.now() - started, value).toBeLessThan(3_000);
      // `*`, `*:*`, `?` and friends are separators, not wildcards: they find nothing rather than everything.
      if (/^[*?:{}[\]/\\ ]+$/.test(value) || value.startsWith('{*')) expect(response.json().results, value).toEqual([]);
      expect(response.json().results.length).toBeLessThan(total);
    }
    // A field name is just a word too: `name:*` cannot reach other properties or match every organisation.
    const byField = (await app.inject(`/api/organisations?q=${q('id:leeds* OR kind:trust')}&limit=100`)).json().results;
    expect(byField.length).toBeLessThan(total);
  });
});

describe('hostile names and quotes in exports', () => {
  const [name, shortName, description, quote, alias, city] = [
    EXPORT_INJECTION[0]!, // <script>
    EXPORT_INJECTION[3]!, // =HYPERLINK(…)
    `${EXPORT_INJECTION[2]!} ${EXPORT_INJECTION[7]!}`, // XML attribute break-out, CSV row break-out
    `${EXPORT_INJECTION[8]!}; MATCH (n) DETACH DELETE n;\n// ${EXPORT_INJECTION[1]!}`, // Cypher statement break-out
    EXPORT_INJECTION[4]!, // +SUM(1+1)
    EXPORT_INJECTION[9]!, // escaped quotes and backticks
  ];

  beforeAll(async () => {
    const source = loadDataset().sources[0]!.id;
    await database.write((tx) => tx.run(
      `CREATE (o:Organisation {id: 'hostile-org', name: $name, shortName: $shortName, aliases: [$alias], aliasesText: $alias,
                               kind: 'charity', network: 'leeds', sector: '@sector', city: $city, country: '-1+1', description: $description, url: 'javascript:alert(1)'})
       WITH o MATCH (l:Organisation {id: 'leeds-teaching-hospitals'})
       CREATE (o)-[:SUPPORTS {id: 'hostile-tie', description: $description, evidenceSources: [$source], evidenceQuotes: [$quote]}]->(l)`,
      { name, shortName, alias, city, description, quote, source },
    ));
  });
  afterAll(() => resetToSeed(database));

  const exportOf = (format: string) => app.inject(`/api/export?format=${format}&ids=hostile-org,leeds-teaching-hospitals`);

  it('keeps GraphML and GEXF well-formed, with the names read back exactly and nothing injected', async () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', processEntities: true, htmlEntities: false });
    for (const format of ['graphml', 'gexf']) {
      const xml = (await exportOf(format)).body;
      expect(XMLValidator.validate(xml), format).toBe(true);
      expect(xml).not.toContain('<script>');
      expect(xml).not.toContain('<!ENTITY');
      const doc = parser.parse(xml);
      const nodes = format === 'graphml' ? doc.graphml.graph.node : doc.gexf.graph.nodes.node;
      expect(nodes.map((node: { id: string }) => node.id).sort(), format).toEqual(['hostile-org', 'leeds-teaching-hospitals']);
      expect(JSON.stringify(doc), format).toContain(JSON.stringify(name).slice(1, -1));
    }
  });

  it('neutralises spreadsheet formulas and keeps every CSV row a row', async () => {
    const zip = unzipSync(new Uint8Array((await exportOf('csv')).rawPayload));
    const organisations = strFromU8(zip['organisations.csv']!);
    expect(organisations).toContain(`"'${shortName.replace(/"/g, '""')}"`);
    expect(organisations).toContain("'+SUM(1+1)");
    expect(organisations).toContain("'@sector");
    expect(organisations).not.toMatch(/(^|,)[=+@]/m);
    // Quoted newlines stay inside their field: two organisations, one header.
    const records = organisations.split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/).filter(Boolean);
    expect(records).toHaveLength(3);
  });

  it('gives a Cypher script that recreates the names exactly and runs no statement of theirs', async () => {
    const before = (await exportOf('json')).json();
    const script = (await exportOf('cypher')).body;
    await database.autoCommit('MATCH (n) DETACH DELETE n');
    const statements = script.split(/;\s*\n/).map((s) => s.split('\n').filter((line) => !line.startsWith('//')).join('\n').trim()).filter(Boolean);
    for (const statement of statements) await database.autoCommit(statement);
    // The script carries no network key: loaded into an empty database, its organisations join the default network
    // at the next schema setup, as in `npm start`.
    await applySchema(database, loadQueries());
    const after = (await exportOf('json')).json();
    // Degrees count ties in the whole database, and only these two organisations were re-created.
    const withoutDegree = (nodes: { degree?: number }[]) => nodes.map(({ degree: _degree, ...node }) => node);
    expect(withoutDegree(after.nodes)).toEqual(withoutDegree(before.nodes));
    expect(after.links).toEqual(before.links);
    expect(after.nodes.find((node: { id: string }) => node.id === 'hostile-org')).toMatchObject({ name, shortName, description, city });
    expect(after.links[0].evidence[0].quote).toBe(quote);
  });

  it('serves hostile names as JSON data, never as a page', async () => {
    const response = await app.inject('/api/organisations/hostile-org');
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.json().name).toBe(name);
  });
});

describe('script injection into the page', () => {
  const directives = (header: string | string[] | number | undefined) =>
    new Map(String(header).split(';').map((part) => part.trim().split(/\s+/)).map(([key, ...values]) => [key!, values]));

  it('sends a Content-Security-Policy that allows only our own scripts, on pages, API answers and errors alike', async () => {
    for (const url of ['/', '/api/meta', '/api/organisations/nobody', '/no-such-page']) {
      const csp = directives((await app.inject(url)).headers['content-security-policy']);
      expect(csp.get('default-src'), url).toEqual(["'self'"]);
      expect(csp.get('script-src'), url).toEqual(["'self'"]);
      expect(csp.get('script-src-attr'), url).toEqual(["'none'"]);
      expect(csp.get('object-src'), url).toEqual(["'none'"]);
      expect(csp.get('frame-ancestors'), url).toEqual(["'none'"]);
      expect(csp.get('img-src'), url).toEqual(["'self'", 'data:', 'blob:']);
    }
  });

  it('relaxes only styles on /docs (Swagger UI), never scripts', async () => {
    const csp = directives((await app.inject('/docs/')).headers['content-security-policy']);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toContain("'unsafe-inline'");
  });

  it.skipIf(!existsSync('dist/client/index.html'))('serves a built page with no inline script or event handler to allow', () => {
    const html = readFileSync('dist/client/index.html', 'utf8');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  });
});
