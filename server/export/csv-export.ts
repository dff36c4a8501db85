// A zip of neo4j-admin import files (organisations.csv, ties.csv) that also open safely in a spreadsheet:
// RFC 4180 quoting, CRLF, UTF-8 without BOM, formula-looking cells neutralised, and a README.txt saying how.
import { strToU8, zipSync } from 'fflate';
import type { Subgraph } from '../schemas/graph.ts';
import type { ExportContext } from './export-types.ts';
import {
  ORGANISATION_ATTRIBUTES,
  TIE_ATTRIBUTES,
  attributeRow,
  organisationAttributes,
  tieAttributes,
  pickAttributes,
  type AttributeCell,
  type AttributeDefinition,
} from './attribute-rows.ts';

// Only what the storage model holds (plus degree, a snapshot, and the measures when asked for): display-only fields
// such as colours stay out.
const ORGANISATION_COLUMNS = pickAttributes(ORGANISATION_ATTRIBUTES, [
  'name', 'shortName', 'aliases', 'kind', 'sector', 'city', 'country', 'description', 'url', 'since', 'until', 'degree',
]);
const TIE_COLUMNS = pickAttributes(TIE_ATTRIBUTES, ['since', 'until', 'description', 'evidenceSources', 'evidenceQuotes']);

/**
 * neo4j-admin splits array fields on one character and has no escape for it. `;` is its default, but evidence
 * quotes often contain one, so the first candidate that occurs in no array item is used and README.txt gives the
 * matching --array-delimiter; values are never altered to fit.
 */
const ARRAY_DELIMITERS = [';', '|', '¦', '§', '~'] as const;

// What spreadsheets treat as the start of a formula (OWASP CSV injection guidance), after any quotes: a cell that
// already starts with the guard (`'=x`) gets one more, so the import, which removes one, gives back exactly `'=x`.
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function chooseArrayDelimiter(lists: readonly (readonly string[])[]): string {
  const used = (delimiter: string) => lists.some((items) => items.some((item) => item.includes(delimiter)));
  return ARRAY_DELIMITERS.find((delimiter) => !used(delimiter)) ?? ARRAY_DELIMITERS[0];
}

/** A cell a spreadsheet would evaluate gets a leading `'`, which spreadsheets show as "this is text". */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** RFC 4180: quote a field holding a comma, quote, CR or LF, doubling the quotes inside. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function cellText(cell: AttributeCell, arrayDelimiter: string): string {
  const { value } = cell;
  if (value === null) return ''; // neo4j-admin reads an empty field as "no property"
  if (typeof value === 'number' || typeof value === 'boolean') return String(value); // never formula-like, and a `'` would break :int
  return neutraliseFormula(typeof value === 'string' ? value : value.join(arrayDelimiter));
}

const csvLine = (fields: readonly string[]): string => `${fields.map(csvField).join(',')}\r\n`;

function header<T>(columns: readonly AttributeDefinition<T>[]): string[] {
  return columns.map(({ name, type }) => (type === 'string' ? name : `${name}:${type}`));
}

function readme(context: ExportContext, counts: { organisations: number; ties: number }, arrayDelimiter: string): string {
  return [
    'Partnership Graph Explorer export',
    `Generated: ${context.generatedAt}`,
    `organisations.csv: ${counts.organisations} organisations (one row each, label Organisation)`,
    `ties.csv: ${counts.ties} ties (one row each, relationship type in :TYPE, from :START_ID to :END_ID)`,
    '',
    'Both files are UTF-8 without a byte order mark, comma-separated, with CRLF line ends and RFC 4180 quoting',
    '(a field holding a comma, a double quote or a line break is quoted; quotes inside are doubled).',
    'Headers are in neo4j-admin import form. Evidence is kept as two parallel arrays on every tie:',
    'evidenceSources[i] is the id of the source document that contains the sentence evidenceQuotes[i].',
    '',
    `Array fields (aliases, evidenceSources, evidenceQuotes) are separated by "${arrayDelimiter}".`,
    'neo4j-admin cannot escape its array delimiter, so the export uses ";" (its default) unless a value contains one,',
    'and otherwise the first of | ¦ § ~ that no value contains. Pass it to neo4j-admin as shown below.',
    '',
    'Spreadsheet safety: a text cell starting with = + - @, a tab or a carriage return starts with an added',
    "single quote ('), so spreadsheets show it as text instead of running it as a formula. Remove that leading",
    'quote if you need the exact original text (it is also imported into Neo4j as part of the value).',
    '',
    'Import into a new, stopped Neo4j 5 database (here called "partnerships"):',
    '',
    '  neo4j-admin database import full partnerships \\',
    '    --nodes=organisations.csv --relationships=ties.csv \\',
    `    --array-delimiter="${arrayDelimiter}" --multiline-fields=true`,
    '',
    'Then, in cypher-shell, create the schema the explorer expects and its search text:',
    '',
    '  CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (o:Organisation) REQUIRE o.id IS UNIQUE;',
    '  CREATE FULLTEXT INDEX organisation_names IF NOT EXISTS',
    '    FOR (o:Organisation) ON EACH [o.name, o.shortName, o.aliasesText];',
    "  MATCH (o:Organisation) SET o.aliasesText = reduce(t = '', a IN coalesce(o.aliases, []) |",
    "    t + CASE t WHEN '' THEN '' ELSE ' | ' END + a);",
    '',
    'The source documents themselves (titles, URLs) are not in these files; use the JSON or Cypher export for them.',
    '',
  ].join('\r\n');
}

// Zip entries carry a timestamp; taking it from generatedAt keeps the archive byte-identical for the same input.
// DOS time cannot go before 1980, hence the fallback.
function zipTime(generatedAt: string): Date {
  const time = new Date(generatedAt);
  return Number.isNaN(time.getTime()) || time.getUTCFullYear() < 1980 ? new Date(1980, 0, 1) : time;
}

export function toCsvZip(subgraph: Subgraph, context: ExportContext): Uint8Array {
  const { vocabulary } = context;
  const organisationColumns = organisationAttributes(subgraph, vocabulary, ORGANISATION_COLUMNS);
  const tieColumns = tieAttributes(subgraph, vocabulary, TIE_COLUMNS);
  const organisationRows = subgraph.nodes.map((org) => ({ org, cells: attributeRow(org, organisationColumns, vocabulary) }));
  const tieRows = subgraph.links.map((tie) => ({ tie, cells: attributeRow(tie, tieColumns, vocabulary) }));
  const lists = [...organisationRows, ...tieRows].flatMap(({ cells }) =>
    cells.flatMap(({ value }) => (Array.isArray(value) ? [value as readonly string[]] : [])),
  );
  const delimiter = chooseArrayDelimiter(lists);
  const text = (cells: AttributeCell[]) => cells.map((cell) => cellText(cell, delimiter));

  const organisations = [
    csvLine(['id:ID', ...header(organisationColumns), ':LABEL']),
    ...organisationRows.map(({ org, cells }) => csvLine([neutraliseFormula(org.id), ...text(cells), 'Organisation'])),
  ].join('');
  const ties = [
    csvLine(['id', ':START_ID', ':END_ID', ':TYPE', ...header(tieColumns)]),
    ...tieRows.map(({ tie, cells }) =>
      csvLine([tie.id, tie.source, tie.target, tie.type].map(neutraliseFormula).concat(text(cells))),
    ),
  ].join('');
  const counts = { organisations: subgraph.nodes.length, ties: subgraph.links.length };

  return zipSync(
    {
      'organisations.csv': strToU8(organisations),
      'ties.csv': strToU8(ties),
      'README.txt': strToU8(readme(context, counts, delimiter)),
    },
    { mtime: zipTime(context.generatedAt) },
  );
}
