// For the fuzz and soak runs: a local Neo4j on its own port and data folder (never the one `npm start` uses),
// emptied and loaded with the Leeds data set, so every run starts from the same known database.
import { loadConfig, type Config } from '../../server/config.ts';
import { loadQueries } from '../../server/cypher/query-store.ts';
import { createDatabase, waitForDatabase } from '../../server/neo4j-connection.ts';
import { applySchema } from '../../server/schema-setup.ts';
import { startLocalNeo4j } from '../../neo4j/local-neo4j.ts';
import { loadDataset } from '../../seed/dataset.ts';
import { countNetwork, resetDatabase, seedNetwork, total } from '../../seed/seed-loader.ts';

export interface SeededNeo4j {
  /** Server configuration pointing at this database; callers add their own overrides. */
  config(env?: Record<string, string>): Config;
  organisations: number;
  ties: number;
  stop(): Promise<void>;
}

export async function startSeededNeo4j(boltPort: number, dataDir: string, log: (line: string) => void): Promise<SeededNeo4j> {
  const env = { NEO4J_BOLT_PORT: String(boltPort), NEO4J_DATA_DIR: dataDir, NEO4J_HEAP: '512m', NEO4J_PAGECACHE_MB: '64' };
  const base = loadConfig(env);
  const database = createDatabase(base.neo4j);
  let stop = async () => {};
  try {
    // This database gets emptied, so it must be the one started here, never one that happens to answer on the port.
    const taken = await database.serverInfo().then(() => true, () => false);
    if (taken) throw new Error(`Something already answers on ${base.neo4j.uri}; stop it first (this run empties its database).`);
    log(`Starting a local Neo4j on ${base.neo4j.uri} (data in ${dataDir})…`);
    const neo4j = await startLocalNeo4j({ ...base.localNeo4j, password: base.neo4j.password, log: () => {} });
    stop = () => neo4j.stop();
    await waitForDatabase(database, 30_000);
    const queries = loadQueries();
    await resetDatabase(database, queries);
    await applySchema(database, queries);
    await seedNetwork(database, queries, loadDataset());
    const counts = await countNetwork(database, queries);
    return {
      // NEO4J_URI keeps the app from thinking it should start a database of its own.
      config: (overrides = {}) => loadConfig({ ...env, NEO4J_URI: base.neo4j.uri, ...overrides }),
      organisations: total(counts.organisationsByKind),
      ties: total(counts.tiesByType),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  } finally {
    await database.close();
  }
}
