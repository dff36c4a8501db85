// `npm run bench [-- options]`: loader, API (autocannon vs the same repository calls through neo4j-driver), query
// profiles, renderer and bundle benchmarks against the synthetic Neo4j (127.0.0.1:7689, or NEO4J_URI), which it empties
// and reloads; writes bench/REPORT.md and prints it. Not part of `npm test`. Options: --help.
import { cpus, loadavg, totalmem } from 'node:os';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../server/app.ts';
import { loadQueries, type QueryStore } from '../server/cypher/query-store.ts';
import { createDatabase, type Database } from '../server/neo4j-connection.ts';
import { createGraphRepository } from '../server/graph/graph-repository.ts';
import { applySchema } from '../server/schema-setup.ts';
import { SCALES, generateNetwork, summarise, type Scale } from '../seed/synthetic/generate-network.ts';
import { DEFAULT_BATCH_SIZE } from '../seed/synthetic/bulk-loader.ts';
import { countNonSynthetic, openSyntheticDatabase, resetSyntheticDatabase, syntheticConfig } from '../seed/synthetic/synthetic-database.ts';
import { mergedVocabularyIds } from '../seed/synthetic/synthetic-vocabulary.ts';
import { ensureClientBuilt } from '../scripts/client-build.ts';
import { BENCH_AS_OF, BENCH_CHANGES, apiCases, benchApi, drawSample, type CaseResult } from './api-bench.ts';
import { benchLoad, type LoadFigures } from './load-bench.ts';
import { pidListeningOn } from './process-cpu.ts';
import { checkPeerAgreement, loadInMemoryNetwork, type PeerAgreement } from './peer-bench.ts';
import { startServerProcess } from './api-server-process.ts';
import { profileQueries, profileTargets } from './profile-queries.ts';
import { FORCE_GRAPH_VERSION } from './force-graph-peer.ts';
import type { LayoutQuality } from './layout-quality.ts';
import { benchRenderer, type RendererResult } from './renderer-bench.ts';
import { bundleSizes } from './bundle-size.ts';
import { benchStop, type StopFigures } from './stop-bench.ts';
import { benchMeasures, type MeasuresFigures } from './measures-bench.ts';
import { count, duration, kib, ms, ratio, table } from './stats.ts';
import { DEFAULT_NETWORK } from '../server/contract/networks.ts';

const USAGE = `Usage: npm run bench -- [--datasets seeded,england,national] [--load-scales city,region] [--load-runs 3]
  [--runs 3] [--duration 3] [--connections 10] [--seed 1] [--batch-size ${DEFAULT_BATCH_SIZE}] [--renderer-sizes 1000,5000,10000,20000]
  [--skip-api] [--skip-profile] [--skip-renderer] [--skip-peer] [--skip-measures] [--skip-stop] [--keep] [--force] [--out bench/REPORT.md]
  --runs   rounds per API case and per renderer size; the report gives medians of the rounds
  --keep   reuse a dataset already loaded (same counts) instead of reloading it (no load figure then)
  --force  run against a database that holds non-synthetic organisations (it will be emptied)`;

type Dataset = 'seeded' | Scale;
/**
 * The API's settings in every app the bench starts: no rate limit (the load comes from one address), the renderer's
 * largest views, and no background whole-network measures run (its worker would take a core in the middle of a case).
 */
const SERVER_SETTINGS = { RATE_LIMIT_MAX: '0', GRAPH_MAX_LIMIT: '20000', MEASURES_RECOMPUTE_AFTER_MS: '0' };
const log = (line: string) => console.error(line);
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(0)} s`;

function options() {
  const { values } = parseArgs({
    options: {
      datasets: { type: 'string', default: 'seeded,england,national' },
      'load-scales': { type: 'string', default: 'city,region' },
      'load-runs': { type: 'string', default: '3' },
      runs: { type: 'string', default: '3' },
      duration: { type: 'string', default: '3' },
      connections: { type: 'string', default: '10' },
      seed: { type: 'string', default: '1' },
      'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
      'renderer-sizes': { type: 'string', default: '1000,5000,10000,20000' },
      'skip-api': { type: 'boolean' },
      'skip-profile': { type: 'boolean' },
      'skip-renderer': { type: 'boolean' },
      'skip-peer': { type: 'boolean' },
      'skip-measures': { type: 'boolean' },
      'skip-stop': { type: 'boolean' },
      keep: { type: 'boolean' },
      force: { type: 'boolean' },
      out: { type: 'string', default: fileURLToPath(new URL('./REPORT.md', import.meta.url)) },
      help: { type: 'boolean' },
    },
  });
  const list = (raw: string) => raw.split(',').map((item) => item.trim()).filter(Boolean);
  const int = (raw: string, name: string, min: number, max: number) => {
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) throw new Error(`--${name} must be an integer ${min}–${max}\n${USAGE}`);
    return value;
  };
  const datasets = list(values.datasets) as Dataset[];
  const loadScales = list(values['load-scales']) as Scale[];
  for (const dataset of datasets) if (dataset !== 'seeded' && !SCALES.includes(dataset)) throw new Error(`Unknown dataset "${dataset}"\n${USAGE}`);
  for (const scale of loadScales) if (!SCALES.includes(scale)) throw new Error(`Unknown scale "${scale}"\n${USAGE}`);
  return {
    help: values.help ?? false,
    datasets,
    loadScales,
    loadRuns: int(values['load-runs'], 'load-runs', 1, 10),
    runs: int(values.runs, 'runs', 1, 20),
    duration: int(values.duration, 'duration', 1, 120),
    connections: int(values.connections, 'connections', 1, 100),
    seed: int(values.seed, 'seed', 0, 0xffffffff),
    batchSize: int(values['batch-size'], 'batch-size', 1, 100_000),
    rendererSizes: list(values['renderer-sizes']).map((size) => int(size, 'renderer-sizes', 1, 100_000)),
    skipApi: values['skip-api'] ?? false,
    skipProfile: values['skip-profile'] ?? false,
    skipRenderer: values['skip-renderer'] ?? false,
    skipPeer: values['skip-peer'] ?? false,
    skipMeasures: values['skip-measures'] ?? false,
    skipStop: values['skip-stop'] ?? false,
    keep: values.keep ?? false,
    force: values.force ?? false,
    out: values.out,
  };
}

async function totals(database: Database, queries: QueryStore): Promise<{ organisations: number; ties: number }> {
  return database.read(async (tx) => {
    const kinds = await tx.run(queries.get('meta/count-organisations-by-kind'), { network: DEFAULT_NETWORK.id });
    const types = await tx.run(queries.get('meta/count-ties-by-type'), { network: DEFAULT_NETWORK.id });
    const sum = (records: typeof kinds.records) => records.reduce((total, record) => total + Number(record.get('count')), 0);
    return { organisations: sum(kinds.records), ties: sum(types.records) };
  });
}

async function loadSeeded(database: Database, queries: QueryStore): Promise<void> {
  // Imported here so a broken or missing data set only costs the "seeded" column, not the whole run.
  const { loadDataset } = await import('../seed/dataset.ts');
  const { seedNetwork } = await import('../seed/seed-loader.ts');
  await resetSyntheticDatabase(database, queries);
  await applySchema(database, queries);
  await seedNetwork(database, queries, loadDataset());
}

interface DatasetResult {
  dataset: Dataset;
  organisations: number;
  ties: number;
  cases: CaseResult[];
  /** Whether the in-memory peer answers as the repository does (null: not checked). */
  agreement: PeerAgreement[] | null;
  profile: string | null;
}

async function main(): Promise<number> {
  const opts = options();
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }
  const started = performance.now();
  const loadAtStart = loadavg();
  const config = syntheticConfig(process.env, SERVER_SETTINGS);
  const target = await openSyntheticDatabase(config, log);
  const { database } = target;
  const queries = loadQueries();
  const allowedTypes = mergedVocabularyIds().tieTypeIds;
  try {
    const isLoopback = /^(bolt|neo4j)(\+s|\+ssc)?:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?/.test(config.neo4j.uri);
    const foreign = await countNonSynthetic(database, queries).catch(() => 0);
    if ((!isLoopback || foreign > 0) && !opts.force) {
      log(`Refusing: the benchmark empties ${config.neo4j.uri}, which ${isLoopback ? `holds ${foreign} non-synthetic organisations` : 'is not a loopback database'}. Add --force if you mean it.`);
      return 2;
    }
    log(`Benchmarking against ${config.neo4j.uri} (${target.version}); ${cpus().length} cores, load average ${loadAtStart.map((x) => x.toFixed(2)).join(' ')}.`);

    // Before any app starts: @fastify/static (wildcard: false) only serves the files present when it is registered.
    if (!opts.skipRenderer) {
      try {
        ensureClientBuilt(config.clientDir, log);
      } catch (error) {
        log(`Cannot build the client (${(error as Error).message}); the renderer benchmark will fail.`);
      }
    }

    // ---- Load: the small scales here; the large ones as they are loaded for the API runs (as many times, median).
    const neo4jPid = config.neo4j.externalUri ? null : pidListeningOn(config.localNeo4j.boltPort);
    const loadOptions = { runs: opts.loadRuns, seed: opts.seed, batchSize: opts.batchSize, allowedTypes, neo4jPid };
    const loads: LoadFigures[] = [];
    for (const scale of opts.loadScales) {
      log(`Load benchmark: ${scale} ×${opts.loadRuns}…`);
      loads.push(await benchLoad(database, queries, scale, loadOptions, log));
    }

    // ---- API, per dataset: the API server in a process of its own, and the same repository calls straight through the
    // driver here. The app in this process serves the renderer benchmark and gives the vocabulary.
    const results: DatasetResult[] = [];
    let renderer: RendererResult[] | string | null = null;
    for (const dataset of opts.datasets) {
      const phase = performance.now();
      const current = await totals(database, queries);
      const expected = dataset === 'seeded' ? null : summarise(generateNetwork(dataset, opts.seed));
      const kept = opts.keep && expected && current.organisations === expected.organisations && current.ties === expected.ties;
      if (dataset === 'seeded') {
        log('Loading the seeded data set…');
        try {
          await loadSeeded(database, queries);
        } catch (error) {
          log(`  skipped: cannot load the seeded data set (${(error as Error).message})`);
          continue;
        }
      } else if (!kept) {
        log(`Loading ${dataset}…`);
        loads.push(await benchLoad(database, queries, dataset, loadOptions, log));
      } else {
        log(`Keeping the ${dataset} network already loaded.`);
      }
      const size = await totals(database, queries);
      const organisations = await database.read(async (tx) => (await tx.run(queries.get('synthetic/list-organisation-ids'))).records.map((r) => ({ id: r.get('id') as string, name: r.get('name') as string })));
      const sample = drawSample(organisations, opts.seed);
      const app = await buildApp(config, { logger: false });
      // The vocabulary the app read for this data set (the synthetic kinds only where the synthetic network is).
      const { vocabulary } = app;
      const direct = createDatabase(config.neo4j);
      try {
        const address = await app.listen({ host: '127.0.0.1', port: 0 });
        const repository = createGraphRepository(direct, queries, vocabulary);
        let cases: CaseResult[] = [];
        let agreement: PeerAgreement[] | null = null;
        if (!opts.skipApi) {
          log(`Holding ${dataset} in memory (the peer of paths and depth 1)…`);
          const network = await loadInMemoryNetwork(direct, queries);
          agreement = await checkPeerAgreement(sample, repository, network, config.graph.defaultLimit, BENCH_AS_OF);
          for (const check of agreement) log(`  ${check.what}: the same for ${check.agreed} of ${check.of}${check.example ? ` (e.g. ${check.example})` : ''}`);
          log(`API benchmark on ${dataset} (${count(size.organisations)} organisations, ${count(size.ties)} ties), ${opts.runs} rounds of ${opts.duration} s per case and side, ${opts.connections} and 1 connections:`);
          const { neo4j } = config;
          const server = await startServerProcess({ ...SERVER_SETTINGS, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database, QUERY_TIMEOUT_MS: String(neo4j.queryTimeoutMs) });
          try {
            cases = await benchApi(server.url, apiCases(sample, repository, config.graph.defaultLimit, vocabulary, network), { connections: opts.connections, durationSeconds: opts.duration, timeoutSeconds: 30, runs: opts.runs }, log);
          } finally {
            await server.close();
          }
        }
        let profile: string | null = null;
        if (!opts.skipProfile && dataset !== 'seeded') {
          log(`Profiling the repository's statements on ${dataset}…`);
          const best = await repository.network({ tieTypes: [], kinds: [] }, 1);
          const hub = best.nodes[0]?.id ?? sample.ids[0]!;
          profile = await profileQueries(direct, vocabulary, profileTargets(sample.ids[0]!, hub, sample.pairs[0]!, sample.words[0]!, config.graph.defaultLimit, BENCH_AS_OF, BENCH_CHANGES));
        }
        results.push({ dataset, ...size, cases, agreement, profile });
        // The renderer runs on the largest synthetic data set (the last one), where /api/graph?limit=N has N to give.
        if (!opts.skipRenderer && dataset === opts.datasets.filter((d) => d !== 'seeded').at(-1)) {
          log(`Renderer benchmark on ${dataset}: ${opts.rendererSizes.join(', ')} organisations…`);
          try {
            renderer = await benchRenderer(address, opts.rendererSizes, log, { layoutCapMs: 60_000, panZoomMs: 5_000, runs: opts.runs, peer: !opts.skipPeer });
          } catch (error) {
            renderer = (error as Error).message.split('\n')[0] ?? 'failed';
            log(`  renderer benchmark failed: ${renderer}`);
          }
        }
      } finally {
        await app.close();
        await direct.close();
      }
      // The seeded (non-synthetic) data set must not stay behind: the next run would refuse this database.
      if (dataset === 'seeded') await resetSyntheticDatabase(database, queries);
      log(`  ${dataset} done in ${seconds(phase)}.`);
    }

    let measures: MeasuresFigures | string | null = null;
    if (!opts.skipMeasures) {
      log('Measures of a 5,000-organisation view in the browser worker…');
      measures = await benchMeasures(config.clientDir, 5000, Math.max(3, opts.runs), log).catch((error: Error) => error.message.split('\n')[0] ?? 'failed');
    }
    let stop: StopFigures | string | null = null;
    if (!opts.skipStop) {
      log('Stopping `npm start` (SIGTERM, nothing in flight)…');
      stop = await benchStop(Math.max(3, opts.runs), log).catch((error: Error) => error.message.split('\n')[0] ?? 'failed');
    }
    const report = formatReport({
      opts, version: target.version, loadAtStart, loadAtEnd: loadavg(), loads, results, renderer, measures, stop,
      bundle: bundleSizes(config.clientDir), minutes: (performance.now() - started) / 60_000,
      neo4jMemory: config.neo4j.externalUri ? 'external' : `heap ${config.localNeo4j.heap}, page cache ${config.localNeo4j.pageCacheMb} MiB`,
    });
    writeFileSync(opts.out, report);
    console.log(report);
    log(`Wrote ${opts.out} in ${seconds(started)}.`);
    return 0;
  } finally {
    await target.stop();
  }
}

// ---------------------------------------------------------------------------------------------------------------

const settledText = (value: number | null) => (value === null ? 'not settled' : count(value));
const cv = (quality: LayoutQuality | null) => (quality ? quality.edgeLengthCv.toFixed(2) : '–');
const share = (quality: LayoutQuality | null) => (quality ? `${(quality.overlappedShare * 100).toFixed(1)}%` : '–');

interface ReportInput {
  opts: ReturnType<typeof options>;
  version: string;
  loadAtStart: number[];
  loadAtEnd: number[];
  loads: LoadFigures[];
  results: DatasetResult[];
  renderer: RendererResult[] | string | null;
  measures: MeasuresFigures | string | null;
  stop: StopFigures | string | null;
  bundle: ReturnType<typeof bundleSizes>;
  minutes: number;
  neo4jMemory: string;
}

function formatReport(input: ReportInput): string {
  const { opts, results, loads } = input;
  const cpu = cpus();
  const national = results.find((result) => result.dataset === 'national');
  const caseOf = (result: DatasetResult | undefined, name: string) => result?.cases.find((item) => item.name === name);
  const worst = (pick: (item: CaseResult) => number) => results.flatMap((result) => result.cases.map((item) => ({ value: pick(item), where: `${item.name}, ${result.dataset}` })))
    .filter((entry) => Number.isFinite(entry.value))
    .reduce<{ value: number; where: string }>((max, next) => (!(next.value <= max.value) ? next : max), { value: Number.NaN, where: '' });
  const worstRatio = worst((item) => item.api.p50 / item.direct.p50);
  const worstSingle = worst((item) => item.single.api.p50 / item.single.direct.p50);
  const nationalLoad = loads.find((load) => load.scale === 'national');
  const met = (ok: boolean | null) => (ok === null ? 'not measured' : ok ? 'yes' : '**no**');
  const depth1 = caseOf(national, 'graph depth 1');
  const shortest = caseOf(national, 'shortest path');
  const depth1AsOf = caseOf(national, 'graph depth 1 asOf');
  const shortestAsOf = caseOf(national, 'shortest path asOf');
  const changes = caseOf(national, 'changes depth 2');
  const renderers = Array.isArray(input.renderer) ? input.renderer : [];
  const view5k = renderers.find((r) => r.requested === 5000);
  const view10k = renderers.find((r) => r.requested === 10000);
  const view20k = renderers.find((r) => r.requested === 20000);
  const viewMeasures = typeof input.measures === 'object' ? input.measures : null;
  const stop = typeof input.stop === 'object' ? input.stop : null;
  // "Every frame figure at least as good as force-graph's": first draw, layout and pan/zoom frame p95, per size.
  const peerComparisons = renderers.filter((r) => r.peer).flatMap((r) => [
    { what: `${count(r.nodes)} first draw`, ours: r.firstDrawMs, theirs: r.peer!.firstDrawMs },
    { what: `${count(r.nodes)} layout frame p95`, ours: r.layout.p95Ms, theirs: r.peer!.layout.p95Ms },
    { what: `${count(r.nodes)} pan/zoom frame p95`, ours: r.panZoom.p95Ms, theirs: r.peer!.panZoom.p95Ms },
  ]);
  const behind = peerComparisons.filter((item) => item.ours > item.theirs + 0.15);
  const bundleGzip = input.bundle?.reduce((sum, asset) => sum + asset.gzipBytes, 0) ?? null;
  // A frame gap is a whole number of 60 Hz vsyncs stamped to 0.1 ms, so 16.7 can read 16.8: "≤ 16.7" means one vsync.
  const oneVsync = 1000 / 60 + 0.15;
  const latency = (item: CaseResult | undefined) => (item ? `${ms(item.single.api.p95)} ms at 1 connection; ${ms(item.api.p95)} ms at ${opts.connections}` : '–');
  const latencyMet = (item: CaseResult | undefined) => (item ? `${met(item.single.api.p95 <= 50)} at 1; ${met(item.api.p95 <= 50)} at ${opts.connections}` : met(null));
  const lines: string[] = [];
  lines.push('# Benchmark report', '');
  lines.push(`Generated ${new Date().toISOString()} by \`npm run bench\` (datasets ${opts.datasets.join(', ')}; ${opts.runs} rounds of ${opts.duration} s per case and side, ${opts.connections} and 1 connections, seed ${opts.seed}, batch size ${opts.batchSize}); took ${input.minutes.toFixed(1)} min. Every figure below is the median of the rounds.`, '');
  lines.push(`Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM; Node ${process.version}; ${input.version} (${input.neo4jMemory}). Load average at start ${input.loadAtStart.map((x) => x.toFixed(2)).join(' ')}, at end ${input.loadAtEnd.map((x) => x.toFixed(2)).join(' ')} — a shared machine makes every figure noisy.`, '');
  lines.push('## Targets', '');
  lines.push(`Latency targets are judged at 1 connection (one person's request, nothing queued) and shown at ${opts.connections} too, where autocannon, the server and Neo4j share the 2 cores and a request mostly waits its turn.`, '');
  lines.push(table(['Target', 'Goal', 'Measured', 'Met'], [
    ['Graph depth 1, p95, national', '≤ 50 ms', latency(depth1), latencyMet(depth1)],
    ['Shortest path, p95, national', '≤ 50 ms', latency(shortest), latencyMet(shortest)],
    ['Graph depth 1 asOf, p95, national', '≤ 50 ms', latency(depth1AsOf), latencyMet(depth1AsOf)],
    ['Shortest path asOf, p95, national', '≤ 50 ms', latency(shortestAsOf), latencyMet(shortestAsOf)],
    ['Changes between two dates (depth 2), p95, national', '≤ 500 ms', latency(changes), changes ? `${met(changes.single.api.p95 <= 500)} at 1; ${met(changes.api.p95 <= 500)} at ${opts.connections}` : met(null)],
    ['API / driver p50 ratio, worst case', '≤ 1.3', `at 1 connection ${ratio(worstSingle.value)} (${worstSingle.where}); at ${opts.connections} ${ratio(worstRatio.value)} (${worstRatio.where})`, `${met(Number.isFinite(worstSingle.value) ? worstSingle.value <= 1.3 : null)} at 1; ${met(Number.isFinite(worstRatio.value) ? worstRatio.value <= 1.3 : null)} at ${opts.connections}`],
    ['Bulk load, national', '≥ 20,000 rows/s', nationalLoad ? `${count(nationalLoad.medianRowsPerSecond)} rows/s (${nationalLoad.medianRowsPerCpuSecond === null ? 'CPU time not measured' : `${count(nationalLoad.medianRowsPerCpuSecond)} rows per CPU-second of loader and Neo4j`})` : '–', met(nationalLoad ? nationalLoad.medianRowsPerSecond >= 20_000 : null)],
    ['5,000 nodes / 10,000 links: pan/zoom median frame', '≤ 16.7 ms', view5k ? `${ms(view5k.panZoom.medianMs)} ms (p95 ${ms(view5k.panZoom.p95Ms)})` : '–', met(view5k ? view5k.panZoom.medianMs <= oneVsync : null)],
    ['5,000 nodes / 10,000 links: tasks over 50 ms while the layout runs', '0', view5k ? `${view5k.layout.longTasks} (longest ${ms(view5k.layout.longestTaskMs)} ms)` : '–', met(view5k ? view5k.layout.longTasks === 0 : null)],
    ['10,000 nodes / 20,000 links: tasks over 50 ms while the layout runs', '0', view10k ? `${view10k.layout.longTasks} (longest ${ms(view10k.layout.longestTaskMs)} ms)` : '–', met(view10k ? view10k.layout.longTasks === 0 : null)],
    ['5,000 nodes: first draw after the data arrives', '≤ 300 ms', view5k ? `${count(view5k.firstDrawMs)} ms` : '–', met(view5k ? view5k.firstDrawMs <= 300 : null)],
    ['5,000 nodes: longest main-thread task while the layout starts', '≤ 100 ms', view5k ? `${ms(view5k.start.longestTaskMs)} ms (${view5k.start.longTasks} over 50 ms)` : '–', met(view5k ? view5k.start.longestTaskMs <= 100 : null)],
    ['10,000 nodes: layout settled', '≤ 20 s', view10k ? settledText(view10k.settledMs) + (view10k.settledMs === null ? '' : ' ms') : '–', met(view10k ? view10k.settledMs !== null && view10k.settledMs <= 20_000 : null)],
    ['10,000 nodes: pan/zoom frame p95', '≤ 33.4 ms', view10k ? `${ms(view10k.panZoom.p95Ms)} ms (pictures: p50 ${ms(view10k.panZoom.pictureMedianMs)}, p95 ${ms(view10k.panZoom.pictureP95Ms)} ms)` : '–', met(view10k ? view10k.panZoom.p95Ms <= 33.4 : null)],
    ['10,000 nodes: longest main-thread task while the layout runs', '≤ 100 ms', view10k ? `${ms(view10k.layout.longestTaskMs)} ms` : '–', met(view10k ? view10k.layout.longestTaskMs <= 100 : null)],
    ['20,000 nodes: layout settled', '≤ 20 s', view20k ? settledText(view20k.settledMs) + (view20k.settledMs === null ? '' : ' ms') : '–', met(view20k ? view20k.settledMs !== null && view20k.settledMs <= 20_000 : null)],
    ['20,000 nodes: pan/zoom frame p95', '≤ 33.4 ms', view20k ? `${ms(view20k.panZoom.p95Ms)} ms (pictures: p50 ${ms(view20k.panZoom.pictureMedianMs)}, p95 ${ms(view20k.panZoom.pictureP95Ms)} ms)` : '–', met(view20k ? view20k.panZoom.p95Ms <= 33.4 : null)],
    ['20,000 nodes: longest main-thread task while the layout runs', '≤ 100 ms', view20k ? `${ms(view20k.layout.longestTaskMs)} ms` : '–', met(view20k ? view20k.layout.longestTaskMs <= 100 : null)],
    ['Every frame figure at least as good as force-graph\'s (first draw, layout and pan/zoom frame p95)', 'ours ≤ theirs', peerComparisons.length ? (behind.length ? `behind on ${behind.map((item) => `${item.what} (${ms(item.ours)} vs ${ms(item.theirs)} ms)`).join('; ')}; as good on the other ${peerComparisons.length - behind.length}` : `all ${peerComparisons.length}`) : '–', met(peerComparisons.length ? behind.length === 0 : null)],
    ['Stop: `npm start` exits after SIGTERM, nothing in flight', '≤ 2 s', stop ? `${count(stop.medianMs)} ms (${stop.runs.map((value) => count(value)).join(', ')})` : '–', met(stop ? stop.medianMs <= 2000 : null)],
    ['Measures of a 5,000-organisation view in the browser worker', '≤ 1 s, no main-thread task over 50 ms', viewMeasures ? `${count(viewMeasures.roundTripMs)} ms (${viewMeasures.longTasks} long tasks)` : '–', met(viewMeasures ? viewMeasures.roundTripMs <= 1000 && viewMeasures.longTasks === 0 : null)],
    ['Client bundle, gzipped', '≤ 150 KB', bundleGzip === null ? '–' : kib(bundleGzip), met(bundleGzip === null ? null : bundleGzip <= 150 * 1024)],
  ]), '');

  lines.push('## Bulk load (seed/synthetic/bulk-loader.ts)', '');
  lines.push(loads.length ? table(['Scale', 'Organisations', 'Ties', 'Runs', 'Rows/s (median)', 'Range', 'Seconds (median run)', 'Rows per CPU-second (median)', 'Range'], loads.map((load) => {
    const rates = load.runs.map((run) => run.rowsPerSecond);
    const perCpu = load.runs.flatMap((run) => (run.rowsPerCpuSecond === null ? [] : [run.rowsPerCpuSecond]));
    const middle = [...load.runs].sort((a, b) => a.rowsPerSecond - b.rowsPerSecond)[Math.floor(load.runs.length / 2)]!;
    return [load.scale, count(load.organisations), count(load.ties), load.runs.length, count(load.medianRowsPerSecond), `${count(Math.min(...rates))}–${count(Math.max(...rates))}`, middle.seconds.toFixed(1),
      load.medianRowsPerCpuSecond === null ? '–' : count(load.medianRowsPerCpuSecond), perCpu.length ? `${count(Math.min(...perCpu))}–${count(Math.max(...perCpu))}` : '–'];
  })) : 'Not measured.', '');
  if (loads.length) {
    lines.push('Every run: CPU seconds of the loader (this process) and of Neo4j (/proc/<pid>/stat), the share of the machine\'s cores the two got (CPU seconds ÷ wall seconds × cores) and the load average as it ended. Rows per CPU-second is the figure a busy machine does not move; when it holds while rows/s swings, the swing was other work on the machine, not the loader.', '');
    lines.push(table(['Scale', 'Run', 'Rows/s', 'Seconds', 'Loader CPU s', 'Neo4j CPU s', 'Rows per CPU-second', 'Share of the cores', 'Load average'], loads.flatMap((load) => load.runs.map((run, i) => [
      load.scale, i + 1, count(run.rowsPerSecond), run.seconds.toFixed(1), run.loaderCpuSeconds.toFixed(1), run.neo4jCpuSeconds?.toFixed(1) ?? '–',
      run.rowsPerCpuSecond === null ? '–' : count(run.rowsPerCpuSecond), run.coreShare === null ? '–' : `${(run.coreShare * 100).toFixed(0)} %`, run.loadAverage.toFixed(1),
    ]))), '');
  }

  lines.push('## API', '');
  lines.push(`API = HTTP to the API server in a process of its own (\`server/main.ts\`), from autocannon in another (keep-alive, ${opts.connections} connections). Direct = the same repository calls the route makes (same Cypher, same mapper) straight through neo4j-driver at the same concurrency, in the bench's process, in the same run (bench/README.md: what each side includes); the two alternate round by round (direct, API, then both at 1 connection) so load from elsewhere falls on both, and each figure is the median of ${opts.runs} rounds. Ratio = API / direct. At ${opts.connections} connections the 2 cores are saturated, so the ratio also carries the HTTP client's own CPU; the 1-connection column shows the API's cost without queueing. Latencies in ms.`, '');
  for (const result of results) {
    lines.push(`### ${result.dataset} (${count(result.organisations)} organisations, ${count(result.ties)} ties)`, '');
    if (result.cases.length === 0) {
      lines.push('Not measured.', '');
    } else {
      lines.push(table(['Case', 'API p50', 'p95', 'p99', 'req/s', 'Direct p50', 'p95', 'p99', 'calls/s', 'Ratio p50', 'Ratio p95', '1-conn API / direct p50', '1-conn API p95', 'Failed API/direct (API unanswered at the end)', 'Response'],
        result.cases.map((item) => [
          item.name, ms(item.api.p50), ms(item.api.p95), ms(item.api.p99), count(item.api.perSecond),
          ms(item.direct.p50), ms(item.direct.p95), ms(item.direct.p99), count(item.direct.perSecond),
          ratio(item.api.p50 / item.direct.p50), ratio(item.api.p95 / item.direct.p95),
          `${ms(item.single.api.p50)} / ${ms(item.single.direct.p50)} = ${ratio(item.single.api.p50 / item.single.direct.p50)}`, ms(item.single.api.p95),
          `${item.api.failures}/${item.direct.failures} (${item.api.unfinished})`, kib(item.api.bytesPerResponse),
        ])), '');
    }
    const peered = result.cases.filter((item) => item.peer);
    if (peered.length) {
      lines.push(`Peer: the same network held in memory and searched breadth-first (bench/in-memory-network.ts; bidirectional for paths), the floor for a path or a depth-1 neighbourhood; at 1 connection, in the same rounds. Ratio = ours ÷ in memory.`, '');
      lines.push(table(['Case', 'API p50', 'p95', 'Driver p50', 'p95', 'In memory p50', 'p95', 'API ÷ in memory p50', 'p95', 'Driver ÷ in memory p50'], peered.map((item) => [
        item.name, duration(item.single.api.p50), duration(item.single.api.p95), duration(item.single.direct.p50), duration(item.single.direct.p95),
        duration(item.peer!.p50), duration(item.peer!.p95),
        count(item.single.api.p50 / item.peer!.p50), count(item.single.api.p95 / item.peer!.p95), count(item.single.direct.p50 / item.peer!.p50),
      ])), '');
    }
    if (result.agreement) {
      lines.push(`The peer answers as the API does (${result.dataset}):`, '', table(['Check', 'Same', 'First difference'], result.agreement.map((check) => [check.what, `${check.agreed} of ${check.of}`, check.example ?? '–'])), '');
    }
    if (result.profile) lines.push(`Query profiles on ${result.dataset} (PROFILE of the statements the repository ran, median of 4 timed runs; once when it takes over 2 s):`, '', result.profile, '');
  }

  lines.push('## Renderer (bench/renderer-bench.ts)', '');
  if (input.renderer === null) {
    lines.push('Not run (`--skip-renderer`, or no synthetic dataset).', '');
  } else if (typeof input.renderer === 'string') {
    lines.push(`Not measured: ${input.renderer}`, '');
  } else {
    lines.push(`Headless Debian Chromium (software rendering, 1280×800), median of ${opts.runs} runs per size. The view is the best-connected N organisations of the synthetic network with its first 2N ties. First draw = from the end of the /api/graph response (read without the ties' evidence, as the explorer asks for a view it draws) to the first picture of the network on screen (above 300 organisations the drawing worker's); start tasks = main-thread tasks over 50 ms from the data arriving until 2 s after the first draw. Frame time = gap between requestAnimationFrame callbacks on the main thread (how responsive the page stays); pictures = gap between pictures put on screen (\`picturedrawn\` events: by the main thread for small views, by the drawing worker above 300 organisations), which also counts pauses when nothing needed drawing; long tasks = PerformanceObserver "longtask" (>50 ms) in the window. Layout window = from the first draw until \`data-layout="settled"\` (or the ${count(60_000)} ms cap); settled is counted from the data arriving. Quality of the drawing when settled: tie-length CV = standard deviation of tie lengths ÷ their mean, overlapped = share of organisations whose circle overlaps another's. Expand = click on "Expand here" (for the organisation whose ties the view shows least of, at most 300 ties) to the first frame drawn with the newcomers.`, '');
    lines.push(table(['Requested', 'Nodes', 'Links', 'First draw ms', 'Start tasks', 'Longest', 'Settled ms', 'Tie-length CV', 'Overlapped', 'Layout frame p50', 'p95', 'Long tasks', 'Longest', 'Pictures p50', 'p95', 'Pan/zoom frame p50', 'p95', 'Long tasks', 'Longest', 'Pictures p50', 'p95', 'Expand ms', 'of which API', 'Added', 'Errors'],
      input.renderer.map((r) => [count(r.requested), count(r.nodes), count(r.links), count(r.firstDrawMs), r.start.longTasks, ms(r.start.longestTaskMs), settledText(r.settledMs), cv(r.quality), share(r.quality),
        ms(r.layout.medianMs), ms(r.layout.p95Ms), r.layout.longTasks, ms(r.layout.longestTaskMs), ms(r.layout.pictureMedianMs), ms(r.layout.pictureP95Ms),
        ms(r.panZoom.medianMs), ms(r.panZoom.p95Ms), r.panZoom.longTasks, ms(r.panZoom.longestTaskMs), ms(r.panZoom.pictureMedianMs), ms(r.panZoom.pictureP95Ms),
        r.expandMs === null ? '–' : count(r.expandMs), r.expandFetchMs === null ? '–' : count(r.expandFetchMs), count(r.expandAdded), r.errors.length])), '');
    const withPeer = input.renderer.filter((r) => r.peer);
    if (withPeer.length) {
      lines.push('### Peer: force-graph (bench/force-graph-peer.ts)', '');
      lines.push(`\`force-graph\` ${FORCE_GRAPH_VERSION} with its defaults draws the same graph (nodes and ties our view was given) in a page of its own in the same Chromium and viewport, right after each of our runs; its first draw counts from handing it the JSON text (parsing included). It draws plain dots and lines (no labels, arrows or dashes), stops its layout after its 15 s cooldown, and is then fitted to the screen (zoomToFit) so that both pan and zoom over the whole picture; while its layout runs it is not re-fitted (ours follows its growing drawing). Ratio = ours ÷ force-graph (below 1: ours is faster).`, '');
      const pair = (ours: number, theirs: number) => `${ms(ours)} / ${ms(theirs)} = ${ratio(ours / theirs)}`;
      lines.push(table(['Nodes', 'First draw ms, ours / theirs = ratio', 'Layout frame p95', 'Layout pictures p95', 'Pan/zoom frame p95', 'Pan/zoom pictures p95', 'Settled ms', 'Start tasks, longest', 'Their tie-length CV', 'Their overlapped', 'Their errors'],
        withPeer.map((r) => {
          const peer = r.peer!;
          return [count(r.nodes), pair(r.firstDrawMs, peer.firstDrawMs), pair(r.layout.p95Ms, peer.layout.p95Ms), pair(r.layout.pictureP95Ms, peer.layout.pictureP95Ms), pair(r.panZoom.p95Ms, peer.panZoom.p95Ms), pair(r.panZoom.pictureP95Ms, peer.panZoom.pictureP95Ms),
            r.settledMs !== null && peer.settledMs !== null ? pair(r.settledMs, peer.settledMs) : `${settledText(r.settledMs)} / ${settledText(peer.settledMs)}`,
            `${ms(r.start.longestTaskMs)} / ${ms(peer.start.longestTaskMs)}`, cv(peer.quality), share(peer.quality), peer.errors.length];
        })), '');
    }
  }

  lines.push('## Measures of the view (bench/measures-bench.ts)', '');
  if (input.measures === null) lines.push('Not run (`--skip-measures`).', '');
  else if (typeof input.measures === 'string') lines.push(`Not measured: ${input.measures}`, '');
  else {
    const m = input.measures;
    lines.push(`Headless Debian Chromium runs the built measures worker (the Analysis tab's) on the first ${count(m.organisations)} organisations of the synthetic \`region\` network and the ${count(m.ties)} ties among them, ${m.runs} times: every measure (betweenness, PageRank, closeness, Louvain, components, Burt's) — ${m.communities} communities, modularity ${m.modularity.toFixed(3)}.`, '');
    lines.push(table(['Request to answer, median', 'Worst', 'In the worker, median', 'Main-thread tasks over 50 ms', 'Longest'],
      [[`${count(m.roundTripMs)} ms`, `${count(m.worstRoundTripMs)} ms`, `${count(m.computeMs)} ms`, m.longTasks, `${ms(m.longestTaskMs)} ms`]]), '');
  }

  lines.push('## Stop (bench/stop-bench.ts)', '');
  if (input.stop === null) lines.push('Not run (`--skip-stop`).', '');
  else if (typeof input.stop === 'string') lines.push(`Not measured: ${input.stop}`, '');
  else lines.push(`\`npm start\` (scripts/start.ts with a local Neo4j of its own) started ${input.stop.runs.length} times; once /api/health answers, SIGTERM, and the time until the process (server and Neo4j) has exited: ${input.stop.runs.map((value) => `${count(value)} ms`).join(', ')} (median ${count(input.stop.medianMs)} ms).`, '');

  lines.push('## Client bundle (dist/client)', '');
  if (!input.bundle) {
    lines.push('Not built.', '');
  } else {
    const total = input.bundle.reduce((sum, asset) => ({ bytes: sum.bytes + asset.bytes, gzip: sum.gzip + asset.gzipBytes }), { bytes: 0, gzip: 0 });
    lines.push(table(['Asset', 'Raw', 'Gzipped'], [
      ...input.bundle.map((asset) => [asset.file, kib(asset.bytes), kib(asset.gzipBytes)]),
      ['**total JS + CSS**', kib(total.bytes), `**${kib(total.gzip)}**`],
    ]), '');
  }
  return `${lines.join('\n')}\n`;
}

main().then(
  (code) => { process.exitCode = code; },
  (error: Error) => {
    console.error(error.stack ?? error.message);
    process.exitCode = 1;
  },
);
