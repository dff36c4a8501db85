// API benchmark: each case runs through HTTP with autocannon (its own process, N connections, fixed duration) against
// the API server (its own process) and, in the same run, as the same repository calls straight through neo4j-driver
// (this process) at the same concurrency, so that the ratio of the two shows what HTTP, validation, serialisation and
// export formatting add on top of the database work. Each side runs alone: the other side's processes are idle then.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { onDay, type GraphRepository } from '../server/graph/graph-repository.ts';
import { compareSubgraph } from '../server/graph/comparison.ts';
import type { Vocabulary } from '../server/graph/vocabulary.ts';
import { today } from '../server/contract/in-force.ts';
import type { InMemoryNetwork } from './in-memory-network.ts';
import { median, seededSample, summariseLatencies, type LatencySummary } from './stats.ts';

export interface BenchSample {
  /** Organisation ids to centre on or look up. */
  ids: string[];
  /** Pairs of distinct organisation ids for path searches. */
  pairs: [string, string][];
  /** Words to search for (taken from organisation names). */
  words: string[];
}

export interface ApiCase {
  name: string;
  /** Request paths, used in turn. */
  paths: string[];
  /** The database work the route does for request `i`, through the repository (same Cypher, same mapper). */
  direct: (i: number) => Promise<unknown>;
  /** The same question put to the in-memory network (bench/in-memory-network.ts), where it has an answer to compare. */
  peer?: (i: number) => unknown;
}

export interface RunOptions {
  connections: number;
  durationSeconds: number;
  /** Per-request timeout of the HTTP client; the API answers 504 after QUERY_TIMEOUT_MS anyway. */
  timeoutSeconds: number;
}

export interface CaseResult {
  name: string;
  /** Each figure is the median over the runs (see benchApi). */
  api: LatencySummary & { bytesPerResponse: number; unfinished: number };
  direct: LatencySummary;
  /** The same at one connection, where nothing queues: the API's own cost per request, without CPU contention. */
  single: { api: LatencySummary; direct: LatencySummary };
  /** The in-memory peer at one connection, when the case has one. */
  peer: LatencySummary | null;
  runs: number;
}

const noFilter = { tieTypes: [], kinds: [] };

/** One timed run: every successful call's latency (ms), the failures, and how long it took. */
export interface RawRun {
  latencies: number[];
  failures: number;
  seconds: number;
}

const summarise = (run: RawRun) => summariseLatencies(run.latencies, run.seconds, run.failures);

/** Figure by figure, the median over several runs' summaries (failures are summed). */
function medianOf<T extends LatencySummary>(runs: readonly T[]): T {
  const result = { ...runs[0]! };
  for (const key of Object.keys(result) as (keyof T & string)[]) {
    if (typeof result[key] !== 'number') continue;
    const values = runs.map((run) => run[key] as number);
    (result as unknown as Record<string, number>)[key] = key === 'failures' || key === 'unfinished' ? values.reduce((a, b) => a + b, 0) : median(values);
  }
  return result;
}

/** A seeded sample of ids, pairs and search words from the organisations in the database. */
export function drawSample(organisations: readonly { id: string; name: string }[], seed: number, size = 200): BenchSample {
  const ids = seededSample(organisations, size, seed).map((org) => org.id);
  const others = seededSample(organisations, size, seed + 1).map((org) => org.id);
  const pairs = ids.map((id, i) => [id, others[i]!] as [string, string]).filter(([a, b]) => a !== b);
  // The longest word of a name is usually its place or its distinctive part ("Ashbury", "Leeds", "Teaching").
  const words = seededSample(organisations, size, seed + 2).map((org) => org.name.split(/[^\p{L}\p{N}]+/u).sort((a, b) => b.length - a.length)[0] ?? org.name);
  return { ids, pairs, words };
}

/** Time cases: a day inside the synthetic networks' history, and the span of the 2022 reorganisation. */
export const BENCH_AS_OF = '2020-06-01';
export const BENCH_CHANGES = { from: '2021-01-01', to: '2023-01-01' } as const;

/** `network`: the same network in memory, the peer of the path and depth-1 cases (null: no peer column). */
export function apiCases(sample: BenchSample, repository: GraphRepository, graphLimit: number, vocabulary: Vocabulary, network: InMemoryNetwork | null = null): ApiCase[] {
  const at = <T>(items: readonly T[], i: number) => items[i % items.length]!;
  const q = encodeURIComponent;
  const pathPeer = (day: string | null) => network ? (i: number) => network.shortestPathLength(...at(sample.pairs, i), 6, day ?? today()) : undefined;
  const depth1Peer = (day: string | null) => network ? (i: number) => network.neighbourhood(at(sample.ids, i), graphLimit, day) : undefined;
  return [
    {
      name: 'search',
      paths: sample.words.map((word) => `/api/organisations?q=${q(word)}&limit=10`),
      direct: (i) => repository.search(at(sample.words, i), [], 10),
    },
    {
      name: 'organisation details',
      paths: sample.ids.map((id) => `/api/organisations/${q(id)}`),
      direct: (i) => repository.organisation(at(sample.ids, i)),
    },
    {
      name: 'graph depth 1',
      paths: sample.ids.map((id) => `/api/graph?centre=${q(id)}&depth=1`),
      direct: (i) => repository.neighbourhood(at(sample.ids, i), 1, noFilter, graphLimit),
      peer: depth1Peer(null),
    },
    {
      name: 'graph depth 2',
      paths: sample.ids.map((id) => `/api/graph?centre=${q(id)}&depth=2`),
      direct: (i) => repository.neighbourhood(at(sample.ids, i), 2, noFilter, graphLimit),
    },
    {
      name: 'shortest path',
      paths: sample.pairs.map(([from, to]) => `/api/paths?from=${q(from)}&to=${q(to)}&mode=shortest`),
      direct: async (i) => {
        const [from, to] = at(sample.pairs, i);
        return repository.paths({ from, to, mode: 'shortest', k: 3, maxHops: 6, tieTypes: [], avoid: [] });
      },
      peer: pathPeer(null),
    },
    {
      name: 'k-shortest paths (k=3)',
      paths: sample.pairs.map(([from, to]) => `/api/paths?from=${q(from)}&to=${q(to)}&mode=k-shortest&k=3`),
      direct: async (i) => {
        const [from, to] = at(sample.pairs, i);
        return repository.paths({ from, to, mode: 'k-shortest', k: 3, maxHops: 6, tieTypes: [], avoid: [] });
      },
    },
    {
      name: 'graph depth 1 asOf',
      paths: sample.ids.map((id) => `/api/graph?centre=${q(id)}&depth=1&asOf=${BENCH_AS_OF}`),
      direct: (i) => repository.neighbourhood(at(sample.ids, i), 1, noFilter, graphLimit, onDay(BENCH_AS_OF)),
      peer: depth1Peer(BENCH_AS_OF),
    },
    {
      name: 'shortest path asOf',
      paths: sample.pairs.map(([from, to]) => `/api/paths?from=${q(from)}&to=${q(to)}&mode=shortest&asOf=${BENCH_AS_OF}`),
      direct: async (i) => {
        const [from, to] = at(sample.pairs, i);
        return repository.findPaths({ from, to, mode: 'shortest', k: 3, maxHops: 6, tieTypes: [], avoid: [] }, onDay(BENCH_AS_OF), BENCH_AS_OF);
      },
      peer: pathPeer(BENCH_AS_OF),
    },
    {
      // Around an organisation of a city: its neighbourhood at depth 2 over the two years, compared.
      name: 'changes depth 2',
      paths: sample.ids.map((id) => `/api/changes?from=${BENCH_CHANGES.from}&to=${BENCH_CHANGES.to}&centre=${q(id)}&depth=2`),
      direct: async (i) => {
        const subgraph = await repository.neighbourhood(at(sample.ids, i), 2, noFilter, graphLimit, BENCH_CHANGES);
        return subgraph && compareSubgraph(subgraph, BENCH_CHANGES.from, BENCH_CHANGES.to, vocabulary);
      },
    },
    {
      name: 'export json (depth 1)',
      paths: sample.ids.map((id) => `/api/export?format=json&centre=${q(id)}&depth=1`),
      direct: (i) => repository.neighbourhood(at(sample.ids, i), 1, noFilter, graphLimit),
    },
  ];
}

const loadClient = fileURLToPath(new URL('./http-load-client.mjs', import.meta.url));

/**
 * HTTP load with autocannon's programmatic API, in a Node process of its own (bench/http-load-client.mjs), as a user's
 * browser is; every response's own latency is kept, so percentiles are exact.
 */
export function runHttp(baseUrl: string, paths: readonly string[], options: RunOptions): Promise<RawRun & { bytes: number; unfinished: number }> {
  const settings = { url: baseUrl, paths, connections: options.connections, durationSeconds: options.durationSeconds, timeoutSeconds: options.timeoutSeconds };
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [loadClient, JSON.stringify(settings)], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => {
      if (error) reject(error);
      else resolve(JSON.parse(stdout) as RawRun & { bytes: number; unfinished: number });
    });
  });
}

/** The same work without HTTP: `connections` loops calling the repository until the time is up. */
export async function runDirect(work: (i: number) => Promise<unknown>, options: Omit<RunOptions, 'timeoutSeconds'>): Promise<RawRun> {
  const latencies: number[] = [];
  let failures = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + options.durationSeconds * 1000;
  await Promise.all(Array.from({ length: options.connections }, async () => {
    while (performance.now() < deadline) {
      const i = next++;
      const t0 = performance.now();
      try {
        await work(i);
        latencies.push(performance.now() - t0);
      } catch {
        failures++;
      }
    }
  }));
  return { latencies, failures, seconds: (performance.now() - started) / 1000 };
}

/** Warms the JIT, the driver pool and Neo4j's plan and page caches with a few requests of each kind. */
export async function warmUp(baseUrl: string, apiCase: ApiCase, requests = 20): Promise<void> {
  for (let i = 0; i < requests; i++) {
    const response = await fetch(baseUrl + apiCase.paths[i % apiCase.paths.length]!, { signal: AbortSignal.timeout(15_000) }).catch(() => null);
    await response?.arrayBuffer();
    await apiCase.direct(i).catch(() => undefined);
  }
}

/**
 * Every case runs `runs` rounds; a round is the direct side then the API side at `connections`, then both at one
 * connection, each for `durationSeconds`. Alternating puts a burst of load from elsewhere on a shared machine on both
 * sides, and the report gives the median of the rounds' figures.
 */
export async function benchApi(baseUrl: string, cases: readonly ApiCase[], options: RunOptions & { runs: number }, log: (line: string) => void): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  const one = { ...options, connections: 1 };
  for (const apiCase of cases) {
    await warmUp(baseUrl, apiCase);
    const rounds: Omit<CaseResult, 'name' | 'runs'>[] = [];
    for (let round = 0; round < options.runs; round++) {
      const direct = summarise(await runDirect(apiCase.direct, options));
      const http = await runHttp(baseUrl, apiCase.paths, options);
      const api = { ...summarise(http), bytesPerResponse: http.latencies.length ? http.bytes / http.latencies.length : 0, unfinished: http.unfinished };
      const single = { direct: summarise(await runDirect(apiCase.direct, one)), api: summarise(await runHttp(baseUrl, apiCase.paths, one)) };
      const { peer: ask } = apiCase;
      const peer = ask ? summarise(await runDirect(async (i) => ask(i), one)) : null;
      rounds.push({ api, direct, single, peer });
    }
    const api = medianOf(rounds.map((round) => round.api));
    const direct = medianOf(rounds.map((round) => round.direct));
    const single = { api: medianOf(rounds.map((round) => round.single.api)), direct: medianOf(rounds.map((round) => round.single.direct)) };
    const peers = rounds.flatMap((round) => (round.peer ? [round.peer] : []));
    const peer = peers.length ? medianOf(peers) : null;
    log(`  ${apiCase.name}: API p50 ${api.p50.toFixed(1)} ms p95 ${api.p95.toFixed(1)} ms ${api.perSecond.toFixed(0)} req/s; direct p50 ${direct.p50.toFixed(1)} ms p95 ${direct.p95.toFixed(1)} ms ${direct.perSecond.toFixed(0)}/s; 1 connection API p95 ${single.api.p95.toFixed(1)} ms${api.failures + direct.failures ? `; failures API ${api.failures}, direct ${direct.failures}` : ''}`);
    results.push({ name: apiCase.name, api, direct, single, peer, runs: options.runs });
  }
  return results;
}
