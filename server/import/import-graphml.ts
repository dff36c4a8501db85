// Reads GraphML as the graphml export writes it (keys named after our attributes) into import rows. GraphML has
// no lists: aliases, evidence sources and quotes come back from the export's reversibly joined text (list-text.ts);
// the readable `evidence` text adds each source's title and URL (for a source the database lacks) where it splits
// into the same items. Files without `evidenceQuotes` (written before it was exported) are read from that text alone.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { EVIDENCE_SEPARATOR } from '../export/attribute-rows.ts';
import { splitList } from '../export/list-text.ts';
import { emptyImport, textOrNull, type EvidenceRow, type ImportSet, type OrganisationRow, type TieRow } from './import-rows.ts';
import { optionalTextFields } from '../contract/fields.ts';
import type { AttributeType } from '../contract/attributes.ts';
import { MEASURE_ATTRIBUTES, ORGANISATION_ATTRIBUTES, TIE_ATTRIBUTES } from '../export/attribute-rows.ts';

// What the graphml export writes besides extra attributes (stored fields, derived columns, the layout); every other
// key is an extra attribute, typed by its attr.type (networkx writes a karate club's `club` and `weight` so).
const EXPORTED = {
  node: new Set([...ORGANISATION_ATTRIBUTES, ...MEASURE_ATTRIBUTES].map(({ name }) => name).concat('x', 'y')),
  edge: new Set(TIE_ATTRIBUTES.map(({ name }) => name)),
};
const TYPE_OF_KEY: Record<string, AttributeType> = { int: 'number', long: 'number', float: 'number', double: 'number', boolean: 'boolean' };

type Element = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // Numeric character references (&#10;) are how the exporter keeps line breaks; this option decodes them.
  htmlEntities: true,
  // Elements that may repeat are always lists; `key` is also an attribute name (of <data>), which stays a string.
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['graph', 'key', 'node', 'edge', 'data'].includes(name),
});

const elements = (value: unknown): Element[] => (Array.isArray(value) ? value.filter((item): item is Element => typeof item === 'object' && item !== null) : []);
const attribute = (element: Element, name: string): string | null => (typeof element[name] === 'string' ? (element[name] as string) : null);

/** `<data key="n-name">…</data>` → { name: "…" }, through the `<key>` declarations. */
function dataValues(element: Element, keyNames: Map<string, string>): Map<string, string> {
  const values = new Map<string, string>();
  for (const data of elements(element.data)) {
    const name = keyNames.get(attribute(data, 'key') ?? '');
    const text = typeof data['#text'] === 'string' ? data['#text'] : '';
    if (name) values.set(name, text);
  }
  return values;
}

const split = (text: string | undefined, separator: string): string[] => (text ? text.split(separator) : []);

/** One item of the export's evidence text, "quote — title (url)", back into its parts. */
function evidenceItem(text: string, source: string): EvidenceRow | null {
  const dash = text.lastIndexOf(' — ');
  if (dash < 0) return null;
  const suffix = text.slice(dash + 3);
  const withUrl = /^(.*) \((https?:\/\/[^\s()]+)\)$/.exec(suffix);
  return {
    source,
    quote: text.slice(0, dash) || null,
    title: (withUrl ? withUrl[1] : suffix) || null,
    url: withUrl ? withUrl[2]! : null,
    publisher: null,
  };
}

function tieEvidence(values: Map<string, string>, problems: string[]): EvidenceRow[] {
  const sources = splitList(values.get('evidenceSources'));
  const texts = split(values.get('evidence'), EVIDENCE_SEPARATOR);
  const described = texts.length === sources.length ? texts.map((text, index) => evidenceItem(text, sources[index]!)) : [];
  if (values.has('evidenceQuotes')) {
    const quotes = splitList(values.get('evidenceQuotes'));
    if (quotes.length !== sources.length) {
      problems.push(`evidenceSources has ${sources.length} item(s) but evidenceQuotes has ${quotes.length}: they are pairs`);
      return [];
    }
    return sources.map((source, index) => ({ source, quote: quotes[index] || null, title: described[index]?.title ?? null, url: described[index]?.url ?? null, publisher: null }));
  }
  const count = values.has('evidenceCount') ? Number(values.get('evidenceCount')) : sources.length;
  if (sources.length === 0 && texts.length === 0) return [];
  if (texts.length !== sources.length || count !== sources.length) {
    problems.push(`the evidence text cannot be split into its ${sources.length} item(s) unambiguously ` +
      `(a quote contains "${EVIDENCE_SEPARATOR.trim()}"); import this tie from the JSON or CSV export instead`);
    return [];
  }
  if (described.some((item) => item === null)) {
    problems.push('the evidence text is not in the export\'s form "quote — title (url)"');
    return [];
  }
  return described as EvidenceRow[];
}

export function parseGraphmlImport(text: string, file = 'the GraphML file'): ImportSet {
  // GraphML never needs a DTD; refusing one rules out entity-expansion attacks.
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) return emptyImport('graphml', file, 'contains a DOCTYPE or ENTITY declaration, which GraphML does not need');
  const valid = XMLValidator.validate(text);
  if (valid !== true) return emptyImport('graphml', `${file} line ${valid.err.line}`, `not well-formed XML: ${valid.err.msg}`);
  let document: Element;
  try {
    document = parser.parse(text) as Element;
  } catch (error) {
    // Well-formed but beyond the parser's bounds (GraphML nests 4 deep; the parser stops at 100).
    return emptyImport('graphml', file, /nested/i.test(String(error)) ? 'elements nested far more deeply than GraphML has them' : 'not readable as GraphML');
  }
  const root = elements([document.graphml])[0];
  const graph = root ? elements(root.graph)[0] : undefined;
  if (!root || !graph) return emptyImport('graphml', file, 'expected <graphml> with a <graph> element');

  const keyNames = { node: new Map<string, string>(), edge: new Map<string, string>() };
  const types = { node: {} as Record<string, AttributeType>, edge: {} as Record<string, AttributeType> };
  for (const key of elements(root.key)) {
    const id = attribute(key, 'id');
    const name = attribute(key, 'attr.name');
    const scope = attribute(key, 'for');
    const scopes: readonly ('node' | 'edge')[] = scope === 'node' || scope === 'edge' ? [scope] : scope === 'all' || scope === null ? ['node', 'edge'] : [];
    for (const each of id && name ? scopes : []) {
      keyNames[each].set(id!, name!);
      const type = TYPE_OF_KEY[attribute(key, 'attr.type') ?? ''];
      if (type && !EXPORTED[each].has(name!)) types[each][name!] = type;
    }
  }
  const extra = (values: Map<string, string>, scope: 'node' | 'edge') =>
    Object.fromEntries([...values].filter(([name]) => !EXPORTED[scope].has(name)));

  const organisations = elements(graph.node).map((node, index): OrganisationRow => {
    const values = dataValues(node, keyNames.node);
    const get = (name: string) => textOrNull(values.get(name));
    return {
      ref: `node ${index + 1}`,
      id: textOrNull(attribute(node, 'id')),
      values: {
        name: get('name'),
        kind: get('kind'),
        aliases: splitList(values.get('aliases')),
        ...optionalTextFields(get),
      },
      attributes: extra(values, 'node'),
      problems: [],
    };
  });
  const ties = elements(graph.edge).map((edge, index): TieRow => {
    const values = dataValues(edge, keyNames.edge);
    const problems: string[] = [];
    return {
      ref: `edge ${index + 1}`,
      id: textOrNull(attribute(edge, 'id')),
      type: textOrNull(values.get('type')),
      source: textOrNull(attribute(edge, 'source')),
      target: textOrNull(attribute(edge, 'target')),
      since: textOrNull(values.get('since')),
      until: textOrNull(values.get('until')),
      description: textOrNull(values.get('description')),
      evidence: tieEvidence(values, problems),
      attributes: extra(values, 'edge'),
      problems,
    };
  });
  return { format: 'graphml', organisations, ties, fileProblems: [], attributeTypes: { organisation: types.node, tie: types.edge } };
}
