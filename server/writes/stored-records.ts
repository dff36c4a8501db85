// Organisations and ties as curation reads and writes them (every stored field, the organisation's version),
// mapped from Cypher maps and back into statement parameters. Neo4j types stay in here (versions are Integers).
import neo4j from 'neo4j-driver';
import type { OrganisationValues, TieValues } from '../schemas/curation.ts';
import { organisationFields, texts, tieFields } from '../graph/mapper.ts';
import { ORGANISATION_FIELDS } from '../contract/fields.ts';

export interface StoredOrganisation extends OrganisationValues {
  id: string;
  version: number;
}

export interface StoredTie extends TieValues {
  id: string;
  evidenceSources: string[];
  evidenceQuotes: string[];
}

type Row = Record<string, unknown>;

export function toStoredOrganisation(row: Row): StoredOrganisation {
  // A missing kind stays empty, so the checks before a write report it as missing rather than as a made-up 'unknown'.
  // History snapshots list the fields in write-schema order (kind second), like every snapshot already stored.
  const { id, name, kind, ...fields } = organisationFields(row, '');
  return { id, name, kind, ...fields, version: Number(row.version ?? 1) };
}

export function toStoredTie(row: Row): StoredTie {
  return { ...tieFields(row), evidenceSources: texts(row.evidenceSources), evidenceQuotes: texts(row.evidenceQuotes) };
}

/** Every property of an organisation node, for SET: nulls remove a property; aliasesText feeds full-text search. */
export function organisationProperties(organisation: StoredOrganisation): Row {
  return {
    ...Object.fromEntries(ORGANISATION_FIELDS.map((name) => [name, organisation[name]])),
    id: organisation.id,
    aliasesText: organisation.aliases.join(' | '),
    version: neo4j.int(organisation.version),
  };
}

/** A row for seed/merge-ties (the seed loader's statement, reused for every tie write). */
export function tieProperties(tie: StoredTie): Row {
  const { id, source, target, since, until, description, evidenceSources, evidenceQuotes } = tie;
  return { id, source, target, since, until, description, evidenceSources, evidenceQuotes };
}

/** The organisation's fields that differ (aliases compared as lists); version is bookkeeping, not a field. */
export function changedOrganisationFields(before: OrganisationValues, after: OrganisationValues): string[] {
  return ORGANISATION_FIELDS.filter((name) => JSON.stringify(before[name]) !== JSON.stringify(after[name]));
}

export function changedTieFields(before: StoredTie, after: StoredTie): string[] {
  const fields: string[] = (['since', 'until', 'description'] as const).filter((name) => before[name] !== after[name]);
  const evidence = (tie: StoredTie) => JSON.stringify([tie.evidenceSources, tie.evidenceQuotes]);
  if (evidence(before) !== evidence(after)) fields.push('evidence');
  return fields;
}

/** What history shows of an organisation: its fields and version. */
export const organisationSnapshot = (organisation: StoredOrganisation): Row => ({ ...organisation });

/** What history shows of a tie: evidence as { source, quote } pairs rather than parallel lists. */
export function tieSnapshot(tie: StoredTie): Row {
  const { evidenceSources, evidenceQuotes, ...fields } = tie;
  return { ...fields, evidence: evidenceQuotes.map((quote, index) => ({ source: evidenceSources[index] ?? null, quote })) };
}
