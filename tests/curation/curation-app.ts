// For the curation integration tests: the real app with a write token (and any other settings), the seeded test
// Neo4j, and small request helpers.
import { afterAll, beforeAll } from 'vitest';
import { buildApp, type AppInstance } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { readBackup } from '../../scripts/backup-archive.ts';
import { connectTestDatabase, resetToSeed, testDatabaseSettings } from '../support/test-database.ts';

export const TOKEN = 'curation-test-token-0123456789';
export const AUTH = { authorization: `Bearer ${TOKEN}` };

/** `env` adds to or overrides the test settings; API_TOKEN: '' means no token at all. */
export async function createCurationApp(env: Record<string, string> = {}): Promise<AppInstance> {
  const neo4j = testDatabaseSettings();
  // Rate limits off: a test makes many requests from one address.
  const config = loadConfig({ NEO4J_URI: neo4j.uri, API_TOKEN: TOKEN, RATE_LIMIT_MAX: '0', MEASURES_RECOMPUTE_AFTER_MS: '0', ...env });
  return buildApp({ ...config, neo4j }, { logger: false });
}

/**
 * Registers the hooks of a file whose tests write through the API: the seed restored once before them, and one app
 * for them all (created in beforeAll, so `app()` and `api` are for use inside tests).
 */
export function useSeededCurationApp(): { app: () => AppInstance; api: Requests } {
  let created: AppInstance | undefined;
  beforeAll(async () => {
    const database = connectTestDatabase();
    await resetToSeed(database);
    await database.close();
    created = await createCurationApp();
  });
  afterAll(() => created?.close());
  const app = () => {
    if (!created) throw new Error('The curation app is created in beforeAll');
    return created;
  };
  return { app, api: requestsTo(app) };
}

export interface Answer {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- responses are checked field by field
}

export type Requests = ReturnType<typeof requestsTo>;

export function requests(app: AppInstance): Requests {
  return requestsTo(() => app);
}

// Looks the app up on every request, so a file can hold its `api` before beforeAll has created the app.
function requestsTo(app: () => AppInstance) {
  const send = async (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown, headers: Record<string, string> = AUTH): Promise<Answer> => {
    const response = await app().inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as string }) });
    return { status: response.statusCode, body: response.body ? response.json() : null };
  };
  return {
    get: (url: string, headers: Record<string, string> = {}) => send('GET', url, undefined, headers),
    post: (url: string, payload?: unknown, headers?: Record<string, string>) => send('POST', url, payload, headers),
    patch: (url: string, payload: unknown, headers?: Record<string, string>) => send('PATCH', url, payload, headers),
    del: (url: string, headers?: Record<string, string>) => send('DELETE', url, undefined, headers),
    /**
     * The database as a whole: the json export (what users see) and a backup (every property, sources, history),
     * minus timestamps. Equal snapshots mean an unchanged database.
     */
    async snapshot(): Promise<unknown> {
      const instance = app();
      const json = (await instance.inject({ method: 'GET', url: '/api/export?format=json' })).json();
      const backup = await readBackup(instance.database, instance.queries, 60_000, 'snapshot');
      return { json: { ...json, meta: { ...json.meta, generatedAt: null } }, backup };
    },
  };
}
