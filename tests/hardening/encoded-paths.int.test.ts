// Guards and deadlines go by the route the router matched, not by the URL's text (issue 17 #2): `/%61pi/meta` is
// /api/meta, so with READS_REQUIRE_TOKEN it needs a token too, and a read spelled that way still has its deadline.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp, type AppInstance } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { AUTH, TOKEN } from '../curation/curation-app.ts';
import { connectTestDatabase, resetToSeed, testDatabaseSettings } from '../support/test-database.ts';

const apps: AppInstance[] = [];
const appWith = async (env: Record<string, string>) => {
  const settings = testDatabaseSettings();
  const config = loadConfig({ NEO4J_URI: settings.uri, API_TOKEN: TOKEN, RATE_LIMIT_MAX: '0', MEASURES_RECOMPUTE_AFTER_MS: '0', ...env });
  const app = await buildApp({ ...config, neo4j: { ...settings, queryTimeoutMs: config.neo4j.queryTimeoutMs } }, { logger: false });
  apps.push(app);
  return app;
};
beforeAll(async () => {
  const database = connectTestDatabase();
  await resetToSeed(database);
  await database.close();
});
afterAll(() => Promise.all(apps.map((app) => app.close())));

const ENCODED_READS = [
  '/%61pi/meta',
  '/%61pi/organisations?q=leeds',
  '/%61pi/organisations/leeds-teaching-hospitals',
  '/%61pi/graph',
  '/%61pi/export?format=json',
  '/%61pi/paths?from=leeds-teaching-hospitals&to=leeds-beckett-university',
  '/%61pi/organisations/leeds-teaching-hospitals/history',
  '/%61%70%69/changes?from=2018&to=2021',
  '/api/%6Deta',
];

it('needs a token for every percent-encoded spelling of an /api read under READS_REQUIRE_TOKEN', async () => {
  const app = await appWith({ READS_REQUIRE_TOKEN: 'true' });
  for (const url of ENCODED_READS) {
    const anonymous = await app.inject({ method: 'GET', url });
    expect(anonymous.statusCode, url).toBe(401);
    expect((await app.inject({ method: 'GET', url, headers: AUTH })).statusCode, url).toBe(200);
  }
  // The health check stays open, however it is spelled.
  expect((await app.inject({ method: 'GET', url: '/%61pi/health' })).statusCode).toBe(200);
});

it('gives a read spelled with percent-encoding the same deadline (504) as any other read', async () => {
  const app = await appWith({ QUERY_TIMEOUT_MS: '100' });
  // A read that hangs for longer than the deadline (QUERY_TIMEOUT_MS + 5 s), as one on a frozen database does.
  app.get('/api/hardening/hang', () => new Promise((resolve) => setTimeout(() => resolve({ late: true }), 8_000)));
  const response = await app.inject({ method: 'GET', url: '/%61pi/hardening/hang' });
  expect(response.statusCode).toBe(504);
  expect(response.json()).toMatchObject({ statusCode: 504, error: 'Gateway Timeout' });
}, 20_000);
