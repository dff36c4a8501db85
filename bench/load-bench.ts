// Loader benchmark: empties the synthetic database, generates a scale and bulk-loads it `runs` times (median); the
// last load of a large scale stays for the API benchmark.
import type { Database } from '../server/neo4j-connection.ts';
import type { QueryStore } from '../server/cypher/query-store.ts';
import { generateNetwork, summarise, type Scale } from '../seed/synthetic/generate-network.ts';
import { bulkLoad, type BulkLoadResult } from '../seed/synthetic/bulk-loader.ts';
import { resetSyntheticDatabase } from '../seed/synthetic/synthetic-database.ts';
import { median } from './stats.ts';

export interface LoadFigures {
  scale: Scale;
  organisations: number;
  ties: number;
  runs: BulkLoadResult[];
  medianRowsPerSecond: number;
}

export async function benchLoad(database: Database, queries: QueryStore, scale: Scale, options: { runs: number; seed: number; batchSize: number; allowedTypes: ReadonlySet<string> }, log: (line: string) => void): Promise<LoadFigures> {
  const network = generateNetwork(scale, options.seed);
  const { organisations, ties } = summarise(network);
  const runs: BulkLoadResult[] = [];
  for (let run = 0; run < options.runs; run++) {
    await resetSyntheticDatabase(database, queries);
    const result = await bulkLoad(database, queries, network, { allowedTypes: options.allowedTypes, batchSize: options.batchSize });
    log(`  load ${scale} #${run + 1}: ${result.rows.toLocaleString('en-GB')} rows in ${result.seconds.toFixed(1)} s, ${result.rowsPerSecond.toLocaleString('en-GB')} rows/s`);
    runs.push(result);
  }
  return { scale, organisations, ties, runs, medianRowsPerSecond: median(runs.map((run) => run.rowsPerSecond)) };
}
