// The one place where Cypher records become the product's data shape (Organisation, Tie, Evidence), and the fields
// curation's stored records share with it.
// Queries project plain maps (`o { .id, … }`, `r { .id, …, type, source, target }`); Neo4j types never leave here.
import type { OrganisationValues, TieValues } from '../schemas/curation.ts';
import type { Evidence, Organisation, Tie } from '../schemas/graph.ts';
import { optionalTextFields } from '../contract/fields.ts';
import type { Attributes, AttributeValue } from '../contract/attributes.ts';

export interface SourceDocument {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  /** Publication date (ISO) when the source itself states it. */
  date: string | null;
  /** Whether the source's text is stored, so quotes of it are verified passages (else they are notes about a page). */
  hasText?: boolean;
}

type Row = Record<string, unknown>;

const text = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));
export const texts = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

// Numbers are written as floats, but a restored backup or a Cypher script may hold Integers; both read as numbers.
const attributeValue = (value: unknown): AttributeValue =>
  Array.isArray(value) ? value.map(String) : typeof value === 'object' && value !== null && 'toNumber' in value ? (value as { toNumber(): number }).toNumber() : (value as AttributeValue);

/**
 * The projections' [name, value] pairs (or a stored record's map) as a map, names in order, so equal sets compare
 * (and serialise) equal.
 */
export function attributesOf(pairs: unknown): Attributes {
  const entries = Array.isArray(pairs) ? (pairs as [string, unknown][]) : typeof pairs === 'object' && pairs !== null ? Object.entries(pairs) : [];
  return Object.fromEntries(entries.map(([name, value]) => [name, attributeValue(value)] as const).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** `{ attributes }` when there are any, else nothing: most organisations and ties have none. */
const someAttributes = (pairs: unknown): { attributes?: Attributes } => {
  const attributes = attributesOf(pairs);
  return Object.keys(attributes).length ? { attributes } : {};
};

/** The fields every organisation row carries, in the order the API serves them; a missing kind becomes `missingKind`. */
export function organisationFields(row: Row, missingKind: string): OrganisationValues & { id: string } {
  const optional = optionalTextFields((field) => text(row[field]));
  // shortName keeps its place after name; the other optional fields follow kind.
  return Object.assign({ id: String(row.id), name: String(row.name ?? row.id), shortName: optional.shortName, aliases: texts(row.aliases), kind: String(row.kind ?? missingKind) }, optional);
}

export function toOrganisation(row: Row): Organisation {
  return { ...organisationFields(row, 'unknown'), degree: Number(row.degree ?? 0), ...someAttributes(row.attributes) };
}

export function toEvidence(sourceIds: string[], quotes: string[], sources: ReadonlyMap<string, SourceDocument>): Evidence[] {
  return quotes.map((quote, index) => {
    const id = sourceIds[index] ?? 'unknown';
    const source = sources.get(id);
    return { source: id, title: source?.title ?? id, publisher: source?.publisher ?? null, url: source?.url ?? null, quote, verbatim: source?.hasText === true };
  });
}

/** The fields every tie row carries, evidence aside (reads and curation hold evidence differently). */
export function tieFields(row: Row): TieValues & { id: string } {
  return {
    id: String(row.id),
    type: String(row.type),
    source: String(row.source),
    target: String(row.target),
    since: text(row.since),
    until: text(row.until),
    description: text(row.description),
  };
}

export function toTie(row: Row, sources: ReadonlyMap<string, SourceDocument>): Tie {
  return { ...tieFields(row), evidence: toEvidence(texts(row.evidenceSources), texts(row.evidenceQuotes), sources), ...someAttributes(row.attributes) };
}

export function toSourceDocument(row: Row): SourceDocument {
  return { id: String(row.id), title: String(row.title ?? row.id), publisher: text(row.publisher), url: text(row.url), date: text(row.date), hasText: row.hasText === true };
}
