// `npm run db`: runs the local Neo4j on its own (Bolt on 127.0.0.1:NEO4J_BOLT_PORT) until Ctrl-C.
import { loadConfig } from '../server/config.ts';
import { startLocalNeo4j } from '../neo4j/local-neo4j.ts';

const config = loadConfig();
const started = Date.now();
console.log(`Starting local Neo4j (data in ${config.localNeo4j.dataDir})…`);
const neo4j = await startLocalNeo4j({ ...config.localNeo4j, password: config.neo4j.password });
console.log(`Local Neo4j ready at ${neo4j.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s (user neo4j). Ctrl-C stops it.`);
const stop = async () => {
  await neo4j.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
