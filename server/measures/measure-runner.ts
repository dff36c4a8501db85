// Runs one whole-network measures run in a worker thread of its own (started for the run and gone after it, so the
// memory a national network's graph takes is given back), and stops it when the server closes.
import type { Config } from '../config.ts';
import { startTypeScriptWorker } from '../typescript-worker.ts';
import type { MeasureRunOptions, MeasureRunSummary } from './whole-network-run.ts';

export interface MeasureJob {
  neo4j: Config['neo4j'];
  options: MeasureRunOptions;
}

export type MeasureOutcome = { summaries: MeasureRunSummary[] } | { error: string };

export interface RunningMeasures {
  /** A summary per network measured (none when the database has no organisations). */
  done: Promise<MeasureRunSummary[]>;
  stop(): Promise<void>;
}

export function runMeasuresInWorker(job: MeasureJob): RunningMeasures {
  const worker = startTypeScriptWorker(new URL('./measure-run-worker.ts', import.meta.url), { workerData: job });
  worker.unref();
  const done = new Promise<MeasureRunSummary[]>((resolve, reject) => {
    worker.once('message', (outcome: MeasureOutcome) => {
      if ('summaries' in outcome) resolve(outcome.summaries);
      else reject(new Error(`Whole-network measures failed: ${outcome.error}`));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The measures worker stopped (exit code ${code})`)));
  });
  return { done, stop: async () => { await worker.terminate(); } };
}
