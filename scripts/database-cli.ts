// What the curation scripts (import, backup, restore, measure-import) share: the configured database, reached or
// explained, the queries and vocabulary, a clean close, and an exit code of 1 with a one-line message on failure.
import { loadConfig, type Config } from '../server/config.ts';
import { loadQueries, type QueryStore } from '../server/cypher/query-store.ts';
import { createDatabase, waitForDatabase, type Database } from '../server/neo4j-connection.ts';
import type { Vocabulary } from '../server/graph/vocabulary.ts';
import { readVocabulary } from '../seed/dataset.ts';

export interface CliContext {
  config: Config;
  database: Database;
  queries: QueryStore;
  vocabulary: Vocabulary;
}

export const isLoopback = (uri: string) => /^(bolt|neo4j)(\+s|\+ssc)?:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?/.test(uri);

export async function withDatabase(work: (context: CliContext) => Promise<number | void>): Promise<void> {
  const config = loadConfig();
  const database = createDatabase(config.neo4j);
  try {
    await waitForDatabase(database, 10_000).catch((error: Error) => {
      throw new Error(`Cannot reach Neo4j at ${config.neo4j.uri} (${error.message}). Start it with \`npm run db\` or set NEO4J_URI.`);
    });
    const code = await work({ config, database, queries: loadQueries(), vocabulary: readVocabulary() });
    if (typeof code === 'number') process.exitCode = code;
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  } finally {
    await database.close();
  }
}
