// (:Import) records: one per import that writes in batches or in one transaction, moved on by each batch inside that
// batch's own transaction, so after a crash the record says exactly how far the import got. Which imports this
// process is running now is kept in memory: a record still saying "running" that no process runs was interrupted.
import { createHash } from 'node:crypto';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { QueryStore } from '../cypher/query-store.ts';
import type { ImportRecord } from '../schemas/imports.ts';
import { DEFAULT_NETWORK } from '../contract/networks.ts';

type Row = Record<string, unknown>;

export type NewImport = Pick<ImportRecord, 'id' | 'batchesTotal' | 'rowsTotal' | 'batchRows' | 'format' | 'checksum' | 'actor' | 'network'>;

const number = (value: unknown) => Number(value ?? 0);

/** SHA-256 (hex) of the uploaded file (or files, in order): a resume must send the same. */
export function importChecksum(...files: readonly (Uint8Array | undefined)[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file ?? new Uint8Array());
  return hash.digest('hex');
}

export function createImportRecords(queries: QueryStore) {
  const running = new Set<string>();

  /** A stored "running" that this process is not running stopped when its server or database did. */
  function toRecord(row: Row): ImportRecord {
    const stored = String(row.state) as ImportRecord['state'];
    const interrupted = stored === 'running' && !running.has(String(row.id));
    return {
      id: String(row.id),
      state: interrupted ? 'failed' : stored,
      batchesDone: number(row.batchesDone),
      batchesTotal: number(row.batchesTotal),
      rows: number(row.rows),
      rowsTotal: number(row.rowsTotal),
      batchRows: number(row.batchRows),
      startedAt: String(row.startedAt),
      updatedAt: String(row.updatedAt),
      format: String(row.format),
      checksum: String(row.checksum),
      actor: String(row.actor),
      // Records written before networks existed were all imports into the default one.
      network: typeof row.network === 'string' ? row.network : DEFAULT_NETWORK.id,
      error: typeof row.error === 'string' ? row.error
        : interrupted ? `interrupted during batch ${number(row.batchesDone) + 1} of ${number(row.batchesTotal)} (the server or the database stopped)` : null,
    };
  }

  return {
    /** Marks an import as run by this process for as long as `work` runs. */
    async whileRunning<T>(id: string, work: () => Promise<T>): Promise<T> {
      running.add(id);
      try {
        return await work();
      } finally {
        running.delete(id);
      }
    },

    isRunningHere: (id: string) => running.has(id),

    async create(tx: ManagedTransaction, planned: NewImport, state: 'running' | 'done'): Promise<ImportRecord> {
      const at = new Date().toISOString();
      const done = state === 'done';
      const record: ImportRecord = {
        ...planned, state, batchesDone: done ? planned.batchesTotal : 0, rows: done ? planned.rowsTotal : 0, startedAt: at, updatedAt: at, error: null,
      };
      const integers = ['batchesDone', 'batchesTotal', 'rows', 'rowsTotal', 'batchRows'] as const;
      await tx.run(queries.get('imports/create-import'), {
        import: { ...record, ...Object.fromEntries(integers.map((name) => [name, neo4j.int(record[name])])) },
      });
      return record;
    },

    /** In a batch's transaction: batch `batch` (0-based) is written now. False: another writer got there first. */
    async claimBatch(tx: ManagedTransaction, id: string, batch: number, batchesTotal: number, rows: number): Promise<boolean> {
      const result = await tx.run(queries.get('imports/claim-import-batch'), {
        id,
        batch: neo4j.int(batch),
        batchesTotal: neo4j.int(batchesTotal),
        rows: neo4j.int(rows),
        state: batch + 1 === batchesTotal ? 'done' : 'running',
        at: new Date().toISOString(),
      });
      return result.records.length === 1;
    },

    async setState(tx: ManagedTransaction, id: string, state: 'failed' | 'rolled-back' | 'done', error: string | null): Promise<ImportRecord | null> {
      const result = await tx.run(queries.get('imports/set-import-state'), { id, state, error, at: new Date().toISOString() });
      const row = result.records[0]?.get('import') as Row | undefined;
      return row ? toRecord(row) : null;
    },

    async get(tx: ManagedTransaction, id: string, lock = false): Promise<ImportRecord | null> {
      const result = await tx.run(queries.get(lock ? 'imports/lock-import' : 'imports/get-import'), { id });
      const row = result.records[0]?.get('import') as Row | undefined;
      return row ? toRecord(row) : null;
    },

    async list(tx: ManagedTransaction, limit: number): Promise<ImportRecord[]> {
      const result = await tx.run(queries.get('imports/list-imports'), { limit: neo4j.int(limit) });
      return result.records.map((record) => toRecord(record.get('import') as Row));
    },

    /** Every change the import wrote, oldest first, as stored. */
    async changes(tx: ManagedTransaction, id: string): Promise<Row[]> {
      const result = await tx.run(queries.get('imports/list-import-changes'), { id });
      return result.records.map((record) => record.get('change') as Row);
    },
  };
}

export type ImportRecords = ReturnType<typeof createImportRecords>;
