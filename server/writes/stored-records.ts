// Organisations and ties as curation reads and writes them (every stored field, the organisation's version),
// mapped from Cypher maps and back into statement parameters. Neo4j types stay in here (versions are Integers).
import neo4j from 'neo4j-driver';
import type { OrganisationValues, TieValues } from '../schemas/curation.ts';
import { attributesOf, organisationFields, texts, tieFields } from '../graph/mapper.ts';
import { ORGANISATION_FIELDS } from '../contract/fields.ts';
import type { Attributes } from '../contract/attributes.ts';

export interface StoredOrganisation extends OrganisationValues {
  id: string;
  version: number;
  attributes: Attributes;
}

export interface StoredTie extends TieValues {
  id: string;
  evidenceSources: string[];
  evidenceQuotes: string[];
  attributes: Attributes;
}

type Row = Record<string, unknown>;

export function toStoredOrganisation(row: Row): StoredOrganisation {
  // A missing kind stays empty, so the checks before a write report it as missing rather than as a made-up 'unknown'.
  // History snapshots list the fields in write-schema order (kind second), like every snapshot already stored.
  const { id, name, kind, ...fields } = organisationFields(row, '');
  return { id, name, kind, ...fields, version: Number(row.version ?? 1), attributes: attributesOf(row.attributes) };
}

export function toStoredTie(row: Row): StoredTie {
  return { ...tieFields(row), evidenceSources: texts(row.evidenceSources), evidenceQuotes: texts(row.evidenceQuotes), attributes: attributesOf(row.attributes) };
}

/** Extra attributes as the properties that hold them (`attr_<name>`; see cypher/fragments/organisation.cypher). */
export const attributeProperties = (attributes: Attributes): Row =>
  Object.fromEntries(Object.entries(attributes).map(([name, value]) => [`attr_${name}`, value]));

/** Every property of an organisation node, for SET: nulls remove a property; aliasesText feeds full-text search. */
export function organisationProperties(organisation: StoredOrganisation): Row {
  return {
    ...Object.fromEntries(ORGANISATION_FIELDS.map((name) => [name, organisation[name]])),
    id: organisation.id,
    aliasesText: organisation.aliases.join(' | '),
    version: neo4j.int(organisation.version),
    ...attributeProperties(organisation.attributes),
  };
}

/** A row for seed/merge-ties (the seed loader's statement, reused for every tie write). */
export function tieProperties(tie: StoredTie): Row {
  const { id, source, target, since, until, description, evidenceSources, evidenceQuotes, attributes } = tie;
  return { id, source, target, since, until, description, evidenceSources, evidenceQuotes, attributes: attributeProperties(attributes) };
}

/** Extra attributes compared whatever order their names come in. */
const sameAttributes = (a: Attributes | undefined, b: Attributes | undefined): boolean =>
  JSON.stringify(attributesOf(a ?? {})) === JSON.stringify(attributesOf(b ?? {}));

type WithAttributes<T> = T & { attributes?: Attributes };

/** The organisation's fields that differ (aliases compared as lists, then `attributes` as a whole); version is bookkeeping, not a field. */
export function changedOrganisationFields(before: WithAttributes<OrganisationValues>, after: WithAttributes<OrganisationValues>): string[] {
  const fields: string[] = ORGANISATION_FIELDS.filter((name) => JSON.stringify(before[name]) !== JSON.stringify(after[name]));
  return sameAttributes(before.attributes, after.attributes) ? fields : [...fields, 'attributes'];
}

export function changedTieFields(before: StoredTie, after: StoredTie): string[] {
  const fields: string[] = (['since', 'until', 'description'] as const).filter((name) => before[name] !== after[name]);
  const evidence = (tie: StoredTie) => JSON.stringify([tie.evidenceSources, tie.evidenceQuotes]);
  if (evidence(before) !== evidence(after)) fields.push('evidence');
  if (!sameAttributes(before.attributes, after.attributes)) fields.push('attributes');
  return fields;
}

/** What history shows of an organisation: its fields and version. */
export const organisationSnapshot = (organisation: StoredOrganisation): Row => ({ ...organisation });

/** What history shows of a tie: evidence as { source, quote } pairs rather than parallel lists. */
export function tieSnapshot(tie: StoredTie): Row {
  const { evidenceSources, evidenceQuotes, ...fields } = tie;
  return { ...fields, evidence: evidenceQuotes.map((quote, index) => ({ source: evidenceSources[index] ?? null, quote })) };
}
