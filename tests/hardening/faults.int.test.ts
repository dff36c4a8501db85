// A database that goes away, in every way we could make it: held locks, frozen (SIGSTOP), stopped mid-request,
// killed (SIGKILL) and restarted. The API answers 503/504 with a clear message in bounded time, never crashes,
// reconnects by itself, and shutting down (app.close(), SIGTERM to server/main.ts) lets in-flight requests finish.
// Uses its own local Neo4j on its own port, so stopping it does not disturb the other tests.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type AppInstance } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { loadQueries } from '../../server/cypher/query-store.ts';
import { createDatabase, waitForDatabase, type Database } from '../../server/neo4j-connection.ts';
import { applySchema } from '../../server/schema-setup.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../neo4j/local-neo4j.ts';
import { loadDataset } from '../../seed/dataset.ts';
import { resetDatabase, seedNetwork } from '../../seed/seed-loader.ts';
import { addDenseGraph, PATHOLOGICAL_PATHS } from './dense-graph.ts';

// Its own port (TEST_FAULT_NEO4J_BOLT_PORT), so runs in several checkouts at once do not stop each other's Neo4j.
const BOLT_PORT = process.env.TEST_FAULT_NEO4J_BOLT_PORT ?? '7691';
const QUERY_TIMEOUT_MS = 3_000;
const env = {
  NEO4J_BOLT_PORT: BOLT_PORT,
  NEO4J_DATA_DIR: '.data/neo4j-faults-test',
  NEO4J_HEAP: '384m',
  NEO4J_PAGECACHE_MB: '16',
  QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS),
  RATE_LIMIT_MAX: '0',
};
const config = loadConfig(env);
const start = () => startLocalNeo4j({ ...config.localNeo4j, password: config.neo4j.password, log: () => {} });

let neo4j: LocalNeo4j | undefined;
let app: AppInstance;
/** A second connection, playing another client of the same database. */
let other: Database;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function timed<T>(work: Promise<T>): Promise<[T, number]> {
  const started = Date.now();
  const value = await work;
  return [value, Date.now() - started];
}
async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await sleep(250);
  }
  return Date.now() - started;
}
const healthy = async () => (await app.inject('/api/health')).statusCode === 200;

/** The error bodies a client sees while the database is away: a clear sentence, no driver text. */
function expectUnavailable(response: { statusCode: number; json(): { message: string } }) {
  expect([503, 504]).toContain(response.statusCode);
  expect(response.json().message).toMatch(/database|too long|in time|busy/i);
  expect(response.json().message).not.toMatch(/Neo\.|bolt:|driver|Cypher/);
}

beforeAll(async () => {
  neo4j = await start();
  const seeding = createDatabase(config.neo4j);
  await waitForDatabase(seeding, 30_000);
  const queries = loadQueries();
  await resetDatabase(seeding, queries);
  await applySchema(seeding, queries);
  await seedNetwork(seeding, queries, loadDataset());
  await addDenseGraph(seeding);
  await seeding.close();
  other = createDatabase(config.neo4j);
  app = await buildApp(config, { logger: false });
  // A write route like the curation API's: it needs the write lock on one organisation.
  app.post<{ Params: { id: string } }>('/api/hardening/touch/:id', async (request) => {
    await app.database.write((tx) => tx.run('MATCH (o:Organisation {id: $id}) SET o.touchedAt = timestamp()', { id: request.params.id }), 1_500);
    return { touched: request.params.id };
  });
  expect(await healthy()).toBe(true);
}, 120_000);

afterAll(async () => {
  await app?.close();
  await other?.close();
  await neo4j?.stop();
}, 60_000);

/** Opens a write transaction that locks one organisation and keeps it until released. */
async function holdLock(id: string): Promise<{ release(): Promise<void> }> {
  const session = other.driver.session({ database: config.neo4j.database });
  const tx = session.beginTransaction({ timeout: 60_000 });
  await tx.run('MATCH (o:Organisation {id: $id}) SET o.lockedBy = "faults test"', { id });
  return {
    async release() {
      await tx.rollback();
      await session.close();
    },
  };
}

describe('a slow database: another transaction holds a lock', () => {
  it('answers the writer that needs the lock 503/504 in bounded time, while readers carry on', async () => {
    const lock = await holdLock('university-of-leeds');
    try {
      const [read, readTook] = await timed(app.inject('/api/organisations/university-of-leeds'));
      expect(read.statusCode).toBe(200);
      // Readers never wait for a writer's lock (bounds here are loose: the test machine is shared and busy).
      expect(readTook).toBeLessThan(5_000);

      const [write, writeTook] = await timed(app.inject({ method: 'POST', url: '/api/hardening/touch/university-of-leeds' }));
      expectUnavailable(write);
      // The 1.5 s transaction timeout, then the driver's retries of a transient error (3 s at most).
      expect(writeTook).toBeLessThan(10_000);
    } finally {
      await lock.release();
    }
    expect((await app.inject({ method: 'POST', url: '/api/hardening/touch/university-of-leeds' })).statusCode).toBe(200);
  });
});

describe('graceful shutdown', () => {
  it('app.close() lets an in-flight request finish before it resolves, and refuses new ones', async () => {
    const draining = await buildApp(config, { logger: false });
    draining.post('/api/hardening/touch/:id', async (request) => {
      const { id } = request.params as { id: string };
      await draining.database.write((tx) => tx.run('MATCH (o:Organisation {id: $id}) SET o.touchedAt = timestamp()', { id }), 10_000);
      return { touched: id };
    });
    const address = await draining.listen({ host: '127.0.0.1', port: 0 });
    const lock = await holdLock('leeds-beckett-university');
    const inFlight = fetch(`${address}/api/hardening/touch/leeds-beckett-university`, { method: 'POST' });
    await sleep(500);
    let closedAt = 0;
    const closing = draining.close().then(() => { closedAt = Date.now(); });
    await sleep(500);
    await expect(fetch(`${address}/api/health`)).rejects.toThrow();
    await lock.release();
    const response = await inFlight;
    const answeredAt = Date.now();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ touched: 'leeds-beckett-university' });
    await closing;
    expect(closedAt).toBeGreaterThanOrEqual(answeredAt - 50);
  });

  it('SIGTERM to server/main.ts drains in-flight requests and exits 0, logging no token', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, ...env, NEO4J_URI: config.neo4j.uri, PORT: '0', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    const exited = once(child, 'exit');
    try {
      await until(async () => /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.test(output), 30_000);
      const address = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)![1]!;
      const headers = { authorization: 'Bearer faults-test-token-0123456789' };
      expect((await fetch(`${address}/api/meta`, { headers })).status).toBe(200);
      // A request that takes QUERY_TIMEOUT_MS to answer (504), in flight when the signal arrives.
      const inFlight = fetch(`${address}${PATHOLOGICAL_PATHS}`, { headers });
      await sleep(500);
      child.kill('SIGTERM');
      const response = await inFlight;
      expect([200, 504]).toContain(response.status);
      const [code] = await exited;
      expect(code).toBe(0);
      expect(output).not.toContain('faults-test-token');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 60_000);
});

describe('a frozen database (SIGSTOP)', () => {
  it('answers reads and health 503 *down* within about a second, and recovers when it resumes', async () => {
    process.kill(neo4j!.pid, 'SIGSTOP');
    try {
      const [[read, health], took] = await timed(Promise.all([
        app.inject('/api/organisations/leeds-teaching-hospitals'),
        app.inject('/api/health'),
      ]));
      console.log(`frozen database: a read answered ${read.statusCode} and health ${health.statusCode} within ${took} ms`);
      // Down, not busy: the database probe got no handshake.
      expect(read.statusCode).toBe(503);
      expect(read.json().message).toMatch(/database is not answering/);
      expect(read.headers['retry-after']).toBe('5');
      expect(health.statusCode).toBe(503);
      expect(health.json().status).toBe('unavailable');
      // About a second (a 300 ms wait, then a 700 ms handshake timeout); the bound is loose for a busy shared machine.
      expect(took).toBeLessThan(3_000);
    } finally {
      process.kill(neo4j!.pid, 'SIGCONT');
    }
    await until(healthy, 20_000);
    expect((await app.inject('/api/organisations/leeds-teaching-hospitals')).statusCode).toBe(200);
  }, 40_000);
});

describe('a database stopped or killed mid-request', () => {
  it('answers an in-flight request 503/504 when Neo4j is stopped, and 503 quickly while it is away', async () => {
    const inFlight = timed(app.inject(PATHOLOGICAL_PATHS));
    await sleep(700);
    const stopping = neo4j!.stop();
    const [response, took] = await inFlight;
    expectUnavailable(response);
    expect(took).toBeLessThan(QUERY_TIMEOUT_MS + 7_000);
    await stopping;

    const [away, awayTook] = await timed(app.inject('/api/organisations?q=leeds'));
    expect(away.statusCode).toBe(503);
    // Refused connections: the database probe (or the driver, whichever is first) says it is down.
    expect(away.json()).toEqual({ statusCode: 503, error: 'Service Unavailable', message: expect.stringMatching(/^The database is (unavailable|not answering)/) });
    // Refused connections are retried for the driver's 3 s retry time, within its 5 s acquisition timeout.
    expect(awayTook).toBeLessThan(12_000);
    expect((await app.inject('/api/health')).statusCode).toBe(503);
  }, 60_000);

  it('reconnects by itself when it is back, survives a SIGKILL mid-request, and reconnects again', async () => {
    neo4j = await start();
    await until(healthy, 30_000);
    // The first reads meet a cold store (and, on a busy machine, can pass the 3 s timeout): recovered means they
    // answer again by themselves, without restarting the app.
    await until(async () => (await app.inject('/api/graph?centre=leeds-teaching-hospitals&depth=2')).statusCode === 200, 30_000);

    const inFlight = timed(app.inject(PATHOLOGICAL_PATHS));
    await sleep(700);
    process.kill(neo4j.pid, 'SIGKILL');
    const [response, took] = await inFlight;
    expectUnavailable(response);
    expect(took).toBeLessThan(QUERY_TIMEOUT_MS + 7_000);
    expect((await app.inject('/api/meta')).statusCode).toBe(503);

    // Restarted on the same data: Neo4j recovers its store, the app's driver reconnects without a restart.
    neo4j = await start();
    await until(healthy, 30_000);
    await until(async () => (await app.inject('/api/organisations?q=WYAAT')).statusCode === 200, 30_000);
    const search = await app.inject('/api/organisations?q=WYAAT');
    expect(search.json().results[0].id).toBeTruthy();
  }, 150_000);
});
