// The database synthetic networks go to: its own local Neo4j (Bolt 127.0.0.1:7689, data in .data/neo4j-synthetic),
// started here when nothing answers there, or NEO4J_URI when set — never the real data set's database by accident.
import { loadConfig, type Config } from '../../server/config.ts';
import { createDatabase, type Database } from '../../server/neo4j-connection.ts';
import type { QueryStore } from '../../server/cypher/query-store.ts';
import { ensureNeo4j } from '../../neo4j/ensure-neo4j.ts';
import { resetDatabase } from '../seed-loader.ts';

export const SYNTHETIC_BOLT_PORT = 7689;
export const SYNTHETIC_DATA_DIR = '.data/neo4j-synthetic';

type Env = Record<string, string | undefined>;

/** The app's configuration pointed at the synthetic database; memory sized for the national network (~550k rows). */
export function syntheticConfig(env: Env = process.env, overrides: Env = {}): Config {
  return loadConfig({
    NEO4J_HEAP: '2g', // young-generation GC dominates a bulk load on 1g
    NEO4J_PAGECACHE_MB: '768',
    ...env,
    NEO4J_BOLT_PORT: String(SYNTHETIC_BOLT_PORT),
    NEO4J_DATA_DIR: SYNTHETIC_DATA_DIR,
    ...overrides,
  });
}

export interface SyntheticDatabase {
  config: Config;
  database: Database;
  version: string;
  /** True when this process started the local Neo4j (and stop() will stop it). */
  startedHere: boolean;
  /** Closes the driver, and stops the local Neo4j if this process started it. */
  stop(): Promise<void>;
}

export async function openSyntheticDatabase(config: Config, log: (line: string) => void): Promise<SyntheticDatabase> {
  const database = createDatabase(config.neo4j);
  let stopNeo4j = async () => {};
  try {
    const neo4j = await ensureNeo4j(config, database, 'synthetic Neo4j', log);
    stopNeo4j = neo4j.stop;
    const { version } = await database.serverInfo();
    return {
      config,
      database,
      version,
      startedHere: neo4j.startedHere,
      async stop() {
        await database.close();
        await stopNeo4j();
      },
    };
  } catch (error) {
    await database.close();
    await stopNeo4j();
    throw error;
  }
}

/** How many organisations in the database are not synthetic: a load or reset must refuse unless forced. */
export async function countNonSynthetic(database: Database, queries: QueryStore): Promise<number> {
  return database.read(async (tx) => {
    const result = await tx.run(queries.get('synthetic/count-non-synthetic-organisations'));
    return Number(result.records[0]?.get('count') ?? 0);
  });
}

/** Empties the database (ties first, in batches: see seed/seed-loader.ts). */
export async function resetSyntheticDatabase(database: Database, queries: QueryStore): Promise<void> {
  await resetDatabase(database, queries);
}
