// For integration tests: the real app (no listen) against the test Neo4j, driven with inject().
import { buildApp, type AppInstance } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { testDatabaseSettings } from './test-database.ts';

export async function createTestApp(): Promise<AppInstance> {
  const neo4j = testDatabaseSettings();
  // Whole-network measures run only when a test asks (a background run would write into other tests' databases).
  const config = loadConfig({ NEO4J_URI: neo4j.uri, MEASURES_RECOMPUTE_AFTER_MS: '0' });
  return buildApp({ ...config, neo4j }, { logger: false });
}
