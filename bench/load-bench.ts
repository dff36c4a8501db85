// Loader benchmark: empties the synthetic database, generates a scale and bulk-loads it `runs` times (median); the
// last load of a large scale stays for the API benchmark. Each run also counts the CPU time the loader and Neo4j spent
// (bench/process-cpu.ts), so rows per CPU-second tell a slow loader from a machine busy with other work.
import { cpus, loadavg } from 'node:os';
import type { Database } from '../server/neo4j-connection.ts';
import type { QueryStore } from '../server/cypher/query-store.ts';
import { generateNetwork, summarise, type Scale } from '../seed/synthetic/generate-network.ts';
import { bulkLoad, type BulkLoadResult } from '../seed/synthetic/bulk-loader.ts';
import { resetSyntheticDatabase } from '../seed/synthetic/synthetic-database.ts';
import { ownCpuSeconds, processCpuSeconds } from './process-cpu.ts';
import { median } from './stats.ts';

export interface LoadRun extends BulkLoadResult {
  /** CPU seconds of this process (the loader) during the load. */
  loaderCpuSeconds: number;
  /** CPU seconds of the Neo4j process during the load; null when it is not a local process we can see. */
  neo4jCpuSeconds: number | null;
  /** Rows per CPU-second of loader and Neo4j together (null without Neo4j's figure). */
  rowsPerCpuSecond: number | null;
  /** The share of the machine's cores the two got: their CPU seconds ÷ (wall seconds × cores). */
  coreShare: number | null;
  /** The 1-minute load average when the run ended. */
  loadAverage: number;
}

export interface LoadFigures {
  scale: Scale;
  organisations: number;
  ties: number;
  runs: LoadRun[];
  medianRowsPerSecond: number;
  medianRowsPerCpuSecond: number | null;
}

export interface LoadOptions {
  runs: number;
  seed: number;
  batchSize: number;
  allowedTypes: ReadonlySet<string>;
  /** The local Neo4j's process id (bench/process-cpu.ts pidListeningOn), or null for a database elsewhere. */
  neo4jPid: number | null;
}

export async function benchLoad(database: Database, queries: QueryStore, scale: Scale, options: LoadOptions, log: (line: string) => void): Promise<LoadFigures> {
  const network = generateNetwork(scale, options.seed);
  const { organisations, ties } = summarise(network);
  const runs: LoadRun[] = [];
  const neo4jCpu = () => (options.neo4jPid === null ? null : processCpuSeconds(options.neo4jPid));
  for (let run = 0; run < options.runs; run++) {
    await resetSyntheticDatabase(database, queries);
    const [loaderBefore, neo4jBefore] = [ownCpuSeconds(), neo4jCpu()];
    const result = await bulkLoad(database, queries, network, { allowedTypes: options.allowedTypes, batchSize: options.batchSize });
    const [loaderAfter, neo4jAfter] = [ownCpuSeconds(), neo4jCpu()];
    const loaderCpuSeconds = loaderAfter - loaderBefore;
    const neo4jCpuSeconds = neo4jBefore === null || neo4jAfter === null ? null : neo4jAfter - neo4jBefore;
    const cpuSeconds = neo4jCpuSeconds === null ? null : loaderCpuSeconds + neo4jCpuSeconds;
    const figures: LoadRun = {
      ...result,
      loaderCpuSeconds,
      neo4jCpuSeconds,
      rowsPerCpuSecond: cpuSeconds ? Math.round(result.rows / cpuSeconds) : null,
      coreShare: cpuSeconds === null ? null : cpuSeconds / (result.seconds * cpus().length),
      loadAverage: loadavg()[0]!,
    };
    log(`  load ${scale} #${run + 1}: ${result.rows.toLocaleString('en-GB')} rows in ${result.seconds.toFixed(1)} s, ${result.rowsPerSecond.toLocaleString('en-GB')} rows/s; CPU loader ${loaderCpuSeconds.toFixed(1)} s, Neo4j ${neo4jCpuSeconds?.toFixed(1) ?? '?'} s → ${figures.rowsPerCpuSecond?.toLocaleString('en-GB') ?? '?'} rows per CPU-second; load average ${figures.loadAverage.toFixed(1)}`);
    runs.push(figures);
  }
  const perCpu = runs.flatMap((run) => (run.rowsPerCpuSecond === null ? [] : [run.rowsPerCpuSecond]));
  return {
    scale, organisations, ties, runs,
    medianRowsPerSecond: median(runs.map((run) => run.rowsPerSecond)),
    medianRowsPerCpuSecond: perCpu.length ? median(perCpu) : null,
  };
}
