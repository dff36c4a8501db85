// `npx tsx scripts/measure-import.ts [--rows 100000] [--reset]`: import throughput. Generates a network of
// --rows rows (a quarter organisations, the rest ties with evidence), writes it as the CSV export's zip, and times
// parsing, a dry run, the real import and a re-import (all rows unchanged). Needs an empty database (--reset
// empties a loopback one). Not part of `npm test`; the figure goes in README "Curating the network".
import { DEFAULT_NETWORK } from '../server/contract/networks.ts';
import { parseArgs } from 'node:util';
import { toCsvZip } from '../server/export/csv-export.ts';
import { parseImportBytes } from '../server/import/import-files.ts';
import { runImport } from '../server/import/import-service.ts';
import { createImportRecords, importChecksum } from '../server/import/import-records.ts';
import { createCurationStore } from '../server/writes/curation-store.ts';
import { countNodes } from './backup-archive.ts';
import { applySchema } from '../server/schema-setup.ts';
import { resetDatabase } from '../seed/seed-loader.ts';
import type { Subgraph } from '../server/schemas/graph.ts';
import type { Vocabulary } from '../server/graph/vocabulary.ts';
import { isLoopback, withDatabase } from './database-cli.ts';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' }, reset: { type: 'boolean' } } });
const totalRows = Number(values.rows);

function generate(rows: number, vocabulary: Vocabulary): Subgraph {
  const organisationCount = Math.max(2, Math.round(rows / 4));
  const kinds = vocabulary.kinds.map((kind) => kind.id);
  const types = vocabulary.tieTypes.map((type) => type.id);
  const nodes = Array.from({ length: organisationCount }, (_, i) => ({
    id: `measure-org-${i}`,
    name: `Measure Organisation ${i}`,
    shortName: i % 3 === 0 ? `MO${i}` : null,
    aliases: i % 5 === 0 ? [`Measure Org ${i}`, `=formula-looking alias ${i}`] : [],
    kind: kinds[i % kinds.length]!,
    sector: 'NHS',
    city: 'Leeds',
    country: 'United Kingdom',
    description: `Generated for the import measurement, "row" ${i}, with a comma, and a quote.`,
    url: `https://example.org/org/${i}`,
    since: null,
    until: null,
    degree: 0,
  }));
  const links: Subgraph['links'] = [];
  const seen = new Set<string>();
  for (let i = 0; links.length < rows - organisationCount; i++) {
    const source = i % organisationCount;
    const target = (source + 1 + ((i * 7919) % (organisationCount - 1))) % organisationCount;
    const type = types[i % types.length]!;
    const key = `${source}-${type}-${target}`;
    if (source === target || seen.has(key)) continue;
    seen.add(key);
    const page = `https://example.org/report/${i % 100}`;
    links.push({
      id: `measure-tie-${i}`,
      type,
      source: nodes[source]!.id,
      target: nodes[target]!.id,
      since: String(2000 + (i % 24)),
      until: null,
      description: null,
      // The page's URL in evidenceSources: the import creates one source per page and reuses it.
      evidence: [{ source: page, title: page, publisher: null, url: page, quote: `Organisation ${source} and organisation ${target} work together (${i}).`, verbatim: false }],
    });
  }
  return { nodes, links, truncated: false };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

await withDatabase(async ({ config, database, queries, vocabulary }) => {
  const { total } = await countNodes(database, queries);
  if (total > 0) {
    if (!values.reset || !isLoopback(config.neo4j.uri)) {
      console.error(`${config.neo4j.uri} is not empty (${total} nodes). Use an empty database, or --reset to empty a loopback one.`);
      return 2;
    }
    await resetDatabase(database, queries);
  }
  await applySchema(database, queries);
  const store = createCurationStore(queries, vocabulary);
  const zip = toCsvZip(generate(totalRows, vocabulary), { vocabulary, title: 'measure', generatedAt: new Date().toISOString() });
  console.log(`Generated ${totalRows} rows: a ${(zip.length / 1024 / 1024).toFixed(1)} MB zip.`);

  const tools = { database, queries, store, records: createImportRecords(queries), vocabularies: { of: () => vocabulary } };
  const options = { actor: 'measure', timeoutMs: config.curation.importTimeoutMs, batchRows: config.curation.importBatchRows, checksum: importChecksum(zip), network: DEFAULT_NETWORK.id };
  const timed = async <T>(label: string, work: () => Promise<T> | T): Promise<T> => {
    const started = Date.now();
    const result = await work();
    const ms = Date.now() - started;
    console.log(`${label.padEnd(28)} ${seconds(ms).padStart(8)}  ${Math.round(totalRows / (ms / 1000))} rows/s`);
    return result;
  };
  const set = await timed('parse (unzip, decode, CSV)', () => parseImportBytes('csv', zip, 1024 * 1024 * 1024));
  const dry = await timed('dry run (parse excluded)', () => runImport(tools, set, { ...options, dryRun: true }));
  const real = await timed('import (parse excluded)', () => runImport(tools, set, { ...options, dryRun: false }));
  const again = await timed('re-import, all unchanged', () => runImport(tools, parseImportBytes('csv', zip, 1024 * 1024 * 1024), { ...options, dryRun: false }));
  if (!dry.valid || !real.committed || again.summary.ties.unchanged !== real.summary.ties.create) {
    console.error('Unexpected report:', JSON.stringify({ dry: dry.summary, real: real.summary, again: again.summary }));
    return 1;
  }
  console.log(JSON.stringify({ rows: totalRows, summary: real.summary }));
});
