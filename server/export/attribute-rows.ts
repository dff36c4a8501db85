// The attribute set of an organisation and of a tie, defined once: GraphML, GEXF, CSV and Cytoscape all take their
// columns from here, so a field added or renamed here changes every format together.
import type { MeasuredOrganisation, OrganisationMeasures } from '../analysis/network-measures.ts';
import type { Evidence, Kind, Organisation, Subgraph, Tie, TieType } from '../schemas/graph.ts';
import type { AttributeScope, Attributes, AttributeType as ExtraType } from '../contract/attributes.ts';
import type { ExportVocabulary } from './export-types.ts';
import { joinList } from './list-text.ts';

export type AttributeType = 'string' | 'int' | 'float' | 'boolean' | 'date' | 'string[]';
export type AttributeValue = string | number | boolean | readonly string[] | null;

export interface AttributeDefinition<T> {
  name: string;
  type: AttributeType;
  value(item: T, vocabulary: ExportVocabulary): AttributeValue;
}

export interface AttributeCell {
  name: string;
  type: AttributeType;
  value: AttributeValue;
}

/** Joins evidence items into the one readable `evidence` string. */
export const EVIDENCE_SEPARATOR = ' | ';

/** "quote — title (url)" per item, so a person reading a spreadsheet cell or a Gephi column sees why the tie exists. */
export function evidenceText(evidence: readonly Evidence[]): string {
  return evidence
    .map((item) => `${item.quote} — ${item.title}${item.url ? ` (${item.url})` : ''}`)
    .join(EVIDENCE_SEPARATOR);
}

// Data written by another tool may use a kind or type the vocabulary does not know; it still exports, by its id.
const kindOf = (vocabulary: ExportVocabulary, id: string): Kind | undefined => vocabulary.kinds.find((kind) => kind.id === id);
const tieTypeOf = (vocabulary: ExportVocabulary, id: string): TieType | undefined =>
  vocabulary.tieTypes.find((type) => type.id === id);

export const ORGANISATION_ATTRIBUTES: readonly AttributeDefinition<Organisation>[] = [
  { name: 'name', type: 'string', value: (org) => org.name },
  { name: 'shortName', type: 'string', value: (org) => org.shortName },
  { name: 'aliases', type: 'string[]', value: (org) => org.aliases },
  { name: 'kind', type: 'string', value: (org) => org.kind },
  { name: 'kindLabel', type: 'string', value: (org, vocabulary) => kindOf(vocabulary, org.kind)?.label ?? org.kind },
  { name: 'sector', type: 'string', value: (org) => org.sector },
  { name: 'city', type: 'string', value: (org) => org.city },
  { name: 'country', type: 'string', value: (org) => org.country },
  { name: 'description', type: 'string', value: (org) => org.description },
  { name: 'url', type: 'string', value: (org) => org.url },
  { name: 'since', type: 'string', value: (org) => org.since },
  { name: 'until', type: 'string', value: (org) => org.until },
  { name: 'degree', type: 'int', value: (org) => org.degree },
  { name: 'colour', type: 'string', value: (org, vocabulary) => kindOf(vocabulary, org.kind)?.colour ?? null },
];

const measure = (name: keyof Omit<OrganisationMeasures, 'id'>, type: 'int' | 'float'): AttributeDefinition<Organisation> =>
  ({ name, type, value: (org) => (org as MeasuredOrganisation).measures?.[name] ?? null });

/** Network measures of the exported selection, when the export was asked for them (Gephi users expect them). */
export const MEASURE_ATTRIBUTES: readonly AttributeDefinition<Organisation>[] = [
  measure('ties', 'int'), measure('partners', 'int'), measure('betweenness', 'float'), measure('pagerank', 'float'),
  measure('closeness', 'float'), measure('community', 'int'), measure('component', 'int'),
  measure('constraint', 'float'), measure('effectiveSize', 'float'),
];

/**
 * The extra attributes the items carry (server/contract/attributes.ts), by name: a declared type, else the type
 * their values have; numbers that are all whole are `int` (a karate club's weights stay integers in networkx).
 */
export function extraAttributes<T extends { attributes?: Attributes }>(
  items: readonly T[], scope: AttributeScope, vocabulary: ExportVocabulary,
): AttributeDefinition<T>[] {
  const values = new Map<string, Attributes[string][]>();
  for (const item of items) for (const [name, value] of Object.entries(item.attributes ?? {})) values.set(name, [...(values.get(name) ?? []), value]);
  return [...values.keys()].sort().map((name) => {
    const seen = values.get(name)!;
    const declared: ExtraType | undefined = vocabulary.attributeTypes?.[scope]?.get(name);
    const type: AttributeType = declared === 'date' ? 'date'
      : seen.every(Array.isArray) ? 'string[]'
        : seen.every((value) => typeof value === 'boolean') ? 'boolean'
          : seen.every((value) => typeof value === 'number') ? (seen.every(Number.isInteger) ? 'int' : 'float')
            : 'string';
    return { name, type, value: (item: T) => (item.attributes?.[name] as AttributeValue | undefined) ?? null };
  });
}

/** `columns` (all organisation attributes by default), the measures when the organisations carry them, and their extra attributes. */
export function organisationAttributes(
  subgraph: Pick<Subgraph, 'nodes'>, vocabulary: ExportVocabulary, columns: readonly AttributeDefinition<Organisation>[] = ORGANISATION_ATTRIBUTES,
): AttributeDefinition<Organisation>[] {
  const measured = subgraph.nodes.some((org) => (org as MeasuredOrganisation).measures !== undefined);
  return [...columns, ...(measured ? MEASURE_ATTRIBUTES : []), ...extraAttributes(subgraph.nodes, 'organisation', vocabulary)];
}

/** `columns` (all tie attributes by default) and the ties' extra attributes. */
export function tieAttributes(
  subgraph: Pick<Subgraph, 'links'>, vocabulary: ExportVocabulary, columns: readonly AttributeDefinition<Tie>[] = TIE_ATTRIBUTES,
): AttributeDefinition<Tie>[] {
  return [...columns, ...extraAttributes(subgraph.links, 'tie', vocabulary)];
}

export const TIE_ATTRIBUTES: readonly AttributeDefinition<Tie>[] = [
  { name: 'type', type: 'string', value: (tie) => tie.type },
  {
    name: 'label',
    type: 'string',
    value: (tie, vocabulary) => tieTypeOf(vocabulary, tie.type)?.label ?? tie.type.toLowerCase().replace(/_/g, ' '),
  },
  { name: 'since', type: 'string', value: (tie) => tie.since },
  { name: 'until', type: 'string', value: (tie) => tie.until },
  { name: 'description', type: 'string', value: (tie) => tie.description },
  { name: 'evidence', type: 'string', value: (tie) => evidenceText(tie.evidence) },
  { name: 'evidenceSources', type: 'string[]', value: (tie) => tie.evidence.map((item) => item.source) },
  { name: 'evidenceQuotes', type: 'string[]', value: (tie) => tie.evidence.map((item) => item.quote) },
  { name: 'evidenceCount', type: 'int', value: (tie) => tie.evidence.length },
  { name: 'colour', type: 'string', value: (tie, vocabulary) => tieTypeOf(vocabulary, tie.type)?.colour ?? null },
];

/** The named attributes, in the order asked for; an unknown name is a programming error, so it throws. */
export function pickAttributes<T>(definitions: readonly AttributeDefinition<T>[], names: readonly string[]): AttributeDefinition<T>[] {
  return names.map((name) => {
    const definition = definitions.find((candidate) => candidate.name === name);
    if (!definition) throw new Error(`No export attribute named "${name}"`);
    return definition;
  });
}

/** One organisation or tie flattened into attribute cells, in definition order. */
export function attributeRow<T>(item: T, definitions: readonly AttributeDefinition<T>[], vocabulary: ExportVocabulary): AttributeCell[] {
  return definitions.map(({ name, type, value }) => ({ name, type, value: value(item, vocabulary) }));
}

/** A cell as one string for formats without list types (lists reversibly joined); null stays null so the format can leave it out. */
export function flatText(value: AttributeValue): string | null {
  if (value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return joinList(value);
}

/** Key ids shared by GraphML and GEXF; node and edge both have a `description`, so ids are prefixed by scope. */
export function attributeKey(scope: 'node' | 'edge', name: string): string {
  return `${scope === 'node' ? 'n' : 'e'}-${name}`;
}
