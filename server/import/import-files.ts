// Uploaded bytes to import rows, by format: the JSON export, the CSV export (its zip, or the two CSV texts in a
// JSON body { organisations, ties, arrayDelimiter }) and GraphML. Every file is decoded by text-decoding.ts first.
import { parseCsvImport, parseCsvZip, type CsvTexts } from './import-csv.ts';
import { parseGraphmlImport } from './import-graphml.ts';
import { parseJsonImport } from './import-json.ts';
import { emptyImport, type ImportSet } from './import-rows.ts';
import type { ImportFormat } from '../contract/formats.ts';
import { decodeText } from './text-decoding.ts';

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** `{ organisations: "<csv>", ties: "<csv>", arrayDelimiter?: ";" }`: the two CSV files without zipping them. */
function csvTextsFromJson(text: string): CsvTexts | string {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return 'not a zip, and not a JSON body { "organisations": "<csv text>", "ties": "<csv text>" }';
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'the JSON body must be an object { organisations, ties }';
  const { organisations, ties, arrayDelimiter, ...rest } = body as Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length) return `unknown field${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}: expected organisations, ties and arrayDelimiter`;
  for (const [name, value] of Object.entries({ organisations, ties, arrayDelimiter })) {
    if (value !== undefined && typeof value !== 'string') return `${name} must be a string (the CSV file's text)`;
  }
  if (typeof arrayDelimiter === 'string' && arrayDelimiter.length !== 1) return 'arrayDelimiter must be one character';
  return { organisations, ties, arrayDelimiter } as CsvTexts;
}

export function parseImportBytes(format: ImportFormat, bytes: Uint8Array | undefined, maxBytes: number): ImportSet {
  if (!bytes || bytes.length === 0) return emptyImport(format, 'the upload', 'the request has no body: send the file as the request body');
  if (format === 'csv' && isZip(bytes)) return parseCsvZip(bytes, maxBytes);
  const name = format === 'csv' ? 'the CSV body' : format === 'json' ? 'the JSON file' : 'the GraphML file';
  const decoded = decodeText(bytes, name);
  if (!decoded.ok) return emptyImport(format, name, decoded.problem);
  if (format === 'json') return parseJsonImport(decoded.text, name);
  if (format === 'graphml') return parseGraphmlImport(decoded.text, name);
  const texts = csvTextsFromJson(decoded.text);
  return typeof texts === 'string' ? emptyImport('csv', name, texts) : parseCsvImport(texts);
}

/** The CLI's way in: organisations.csv and/or ties.csv as separate files. */
export function parseCsvFiles(files: { organisations?: Uint8Array; ties?: Uint8Array }, arrayDelimiter?: string): ImportSet {
  const texts: CsvTexts = { arrayDelimiter };
  for (const [name, bytes] of [['organisations', files.organisations], ['ties', files.ties]] as const) {
    if (!bytes) continue;
    const decoded = decodeText(bytes, `${name}.csv`);
    if (!decoded.ok) return emptyImport('csv', `${name}.csv`, decoded.problem);
    texts[name] = decoded.text;
  }
  return parseCsvImport(texts);
}
