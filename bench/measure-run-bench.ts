// WHOLE-NETWORK RUN BENCHMARK: the background run end to end (read in one transaction, compute, write in batches)
// against a loaded synthetic network, and what it does to the API meanwhile: depth-1 subgraphs and shortest paths are
// timed (one request at a time, over HTTP) before and during the run, and their p95 compared.
// `NEO4J_URI=bolt://127.0.0.1:PORT npx tsx bench/measure-run-bench.ts --scale national` (the database must hold
// that scale, loaded with `npm run seed:synthetic`; the run's rows are written into it).
import { parseArgs } from 'node:util';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { generateNetwork, type Scale } from '../seed/synthetic/generate-network.ts';
import { drawSample } from './api-bench.ts';
import { percentile } from './stats.ts';

const TOKEN = 'measure-run-bench-token-0123456789';
const { values } = parseArgs({ options: { scale: { type: 'string', default: 'national' }, requests: { type: 'string', default: '40' } } });
const sample = drawSample(generateNetwork(values.scale as Scale).organisations, 1, 100);
const q = encodeURIComponent;
const depthOne = sample.ids.map((id) => `/api/graph?centre=${q(id)}&depth=1`);
const paths = sample.pairs.map(([from, to]) => `/api/paths?from=${q(from)}&to=${q(to)}&mode=shortest`);

const app = await buildApp(loadConfig({ ...process.env, RATE_LIMIT_MAX: '0', API_TOKEN: TOKEN, MEASURES_RECOMPUTE_AFTER_MS: '0', LOG_LEVEL: 'info' }), {
  logger: { level: 'info', stream: { write: (line) => { if (line.includes('Whole-network measures')) console.error(line.trim()); } } },
});
const base = await app.listen({ host: '127.0.0.1', port: 0 });

async function timed(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${base}${url}`);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - started;
}

/** p95 of the two cases, one request at a time, `count` of each (or until `until` says stop, at least 5 each). */
async function latencies(count: number, until?: () => Promise<boolean>) {
  const depth: number[] = [];
  const path: number[] = [];
  for (let i = 0; ; i += 1) {
    depth.push(await timed(depthOne[i % depthOne.length]!));
    path.push(await timed(paths[i % paths.length]!));
    if (until ? i >= 4 && await until() : i + 1 >= count) break;
  }
  return { requests: depth.length, depth1P95Ms: Math.round(percentile(depth, 0.95)), pathP95Ms: Math.round(percentile(path, 0.95)) };
}

const measures = async () => (await (await fetch(`${base}/api/analysis/network-measures?top=5`)).json()) as { computedAt: string | null; running: boolean; durationMs: number | null; sampleSize: number | null; organisationCount: number; organisations: Array<{ id: string; betweenness: number }> };
try {
  const count = Number(values.requests);
  await latencies(5);
  const before = await latencies(count);
  console.error('before the run', JSON.stringify(before));
  const previous = (await measures()).computedAt;
  const asked = await fetch(`${base}/api/analysis/recompute`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` } });
  const started = performance.now();
  if (asked.status !== 202) throw new Error(`recompute answered ${asked.status}`);
  const during = await latencies(count, async () => { const m = await measures(); return !m.running; });
  const wallMs = Math.round(performance.now() - started);
  const after = await measures();
  if (after.computedAt === previous) throw new Error('The run did not store new measures (see the log)');
  console.log(JSON.stringify({ scale: values.scale, organisations: after.organisationCount, sampleSize: after.sampleSize, runMs: after.durationMs, wallMs, before, during, top: after.organisations.map((o) => `${o.id} ${o.betweenness.toFixed(4)}`) }, null, 2));
} finally {
  await app.close();
}
