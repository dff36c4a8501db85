// How long `npm start` takes to stop (issue 19: ≤ 2 s with nothing in flight): starts scripts/start.ts as a person
// would, with a local Neo4j of its own (Bolt port 7693, data in .data/neo4j-stop-bench), waits until /api/health
// answers, sends SIGTERM and times the exit of the whole process (server and Neo4j). Run by `npm run bench`.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { median } from './stats.ts';

export interface StopFigures {
  runs: number[];
  medianMs: number;
}

/** A TCP port nothing listens on now (the one the system gave a server it then closed). */
export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  server.close();
  return port;
}

/** Resolves once `url`/api/health answers 200; rejects when `child` exits first or the time is up. */
export async function untilHealthy(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await fetch(`${url}/api/health`).catch(() => null))?.status !== 200) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error('the server did not become healthy');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function stopOnce(boltPort: number): Promise<number> {
  // The client is not what is measured: an index.html newer than client/ keeps start.ts from building it.
  const clientDir = '.data/stop-bench-client';
  mkdirSync(clientDir, { recursive: true });
  writeFileSync(`${clientDir}/index.html`, '<!doctype html><title>stop bench</title>');
  const port = await freePort();
  const child = spawn('node_modules/.bin/tsx', ['scripts/start.ts'], {
    env: { ...process.env, PORT: String(port), NEO4J_BOLT_PORT: String(boltPort), NEO4J_DATA_DIR: '.data/neo4j-stop-bench', NEO4J_HEAP: '384m', NEO4J_PAGECACHE_MB: '16', CLIENT_DIR: clientDir, NEO4J_URI: '' },
    stdio: 'ignore',
  });
  const exited = once(child, 'exit');
  try {
    await untilHealthy(`http://127.0.0.1:${port}`, child, 180_000);
    const stopping = performance.now();
    child.kill('SIGTERM');
    await exited;
    return performance.now() - stopping;
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}

export async function benchStop(runs: number, log: (line: string) => void, boltPort = 7693): Promise<StopFigures> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    times.push(await stopOnce(boltPort));
    log(`  stop #${run + 1}: ${Math.round(times.at(-1)!)} ms after SIGTERM`);
  }
  return { runs: times, medianMs: median(times) };
}
