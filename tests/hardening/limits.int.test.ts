// Limits and headers: body sizes (413), per-IP rate limits (429 + Retry-After), query timeouts on a pathological
// path search (504, database still responsive), result caps, load shedding (503), CORS, security headers, and
// errors and logs that leak nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type AppInstance } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import type { Database } from '../../server/neo4j-connection.ts';
import { connectTestDatabase, resetToSeed, testDatabaseSettings } from '../support/test-database.ts';
import { addDenseGraph, PATHOLOGICAL_PATHS } from './dense-graph.ts';

let database: Database;
const apps: AppInstance[] = [];

/** The real app against the test database, with these environment variables. */
async function appWith(env: Record<string, string>, options: Parameters<typeof buildApp>[1] = { logger: false }): Promise<AppInstance> {
  const settings = testDatabaseSettings();
  const config = loadConfig({ NEO4J_URI: settings.uri, MEASURES_RECOMPUTE_AFTER_MS: '0', ...env });
  const app = await buildApp({ ...config, neo4j: { ...settings, queryTimeoutMs: config.neo4j.queryTimeoutMs } }, options);
  apps.push(app);
  return app;
}

beforeAll(async () => {
  database = connectTestDatabase();
  await resetToSeed(database);
  await addDenseGraph(database);
});
afterAll(async () => {
  await Promise.all(apps.map((app) => app.close()));
  await resetToSeed(database);
  await database.close();
});

/** The error body; a 400 about fields also lists them (`errors`). */
function isErrorBody(body: unknown, statusCode: number) {
  const { errors, ...rest } = body as { errors?: unknown };
  expect(rest).toEqual({ statusCode, error: expect.any(String), message: expect.any(String) });
  if (errors !== undefined) expect(errors).toEqual(expect.arrayContaining([{ field: expect.any(String), message: expect.any(String) }]));
}

describe('body size limits', () => {
  it('answers 413 with the JSON error body past 1 MB, and past 2 MB on POST /api/export', async () => {
    const app = await appWith({});
    app.post('/api/hardening/echo', async (request) => ({ size: JSON.stringify(request.body).length }));
    const small = await app.inject({ method: 'POST', url: '/api/hardening/echo', payload: { text: 'x'.repeat(1000) } });
    expect(small.statusCode).toBe(200);
    const large = await app.inject({ method: 'POST', url: '/api/hardening/echo', payload: { text: 'x'.repeat(1_100_000) } });
    expect(large.statusCode).toBe(413);
    isErrorBody(large.json(), 413);

    const ids = Array.from({ length: 12_000 }, (_, i) => `organisation-with-a-fairly-long-id-${i}`);
    const underTwo = await app.inject({ method: 'POST', url: '/api/export', payload: { format: 'json', ids: ids.slice(0, 3_000) } });
    expect(underTwo.statusCode).toBe(404); // read and checked, not refused for its size
    const overTwo = await app.inject({ method: 'POST', url: '/api/export', payload: { format: 'json', ids: [...ids, ...ids, ...ids, ...ids, ...ids] } });
    expect(overTwo.statusCode).toBe(413);
    isErrorBody(overTwo.json(), 413);
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After and the JSON error body past RATE_LIMIT_MAX a minute', async () => {
    const app = await appWith({ RATE_LIMIT_MAX: '5', RATE_LIMIT_STRICT_MAX: '2' });
    const remaining: unknown[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await app.inject('/api/meta');
      expect(response.statusCode).toBe(200);
      remaining.push(response.headers['x-ratelimit-remaining']);
    }
    expect(remaining).toEqual(['4', '3', '2', '1', '0']);
    const limited = await app.inject('/api/meta');
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    isErrorBody(limited.json(), 429);
    expect(limited.json().message).toMatch(/at most 5 a minute/);
  });

  it('gives paths and exports a stricter budget of their own', async () => {
    const app = await appWith({ RATE_LIMIT_MAX: '50', RATE_LIMIT_STRICT_MAX: '2' });
    const paths = '/api/paths?from=leeds-teaching-hospitals&to=university-of-leeds';
    expect((await app.inject(paths)).statusCode).toBe(200);
    expect((await app.inject(paths)).statusCode).toBe(200);
    const third = await app.inject(paths);
    expect(third.statusCode).toBe(429);
    expect(third.json().message).toMatch(/at most 2 a minute/);
    expect((await app.inject('/api/export?format=json&centre=leeds-teaching-hospitals')).statusCode).toBe(200);
    expect((await app.inject('/api/meta')).statusCode).toBe(200);
  });

  it('counts paths and exports toward the general budget too, never limits health, and gives the client\'s files more', async () => {
    const app = await appWith({ RATE_LIMIT_MAX: '3', RATE_LIMIT_STRICT_MAX: '2' });
    const paths = '/api/paths?from=leeds-teaching-hospitals&to=university-of-leeds';
    expect((await app.inject(paths)).statusCode).toBe(200);
    expect((await app.inject(paths)).statusCode).toBe(200);
    expect((await app.inject('/api/meta')).statusCode).toBe(200);
    // Two paths and one meta make the general three.
    expect((await app.inject('/api/meta')).statusCode).toBe(429);
    for (let i = 0; i < 10; i++) {
      expect((await app.inject('/api/health')).statusCode).toBe(200);
      expect((await app.inject('/')).statusCode).toBe(200);
    }
  });

  it('is off with RATE_LIMIT_MAX=0 (benchmarks, soak)', async () => {
    const app = await appWith({ RATE_LIMIT_MAX: '0' });
    for (let i = 0; i < 150; i++) {
      const response = await app.inject('/api/health');
      expect(response.statusCode).toBe(200);
      expect(response.headers['x-ratelimit-limit']).toBeUndefined();
    }
  });
});

describe('query timeouts and result caps', () => {
  it('stops a pathological path search with 504 in bounded time, and the database stays responsive', async () => {
    const app = await appWith({ QUERY_TIMEOUT_MS: '1000', RATE_LIMIT_MAX: '0' });
    const started = Date.now();
    const response = await app.inject(PATHOLOGICAL_PATHS);
    const took = Date.now() - started;
    expect(response.statusCode).toBe(504);
    isErrorBody(response.json(), 504);
    expect(response.json().message).toMatch(/too long|in time/);
    // QUERY_TIMEOUT_MS, Neo4j's check interval, and the request deadline (QUERY_TIMEOUT_MS + 5 s) at worst.
    expect(took).toBeLessThan(8_000);

    const afterwards = Date.now();
    expect((await app.inject('/api/organisations/leeds-teaching-hospitals')).statusCode).toBe(200);
    expect((await app.inject('/api/health')).statusCode).toBe(200);
    expect(Date.now() - afterwards).toBeLessThan(3_000);
  });

  it('caps result sizes with GRAPH_DEFAULT_LIMIT and GRAPH_MAX_LIMIT', async () => {
    const app = await appWith({ GRAPH_DEFAULT_LIMIT: '50', GRAPH_MAX_LIMIT: '100' });
    const whole = (await app.inject('/api/graph')).json();
    expect(whole.nodes.length).toBeLessThanOrEqual(50);
    expect(whole.truncated).toBe(true);
    const deep = (await app.inject('/api/graph?centre=dense-0&depth=4&limit=100')).json();
    expect(deep.nodes.length).toBeLessThanOrEqual(100);
    expect(deep.truncated).toBe(true);
    const tooMany = await app.inject('/api/graph?limit=101');
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().message).toMatch(/at most 100/);
    const ids = Array.from({ length: 101 }, (_, i) => `dense-${i}`).join(',');
    expect((await app.inject(`/api/export?format=json&ids=${ids}`)).statusCode).toBe(400);
  });
});

describe('load shedding', () => {
  it('answers 503 with Retry-After once the heap passes its limit, but keeps /api/health answering', async () => {
    const app = await appWith({ PRESSURE_MAX_HEAP_MB: '1' });
    expect((await app.inject('/api/meta')).statusCode).toBe(200);
    // under-pressure samples memory once a second.
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    const shed = await app.inject('/api/meta');
    expect(shed.statusCode).toBe(503);
    expect(shed.headers['retry-after']).toBe('10');
    isErrorBody(shed.json(), 503);
    expect(shed.json().message).toMatch(/too busy/);
    const health = await app.inject('/api/health');
    expect(health.statusCode).toBe(200);
    expect(health.json().status).toBe('ok');
  });
});

describe('headers, CORS and what errors reveal', () => {
  it('sends the security headers and no X-Powered-By', async () => {
    const app = await appWith({});
    const { headers } = await app.inject('/api/meta');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(headers['x-powered-by']).toBeUndefined();
  });

  it('keeps CORS off unless CORS_ORIGINS lists the origin', async () => {
    const closed = await appWith({});
    const foreign = await closed.inject({ url: '/api/meta', headers: { origin: 'http://elsewhere.example' } });
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await closed.inject({ method: 'OPTIONS', url: '/api/meta', headers: { origin: 'http://elsewhere.example', 'access-control-request-method': 'GET' } });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();

    const open = await appWith({ CORS_ORIGINS: 'http://allowed.example, http://also.example' });
    const allowed = await open.inject({ url: '/api/meta', headers: { origin: 'http://allowed.example' } });
    expect(allowed.headers['access-control-allow-origin']).toBe('http://allowed.example');
    const other = await open.inject({ url: '/api/meta', headers: { origin: 'http://elsewhere.example' } });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const allowedPreflight = await open.inject({ method: 'OPTIONS', url: '/api/export', headers: { origin: 'http://also.example', 'access-control-request-method': 'POST' } });
    expect(allowedPreflight.statusCode).toBe(204);
    expect(allowedPreflight.headers['access-control-allow-methods']).toContain('POST');
  });

  it('answers 405 with Allow for a method a path does not have', async () => {
    const app = await appWith({});
    const response = await app.inject({ method: 'DELETE', url: '/api/graph' });
    expect(response.statusCode).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD');
    isErrorBody(response.json(), 405);
  });

  it('never sends a stack trace, a driver message or a Cypher error to the client', async () => {
    const app = await appWith({});
    app.get('/api/hardening/boom', async () => {
      throw new Error('bolt://neo4j:partnership-graph@127.0.0.1 exploded at server/secret.ts:12');
    });
    app.get('/api/hardening/bad-cypher', () => app.database.read((tx) => tx.run('MATCH (n RETURN n')));
    app.get('/api/hardening/bad-parameter', () => app.database.read((tx) => tx.run('RETURN range(0, $n)', { n: 'not a number' })));
    for (const url of ['/api/hardening/boom', '/api/hardening/bad-cypher', '/api/hardening/bad-parameter']) {
      const response = await app.inject(url);
      expect(response.statusCode, url).toBe(500);
      expect(response.json(), url).toEqual({ statusCode: 500, error: 'Internal Server Error', message: 'Something went wrong on the server.' });
    }
  });

  it('redacts tokens from the logs', async () => {
    const lines: string[] = [];
    const app = await appWith({ LOG_LEVEL: 'info' }, { logger: { level: 'info', stream: { write: (line) => void lines.push(line) } } });
    // A route that logs its request headers, as a careless handler might.
    app.get('/api/hardening/log-headers', async (request) => {
      request.log.info({ headers: request.headers }, 'headers');
      return { ok: true };
    });
    await app.inject({ url: '/api/hardening/log-headers', headers: { authorization: 'Bearer sekrit-token-1234567890', cookie: 'session=sekrit-cookie' } });
    const log = lines.join('');
    expect(log).toContain('headers');
    expect(log).toContain('[Redacted]');
    expect(log).not.toContain('sekrit');
  });
});
