// Applies cypher/schema/*.cypher (all idempotent: IF NOT EXISTS), waits until the indexes are online, and migrates
// data written before networks existed: the default network exists, and organisations and attribute declarations
// without one join it.
import type { Database } from './neo4j-connection.ts';
import type { QueryStore } from './cypher/query-store.ts';
import { DEFAULT_NETWORK } from './contract/networks.ts';

export async function applySchema(database: Database, queries: QueryStore): Promise<number> {
  const schema = queries.names().filter((name) => name.startsWith('schema/'));
  for (const name of schema) await database.autoCommit(queries.get(name));
  await database.autoCommit(queries.get('maintenance/await-indexes'));
  await database.autoCommit(queries.get('networks/ensure-network'), DEFAULT_NETWORK);
  await database.autoCommit(queries.get('networks/assign-default-network'), { network: DEFAULT_NETWORK.id });
  await database.autoCommit(queries.get('attributes/assign-default-network'), { network: DEFAULT_NETWORK.id });
  return schema.length;
}
