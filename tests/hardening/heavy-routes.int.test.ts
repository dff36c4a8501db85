// A concurrency budget for heavy routes (issue 17 #3): 50 concurrent whole-network exports from one client give
// some 200s and, for the excess, a fast 503 + Retry-After saying *busy* — never a 504, never "unavailable" — while a
// light read still answers.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp, type AppInstance } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import type { Database } from '../../server/neo4j-connection.ts';
import { connectTestDatabase, resetToSeed, testDatabaseSettings } from '../support/test-database.ts';
import { addDenseGraph } from './dense-graph.ts';

let database: Database;
let app: AppInstance;
let base: string;
beforeAll(async () => {
  database = connectTestDatabase();
  await resetToSeed(database);
  await addDenseGraph(database, 1_500, 2);
  const settings = testDatabaseSettings();
  app = await buildApp({ ...loadConfig({ NEO4J_URI: settings.uri, RATE_LIMIT_MAX: '0', MEASURES_RECOMPUTE_AFTER_MS: '0' }), neo4j: settings }, { logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await app.close();
  await resetToSeed(database);
  await database.close();
});

it('answers 50 concurrent whole-network exports with 200 or a busy 503 + Retry-After, and a light read meanwhile', async () => {
  // One alone first, so the figures below are of a warm database (and for comparison).
  const started = performance.now();
  await (await fetch(`${base}/api/export?format=json&limit=5000`)).text();
  console.info(`one export alone: ${Math.round(performance.now() - started)} ms`);
  const exports = Array.from({ length: 50 }, async () => {
    const started = performance.now();
    const response = await fetch(`${base}/api/export?format=json&limit=5000`);
    const body = await response.text();
    return { status: response.status, retryAfter: response.headers.get('retry-after'), body, ms: performance.now() - started };
  });
  const light = await fetch(`${base}/api/organisations/leeds-teaching-hospitals`);
  const answers = await Promise.all(exports);

  const ok = answers.filter((answer) => answer.status === 200);
  const busy = answers.filter((answer) => answer.status === 503);
  const slowest = (list: typeof answers) => Math.round(Math.max(0, ...list.map((answer) => answer.ms)));
  console.info(`50 concurrent exports: ${ok.length} succeeded (slowest ${slowest(ok)} ms), ${busy.length} busy (slowest ${slowest(busy)} ms), ` +
    `others: ${answers.filter((answer) => answer.status !== 200 && answer.status !== 503).map((answer) => answer.status).join(', ') || 'none'}`);
  console.info(`a light read meanwhile: ${light.status}`);
  expect(light.status).toBe(200);
  expect(ok.length + busy.length).toBe(50);
  // HEAVY_CONCURRENCY (4) run at once and HEAVY_QUEUE (16) wait: the excess is turned away.
  expect(ok.length).toBeGreaterThanOrEqual(4);
  expect(busy.length).toBeGreaterThan(0);
  for (const answer of busy) {
    expect(answer.retryAfter).toMatch(/^\d+$/);
    expect(JSON.parse(answer.body)).toMatchObject({ statusCode: 503, message: expect.stringMatching(/busy/) });
  }
  expect(JSON.parse(ok[0]!.body).nodes.length).toBeGreaterThan(1_500);
}, 120_000);
