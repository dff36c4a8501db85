// For read-only integration tests: the seeded network reset once per file, the app, and a GET helper (status + JSON).
import { afterAll, beforeAll } from 'vitest';
import type { AppInstance } from '../../server/app.ts';
import { createTestApp } from './test-app.ts';
import { connectTestDatabase, resetToSeed } from './test-database.ts';

export function useSeededReadApp() {
  let app: AppInstance;
  beforeAll(async () => {
    const database = connectTestDatabase();
    await resetToSeed(database);
    await database.close();
    app = await createTestApp();
  });
  afterAll(() => app.close());
  const get = async (url: string) => {
    const response = await app.inject({ method: 'GET', url });
    return { status: response.statusCode, body: response.json() };
  };
  return { get, app: () => app };
}
