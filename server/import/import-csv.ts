// Reads the CSV export back (organisations.csv + ties.csv, from its zip or as two texts) into import rows, so
// export → edit in a spreadsheet → import works. The columns are those the exporter writes (asked from it, not
// repeated here) plus any others, which are extra attributes typed by their neo4j-admin header (`weight:float`) or,
// without one, by their values; the `'` the exporter puts before formula-like cells is removed again.
import { strFromU8, unzipSync } from 'fflate';
import { readZipEntries, ZipTooLarge } from './zip-entries.ts';
import { neutraliseFormula, toCsvZip } from '../export/csv-export.ts';
import { readCsv, type CsvRecord } from './csv-reader.ts';
import { decodeText } from './text-decoding.ts';
import { emptyImport, type EvidenceRow, type ImportSet, type OrganisationRow, type TieRow } from './import-rows.ts';
import { optionalTextFields } from '../contract/fields.ts';
import { attributeFromText, type AttributeType } from '../contract/attributes.ts';

export interface CsvTexts {
  organisations?: string;
  ties?: string;
  /** neo4j-admin's array delimiter; the export's README.txt names it, ";" by default. */
  arrayDelimiter?: string;
}

/** The header lines the CSV export writes today, read from an empty export. */
function exportHeaders(): { organisations: string[]; ties: string[] } {
  const zip = unzipSync(toCsvZip({ nodes: [], links: [], truncated: false }, { vocabulary: { kinds: [], tieTypes: [] }, title: '', generatedAt: '2000-01-01T00:00:00Z' }));
  const header = (name: string) => readCsv(strFromU8(zip[name]!))[0]!.fields;
  return { organisations: header('organisations.csv'), ties: header('ties.csv') };
}
const EXPORT_HEADERS = exportHeaders();

/** neo4j-admin header → our field: `aliases:string[]` → aliases, `:START_ID` → source; degree and :LABEL are derived. */
const FIELD_OF_HEADER: Record<string, string> = { ':START_ID': 'source', ':END_ID': 'target', ':TYPE': 'type', ':LABEL': '', 'degree:int': '' };
const fieldOf = (header: string) => FIELD_OF_HEADER[header] ?? header.replace(/:.*$/, '');

const REQUIRED = { organisations: ['id:ID', 'name', 'kind'], ties: [':START_ID', ':END_ID', ':TYPE', 'evidenceSources:string[]', 'evidenceQuotes:string[]'] };

/** Undoes the exporter's spreadsheet guard: `'=x` → `=x`, but a `'` the author typed (`'Tis`) stays. */
export function unneutralise(cell: string): string {
  if (!cell.startsWith("'")) return cell;
  const rest = cell.slice(1);
  return neutraliseFormula(rest) !== rest ? rest : cell;
}

const ARRAY_DELIMITER_IN_README = /are separated by "([^"]+)"/;

export function arrayDelimiterFromReadme(readme: string | undefined): string | undefined {
  return readme ? ARRAY_DELIMITER_IN_README.exec(readme)?.[1] : undefined;
}

type Rows = { line: number; cells: Map<string, string | null>; problems: string[] }[];
interface Table { rows: Rows; extra: { header: string; name: string; type: AttributeType | null }[] }

// neo4j-admin's column types as attribute types; a column without one is typed by its values (see columnType).
const TYPE_OF_HEADER: Record<string, AttributeType> = {
  string: 'string', int: 'number', long: 'number', short: 'number', byte: 'number', float: 'number', double: 'number',
  boolean: 'boolean', date: 'date', 'string[]': 'list',
};

/** An untyped column of numbers is a number, of true/false a boolean, else text. */
function columnType(cells: readonly (string | null)[]): AttributeType | null {
  const values = cells.filter((cell): cell is string => cell !== null);
  if (values.length === 0) return null;
  if (values.every((cell) => attributeFromText('number', cell) !== undefined)) return 'number';
  if (values.every((cell) => cell === 'true' || cell === 'false')) return 'boolean';
  return null;
}

function readTable(text: string, file: string, kind: 'organisations' | 'ties', fileProblems: ImportSet['fileProblems']): Table {
  const records = readCsv(text);
  const header = records.shift();
  if (!header) return { rows: [], extra: [] };
  const names = header.fields.map((name) => name.trim());
  const known = new Set(EXPORT_HEADERS[kind]);
  const missing = REQUIRED[kind].filter((name) => !names.includes(name));
  const duplicated = names.filter((name, index) => names.indexOf(name) !== index);
  if (missing.length || duplicated.length) {
    const problems = [
      missing.length ? `missing column${missing.length > 1 ? 's' : ''} ${missing.map((n) => `"${n}"`).join(', ')}` : '',
      duplicated.length ? `column ${duplicated.map((n) => `"${n}"`).join(', ')} appears twice` : '',
    ].filter(Boolean);
    fileProblems.push({ ref: `${file} line ${header.line}`, reason: `${problems.join('; ')} (the columns are those of the CSV export: ${EXPORT_HEADERS[kind].join(',')})` });
    return { rows: [], extra: [] };
  }
  const rows = records.map((record: CsvRecord) => {
    const problems = record.problem ? [`malformed row: ${record.problem}`] : [];
    if (!record.problem && record.fields.length !== names.length) {
      problems.push(`malformed row: ${record.fields.length} fields where the header has ${names.length}`);
    }
    const cells = new Map(names.map((name, index) => {
      const raw = record.fields[index];
      return [known.has(name) ? fieldOf(name) : name, raw === undefined || raw === '' ? null : unneutralise(raw)] as const;
    }));
    return { line: record.line, cells, problems };
  });
  // Every other column is an extra attribute, named by its header without the type (`weight:float` → weight).
  const extra = names.filter((name) => !known.has(name)).map((header) => {
    const [name = '', suffix] = header.split(':');
    const type = suffix === undefined ? columnType(rows.map((row) => row.cells.get(header) ?? null)) : TYPE_OF_HEADER[suffix] ?? 'string';
    return { header, name, type };
  });
  return { rows, extra };
}

const list = (cell: string | null | undefined, delimiter: string): string[] => (cell ? cell.split(delimiter) : []);
const isUrl = (text: string) => /^https?:\/\//i.test(text);

function tieEvidence(sources: string[], quotes: string[], problems: string[]): EvidenceRow[] {
  if (sources.length !== quotes.length) {
    problems.push(`evidenceSources has ${sources.length} item(s) but evidenceQuotes has ${quotes.length}: they are pairs`);
    return [];
  }
  // A spreadsheet user may put a web address where a source id goes: that page becomes (or finds) its source.
  return sources.map((source, index) => ({
    source: isUrl(source) ? null : source,
    url: isUrl(source) ? source : null,
    quote: quotes[index] || null,
    title: null,
    publisher: null,
  }));
}

/** A row's extra attribute cells: lists split at the array delimiter, the rest as text (typed by the plan). */
function attributeCells(cells: Map<string, string | null>, extra: Table['extra'], delimiter: string): Record<string, unknown> {
  return Object.fromEntries(extra.map(({ header, name, type }) => {
    const cell = cells.get(header) ?? null;
    return [name, type === 'list' ? list(cell, delimiter) : cell];
  }));
}

const attributeTypes = (extra: Table['extra']): Record<string, AttributeType> =>
  Object.fromEntries(extra.flatMap(({ name, type }) => (type ? [[name, type]] : [])));

export function parseCsvImport(texts: CsvTexts): ImportSet {
  const fileProblems: ImportSet['fileProblems'] = [];
  const delimiter = texts.arrayDelimiter ?? ';';
  const none: Table = { rows: [], extra: [] };
  const organisationTable = texts.organisations === undefined ? none : readTable(texts.organisations, 'organisations.csv', 'organisations', fileProblems);
  const tieTable = texts.ties === undefined ? none : readTable(texts.ties, 'ties.csv', 'ties', fileProblems);
  if (texts.organisations === undefined && texts.ties === undefined) {
    fileProblems.push({ ref: 'import', reason: 'neither organisations.csv nor ties.csv was given' });
  }
  const organisations = organisationTable.rows.map(({ line, cells, problems }): OrganisationRow => ({
    ref: `organisations.csv line ${line}`,
    id: cells.get('id') ?? null,
    values: {
      name: cells.get('name') ?? null,
      kind: cells.get('kind') ?? null,
      aliases: list(cells.get('aliases'), delimiter),
      ...optionalTextFields((field) => cells.get(field) ?? null),
    },
    attributes: attributeCells(cells, organisationTable.extra, delimiter),
    problems,
  }));
  const ties = tieTable.rows.map(({ line, cells, problems }): TieRow => ({
    ref: `ties.csv line ${line}`,
    id: cells.get('id') ?? null,
    type: cells.get('type') ?? null,
    source: cells.get('source') ?? null,
    target: cells.get('target') ?? null,
    since: cells.get('since') ?? null,
    until: cells.get('until') ?? null,
    description: cells.get('description') ?? null,
    evidence: tieEvidence(list(cells.get('evidenceSources'), delimiter), list(cells.get('evidenceQuotes'), delimiter), problems),
    attributes: attributeCells(cells, tieTable.extra, delimiter),
    problems,
  }));
  return { format: 'csv', organisations, ties, fileProblems, attributeTypes: { organisation: attributeTypes(organisationTable.extra), tie: attributeTypes(tieTable.extra) } };
}

/** The export's zip (or any zip holding organisations.csv and/or ties.csv, in any folder), decoded file by file. */
export function parseCsvZip(bytes: Uint8Array, maxBytes: number): ImportSet {
  const wanted = new Set(['organisations.csv', 'ties.csv', 'README.txt']);
  const baseName = (name: string) => name.slice(name.lastIndexOf('/') + 1);
  let entries: Record<string, Uint8Array>;
  try {
    entries = readZipEntries(bytes, (name) => wanted.has(baseName(name)) && !name.startsWith('__MACOSX/'), maxBytes);
  } catch (error) {
    const reason = error instanceof ZipTooLarge
      ? `unpacks to more than the import limit of ${maxBytes} bytes`
      : 'not a readable zip file (export as csv gives a zip with organisations.csv and ties.csv)';
    return emptyImport('csv', 'the zip file', reason);
  }
  const texts: CsvTexts = {};
  const fileProblems: ImportSet['fileProblems'] = [];
  let readme: string | undefined;
  for (const [name, content] of Object.entries(entries)) {
    const base = baseName(name);
    const decoded = decodeText(content, base);
    if (!decoded.ok) {
      fileProblems.push({ ref: base, reason: decoded.problem });
      continue;
    }
    if (base === 'README.txt') readme = decoded.text;
    else if (base === 'organisations.csv') texts.organisations = decoded.text;
    else texts.ties = decoded.text;
  }
  if (fileProblems.length) return { format: 'csv', organisations: [], ties: [], fileProblems };
  texts.arrayDelimiter = arrayDelimiterFromReadme(readme);
  return parseCsvImport(texts);
}
