// `npm run seed:synthetic -- --scale city|region|england|national [--seed N] [--batch-size N] [--concurrency N]
// [--reset] [--force] [--out FILE]`: generates a synthetic network and bulk-loads it into the synthetic Neo4j
// (127.0.0.1:7689, or NEO4J_URI), refusing a database that holds non-synthetic organisations unless --force.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { loadQueries } from '../../server/cypher/query-store.ts';
import { SCALES, TIE_TYPES, generateNetwork, summarise, type Scale, type SyntheticNetwork } from './generate-network.ts';
import { DEFAULT_BATCH_SIZE, bulkLoad, createProgressBar, formatLoadSummary } from './bulk-loader.ts';
import { countNonSynthetic, openSyntheticDatabase, resetSyntheticDatabase, syntheticConfig } from './synthetic-database.ts';
import { mergedVocabularyIds } from './synthetic-vocabulary.ts';

const USAGE = 'Usage: npm run seed:synthetic -- --scale city|region|england|national [--seed N] [--batch-size N] [--concurrency N] [--reset] [--force] [--out FILE]';

function integerOption(raw: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`--${name} must be an integer ${min}–${max} (got "${raw}")\n${USAGE}`);
  return value;
}

/** NDJSON, one record a line ({ meta } first, then { source }, { organisation }, { tie }), written with backpressure. */
async function writeNetwork(network: SyntheticNetwork, file: string): Promise<void> {
  const out = createWriteStream(file);
  const write = async (record: object) => {
    if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, 'drain');
  };
  await write({ meta: { scale: network.scale, seed: network.seed, synthetic: true, ...summarise(network) } });
  for (const source of network.sources) await write({ source });
  for (const organisation of network.organisations) await write({ organisation });
  for (const tie of network.ties) await write({ tie });
  out.end();
  await once(out, 'finish');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string' },
      seed: { type: 'string' },
      'batch-size': { type: 'string' },
      concurrency: { type: 'string' },
      reset: { type: 'boolean' },
      force: { type: 'boolean' },
      out: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const scale = values.scale as Scale | undefined;
  if (!scale || !SCALES.includes(scale)) throw new Error(`--scale must be one of ${SCALES.join(', ')}\n${USAGE}`);
  const seed = integerOption(values.seed, 'seed', 1, 0, 0xffffffff);
  const batchSize = integerOption(values['batch-size'], 'batch-size', DEFAULT_BATCH_SIZE, 1, 100_000);
  const concurrency = integerOption(values.concurrency, 'concurrency', 2, 1, 8);

  const generated = performance.now();
  const network = generateNetwork(scale, seed);
  const summary = summarise(network);
  console.error(`Generated the ${scale} network (seed ${seed}) in ${((performance.now() - generated) / 1000).toFixed(1)} s: ${summary.organisations.toLocaleString('en-GB')} organisations, ${summary.ties.toLocaleString('en-GB')} ties.`);

  if (values.out) {
    await writeNetwork(network, values.out);
    console.error(`Wrote ${values.out} (NDJSON); no database was touched.`);
    return 0;
  }

  const vocabulary = mergedVocabularyIds();
  let allowedTypes = vocabulary.tieTypeIds;
  if (!vocabulary.hasMainVocabulary) {
    console.error('Warning: seed/data/vocabulary.json does not exist yet; accepting the generator\'s own tie types.');
    allowedTypes = new Set([...allowedTypes, ...TIE_TYPES]);
  }
  const unknownKinds = Object.keys(summary.kinds).filter((kind) => vocabulary.hasMainVocabulary && !vocabulary.kindIds.has(kind));
  if (unknownKinds.length) console.error(`Warning: kinds outside the vocabulary: ${unknownKinds.join(', ')}.`);

  const config = syntheticConfig();
  const target = await openSyntheticDatabase(config, (line) => console.error(line));
  try {
    const queries = loadQueries();
    const isLoopback = /^(bolt|neo4j)(\+s|\+ssc)?:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?/.test(config.neo4j.uri);
    const foreign = await countNonSynthetic(target.database, queries);
    if (foreign > 0 && !values.force) {
      console.error(`Refusing: ${config.neo4j.uri} holds ${foreign.toLocaleString('en-GB')} non-synthetic organisations (the real data set?). Synthetic data goes to its own database (unset NEO4J_URI), or add --force to mix them knowingly.`);
      return 2;
    }
    // Ids repeat across scales and seeds (syn-icb-1 is another board in another network), so two networks must not mix.
    const loaded = await target.database.read(async (tx) => (await tx.run(queries.get('sources/list-sources'))).records
      .map((record) => record.get('source') as { id: string; title: string })
      .find((source) => source.id === network.sources[0]!.id));
    if (loaded && loaded.title !== network.sources[0]!.title && !values.reset && !values.force) {
      console.error(`Refusing: ${config.neo4j.uri} holds another synthetic network ("${loaded.title}"). Add --reset to replace it.`);
      return 2;
    }
    if (values.reset) {
      if (!isLoopback && !values.force) {
        console.error(`Refusing to empty ${config.neo4j.uri}: it is not a loopback database. Add --force if you mean it.`);
        return 2;
      }
      const started = performance.now();
      await resetSyntheticDatabase(target.database, queries);
      console.error(`Emptied ${config.neo4j.uri} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    }
    console.error(`Loading into ${config.neo4j.uri} (${target.version}), batches of ${batchSize}…`);
    const bar = createProgressBar();
    const result = await bulkLoad(target.database, queries, { ...network, totalRows: summary.organisations + summary.ties }, {
      allowedTypes,
      batchSize,
      concurrency,
      onProgress: bar.update,
    });
    bar.done();
    console.log(formatLoadSummary(result));
    if (target.startedHere) {
      console.error(`Stopping the synthetic Neo4j; explore it with: NEO4J_BOLT_PORT=${config.localNeo4j.boltPort} NEO4J_DATA_DIR=${config.localNeo4j.dataDir} npm start`);
    }
    return 0;
  } finally {
    await target.stop();
  }
}

main().then(
  (code) => { process.exitCode = code; },
  (error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  },
);
