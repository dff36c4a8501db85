// Worker thread side of import-parser.ts: parses uploads (unzip, decode, CSV/JSON/GraphML) one after another and
// posts each one's rows back under the job's id.
import { parentPort } from 'node:worker_threads';
import { parseImportBytes } from './import-files.ts';
import type { ParseJob, ParseOutcome } from './import-parser.ts';

parentPort!.on('message', ({ id, format, bytes, maxBytes }: ParseJob) => {
  let outcome: ParseOutcome;
  try {
    outcome = { id, set: parseImportBytes(format, bytes, maxBytes) };
  } catch (error) {
    outcome = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(outcome);
});
