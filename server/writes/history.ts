// History records: one (:Change) per entity a write touched, saying who (the token's name), when, what action and
// the entity before and after (as JSON text, since Neo4j properties cannot hold maps). Indexed by the
// organisation(s) it concerns, not linked by relationships, so degrees stay true and a deleted organisation keeps its history.
import { randomUUID } from 'node:crypto';
import neo4j from 'neo4j-driver';
import type { Change } from '../schemas/curation.ts';
import { organisationSnapshot, tieSnapshot, type StoredOrganisation, type StoredTie } from './stored-records.ts';

export type ChangeAction = Change['action'];
export type ChangeEntity = Change['entity'];

export interface ChangeInput {
  action: ChangeAction;
  entity: ChangeEntity;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  fields: string[];
  /** The organisation the change is about (a tie's source); null for a source document. */
  organisationId: string | null;
  /** A tie's target, so the change shows in both organisations' history. */
  otherOrganisationId: string | null;
}

export interface ChangeContext {
  actor: string;
  importId?: string | null;
}

export function organisationChange(action: ChangeInput['action'], before: StoredOrganisation | null, after: StoredOrganisation | null, fields: string[]): ChangeInput {
  const id = (after ?? before)!.id;
  return {
    action,
    entity: 'organisation',
    entityId: id,
    before: before && organisationSnapshot(before),
    after: after && organisationSnapshot(after),
    fields,
    organisationId: id,
    otherOrganisationId: null,
  };
}

export function tieChange(action: ChangeInput['action'], before: StoredTie | null, after: StoredTie | null, fields: string[]): ChangeInput {
  const tie = (after ?? before)!;
  return {
    action,
    entity: 'tie',
    entityId: tie.id,
    before: before && tieSnapshot(before),
    after: after && tieSnapshot(after),
    fields,
    organisationId: tie.source,
    otherOrganisationId: tie.target,
  };
}

/** A source document's change; history keeps its descriptive fields and checksum, not its (long) text. */
export function sourceChange(action: ChangeInput['action'], before: { id: string } | null, after: { id: string } | null, fields: string[]): ChangeInput {
  const snapshot = (source: { id: string } | null) => {
    if (!source) return null;
    const { text: _text, ...kept } = source as Record<string, unknown>;
    return kept;
  };
  return { action, entity: 'source', entityId: (after ?? before)!.id, before: snapshot(before), after: snapshot(after), fields, organisationId: null, otherOrganisationId: null };
}

/** Cypher parameters for history/record-changes: one timestamp per write, `seq` keeps its changes in order. */
export function changeRows(changes: readonly ChangeInput[], context: ChangeContext, at = new Date().toISOString()): Record<string, unknown>[] {
  return changes.map((change, seq) => ({
    id: randomUUID(),
    at,
    seq: neo4j.int(seq),
    actor: context.actor,
    action: change.action,
    entity: change.entity,
    entityId: change.entityId,
    organisationId: change.organisationId,
    otherOrganisationId: change.otherOrganisationId,
    fields: change.fields,
    before: change.before === null ? null : JSON.stringify(change.before),
    after: change.after === null ? null : JSON.stringify(change.after),
    importId: context.importId ?? null,
  }));
}

const parse = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : null);

export function toChange(row: Record<string, unknown>): Change {
  return {
    id: String(row.id),
    at: String(row.at),
    actor: String(row.actor),
    action: row.action as Change['action'],
    entity: row.entity as Change['entity'],
    entityId: String(row.entityId),
    fields: Array.isArray(row.fields) ? row.fields.map(String) : [],
    before: parse(row.before),
    after: parse(row.after),
    importId: typeof row.importId === 'string' ? row.importId : null,
  };
}
