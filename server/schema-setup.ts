// Applies cypher/schema/*.cypher (all idempotent: IF NOT EXISTS) and waits until the indexes are online.
import type { Database } from './neo4j-connection.ts';
import type { QueryStore } from './cypher/query-store.ts';

export async function applySchema(database: Database, queries: QueryStore): Promise<number> {
  const schema = queries.names().filter((name) => name.startsWith('schema/'));
  for (const name of schema) await database.autoCommit(queries.get(name));
  await database.autoCommit(queries.get('maintenance/await-indexes'));
  return schema.length;
}
