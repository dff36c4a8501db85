// Start-up steps shared by `npm start`, `npm run dev` and the e2e setup: make sure a Neo4j answers (the local one,
// started if needed, or NEO4J_URI), apply the schema, and seed it when it is empty.
import type { Config } from '../server/config.ts';
import { loadQueries } from '../server/cypher/query-store.ts';
import { createDatabase } from '../server/neo4j-connection.ts';
import { applySchema } from '../server/schema-setup.ts';
import { ensureNeo4j } from '../neo4j/ensure-neo4j.ts';
import { loadDataset } from '../seed/dataset.ts';
import { countNetwork, seedMissingVocabulary, seedNetwork, total } from '../seed/seed-loader.ts';

export interface PreparedDatabase {
  /** Stops the local Neo4j if this process started it; a no-op otherwise. */
  stop(): Promise<void>;
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

export async function prepareDatabase(config: Config, log: (line: string) => void): Promise<PreparedDatabase> {
  let stop = async () => {};
  const probe = createDatabase(config.neo4j);
  try {
    ({ stop } = await ensureNeo4j(config, probe, 'local Neo4j', log));
    const queries = loadQueries();
    await applySchema(probe, queries);
    const counts = await countNetwork(probe, queries);
    if (total(counts.organisationsByKind) === 0) {
      const started = Date.now();
      log('The database is empty: loading the Leeds partnership network…');
      await seedNetwork(probe, queries, loadDataset());
      const seeded = await countNetwork(probe, queries);
      log(`Loaded ${total(seeded.organisationsByKind)} organisations and ${total(seeded.tiesByType)} ties in ${seconds(started)}.`);
    } else {
      if (await seedMissingVocabulary(probe, queries, loadDataset())) log('Stored the data set\'s vocabulary in the database (kinds and tie types are data now).');
      log(`The database holds ${total(counts.organisationsByKind)} organisations and ${total(counts.tiesByType)} ties.`);
    }
    return { stop };
  } catch (error) {
    await stop();
    throw error;
  } finally {
    await probe.close();
  }
}
