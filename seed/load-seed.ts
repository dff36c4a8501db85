// `npm run seed [-- --reset [--force]]`: applies the schema and MERGEs the data set into the configured Neo4j,
// then prints the counts by kind and by tie type.
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.ts';
import { loadQueries } from '../server/cypher/query-store.ts';
import { createDatabase, waitForDatabase } from '../server/neo4j-connection.ts';
import { applySchema } from '../server/schema-setup.ts';
import { loadDataset } from './dataset.ts';
import { countNetwork, resetDatabase, seedNetwork, total } from './seed-loader.ts';

const { values } = parseArgs({ options: { reset: { type: 'boolean' }, force: { type: 'boolean' } } });
const config = loadConfig();
const isLoopback = /^(bolt|neo4j)(\+s|\+ssc)?:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?/.test(config.neo4j.uri);
if (values.reset && !isLoopback && !values.force) {
  console.error(`Refusing to empty ${config.neo4j.uri}: it is not a loopback database. Add --force if you mean it.`);
  process.exit(2);
}

const database = createDatabase(config.neo4j);
try {
  await waitForDatabase(database, 10_000).catch((error: Error) => {
    throw new Error(`Cannot reach Neo4j at ${config.neo4j.uri} (${error.message}). Start it with \`npm run db\` or set NEO4J_URI.`);
  });
  const queries = loadQueries();
  if (values.reset) {
    await resetDatabase(database, queries);
    console.log(`Emptied ${config.neo4j.uri}.`);
  }
  await applySchema(database, queries);
  const started = Date.now();
  await seedNetwork(database, queries, loadDataset());
  const counts = await countNetwork(database, queries);
  console.log(`Loaded the data set in ${((Date.now() - started) / 1000).toFixed(1)} s: ${total(counts.organisationsByKind)} organisations, ${total(counts.tiesByType)} ties.`);
  console.table(counts.organisationsByKind);
  console.table(counts.tiesByType);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await database.close();
}
