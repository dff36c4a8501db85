// `npm run import -- FILE [FILE2] [--dry-run] [--format json|csv|graphml] [--actor NAME] [--array-delimiter X] [--network ID]`:
// the bulk import of POST /api/import, straight into the configured database. FILE is the json export, the csv
// export's zip, a GraphML file, or organisations.csv and/or ties.csv. Exit code 1 when any row is rejected.
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { parseCsvFiles, parseImportBytes } from '../server/import/import-files.ts';
import { IMPORT_FORMATS, type ImportFormat } from '../server/contract/formats.ts';
import type { ImportSet } from '../server/import/import-rows.ts';
import { runImport } from '../server/import/import-service.ts';
import { createCurationStore } from '../server/writes/curation-store.ts';
import { createImportRecords, importChecksum } from '../server/import/import-records.ts';
import type { ImportReport } from '../server/schemas/curation.ts';
import { withDatabase } from './database-cli.ts';
import { createNetworkRepository } from '../server/networks/network-repository.ts';
import { createVocabularies } from '../server/graph/vocabulary.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'dry-run': { type: 'boolean' },
    format: { type: 'string' },
    actor: { type: 'string' },
    'array-delimiter': { type: 'string' },
    network: { type: 'string' },
  },
});
if (positionals.length === 0 || positionals.length > 2) {
  console.error('Usage: npm run import -- FILE [FILE2] [--dry-run] [--format json|csv|graphml] [--actor NAME] [--array-delimiter X] [--network ID]');
  process.exit(2);
}

function inferFormat(files: string[]): ImportFormat {
  if (values.format) {
    if (!(IMPORT_FORMATS as readonly string[]).includes(values.format)) throw new Error(`--format must be one of ${IMPORT_FORMATS.join(', ')}`);
    return values.format as ImportFormat;
  }
  const extension = extname(files[0]!).toLowerCase();
  if (files.length > 1 || extension === '.csv' || extension === '.zip') return 'csv';
  if (extension === '.json') return 'json';
  if (extension === '.graphml' || extension === '.xml') return 'graphml';
  throw new Error(`Cannot tell the format of ${files[0]} from its extension: add --format json|csv|graphml`);
}

/** organisations.csv / ties.csv by name, otherwise by their header (neo4j-admin's id:ID or :START_ID). */
function csvRole(file: string, bytes: Uint8Array): 'organisations' | 'ties' {
  const name = basename(file).toLowerCase();
  if (name.includes('organisation')) return 'organisations';
  if (name.includes('tie')) return 'ties';
  return new TextDecoder().decode(bytes.subarray(0, 2000)).includes(':START_ID') ? 'ties' : 'organisations';
}

function readSet(files: string[], format: ImportFormat, maxBytes: number): ImportSet {
  for (const file of files) {
    if (statSync(file).size > maxBytes) throw new Error(`${file} is larger than IMPORT_MAX_BYTES (${maxBytes} bytes); raise it or split the file`);
  }
  const contents = files.map((file) => new Uint8Array(readFileSync(file)));
  const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (format !== 'csv' || (files.length === 1 && isZip(contents[0]!))) return parseImportBytes(format, contents[0], maxBytes);
  const csv: { organisations?: Uint8Array; ties?: Uint8Array } = {};
  files.forEach((file, index) => {
    csv[csvRole(file, contents[index]!)] = contents[index];
  });
  return parseCsvFiles(csv, values['array-delimiter']);
}

function printReport(report: ImportReport): void {
  const { organisations, ties, sources } = report.summary;
  console.table({ organisations, ties });
  if (sources.create) console.log(`New sources: ${sources.create}`);
  const rejected = report.rows.filter((row) => row.action === 'reject');
  const shown = (report.dryRun ? report.rows : rejected).slice(0, 50);
  for (const row of shown) {
    const detail = row.action === 'reject' ? row.reasons.join('; ') : row.fields?.length ? `fields: ${row.fields.join(', ')}` : '';
    console.log(`${row.action.padEnd(7)} ${row.ref}${row.id ? ` (${row.id})` : ''}${detail ? `: ${detail}` : ''}`);
  }
  const hidden = (report.dryRun ? report.rows : rejected).length - shown.length;
  if (hidden > 0) console.log(`… and ${hidden} more row(s).`);
  const rows = [organisations, ties].reduce((sum, counts) => sum + counts.create + counts.update + counts.unchanged + counts.reject, 0);
  const rate = Math.round(rows / Math.max(report.durationMs / 1000, 0.001));
  if (!report.valid) console.log(`Rejected: ${rejected.length} row(s) have problems; nothing was written.`);
  else if (report.dryRun) console.log(`Dry run: the import is valid (${rows} rows in ${report.durationMs} ms); nothing was written.`);
  else console.log(`Imported ${rows} rows in ${report.durationMs} ms (${rate} rows/s)${report.importId ? `, import ${report.importId}` : ''}.`);
}

await withDatabase(async ({ config, database, queries }) => {
  const format = inferFormat(positionals);
  const set = readSet(positionals, format, config.curation.importMaxBytes);
  const vocabularies = await createVocabularies(database, queries);
  const network = await createNetworkRepository(database, queries, vocabularies).resolve(values.network);
  const store = createCurationStore(queries, vocabularies.union);
  const records = createImportRecords(queries);
  const report = await runImport({ database, queries, store, records, vocabularies }, set, {
    dryRun: values['dry-run'] ?? false,
    actor: values.actor ?? `cli:${userInfo().username}`,
    timeoutMs: config.curation.importTimeoutMs,
    batchRows: config.curation.importBatchRows,
    checksum: importChecksum(...positionals.map((file) => readFileSync(file))),
    network,
  });
  printReport(report);
  return report.valid ? 0 : 1;
});
