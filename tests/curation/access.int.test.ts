// Who may write: 403 while no token is configured (and /api/health says so), 401 without or with a wrong token,
// token names recorded as actors, reads optionally closed, and tokens never in responses or logs.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppInstance } from '../../server/app.ts';
import { connectTestDatabase, resetToSeed, testDatabaseSettings } from '../support/test-database.ts';
import { AUTH, TOKEN, createCurationApp, requests } from './curation-app.ts';

const ALICE = 'alice-secret-token-0123456789';
const apps: AppInstance[] = [];
const open = async (env: Record<string, string> = {}) => {
  const app = await createCurationApp(env);
  apps.push(app);
  return { app, api: requests(app) };
};
const organisation = { name: 'Access Test Charity', kind: 'charity' };

beforeAll(async () => {
  const database = connectTestDatabase();
  await resetToSeed(database);
  await database.close();
});
afterAll(async () => {
  for (const app of apps) await app.close();
});

describe('without any token configured', () => {
  it('refuses every write with 403 and says so in /api/health, while reads stay open', async () => {
    const { api } = await open({ API_TOKEN: '' });
    expect((await api.get('/api/health')).body.writesEnabled).toBe(false);
    for (const [method, url] of [['post', '/api/organisations'], ['post', '/api/ties'], ['post', '/api/import?format=json'], ['patch', '/api/ties/x'], ['del', '/api/organisations/x']] as const) {
      const answer = method === 'del' ? await api.del(url) : await api[method](url, {});
      expect(answer, `${method} ${url}`).toEqual({ status: 403, body: { statusCode: 403, error: 'Forbidden', message: expect.stringMatching(/^Writes are disabled: set API_TOKEN/) } });
    }
    expect((await api.get('/api/organisations/leeds-teaching-hospitals')).status).toBe(200);
  });
});

describe('with API_TOKEN', () => {
  it('answers 401 with WWW-Authenticate to a missing or wrong token, before reading an upload', async () => {
    const { app } = await open();
    const missing = await app.inject({ method: 'POST', url: '/api/organisations', payload: organisation });
    expect(missing.statusCode).toBe(401);
    expect(missing.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(missing.json().message).toBe('Writes need a token: send Authorization: Bearer <token>');
    const wrong = await app.inject({ method: 'POST', url: '/api/organisations', payload: organisation, headers: { authorization: `Bearer ${TOKEN}x` } });
    expect(wrong.json()).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'The bearer token is not valid' });
    expect(wrong.body).not.toContain(TOKEN);
    const upload = await app.inject({ method: 'POST', url: '/api/import?format=json', payload: 'x'.repeat(4096), headers: { 'content-type': 'application/json' } });
    expect(upload.statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/health' })).json().writesEnabled).toBe(true);
  });
});

describe('with a tokens file', () => {
  it('records the token\'s name as the actor of each change', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tokens-')), 'tokens.json');
    writeFileSync(file, JSON.stringify({ alice: ALICE }));
    const { api } = await open({ API_TOKENS_FILE: file });
    const created = await api.post('/api/organisations', organisation, { authorization: `Bearer ${ALICE}` });
    expect(created.status).toBe(201);
    await api.patch(`/api/organisations/${created.body.id}`, { version: 1, city: 'Leeds' }, AUTH);
    const history = (await api.get(`/api/organisations/${created.body.id}/history`)).body.changes;
    expect(history.map((change: { actor: string; action: string }) => `${change.actor} ${change.action}`)).toEqual(['default update', 'alice create']);
    expect(JSON.stringify(history)).not.toContain(ALICE);
  });
});

describe('with READS_REQUIRE_TOKEN=true', () => {
  it('needs a token for every /api read but the health check', async () => {
    const { api } = await open({ READS_REQUIRE_TOKEN: 'true' });
    for (const url of ['/api/meta', '/api/organisations?q=leeds', '/api/graph', '/api/export?format=json', '/api/organisations/leeds-teaching-hospitals/history']) {
      expect((await api.get(url)).status, url).toBe(401);
      expect((await api.get(url, AUTH)).status, url).toBe(200);
    }
    expect((await api.get('/api/health')).status).toBe(200);
  });
});

describe('the OpenAPI document', () => {
  it('describes the write routes with bearer authentication', async () => {
    const { api } = await open();
    const document = (await api.get('/openapi.json')).body;
    expect(document.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    for (const [path, method] of [['/api/organisations', 'post'], ['/api/organisations/{id}', 'patch'], ['/api/organisations/{id}', 'delete'], ['/api/ties', 'post'],
      ['/api/ties/{id}', 'patch'], ['/api/ties/{id}/end', 'post'], ['/api/ties/{id}', 'delete'], ['/api/import', 'post']] as const) {
      expect(document.paths[path][method].security, `${method} ${path}`).toEqual([{ bearerAuth: [] }]);
    }
    expect(document.paths['/api/organisations/{id}/history'].get).toBeDefined();
    expect(document.paths['/api/organisations/{id}'].get.responses['200'].content['application/json'].schema.properties.version).toBeDefined();
  });
});

describe('the server\'s logs', () => {
  it('never show a token, even at trace level and on failed writes', async () => {
    const neo4j = testDatabaseSettings();
    const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: neo4j.password, PORT: '0', LOG_LEVEL: 'trace', API_TOKEN: TOKEN, RATE_LIMIT_MAX: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stdout.on('data', (chunk) => (output += chunk));
    server.stderr.on('data', (chunk) => (output += chunk));
    try {
      const address = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
        server.stdout.on('data', () => {
          const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]!);
          }
        });
      });
      const post = (token: string, body: unknown) => fetch(`${address}/api/organisations`, {
        method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
      });
      expect((await post(TOKEN, { name: 'Logged Charity', kind: 'charity' })).status).toBe(201);
      expect((await post(TOKEN, { name: 'Bad', kind: 'spaceship' })).status).toBe(400);
      expect((await post(ALICE, { name: 'Nope', kind: 'charity' })).status).toBe(401);
    } finally {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    }
    expect(output).toMatch(/incoming request/);
    expect(output).not.toContain(TOKEN);
    expect(output).not.toContain(ALICE);
  }, 60_000);
});
