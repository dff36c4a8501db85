// A Neo4j that answers, for the start-up scripts and the synthetic data tools: NEO4J_URI when set, else whatever
// already runs on the configured Bolt port, else the local Neo4j started here (and restarted if it dies).
import type { Config } from '../server/config.ts';
import { waitForDatabase, type Database } from '../server/neo4j-connection.ts';
import { startLocalNeo4j } from './local-neo4j.ts';
import { superviseLocalNeo4j } from './supervised-neo4j.ts';

export interface EnsuredNeo4j {
  /** True when this call started the local Neo4j. */
  startedHere: boolean;
  /** Stops the local Neo4j if this call started it; a no-op otherwise. */
  stop(): Promise<void>;
}

// A remote database may be waking up; a fresh local one on a large store takes a while to open it.
const ANSWER_TIMEOUT_MS = 60_000;

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** `database` must point at `config.neo4j`; `name` says which local Neo4j the log lines are about ("local Neo4j"). */
export async function ensureNeo4j(config: Config, database: Database, name: string, log: (line: string) => void): Promise<EnsuredNeo4j> {
  const none = { startedHere: false, stop: async () => {} };
  if (config.neo4j.externalUri) {
    log(`Connecting to Neo4j at ${config.neo4j.uri}…`);
    await waitForDatabase(database, ANSWER_TIMEOUT_MS);
    return none;
  }
  const answers = await database.serverInfo().then(() => true, () => false);
  if (answers) {
    log(`Using the ${name} already running at ${config.neo4j.uri}.`);
    return none;
  }
  const started = Date.now();
  log(`Starting ${name} (data in ${config.localNeo4j.dataDir})…`);
  const capitalised = `${name[0]!.toUpperCase()}${name.slice(1)}`;
  const neo4j = await superviseLocalNeo4j(() => startLocalNeo4j({ ...config.localNeo4j, password: config.neo4j.password, log }), capitalised, log);
  try {
    await waitForDatabase(database, ANSWER_TIMEOUT_MS);
  } catch (error) {
    await neo4j.stop();
    throw error;
  }
  log(`${capitalised} ready at ${neo4j.uri} (pid ${neo4j.pid}) in ${seconds(started)}.`);
  return { startedHere: true, stop: () => neo4j.stop() };
}
