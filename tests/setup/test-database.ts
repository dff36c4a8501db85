// Vitest global setup: a real Neo4j for the integration and e2e suites. Uses TEST_NEO4J_URI when given, reuses a
// test Neo4j already answering on TEST_NEO4J_BOLT_PORT (default 7688), or starts one and stops it afterwards.
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../server/config.ts';
import { createDatabase, waitForDatabase } from '../../server/neo4j-connection.ts';
import { startLocalNeo4j } from '../../neo4j/local-neo4j.ts';
import type { TestDatabaseSettings } from '../support/test-database.ts';

export function testConfig() {
  const port = process.env.TEST_NEO4J_BOLT_PORT ?? '7688';
  return loadConfig({
    ...process.env,
    NEO4J_URI: process.env.TEST_NEO4J_URI ?? '',
    NEO4J_BOLT_PORT: port,
    // One data folder per port, so test databases on different ports can run side by side.
    NEO4J_DATA_DIR: `.data/neo4j-test-${port}`,
    NEO4J_PAGECACHE_MB: '64',
    NEO4J_HEAP: '512m',
  });
}

export default async function setup(project: TestProject) {
  const config = testConfig();
  const probe = createDatabase(config.neo4j);
  let stop = async () => {};
  try {
    await probe.serverInfo();
  } catch {
    if (config.neo4j.externalUri) throw new Error(`TEST_NEO4J_URI ${config.neo4j.uri} does not answer`);
    const neo4j = await startLocalNeo4j({ ...config.localNeo4j, password: config.neo4j.password, log: () => {} });
    stop = () => neo4j.stop();
    await waitForDatabase(probe, 30_000);
  } finally {
    await probe.close();
  }
  const settings: TestDatabaseSettings = config.neo4j;
  project.provide('neo4j', settings);
  return () => stop();
}
