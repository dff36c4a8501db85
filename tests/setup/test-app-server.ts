// Vitest global setup for e2e: builds the client, seeds the test Neo4j and serves the real app on a free port.
// Runs after test-database.ts, whose database settings it reads from the provided context.
import type { TestProject } from 'vitest/node';
import { buildApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { createDatabase } from '../../server/neo4j-connection.ts';
import { ensureClientBuilt } from '../../scripts/client-build.ts';
import { resetToSeed } from '../support/test-database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    apiToken: string;
  }
}

/** The write token of the e2e server (the curation tests sign in with it). */
const API_TOKEN = 'e2e-token-for-browser-tests';

export default async function setup(project: TestProject) {
  const neo4j = project.getProvidedContext().neo4j;
  ensureClientBuilt('dist/client', () => {});
  const database = createDatabase(neo4j);
  await resetToSeed(database);
  await database.close();
  // Every browser test comes from one address at machine speed, and one file imports and then removes a network of
  // 400 organisations one by one: the default 600 requests a minute would answer the next file 429. The limits
  // themselves are tested in tests/hardening.
  const config = loadConfig({ ...process.env, NEO4J_URI: neo4j.uri, PORT: '0', API_TOKEN, MEASURES_RECOMPUTE_AFTER_MS: '0', RATE_LIMIT_MAX: '6000' });
  const app = await buildApp({ ...config, neo4j }, { logger: false });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  project.provide('baseUrl', address);
  project.provide('apiToken', API_TOKEN);
  return () => app.close();
}
