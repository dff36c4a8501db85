// Worker thread side of measure-runner.ts: one whole-network run over its own database connection, so reading the
// network, computing and writing the measures never hold the server's event loop. Posts the summary or the error.
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { loadQueries } from '../cypher/query-store.ts';
import { createDatabase } from '../neo4j-connection.ts';
import type { MeasureJob, MeasureOutcome } from './measure-runner.ts';
import { runWholeNetworkMeasures } from './whole-network-run.ts';

// The lowest CPU priority for this thread alone (Linux's setpriority acts on the calling thread, elsewhere on the
// whole process, so only there): on a busy machine the requests the main thread answers go first.
if (process.platform === 'linux') {
  try {
    setPriority(19);
  } catch {
    // Refused (a sandbox): the run just competes as an equal.
  }
}
const { neo4j, options } = workerData as MeasureJob;
const database = createDatabase(neo4j);
let outcome: MeasureOutcome;
try {
  outcome = { summaries: await runWholeNetworkMeasures(database, loadQueries(), options) };
} catch (error) {
  outcome = { error: error instanceof Error ? error.message : String(error) };
} finally {
  await database.close();
}
parentPort!.postMessage(outcome);
