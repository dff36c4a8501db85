// One neo4j-driver per process, and the two ways the app talks to the database: read and write transactions
// with a timeout. Scripts (seed, start) and the Fastify plugin share it.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Config } from './config.ts';

export interface Database {
  driver: Driver;
  read<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs?: number): Promise<T>;
  write<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs?: number): Promise<T>;
  /**
   * Auto-commit statements: schema changes and `CALL { … } IN TRANSACTIONS`, which cannot run in a managed transaction.
   * Without `timeoutMs`, the server's default (30 s in neo4j/neo4j.conf) bounds the whole statement, batches included.
   */
  autoCommit(statement: string, params?: Record<string, unknown>, timeoutMs?: number): Promise<void>;
  serverInfo(): Promise<{ version: string; address: string }>;
  close(): Promise<void>;
}

export function createDatabase(settings: Config['neo4j']): Database {
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    maxConnectionPoolSize: 32,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 3_000,
    maxTransactionRetryTime: 3_000,
    disableLosslessIntegers: true,
    userAgent: 'partnership-graph-explorer/0.1',
  });
  const run = <T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>, timeoutMs: number) => {
    const session = driver.session({ database: settings.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
    const config = { timeout: timeoutMs };
    const result = mode === 'READ' ? session.executeRead(work, config) : session.executeWrite(work, config);
    return result.finally(() => session.close());
  };
  return {
    driver,
    read: (work, timeoutMs = settings.queryTimeoutMs) => run('READ', work, timeoutMs),
    write: (work, timeoutMs = settings.queryTimeoutMs) => run('WRITE', work, timeoutMs),
    async autoCommit(statement, params = {}, timeoutMs) {
      const session = driver.session({ database: settings.database });
      try {
        await session.run(statement, params, timeoutMs === undefined ? {} : { timeout: timeoutMs });
      } finally {
        await session.close();
      }
    },
    async serverInfo() {
      // Bounded: a frozen Neo4j accepts the TCP connection but never finishes the Bolt handshake.
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(Object.assign(new Error('Could not perform discovery: the database did not answer'), { code: 'ServiceUnavailable' })), 5_000);
      });
      const info = await Promise.race([driver.getServerInfo({ database: settings.database }), timeout]).finally(() => clearTimeout(timer));
      return { version: String(info.agent ?? 'Neo4j'), address: String(info.address ?? settings.uri) };
    },
    close: () => driver.close(),
  };
}

/** Polls until the database answers, for start-up: a fresh local Neo4j takes a few seconds. */
export async function waitForDatabase(database: Database, timeoutMs: number): Promise<{ version: string; address: string }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await database.serverInfo();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
