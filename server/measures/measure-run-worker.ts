// Worker thread side of measure-runner.ts: one whole-network run over its own database connection, so reading the
// network, computing and writing the measures never hold the server's event loop. Posts the summary or the error.
import { parentPort, workerData } from 'node:worker_threads';
import { loadQueries } from '../cypher/query-store.ts';
import { createDatabase } from '../neo4j-connection.ts';
import type { MeasureJob, MeasureOutcome } from './measure-runner.ts';
import { runWholeNetworkMeasures } from './whole-network-run.ts';

const { neo4j, options } = workerData as MeasureJob;
const database = createDatabase(neo4j);
let outcome: MeasureOutcome;
try {
  outcome = { summary: await runWholeNetworkMeasures(database, loadQueries(), options) };
} catch (error) {
  outcome = { error: error instanceof Error ? error.message : String(error) };
} finally {
  await database.close();
}
parentPort!.postMessage(outcome);
