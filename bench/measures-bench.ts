// MEASURES BENCHMARK: the view's network measures in the browser's measures worker, as the Analysis tab computes
// them. Debian's Chromium loads the built worker (dist/client) from a small static server, gets the first N
// organisations of the synthetic `region` network and the ties among them, and times request to answer (structured
// clone both ways included) and the worker's own computing, while a PerformanceObserver counts main-thread long tasks.
// Runs alone with `npx tsx bench/measures-bench.ts [N]`; `npm run bench` runs it for 5,000.
import { readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { ensureClientBuilt } from '../scripts/client-build.ts';
import { generateNetwork } from '../seed/synthetic/generate-network.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './renderer-bench.ts';
import { median } from './stats.ts';

export interface MeasuresFigures {
  organisations: number;
  ties: number;
  runs: number;
  /** Page to answer, median and worst, ms. */
  roundTripMs: number;
  worstRoundTripMs: number;
  /** Inside the worker (graphology), median, ms. */
  computeMs: number;
  longTasks: number;
  longestTaskMs: number;
  communities: number;
  modularity: number;
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html' };

function serve(root: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = resolve(root, `.${new URL(request.url ?? '/', 'http://x').pathname}`);
    if (!path.startsWith(root) || path === root) {
      response.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>measures bench</title>');
      return;
    }
    let body: Buffer;
    try {
      body = readFileSync(path);
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    done({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
  }));
}

/** The first `size` organisations of the synthetic region network (kinds kept) and the ties among them. */
export function syntheticView(size: number) {
  const network = generateNetwork('region');
  const nodes = network.organisations.slice(0, size).map(({ id, kind }) => ({ id, kind }));
  const ids = new Set(nodes.map((node) => node.id));
  const links = network.ties.filter((tie) => ids.has(tie.source) && ids.has(tie.target)).map(({ source, target }) => ({ source, target }));
  return { nodes, links };
}

export async function benchMeasures(clientDir: string, size: number, runs: number, log: (line: string) => void): Promise<MeasuresFigures> {
  ensureClientBuilt(clientDir, log);
  const worker = readdirSync(join(clientDir, 'assets')).find((file) => /^measures-worker-.*\.js$/.test(file));
  if (!worker) throw new Error('No measures worker in the built client');
  const network = syntheticView(size);
  const { server, url } = await serve(resolve(clientDir));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    page.on('crash', () => log('  the page crashed'));
    page.on('console', (message) => log(`  console: ${message.text()}`));
    await page.goto(`${url}/`);
    const result = await page.evaluate(async ({ script, network, runs }) => {
      const longTasks: number[] = [];
      new PerformanceObserver((list) => { for (const entry of list.getEntries()) longTasks.push(entry.duration); }).observe({ type: 'longtask', buffered: true });
      const worker = new Worker(script, { type: 'module' });
      const rounds: Array<{ roundTrip: number; compute: number; communities: number; modularity: number }> = [];
      for (let id = 1; id <= runs; id += 1) {
        const started = performance.now();
        const answer = await new Promise<{ milliseconds: number; measures: { communityCount: number; modularity: number } }>((done, fail) => {
          worker.onmessage = (event) => done(event.data);
          worker.onerror = (event) => fail(new Error(`measures worker: ${event.message}`));
          worker.postMessage({ type: 'measures', id, network });
        });
        rounds.push({ roundTrip: performance.now() - started, compute: answer.milliseconds, communities: answer.measures.communityCount, modularity: answer.measures.modularity });
      }
      worker.terminate();
      await new Promise((done) => setTimeout(done, 100));
      return { rounds, longTasks };
    }, { script: `/assets/${worker}`, network, runs });
    const roundTrips = result.rounds.map((round) => round.roundTrip);
    return {
      organisations: network.nodes.length,
      ties: network.links.length,
      runs,
      roundTripMs: median(roundTrips),
      worstRoundTripMs: Math.max(...roundTrips),
      computeMs: median(result.rounds.map((round) => round.compute)),
      longTasks: result.longTasks.length,
      longestTaskMs: Math.max(0, ...result.longTasks),
      communities: result.rounds[0]!.communities,
      modularity: result.rounds[0]!.modularity,
    };
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const size = Number(process.argv[2] ?? 5000);
  benchMeasures('dist/client', size, 5, (line) => console.error(line)).then((figures) => console.log(JSON.stringify(figures, null, 2)));
}
