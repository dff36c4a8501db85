// `npm start` as a person runs it (issue 17, issue 19): when the local Neo4j it started dies, it restarts it and
// says so in its log; SIGTERM stops the server and Neo4j (the time it takes is printed: the target is 2 s).
// Starts its own Neo4j on TEST_START_NEO4J_BOLT_PORT (default 7692), so killing it disturbs no other test.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { freePort } from '../../bench/stop-bench.ts';

const BOLT_PORT = process.env.TEST_START_NEO4J_BOLT_PORT ?? '7692';

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

it('restarts the local Neo4j after a SIGKILL, logging it, and stops everything on SIGTERM', async () => {
  // A built client is not what this test is about: an index.html newer than client/ keeps start.ts from building.
  const clientDir = `.data/start-test-client-${BOLT_PORT}`;
  mkdirSync(clientDir, { recursive: true });
  writeFileSync(`${clientDir}/index.html`, '<!doctype html><title>test</title>');
  const port = await freePort();
  const child = spawn('node_modules/.bin/tsx', ['scripts/start.ts'], {
    env: { ...process.env, PORT: String(port), NEO4J_BOLT_PORT: BOLT_PORT, NEO4J_DATA_DIR: `.data/neo4j-start-test-${BOLT_PORT}`, NEO4J_HEAP: '384m', NEO4J_PAGECACHE_MB: '16', CLIENT_DIR: clientDir, NEO4J_URI: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  const exited = once(child, 'exit');
  const until = async (what: () => boolean | Promise<boolean>, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await what())) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`gave up waiting; output:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  };
  const healthy = async () => (await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null))?.status === 200;
  try {
    await until(() => output.includes('is ready'), 180_000);
    const firstPid = Number(/ready at bolt:\S+ \(pid (\d+)\)/.exec(output)?.[1]);
    expect(isAlive(firstPid)).toBe(true);
    process.kill(firstPid, 'SIGKILL');

    await until(() => /restarted at bolt:\S+ \(pid \d+\)/.test(output), 120_000);
    expect(output).toMatch(/Local Neo4j stopped unexpectedly \(signal SIGKILL\) 1 s ago; restarting it/);
    await until(healthy, 60_000);
    const secondPid = Number(/restarted at bolt:\S+ \(pid (\d+)\)/.exec(output)?.[1]);

    const stopping = performance.now();
    child.kill('SIGTERM');
    const [code] = await exited;
    console.info(`npm start stopped ${Math.round(performance.now() - stopping)} ms after SIGTERM (nothing in flight)`);
    expect(code).toBe(0);
    expect(isAlive(secondPid)).toBe(false);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}, 400_000);
