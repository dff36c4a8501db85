// Undoes an import by its id, from the history entries tagged with it, in one transaction: ties it created are
// deleted and ties it updated get their earlier fields back, then the same for organisations, then the sources it
// created. Refused (409) when anything it wrote was changed since by someone else, or when an organisation it
// created has gained other ties or a source it created is cited elsewhere: undoing would take those with it.
import type { ManagedTransaction } from 'neo4j-driver';
import { HttpError, notFound } from '../errors.ts';
import { relationshipType } from '../cypher/cypher-fragments.ts';
import { attributesOf } from '../graph/mapper.ts';
import type { RollbackResult } from '../schemas/imports.ts';
import { organisationChange, sourceChange, tieChange, type ChangeInput } from '../writes/history.ts';
import { changedOrganisationFields, changedTieFields, toStoredOrganisation, type StoredOrganisation, type StoredTie } from '../writes/stored-records.ts';
import type { ImportTools } from './import-service.ts';

type Row = Record<string, unknown>;
const conflict = (message: string) => new HttpError(409, message);
const parse = (value: unknown): Row => JSON.parse(String(value)) as Row;

/** A tie as history shows it (evidence as { source, quote } pairs) back into its stored form. */
function tieFromSnapshot(snapshot: Row): StoredTie {
  const evidence = (snapshot.evidence as { source: string | null; quote: string }[] | undefined) ?? [];
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    id: String(snapshot.id),
    type: String(snapshot.type),
    source: String(snapshot.source),
    target: String(snapshot.target),
    since: text(snapshot.since),
    until: text(snapshot.until),
    description: text(snapshot.description),
    evidenceSources: evidence.map((item) => item.source ?? ''),
    evidenceQuotes: evidence.map((item) => item.quote),
    attributes: attributesOf(snapshot.attributes),
  };
}

interface Written {
  /** The first change to each entity holds what was there before; the last, what the import left. */
  first: Row;
  last: Row;
}

function byEntity(changes: readonly Row[]): Map<string, Written> {
  const written = new Map<string, Written>();
  for (const change of changes) {
    const key = `${String(change.entity)}\u0000${String(change.entityId)}`;
    const seen = written.get(key);
    if (seen) seen.last = change;
    else written.set(key, { first: change, last: change });
  }
  return written;
}

export async function rollbackImport(tools: ImportTools, id: string, options: { actor: string; timeoutMs: number }): Promise<RollbackResult> {
  const { database, store, records } = tools;
  if (records.isRunningHere(id)) throw conflict(`import "${id}" is still running; roll it back when it has stopped`);
  return database.write(async (tx: ManagedTransaction) => {
    const record = await records.get(tx, id, true);
    if (!record) throw notFound(`No import "${id}"`);
    if (record.state === 'rolled-back') throw conflict(`import "${id}" is already rolled back`);
    const vocabulary = tools.vocabularies.of(record.network);
    const changes = await records.changes(tx, id);
    const written = [...byEntity(changes).values()];
    if (changes.length) {
      const later = await tx.run(tools.queries.get('imports/find-later-changes'), {
        importId: id, entityIds: [...new Set(changes.map((change) => String(change.entityId)))], since: String(changes[0]!.at),
      });
      const first = later.records[0];
      if (first) {
        throw conflict(`${String(first.get('entity'))} "${String(first.get('entityId'))}" was changed after import "${id}" ` +
          `(at ${String(first.get('at'))} by ${String(first.get('actor'))}); rolling back would undo that too`);
      }
    }
    const of = (entity: string, action: string) => written.filter(({ first }) => first.entity === entity && first.action === action);
    const createdTies = of('tie', 'create').map(({ last }) => tieFromSnapshot(parse(last.after)));
    const updatedTies = of('tie', 'update').map(({ first, last }) => ({ before: tieFromSnapshot(parse(first.before)), after: tieFromSnapshot(parse(last.after)) }));
    const createdOrganisations = of('organisation', 'create').map(({ last }) => toStoredOrganisation(parse(last.after)));
    const updatedOrganisations = of('organisation', 'update').map(({ first, last }) => {
      const after = toStoredOrganisation(parse(last.after));
      const before: StoredOrganisation = { ...toStoredOrganisation(parse(first.before)), version: after.version + 1 };
      return { before, after };
    });
    const createdSources = of('source', 'create').map(({ last }) => parse(last.after) as { id: string });

    const createdIds = createdOrganisations.map((organisation) => organisation.id);
    const foreign = await tx.run(tools.queries.get('imports/find-foreign-ties'), { ids: createdIds, tieIds: createdTies.map((tie) => tie.id) });
    if (foreign.records.length) {
      throw conflict(`tie "${String(foreign.records[0]!.get('id'))}" was added to an organisation import "${id}" created; delete it before rolling back`);
    }

    const byType = new Map<string, StoredTie[]>();
    for (const tie of createdTies) byType.set(tie.type, [...(byType.get(tie.type) ?? []), tie]);
    for (const [type, ties] of byType) {
      const statement = tools.queries.render('imports/delete-ties', { type: relationshipType(type, vocabulary.tieTypeIds) });
      await tx.run(statement, { ties: ties.map(({ id: tieId, source, target }) => ({ id: tieId, source, target })) });
    }
    await store.saveTies(tx, updatedTies.map(({ before }) => before));
    await store.updateOrganisations(tx, updatedOrganisations.map(({ before }) => before));
    await tx.run(tools.queries.get('imports/delete-organisations'), { ids: createdIds });
    if (createdSources.length) {
      const citing = await tx.run(tools.queries.get('imports/find-citing-ties'), { ids: createdSources.map((source) => source.id) });
      if (citing.records.length) throw conflict(`tie "${String(citing.records[0]!.get('id'))}" cites a source import "${id}" created; rolling back would delete it`);
      for (const source of createdSources) await tx.run(tools.queries.get('sources/delete-source'), { id: source.id });
    }

    const history: ChangeInput[] = [
      ...createdTies.map((tie) => tieChange('delete', tie, null, [])),
      ...updatedTies.map(({ before, after }) => tieChange('update', after, before, changedTieFields(after, before))),
      ...updatedOrganisations.map(({ before, after }) => organisationChange('update', after, before, changedOrganisationFields(after, before))),
      ...createdOrganisations.map((organisation) => organisationChange('delete', organisation, null, [])),
      ...createdSources.map((source) => sourceChange('delete', source, null, [])),
    ];
    await store.recordChanges(tx, history, { actor: options.actor });
    const rolledBack = await records.setState(tx, id, 'rolled-back', null);
    return {
      import: rolledBack!,
      organisations: { deleted: createdOrganisations.length, restored: updatedOrganisations.length },
      ties: { deleted: createdTies.length, restored: updatedTies.length },
      sources: { deleted: createdSources.length },
    };
  }, options.timeoutMs);
}
