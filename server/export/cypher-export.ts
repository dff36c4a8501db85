// A cypher-shell script that recreates the subgraph in an empty Neo4j 5 in the project's storage model
// (see cypher/schema and cypher/seed): schema, then (:Source), (:Organisation), then typed ties with evidence.
import type { Organisation, Subgraph, Tie } from '../schemas/graph.ts';
import type { Attributes } from '../contract/attributes.ts';
import type { ExportContext } from './export-types.ts';
import { citedSources, type CitedSource } from './evidence-sources.ts';
import { optionalTextFields } from '../contract/fields.ts';

// The same statements as cypher/schema/*.cypher, so an imported copy searches and merges like the original.
const SCHEMA = [
  'CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (o:Organisation) REQUIRE o.id IS UNIQUE;',
  'CREATE INDEX organisation_kind IF NOT EXISTS FOR (o:Organisation) ON (o.kind);',
  'CREATE FULLTEXT INDEX organisation_names IF NOT EXISTS FOR (o:Organisation) ON EACH [o.name, o.shortName, o.aliasesText];',
  'CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;',
];

/** Must match the seed loader (seed/seed-loader.ts), which fills the full-text index's aliasesText the same way. */
export const ALIASES_TEXT_SEPARATOR = ' | ';

const RELATIONSHIP_TYPE = /^[A-Z][A-Z0-9_]*$/;

const ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

const unicodeEscape = (char: string): string => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * A single-quoted Cypher string literal. Line breaks are escaped too, so no literal spans lines and a loader can
 * split the script on ";\n"; other control characters, DEL, line/paragraph separators and lone surrogates (which
 * UTF-8 cannot encode) become \uXXXX. Other Unicode is written as is.
 */
export function cypherString(text: string): string {
  return `'${text.replace(/[\\'\u0000-\u001F\u007F\u2028\u2029]|[\uD800-\uDFFF]/gu, (char) => ESCAPES[char] ?? unicodeEscape(char))}'`;
}

export function cypherList(items: readonly string[]): string {
  return `[${items.map(cypherString).join(', ')}]`;
}

/** Types come from the vocabulary whitelist; this is the last check before one is written into a pattern. */
export function cypherRelationshipType(type: string): string {
  if (!RELATIONSHIP_TYPE.test(type)) throw new Error(`Invalid relationship type "${type}": expected ${RELATIONSHIP_TYPE}`);
  return `\`${type}\``;
}

// Null properties are left out rather than set to null: in Neo4j a null property does not exist, so both are the same.
function assignments(variable: string, properties: Record<string, string | null>): string {
  return Object.entries(properties)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([key, literal]) => `${variable}.${key} = ${literal}`)
    .join(', ');
}

const optional = (text: string | null): string | null => (text === null ? null : cypherString(text));

/** Extra attributes as the `attr_<name>` properties that store them (names are slugs, so safe as keys). */
const attributeLiterals = (attributes: Attributes | undefined): Record<string, string> =>
  Object.fromEntries(Object.entries(attributes ?? {}).map(([name, value]) => [
    `attr_${name}`, Array.isArray(value) ? cypherList(value) : typeof value === 'string' ? cypherString(value) : String(value),
  ]));

function sourceStatement(source: CitedSource): string {
  const set = assignments('s', { title: cypherString(source.title), publisher: optional(source.publisher), url: optional(source.url) });
  return `MERGE (s:Source {id: ${cypherString(source.id)}}) SET ${set};`;
}

function organisationStatement(org: Organisation): string {
  // shortName keeps its place after name (the statements read as before); the other optional fields follow kind.
  const set = assignments('o', Object.assign({
    name: cypherString(org.name),
    shortName: optional(org.shortName),
    aliases: cypherList(org.aliases),
    aliasesText: cypherString(org.aliases.join(ALIASES_TEXT_SEPARATOR)),
    kind: cypherString(org.kind),
  }, optionalTextFields((field) => optional(org[field])), attributeLiterals(org.attributes)));
  return `MERGE (o:Organisation {id: ${cypherString(org.id)}}) SET ${set};`;
}

function tieStatement(tie: Tie): string {
  const set = assignments('r', {
    since: optional(tie.since),
    until: optional(tie.until),
    description: optional(tie.description),
    evidenceSources: cypherList(tie.evidence.map((item) => item.source)),
    evidenceQuotes: cypherList(tie.evidence.map((item) => item.quote)),
    ...attributeLiterals(tie.attributes),
  });
  return (
    `MATCH (a:Organisation {id: ${cypherString(tie.source)}}), (b:Organisation {id: ${cypherString(tie.target)}}) ` +
    `MERGE (a)-[r:${cypherRelationshipType(tie.type)} {id: ${cypherString(tie.id)}}]->(b) SET ${set};`
  );
}

// A comment line must not hold ";" + line break (a loader would split there) nor a line break of its own.
const commentText = (text: string): string => text.replace(/[\u0000-\u001F\u007F\u2028\u2029;]/g, ' ');

// Section comments only precede a non-empty section, so no split chunk is a comment alone.
const section = (title: string, statements: string[]): string[] => (statements.length ? ['', `// ${title}`, ...statements] : []);

export function toCypher(subgraph: Subgraph, context: ExportContext): string {
  // Validate every type first, so an invalid one throws before any text is produced.
  const ties = subgraph.links.map(tieStatement);
  const sources = citedSources(subgraph);
  return [
    `// Partnership Graph Explorer export ${commentText(context.title)}, generated ${commentText(context.generatedAt)}`,
    `// ${sources.length} sources, ${subgraph.nodes.length} organisations, ${subgraph.links.length} ties. ` +
      'Run against an empty Neo4j 5: cypher-shell -f <this file>',
    ...SCHEMA,
    ...section('Sources', sources.map(sourceStatement)),
    ...section('Organisations', subgraph.nodes.map(organisationStatement)),
    ...section('Ties', ties),
    '',
  ].join('\n');
}
