// Starts a worker thread running a TypeScript module, the same whether the server runs under tsx, vitest or plain
// node: a Node 20 worker inherits neither's module hooks, so tsx's loader is registered in the thread first.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

// Vite's module runner (Vitest's global setup) has no import.meta.resolve, so require resolves the entry and the
// ESM twin of its CommonJS file is taken (tsx's own CommonJS register cannot load its ESM half from a worker).
const TSX_API = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;

export function startTypeScriptWorker(entry: URL, options: Omit<WorkerOptions, 'eval'> = {}): Worker {
  const bootstrap = `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}
