// `npm run soak [-- --minutes 5 --connections 8 --rate N]`: a soak test on loopback. Seeds a local Neo4j of its
// own, serves the real app in a child process (rate limit off), finds the highest rate it sustains, holds ~80% of
// it over a mix of routes, samples the server's memory, and reports requests, errors, p99 and memory start/end.
// Fails on any error or non-2xx answer, or retained heap that grows by more than a quarter.
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { loadDataset } from '../../seed/dataset.ts';
import { startSeededNeo4j } from './seeded-neo4j.ts';

const BOLT_PORT = 7693;
const SAMPLE_EVERY_MS = 30_000;
const MiB = 1024 * 1024;

interface Memory {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
}

const log = (line: string) => console.error(line);
const mb = (bytes: number) => `${(bytes / MiB).toFixed(1)} MB`;

/** What one analyst's explorer asks for, in proportion: searches and details most, paths and exports less. */
function requestMix(): autocannon.Request[] {
  const ids = loadDataset().organisations.map((organisation) => organisation.id);
  const at = (i: number) => ids[i % ids.length]!;
  const get = (path: string): autocannon.Request => ({ method: 'GET', path });
  return [
    get('/api/health'),
    get('/api/meta'),
    get('/api/organisations?q=leeds'),
    get('/api/organisations?q=WYAAT'),
    get('/api/organisations?q=husein%20cancer'),
    get(`/api/organisations/${at(0)}`),
    get(`/api/organisations/${at(7)}`),
    get(`/api/organisations/${at(19)}`),
    get(`/api/graph?centre=${at(0)}&depth=2`),
    get(`/api/graph?centre=${at(11)}&depth=1`),
    get('/api/graph'),
    get('/api/paths?from=king-hussein-cancer-center&to=leeds-beckett-university&mode=k-shortest&k=3'),
    get(`/api/paths?from=${at(3)}&to=${at(25)}&mode=all-shortest`),
    get(`/api/export?format=graphml&centre=${at(0)}&depth=1`),
    {
      method: 'POST',
      path: '/api/export',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ format: 'csv', ids: ids.slice(0, 12) }),
    },
    get('/'),
  ];
}

function startServer(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; address: string }> {
  const child = fork('scripts/soak/soak-server.ts', [], { execArgv: ['--import', 'tsx', '--expose-gc'], env, stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`The soak server exited (${code}) before it listened`)));
    child.on('message', (message: { type: string; address?: string }) => {
      if (message.type === 'listening' && message.address) resolve({ child, address: message.address });
    });
  });
}

function sampleMemory(child: ChildProcess, gc: boolean): Promise<Memory> {
  return new Promise((resolve) => {
    const onMessage = (message: { type: string } & Memory) => {
      if (message.type !== 'memory') return;
      child.off('message', onMessage);
      resolve(message);
    };
    child.on('message', onMessage);
    child.send({ type: 'memory', gc });
  });
}

function load(address: string, seconds: number, connections: number, overallRate?: number) {
  return autocannon({
    url: address,
    connections,
    duration: seconds,
    requests: requestMix(),
    timeout: 20,
    ...(overallRate ? { overallRate } : {}),
  });
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      minutes: { type: 'string', default: '5' },
      connections: { type: 'string', default: '8' },
      rate: { type: 'string' },
      'calibrate-seconds': { type: 'string', default: '20' },
    },
  });
  const minutes = Number(values.minutes);
  const connections = Number(values.connections);
  if (!(minutes > 0 && minutes <= 120) || !(connections >= 1 && connections <= 256)) throw new Error('--minutes must be 0–120 and --connections 1–256');

  const neo4j = await startSeededNeo4j(BOLT_PORT, '.data/neo4j-soak', log);
  let server: ChildProcess | undefined;
  try {
    log(`Seeded ${neo4j.organisations} organisations and ${neo4j.ties} ties.`);
    const config = neo4j.config();
    const started = await startServer({ ...process.env, NEO4J_URI: config.neo4j.uri, NEO4J_BOLT_PORT: String(BOLT_PORT), RATE_LIMIT_MAX: '0', LOG_LEVEL: 'error' });
    server = started.child;
    const { address } = started;

    // Calibration doubles as warm-up (JIT, query plans, connection pool), so memory is measured from after it.
    let rate = values.rate ? Number(values.rate) : 0;
    if (!rate) {
      const seconds = Number(values['calibrate-seconds']);
      log(`Calibrating: ${seconds} s flat out with ${connections} connections…`);
      const peak = await load(address, seconds, connections);
      rate = Math.max(1, Math.floor(peak.requests.average * 0.8));
      log(`Peak ${peak.requests.average.toFixed(0)} requests/s (p99 ${peak.latency.p99} ms, ${peak.errors + peak.non2xx} errors); soaking at 80%: ${rate}/s.`);
    } else {
      await load(address, 10, connections, rate);
    }

    const samples: (Memory & { atSeconds: number })[] = [];
    const first = await sampleMemory(server, true);
    samples.push({ ...first, atSeconds: 0 });
    log(`Soaking for ${minutes} min at ${rate} requests/s over ${requestMix().length} routes; memory at start: RSS ${mb(first.rss)}, heap ${mb(first.heapUsed)}.`);
    const soakStart = Date.now();
    const sampler = setInterval(() => {
      void sampleMemory(server!, false).then((memory) => {
        const atSeconds = Math.round((Date.now() - soakStart) / 1000);
        samples.push({ ...memory, atSeconds });
        log(`  ${atSeconds} s: RSS ${mb(memory.rss)}, heap ${mb(memory.heapUsed)}`);
      });
    }, SAMPLE_EVERY_MS);
    const result = await load(address, Math.round(minutes * 60), connections, rate);
    clearInterval(sampler);
    const last = await sampleMemory(server, true);
    samples.push({ ...last, atSeconds: Math.round((Date.now() - soakStart) / 1000) });

    const failures = result.errors + result.timeouts + result.non2xx;
    const heapGrowth = (last.heapUsed - first.heapUsed) / first.heapUsed;
    const report = {
      minutes,
      connections,
      targetRate: rate,
      requests: result.requests.total,
      requestsPerSecond: Math.round(result.requests.average),
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
      memoryStart: first,
      memoryEnd: last,
      heapGrowthPercent: Math.round(heapGrowth * 1000) / 10,
      samples,
    };
    mkdirSync('.data/soak', { recursive: true });
    const file = `.data/soak/soak-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);

    console.log([
      `Soak: ${minutes} min at ${rate}/s (${connections} connections) — ${report.requests.toLocaleString('en-GB')} requests, ${report.requestsPerSecond}/s`,
      `Errors: ${result.errors} connection errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx answers`,
      `Latency: p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
      `Memory (after GC): RSS ${mb(first.rss)} → ${mb(last.rss)}, heap ${mb(first.heapUsed)} → ${mb(last.heapUsed)} (${report.heapGrowthPercent >= 0 ? '+' : ''}${report.heapGrowthPercent}%)`,
      `Report: ${file}`,
    ].join('\n'));
    const flat = heapGrowth < 0.25;
    if (failures > 0) console.log('FAILED: the soak saw errors.');
    if (!flat) console.log('FAILED: retained heap grew by more than 25%.');
    return failures === 0 && flat ? 0 : 1;
  } finally {
    if (server && server.exitCode === null) {
      server.send({ type: 'stop' });
      await Promise.race([once(server, 'exit'), new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (server.exitCode === null) server.kill('SIGKILL');
    }
    await neo4j.stop();
  }
}

main().then(
  (code) => { process.exitCode = code; },
  (error: Error) => {
    console.error(error.stack ?? error.message);
    process.exitCode = 1;
  },
);
