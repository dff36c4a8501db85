// For integration tests: a connection to the test Neo4j from global setup, and a reset to the seeded network.
import { inject } from 'vitest';
import type { Config } from '../../server/config.ts';
import { loadQueries } from '../../server/cypher/query-store.ts';
import { createDatabase, type Database } from '../../server/neo4j-connection.ts';
import { applySchema } from '../../server/schema-setup.ts';
import { loadDataset } from '../../seed/dataset.ts';
import { resetDatabase, seedNetwork } from '../../seed/seed-loader.ts';

export type TestDatabaseSettings = Config['neo4j'];

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestDatabaseSettings;
  }
}

export function testDatabaseSettings(): TestDatabaseSettings {
  return inject('neo4j');
}

export function connectTestDatabase(): Database {
  return createDatabase(testDatabaseSettings());
}

/** Empties the test database, applies the schema and loads the seed data set. */
export async function resetToSeed(database: Database): Promise<void> {
  const queries = loadQueries();
  await resetDatabase(database, queries);
  await applySchema(database, queries);
  await seedNetwork(database, queries, loadDataset());
}
