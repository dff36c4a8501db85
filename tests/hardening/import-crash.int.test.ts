// The real crash of issue #17: Neo4j is SIGKILLed after the first batch of a multi-batch import. The client is told
// the import id and how far it got; after a restart the import record says the same; resuming with the same file
// completes it (counts equal a clean import), and in a second run rolling back returns the counts from before.
// Uses its own local Neo4j (TEST_FAULT_NEO4J_BOLT_PORT), since it kills it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type AppInstance } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { loadQueries } from '../../server/cypher/query-store.ts';
import { createDatabase, waitForDatabase, type Database } from '../../server/neo4j-connection.ts';
import { applySchema } from '../../server/schema-setup.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../neo4j/local-neo4j.ts';
import { loadDataset } from '../../seed/dataset.ts';
import { resetDatabase, seedNetwork } from '../../seed/seed-loader.ts';

const BOLT_PORT = process.env.TEST_FAULT_NEO4J_BOLT_PORT ?? '7691';
const TOKEN = 'import-crash-test-token-0123456789';
const AUTH = { authorization: `Bearer ${TOKEN}` };
const BATCH_ROWS = 1_000;
const ORGANISATIONS = 1_500;
const env = {
  NEO4J_BOLT_PORT: BOLT_PORT,
  NEO4J_DATA_DIR: '.data/neo4j-import-crash-test',
  NEO4J_HEAP: '384m',
  NEO4J_PAGECACHE_MB: '32',
  RATE_LIMIT_MAX: '0',
  API_TOKEN: TOKEN,
  IMPORT_BATCH_ROWS: String(BATCH_ROWS),
};
const config = loadConfig(env);
const start = () => startLocalNeo4j({ ...config.localNeo4j, password: config.neo4j.password, log: () => {} });

let neo4j: LocalNeo4j | undefined;
let app: AppInstance;
/** Another client of the same database: it watches the import record and counts. */
let watcher: Database;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (!(await condition().catch(() => false))) {
    if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await sleep(250);
  }
}

/** 1,500 new organisations and 4,500 ties among them: 6,000 changes, six batches of 1,000. */
const FILE = JSON.stringify({
  nodes: Array.from({ length: ORGANISATIONS }, (_, i) => ({ id: `crash-${i}`, name: `Crash Test Charity ${i}`, kind: 'charity' })),
  links: Array.from({ length: ORGANISATIONS }, (_, i) => [1, 2, 3].map((step) => ({
    type: 'PARTNER_OF', source: `crash-${i}`, target: `crash-${(i + step) % ORGANISATIONS}`,
    evidence: [{ source: 'ltht-partners', quote: 'We work closely with our local partners' }],
  }))).flat(),
});

async function counts(): Promise<{ organisations: number; ties: number; changes: number }> {
  const result = await watcher.read((tx) => tx.run(
    'MATCH (o:Organisation) WITH count(o) AS organisations ' +
    'CALL { MATCH ()-[r]->() WHERE r.id IS NOT NULL RETURN count(r) AS ties } ' +
    'CALL { MATCH (c:Change) RETURN count(c) AS changes } RETURN organisations, ties, changes'));
  const record = result.records[0]!;
  return { organisations: Number(record.get('organisations')), ties: Number(record.get('ties')), changes: Number(record.get('changes')) };
}

const post = (url: string, payload?: string) =>
  app.inject({ method: 'POST', url, ...(payload ? { payload, headers: { ...AUTH, 'content-type': 'application/json' } } : { headers: AUTH }) });
const healthy = async () => (await app.inject('/api/health')).statusCode === 200;

/** Starts the import, SIGKILLs Neo4j as soon as its record says one batch is done, and restarts Neo4j. */
async function crashMidImport(): Promise<{ status: number; body: { importId: string; message: string; import: { batchesDone: number; batchesTotal: number } } }> {
  const answer = post('/api/import?format=json', FILE);
  await until(async () => {
    const result = await watcher.read((tx) => tx.run('MATCH (i:Import {state: "running"}) RETURN max(i.batchesDone) AS done'));
    return Number(result.records[0]?.get('done') ?? 0) >= 1;
  }, 120_000);
  process.kill(neo4j!.pid, 'SIGKILL');
  const response = await answer;
  neo4j = await start();
  await until(healthy, 60_000);
  return { status: response.statusCode, body: response.json() };
}

beforeAll(async () => {
  neo4j = await start();
  const seeding = createDatabase(config.neo4j);
  await waitForDatabase(seeding, 60_000);
  const queries = loadQueries();
  await resetDatabase(seeding, queries);
  await applySchema(seeding, queries);
  await seedNetwork(seeding, queries, loadDataset());
  await seeding.close();
  watcher = createDatabase(config.neo4j);
  app = await buildApp(config, { logger: false });
}, 180_000);

afterAll(async () => {
  await app?.close();
  await watcher?.close();
  await neo4j?.stop();
}, 60_000);

describe('a multi-batch import interrupted by SIGKILL of Neo4j', () => {
  it('tells the client how far it got, shows it after the restart, and a resume completes it like a clean import', async () => {
    const before = await counts();
    const dry = (await post('/api/import?format=json&dryRun=true', FILE)).json();
    expect(dry.summary).toMatchObject({ organisations: { create: ORGANISATIONS }, ties: { create: 3 * ORGANISATIONS } });
    const clean = { organisations: before.organisations + dry.summary.organisations.create, ties: before.ties + dry.summary.ties.create };

    const crashed = await crashMidImport();
    console.log(`import crash: answer ${crashed.status}: ${crashed.body.message}`);
    expect(crashed.status).toBe(503);
    const { importId } = crashed.body;
    expect(crashed.body.import).toMatchObject({ id: importId, state: 'failed', batchesTotal: 6 });
    const record = (await app.inject(`/api/imports/${importId}`)).json();
    const partial = await counts();
    console.log(`import crash: before ${JSON.stringify(before)}, after the crash ${JSON.stringify(partial)}, record ${JSON.stringify(record)}`);
    expect(record).toMatchObject({ state: 'failed', batchesTotal: 6, rowsTotal: 6 * BATCH_ROWS, rows: record.batchesDone * BATCH_ROWS, error: expect.stringMatching(/interrupted/) });
    expect(record.batchesDone).toBeGreaterThanOrEqual(crashed.body.import.batchesDone);
    expect(record.batchesDone).toBeGreaterThanOrEqual(1);
    expect(record.batchesDone).toBeLessThan(6);
    // What the record says is what is in the database: whole batches, organisations first.
    expect(partial.organisations - before.organisations + partial.ties - before.ties).toBe(record.rows);

    expect((await post(`/api/imports/${importId}/resume`, FILE.replace('Crash Test Charity 7"', 'Other Charity 7"'))).statusCode).toBe(409);
    const resumed = await post(`/api/imports/${importId}/resume`, FILE);
    expect(resumed.statusCode).toBe(200);
    expect(resumed.json()).toMatchObject({ importId, committed: true, batches: 6 - record.batchesDone });
    expect((await app.inject(`/api/imports/${importId}`)).json()).toMatchObject({ state: 'done', batchesDone: 6, batchesTotal: 6, rows: 6 * BATCH_ROWS });
    const completed = await counts();
    console.log(`import crash: after the resume ${JSON.stringify(completed)}; a clean import gives ${JSON.stringify(clean)}`);
    expect({ organisations: completed.organisations, ties: completed.ties }).toEqual(clean);
    // One history entry per change, none twice.
    expect(completed.changes - before.changes).toBe(6 * BATCH_ROWS);

    // Rolling back the completed import returns the counts from before too.
    const rolledBack = await post(`/api/imports/${importId}/rollback`);
    expect(rolledBack.json()).toMatchObject({ import: { state: 'rolled-back' }, organisations: { deleted: ORGANISATIONS }, ties: { deleted: 3 * ORGANISATIONS } });
    expect(await counts()).toMatchObject({ organisations: before.organisations, ties: before.ties });
  }, 600_000);

  it('in a second run, a rollback of the interrupted import returns the database to the counts before it', async () => {
    const before = await counts();
    const crashed = await crashMidImport();
    expect(crashed.status).toBe(503);
    const { importId } = crashed.body;
    const partial = await counts();
    const record = (await app.inject(`/api/imports/${importId}`)).json();
    console.log(`import crash, second run: before ${JSON.stringify(before)}, after the crash ${JSON.stringify(partial)} (${record.batchesDone} of ${record.batchesTotal} batches)`);
    expect(partial.organisations).toBeGreaterThan(before.organisations);

    const rolledBack = await post(`/api/imports/${importId}/rollback`);
    expect(rolledBack.statusCode).toBe(200);
    expect(rolledBack.json().import).toMatchObject({ state: 'rolled-back', batchesDone: record.batchesDone });
    const after = await counts();
    console.log(`import crash, second run: after the rollback ${JSON.stringify(after)}`);
    expect({ organisations: after.organisations, ties: after.ties }).toEqual({ organisations: before.organisations, ties: before.ties });
    expect((await post(`/api/imports/${importId}/resume`, FILE)).statusCode).toBe(409);
  }, 600_000);
});
