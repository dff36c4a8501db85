// One whole-network measures run: reads every network's shape in one read transaction, then for each network
// computes every measure (above `exactUpTo` organisations, betweenness and closeness are estimated from `sampleSize`
// searches) and writes the rows in batches, which become that network's current run only once all are written (so a
// reader never sees half a run). Networks are measured apart: no tie joins two of them, and normalised betweenness
// or PageRank over their union would describe no network anyone looks at.
import { randomUUID } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { computeNetworkMeasures, type NetworkShape } from '../analysis/network-measures.ts';
import type { QueryStore } from '../cypher/query-store.ts';
import type { Database } from '../neo4j-connection.ts';
import type { StoredRun } from './measure-store.ts';

export interface MeasureRunOptions {
  /** Networks with more organisations than this get betweenness and closeness estimated from a sample. */
  exactUpTo: number;
  sampleSize: number;
  /** Rows written per transaction. */
  batchRows: number;
  /** Timeout of each transaction (a national network's read takes longer than an API read may). */
  timeoutMs: number;
}

export interface MeasureRunSummary extends StoredRun {
  run: string;
  network: string;
  /** Where the time went: reading, computing, writing (ms). */
  phases: { readMs: number; computeMs: number; writeMs: number };
}

type Shape = { nodes: NetworkShape['nodes'][number][]; links: NetworkShape['links'][number][] };

/** Each network's shape and the history's size before the read (after it too, to tell whether a write slipped in). */
export async function readNetworkSnapshot(database: Database, queries: QueryStore, timeoutMs: number) {
  return database.read(async (tx) => {
    const changes = async () => Number((await tx.run(queries.get('history/count-changes'))).records[0]?.get('changes') ?? 0);
    const changesBefore = await changes();
    const result = await tx.run(queries.get('measures/read-network-snapshot'));
    const networks = new Map<string, Shape>();
    for (const record of result.records) {
      const key = record.get('network') as string;
      const network = networks.get(key) ?? networks.set(key, { nodes: [], links: [] }).get(key)!;
      const source = record.get('id') as string;
      network.nodes.push({ id: source, kind: record.get('kind') as string });
      for (const target of record.get('targets') as string[]) network.links.push({ source, target });
    }
    return { networks, changesBefore, changesAfter: await changes() };
  }, timeoutMs);
}

/** Neo4j stores a JavaScript number as a float; the counts among these are stored as integers. */
function withIntegers<T extends object>(values: T, keys: ReadonlyArray<keyof T>): Record<string, unknown> {
  const converted: Record<string, unknown> = { ...(values as Record<string, unknown>) };
  for (const key of keys) if (typeof values[key] === 'number') converted[key as string] = neo4j.int(values[key] as number);
  return converted;
}

/** A summary per network that has organisations (an empty one has no measures: any stored ones are forgotten). */
export async function runWholeNetworkMeasures(database: Database, queries: QueryStore, options: MeasureRunOptions): Promise<MeasureRunSummary[]> {
  const started = performance.now();
  const { networks, changesBefore } = await readNetworkSnapshot(database, queries, options.timeoutMs);
  const readMs = performance.now() - started;
  // Storing a run of nothing would leave nodes in an empty database, which a restore then refuses.
  await database.write((tx) => tx.run(queries.get('measures/forget-measure-run'), { networks: [...networks.keys()] }), options.timeoutMs);
  const summaries: MeasureRunSummary[] = [];
  for (const [key, network] of networks) summaries.push(await measureNetwork(database, queries, options, key, network, changesBefore, readMs));
  await database.autoCommit(queries.get('measures/delete-other-runs-measures'));
  return summaries;
}

async function measureNetwork(database: Database, queries: QueryStore, options: MeasureRunOptions, key: string, network: Shape, changesBefore: number, readMs: number): Promise<MeasureRunSummary> {
  const read = performance.now();
  const sampled = network.nodes.length > options.exactUpTo;
  const measures = computeNetworkMeasures(network, sampled ? { sampleSize: options.sampleSize } : {});
  const computed = performance.now();

  const run = randomUUID();
  const rows = measures.organisations.map(({ id, ...values }) => ({ organisationId: id, ...withIntegers(values, ['ties', 'partners', 'community', 'component']) }));
  for (let from = 0; from < rows.length; from += options.batchRows) {
    const batch = rows.slice(from, from + options.batchRows);
    await database.write((tx) => tx.run(queries.get('measures/write-organisation-measures'), { run, rows: batch }), options.timeoutMs);
  }
  const written = performance.now();
  const stored = {
    run,
    network: key,
    computedAt: new Date().toISOString(),
    changeCount: changesBefore,
    sampleSize: sampled ? Math.min(options.sampleSize, network.nodes.length) : null,
    durationMs: Math.round(readMs + written - read),
    organisations: network.nodes.length,
    ties: network.links.length,
    modularity: measures.modularity,
    communityCount: measures.communityCount,
    componentCount: measures.componentCount,
  };
  const integers = ['changeCount', 'sampleSize', 'durationMs', 'organisations', 'ties', 'communityCount', 'componentCount'] as const;
  await database.write((tx) => tx.run(queries.get('measures/record-measure-run'), { run: withIntegers(stored, integers) }), options.timeoutMs);
  return { ...stored, phases: { readMs, computeMs: computed - read, writeMs: written - computed } };
}
