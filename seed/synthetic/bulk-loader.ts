// Streams generated rows into Neo4j: schema and the synthetic-only vocabulary first, then organisations, then ties grouped by type, each batch one
// idempotent `UNWIND` statement in its own write transaction (a rerun resumes a cut load), with a progress bar.
import type { Database } from '../../server/neo4j-connection.ts';
import type { QueryStore } from '../../server/cypher/query-store.ts';
import { relationshipType } from '../../server/cypher/cypher-fragments.ts';
import { applySchema } from '../../server/schema-setup.ts';
import type { SyntheticOrganisation, SyntheticSource, SyntheticTie } from './generate-network.ts';
import { DEFAULT_NETWORK } from '../../server/contract/networks.ts';
import { recordSyntheticVocabulary } from './synthetic-vocabulary.ts';

export const DEFAULT_BATCH_SIZE = 10_000;

export interface BulkLoadInput {
  sources: readonly SyntheticSource[];
  organisations: Iterable<SyntheticOrganisation>;
  /** Best grouped by type: a change of type closes the batch. */
  ties: Iterable<SyntheticTie>;
  /** Rows expected in all (organisations + ties), for the percentage and ETA; optional. */
  totalRows?: number;
}

export interface BulkLoadOptions {
  /** Tie types a relationship may have (the vocabulary); anything else is refused before it reaches Cypher. */
  allowedTypes: ReadonlySet<string>;
  batchSize?: number;
  /**
   * Batches in flight at once, each its own transaction (default 2). Neo4j runs one transaction on one core, so on a
   * 2-core box a second batch in flight keeps both busy; tie batches alternate types so that concurrent transactions
   * rarely write the same hub's relationship group.
   */
  concurrency?: number;
  /** Called after every batch; `createProgressBar` draws one on stderr. */
  onProgress?: (progress: LoadProgress) => void;
  /** Apply cypher/schema first (default true): the id constraint is what makes MERGE an index seek. */
  applySchema?: boolean;
}

export interface LoadProgress {
  phase: 'organisations' | 'ties';
  type: string | null;
  rows: number;
  totalRows: number | null;
  elapsedMs: number;
}

export interface BulkLoadResult {
  organisations: number;
  ties: number;
  rows: number;
  batches: number;
  seconds: number;
  rowsPerSecond: number;
  organisationsPerSecond: number;
  tiesPerSecond: number;
  batchSize: number;
}

type TieParams = Omit<SyntheticTie, 'type'>;

/** Cuts a stream into arrays of at most `size`, starting a new one whenever `key` changes. */
export function* batchesOf<T>(rows: Iterable<T>, size: number, key: (row: T) => string = () => ''): Generator<{ key: string; rows: T[] }> {
  let current: T[] = [];
  let currentKey: string | null = null;
  for (const row of rows) {
    const rowKey = key(row);
    if (current.length >= size || (currentKey !== null && rowKey !== currentKey)) {
      yield { key: currentKey!, rows: current };
      current = [];
    }
    currentKey = rowKey;
    current.push(row);
  }
  if (current.length) yield { key: currentKey!, rows: current };
}

/** Reorders batches round-robin over their keys (types): A1 B1 C1 A2 B2 A3…, for concurrent transactions. */
export function interleave<T extends { key: string }>(batches: Iterable<T>): T[] {
  const queues = new Map<string, T[]>();
  for (const batch of batches) {
    const queue = queues.get(batch.key) ?? [];
    queue.push(batch);
    queues.set(batch.key, queue);
  }
  const result: T[] = [];
  for (let round = 0; result.length < [...queues.values()].reduce((n, queue) => n + queue.length, 0); round++) {
    for (const queue of queues.values()) if (queue[round]) result.push(queue[round]!);
  }
  return result;
}

/** Runs `work` over the items with at most `limit` in flight, in order of start; rejects on the first failure. */
async function runPool<T>(items: Iterable<T>, limit: number, work: (item: T) => Promise<void>): Promise<void> {
  const inFlight = new Set<Promise<void>>();
  let failure: unknown = null;
  for (const item of items) {
    if (failure) break;
    const task: Promise<void> = work(item).catch((error) => { failure ??= error; }).finally(() => inFlight.delete(task));
    inFlight.add(task);
    if (inFlight.size >= limit) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  if (failure) throw failure;
}

export async function bulkLoad(database: Database, queries: QueryStore, input: BulkLoadInput, options: BulkLoadOptions): Promise<BulkLoadResult> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100_000) throw new Error(`batch size must be an integer 1–100000 (got ${batchSize})`);
  const concurrency = options.concurrency ?? 2;
  if (options.applySchema ?? true) await applySchema(database, queries);

  const started = performance.now();
  let rows = 0;
  let batches = 0;
  let organisations = 0;
  let ties = 0;
  const report = (phase: LoadProgress['phase'], type: string | null) =>
    options.onProgress?.({ phase, type, rows, totalRows: input.totalRows ?? null, elapsedMs: performance.now() - started });
  // Large batches of long quotes take a while to commit on a busy 2-core box; allow well past the API's timeout.
  const timeoutMs = 300_000;

  await recordSyntheticVocabulary(database, queries);
  await database.write((tx) => tx.run(queries.get('seed/merge-sources'), { sources: input.sources }).then(() => undefined), timeoutMs);

  const organisationStatement = queries.get('synthetic/merge-organisations');
  await runPool(batchesOf(input.organisations, batchSize), concurrency, async (batch) => {
    await database.write((tx) => tx.run(organisationStatement, { organisations: batch.rows, network: DEFAULT_NETWORK.id }).then(() => undefined), timeoutMs);
    organisations += batch.rows.length;
    rows += batch.rows.length;
    batches++;
    report('organisations', null);
  });
  const organisationsDone = performance.now();

  // Endpoints must exist before any tie batch starts, hence two pools rather than one. Interleaving holds the batches
  // (slices of rows already in memory) rather than streaming them; a type's batches still go in order.
  const statements = new Map<string, string>();
  const statementFor = (type: string) => {
    let statement = statements.get(type);
    if (!statement) {
      statement = queries.render('synthetic/create-missing-ties', { type: relationshipType(type, options.allowedTypes) });
      statements.set(type, statement);
    }
    return statement;
  };
  await runPool(interleave(batchesOf(input.ties, batchSize, (tie) => tie.type)), concurrency, async (batch) => {
    const statement = statementFor(batch.key);
    const params: TieParams[] = batch.rows.map(({ type: _type, ...tie }) => tie);
    await database.write((tx) => tx.run(statement, { ties: params }).then(() => undefined), timeoutMs);
    ties += batch.rows.length;
    rows += batch.rows.length;
    batches++;
    report('ties', batch.key);
  });

  const finished = performance.now();
  const perSecond = (count: number, ms: number) => (ms > 0 ? Math.round((count * 1000) / ms) : 0);
  return {
    organisations,
    ties,
    rows,
    batches,
    seconds: (finished - started) / 1000,
    rowsPerSecond: perSecond(rows, finished - started),
    organisationsPerSecond: perSecond(organisations, organisationsDone - started),
    tiesPerSecond: perSecond(ties, finished - organisationsDone),
    batchSize,
  };
}

/** A one-line progress bar with rows/s and ETA on a stream (stderr), redrawn in place on a terminal. */
export function createProgressBar(stream: NodeJS.WriteStream = process.stderr, width = 28): { update(progress: LoadProgress): void; done(): void } {
  let lastDraw = 0;
  let lastPercent = -10;
  let drawn = false;
  const number = (n: number) => Math.round(n).toLocaleString('en-GB');
  return {
    update(progress) {
      const now = performance.now();
      const fraction = progress.totalRows ? Math.min(1, progress.rows / progress.totalRows) : 0;
      const percent = Math.floor(fraction * 100);
      // On a terminal redraw at most 5 times a second; in a log, print a line every 10 %.
      if (stream.isTTY ? now - lastDraw < 200 && fraction < 1 : percent < lastPercent + 10) return;
      lastDraw = now;
      lastPercent = percent;
      const rate = progress.elapsedMs > 0 ? (progress.rows * 1000) / progress.elapsedMs : 0;
      const filled = Math.round(fraction * width);
      const eta = progress.totalRows && rate > 0 ? ` ETA ${Math.ceil((progress.totalRows - progress.rows) / rate)} s` : '';
      const what = progress.phase === 'ties' ? `ties ${progress.type}` : 'organisations';
      const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(percent).padStart(3)}% ${number(progress.rows)}${progress.totalRows ? `/${number(progress.totalRows)}` : ''} rows  ${number(rate)} rows/s${eta}  ${what}`;
      if (stream.isTTY) stream.write(`\r${line.padEnd((stream.columns ?? 120) - 1).slice(0, (stream.columns ?? 120) - 1)}`);
      else stream.write(`${line}\n`);
      drawn = true;
    },
    done() {
      if (drawn && stream.isTTY) stream.write('\n');
    },
  };
}

export function formatLoadSummary(result: BulkLoadResult): string {
  const n = (value: number) => value.toLocaleString('en-GB');
  return `Loaded ${n(result.organisations)} organisations and ${n(result.ties)} ties (${n(result.rows)} rows, ${n(result.batches)} batches of ≤${n(result.batchSize)}) in ${result.seconds.toFixed(1)} s: ${n(result.rowsPerSecond)} rows/s (organisations ${n(result.organisationsPerSecond)}/s, ties ${n(result.tiesPerSecond)}/s).`;
}
