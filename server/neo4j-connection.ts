// One neo4j-driver per process, and the ways the app talks to the database: read and write transactions with a
// timeout, and auto-commit reads for the hot single-statement routes. Scripts (seed, start) and the Fastify plugin share it.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Config } from './config.ts';

/** What a read needs to run statements: a managed transaction, or a session running auto-commit ones. */
export type Reader = Pick<ManagedTransaction, 'run'>;

export interface Database {
  driver: Driver;
  read<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs?: number): Promise<T>;
  /**
   * Each statement `work` runs is its own auto-commit transaction: one Bolt round trip, where a managed transaction
   * adds BEGIN and COMMIT (a third of a millisecond on a sub-millisecond lookup). Only for reads that are one statement,
   * plus look-ups that need not share its snapshot; same session settings, timeout per statement, and retries as `read`.
   */
  readAutoCommit<T>(work: (reader: Reader) => Promise<T>, timeoutMs?: number): Promise<T>;
  write<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs?: number): Promise<T>;
  /**
   * Auto-commit statements: schema changes and `CALL { … } IN TRANSACTIONS`, which cannot run in a managed transaction.
   * Without `timeoutMs`, the server's default (30 s in neo4j/neo4j.conf) bounds the whole statement, batches included.
   */
  autoCommit(statement: string, params?: Record<string, unknown>, timeoutMs?: number): Promise<void>;
  serverInfo(): Promise<{ version: string; address: string }>;
  close(): Promise<void>;
}

const MAX_RETRY_TIME_MS = 3_000;

/**
 * neo4j-driver's retry rule for managed transactions (its TransactionExecutor: transient errors and a lost connection,
 * 1 s then doubling, ±20 %, until 3 s have passed), for auto-commit reads, which the driver does not retry (it cannot
 * know an auto-commit statement is a read; a read is safe to run again).
 */
export async function retrying<T>(work: () => Promise<T>, maxRetryTimeMs = MAX_RETRY_TIME_MS): Promise<T> {
  const started = Date.now();
  for (let delayMs = 1_000; ; delayMs *= 2) {
    try {
      return await work();
    } catch (error) {
      if (!neo4j.isRetryableError(error) || Date.now() - started >= maxRetryTimeMs) throw error;
      await new Promise((resolve) => setTimeout(resolve, delayMs * (0.8 + Math.random() * 0.4)));
    }
  }
}

export function createDatabase(settings: Config['neo4j']): Database {
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    maxConnectionPoolSize: 32,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 3_000,
    maxTransactionRetryTime: MAX_RETRY_TIME_MS,
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
    readAutoCommit: (work, timeoutMs = settings.queryTimeoutMs) => retrying(async () => {
      const session = driver.session({ database: settings.database, defaultAccessMode: neo4j.session.READ });
      const config = { timeout: timeoutMs };
      try {
        return await work({ run: (statement, params) => session.run(statement, params, config) });
      } finally {
        await session.close();
      }
    }),
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
