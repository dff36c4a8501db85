// Reads the API's own JSON (the `json` export: { meta, nodes, links }) into import rows. Evidence items carry
// their source's title and URL, and meta.sources lists them, so a source missing from the database can be created.
import { ORGANISATION_FIELDS } from '../contract/fields.ts';
import { ATTRIBUTE_TYPES, type AttributeType } from '../contract/attributes.ts';
import { emptyImport, textOrNull, type EvidenceRow, type ImportSet, type OrganisationRow, type TieRow } from './import-rows.ts';

type Json = Record<string, unknown>;

// What the json export writes besides the stored fields (derived, or the attributes map itself); every other field
// of a node or link is an extra attribute, as networkx's node-link data writes them (`club`, `weight`).
const NODE_FIELDS = new Set(['id', ...ORGANISATION_FIELDS, 'degree', 'version', 'measures', 'attributes']);
const LINK_FIELDS = new Set(['id', 'type', 'source', 'target', 'since', 'until', 'description', 'evidence', 'attributes']);

/** The item's `attributes` map and its fields the format does not define. */
function extraAttributes(item: Json, known: ReadonlySet<string>): Record<string, unknown> {
  const extra = Object.fromEntries(Object.entries(item).filter(([name]) => !known.has(name)));
  return { ...(isObject(item.attributes) ? item.attributes : {}), ...extra };
}
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const stringOrNull = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** V8 says "… in JSON at position 123" (or "(line 4 column 7)" in newer versions); people want a line. */
export function jsonErrorLocation(text: string, message: string): string {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return `line ${lineColumn[1]}, column ${lineColumn[2]}`;
  const position = /position (\d+)/.exec(message);
  if (!position) return 'the end of the file';
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

function evidenceRows(raw: unknown, sources: Map<string, Json>, problems: string[]): EvidenceRow[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    problems.push('evidence must be a list of { source, quote } or { url, note }');
    return [];
  }
  return raw.flatMap((item, index): EvidenceRow[] => {
    if (!isObject(item)) {
      problems.push(`evidence[${index}] must be an object`);
      return [];
    }
    const source = stringOrNull(item.source);
    const known = source ? sources.get(source) : undefined;
    return [{
      source,
      quote: stringOrNull(item.quote) ?? stringOrNull(item.note),
      url: stringOrNull(item.url) ?? stringOrNull(known?.url),
      title: stringOrNull(item.title) ?? stringOrNull(known?.title),
      publisher: stringOrNull(item.publisher) ?? stringOrNull(known?.publisher),
    }];
  });
}

/** The json export's `meta.attributes` ({ organisation: { name: type }, tie: … }): dates stay dates in another database. */
function declaredTypes(value: unknown): ImportSet['attributeTypes'] {
  if (!isObject(value)) return {};
  const scope = (types: unknown) => Object.fromEntries(Object.entries(isObject(types) ? types : {})
    .filter((entry): entry is [string, AttributeType] => (ATTRIBUTE_TYPES as readonly unknown[]).includes(entry[1])));
  return { organisation: scope(value.organisation), tie: scope(value.tie) };
}

export function parseJsonImport(text: string, file = 'the JSON file'): ImportSet {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return emptyImport('json', file, `not valid JSON (${jsonErrorLocation(text, (error as Error).message)})`);
  }
  if (!isObject(document) || (!Array.isArray(document.nodes) && !Array.isArray(document.links))) {
    return emptyImport('json', file, 'expected the JSON export\'s shape: { "nodes": [organisations], "links": [ties] }');
  }
  const meta = isObject(document.meta) ? document.meta : {};
  const sources = new Map<string, Json>();
  for (const source of Array.isArray(meta.sources) ? meta.sources : []) {
    if (isObject(source) && typeof source.id === 'string') sources.set(source.id, source);
  }
  const nodes = Array.isArray(document.nodes) ? document.nodes : [];
  const links = Array.isArray(document.links) ? document.links : [];

  const organisations = nodes.map((node, index): OrganisationRow => {
    const ref = `nodes[${index}]`;
    if (!isObject(node)) return { ref, id: null, values: {}, attributes: {}, problems: ['must be an object'] };
    const values = Object.fromEntries(ORGANISATION_FIELDS.map((name) => [name, textOrNull(node[name])]));
    values.aliases ??= [];
    return { ref, id: textOrNull(node.id), values, attributes: extraAttributes(node, NODE_FIELDS), problems: [] };
  });
  const ties = links.map((link, index): TieRow => {
    const ref = `links[${index}]`;
    const problems: string[] = [];
    const item = isObject(link) ? link : {};
    if (!isObject(link)) problems.push('must be an object');
    return {
      ref,
      id: textOrNull(item.id),
      type: textOrNull(item.type),
      source: textOrNull(item.source),
      target: textOrNull(item.target),
      since: textOrNull(item.since),
      until: textOrNull(item.until),
      description: textOrNull(item.description),
      evidence: evidenceRows(item.evidence, sources, problems),
      attributes: extraAttributes(item, LINK_FIELDS),
      problems,
    };
  });
  const vocabulary = isObject(document.vocabulary) ? document.vocabulary : null;
  const list = (value: unknown) => (Array.isArray(value) ? value : []);
  return {
    format: 'json', organisations, ties, fileProblems: [], attributeTypes: declaredTypes(meta.attributes),
    ...(vocabulary ? { vocabulary: { kinds: list(vocabulary.kinds), tieTypes: list(vocabulary.tieTypes) } } : {}),
  };
}
