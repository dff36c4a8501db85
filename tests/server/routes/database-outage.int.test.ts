// A database outage gives 503 with a clear message, never a crash, and the server recovers by itself when
// the database returns. Uses its own local Neo4j so stopping it does not disturb the other tests.
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp, type AppInstance } from '../../../server/app.ts';
import { loadConfig } from '../../../server/config.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../../neo4j/local-neo4j.ts';

const config = loadConfig({ NEO4J_BOLT_PORT: '7690', NEO4J_DATA_DIR: '.data/neo4j-outage-test', NEO4J_HEAP: '384m', NEO4J_PAGECACHE_MB: '16' });
const start = () => startLocalNeo4j({ ...config.localNeo4j, password: config.neo4j.password, log: () => {} });

let neo4j: LocalNeo4j | undefined;
let app: AppInstance | undefined;
afterAll(async () => {
  await app?.close();
  await neo4j?.stop();
});

describe('when Neo4j goes away and comes back', () => {
  it('answers 503 while it is away and 200 again once it is back, without a restart', async () => {
    neo4j = await start();
    app = await buildApp(config, { logger: false });
    expect((await app.inject('/api/health')).statusCode).toBe(200);

    await neo4j.stop();
    const health = await app.inject('/api/health');
    expect(health.statusCode).toBe(503);
    expect(health.json()).toMatchObject({ status: 'unavailable', database: { connected: false } });
    // The hot reads run as auto-commit statements with retries of their own (server/neo4j-connection.ts), the others in
    // a transaction; both end in the same 503. Whichever says it first: the driver (connection refused) or the database
    // probe (no handshake).
    for (const url of ['/api/organisations?q=leeds', '/api/organisations/leeds-teaching-hospitals', '/api/paths?from=leeds-teaching-hospitals&to=nhs-england', '/api/graph?centre=leeds-teaching-hospitals']) {
      const away = await app.inject(url);
      expect(away.statusCode, url).toBe(503);
      expect(away.json()).toEqual({ statusCode: 503, error: 'Service Unavailable', message: expect.stringMatching(/^The database is (unavailable|not answering)/) });
    }

    neo4j = await start();
    let status = 0;
    for (let attempt = 0; attempt < 20 && status !== 200; attempt++) {
      status = (await app.inject('/api/health')).statusCode;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(status).toBe(200);
  }, 120_000);
});
