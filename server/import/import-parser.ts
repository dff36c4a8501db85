// Parses uploads in a worker thread, so unzipping, decoding and parsing a large (or hostile) file never blocks the
// event loop: health checks and other requests keep being answered meanwhile. One worker, started on first use and
// kept (starting one costs about half a second); if it dies, the jobs it held fail and the next one starts afresh.
import type { Worker } from 'node:worker_threads';
import type { ImportFormat } from '../contract/formats.ts';
import type { ImportSet } from './import-rows.ts';
import { startTypeScriptWorker } from '../typescript-worker.ts';

export interface ParseJob { id: number; format: ImportFormat; bytes: Uint8Array | undefined; maxBytes: number }
export type ParseOutcome = { id: number; set: ImportSet } | { id: number; error: string };

export interface ImportParser {
  parse(format: ImportFormat, bytes: Uint8Array | undefined, maxBytes: number): Promise<ImportSet>;
  close(): Promise<void>;
}

export function createImportParser(): ImportParser {
  let worker: Worker | undefined;
  let nextId = 0;
  const pending = new Map<number, { resolve: (set: ImportSet) => void; reject: (error: Error) => void }>();

  const failAll = (dead: Worker, error: Error) => {
    // A worker's 'exit' follows its 'error': by then its jobs have failed and a new worker may hold new ones.
    if (worker !== dead) return;
    for (const job of pending.values()) job.reject(error);
    pending.clear();
    worker = undefined;
  };
  const started = () => {
    if (worker) return worker;
    const created = startTypeScriptWorker(new URL('./import-parse-worker.ts', import.meta.url));
    created.unref();
    created.on('message', (outcome: ParseOutcome) => {
      const job = pending.get(outcome.id);
      pending.delete(outcome.id);
      if ('set' in outcome) job?.resolve(outcome.set);
      else job?.reject(new Error(`The import could not be parsed: ${outcome.error}`));
    });
    created.on('error', (error) => failAll(created, error));
    created.on('exit', (code) => failAll(created, new Error(`The import parser stopped (exit code ${code})`)));
    worker = created;
    return created;
  };
  return {
    parse: (format, bytes, maxBytes) => new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      started().postMessage({ id, format, bytes, maxBytes } satisfies ParseJob);
    }),
    async close() {
      await worker?.terminate();
    },
  };
}
