// The statements curation runs, as functions over one open transaction, so an API write, an import and a restore
// compose them into a single all-or-nothing transaction. Rows go in UNWIND batches; tie writes reuse the seed
// loader's MERGE (seed/merge-ties, seed/merge-sources).
import { writeVocabulary } from '../vocabulary/vocabulary-properties.ts';
import type { Kind, TieType } from '../schemas/graph.ts';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { QueryStore } from '../cypher/query-store.ts';
import { relationshipType } from '../cypher/cypher-fragments.ts';
import { toSourceDocument, type SourceDocument } from '../graph/mapper.ts';
import type { Vocabulary } from '../graph/vocabulary.ts';
import { tieIdParts } from './tie-id.ts';
import { changeRows, type ChangeContext, type ChangeInput } from './history.ts';
import type { AttributeDeclaration, AttributeScope, AttributeType } from '../contract/attributes.ts';
import type { DeclaredAttributes } from './attribute-checks.ts';
import { organisationProperties, tieProperties, toStoredOrganisation, toStoredTie, type StoredOrganisation, type StoredTie } from './stored-records.ts';

export const BATCH_SIZE = 5_000;

type Row = Record<string, unknown>;

export function batches<T>(rows: readonly T[], size = BATCH_SIZE): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < rows.length; i += size) result.push(rows.slice(i, i + size));
  return result;
}

export function createCurationStore(queries: QueryStore, vocabulary: Vocabulary) {
  // `added`: tie types created earlier in the same transaction (an import's vocabulary section), not yet cached.
  const tieType = (type: string, added: ReadonlySet<string> = new Set()) =>
    relationshipType(type, added.has(type) ? added : vocabulary.tieTypeIds);

  async function runBatches(tx: ManagedTransaction, statement: string, parameter: string, rows: readonly unknown[]): Promise<void> {
    for (const batch of batches(rows)) await tx.run(statement, { [parameter]: batch });
  }

  async function tiesBetween(tx: ManagedTransaction, pairs: readonly { source: string; target: string }[], lock = false): Promise<StoredTie[]> {
    const ties: StoredTie[] = [];
    for (const batch of batches(pairs)) {
      const result = await tx.run(queries.get('curation/find-ties-between'), { pairs: batch, lock });
      ties.push(...result.records.map((record) => toStoredTie(record.get('tie') as Row)));
    }
    return ties;
  }

  return {
    /** The extra attributes declared in one network. */
    async attributeDeclarations(tx: ManagedTransaction, network: string): Promise<DeclaredAttributes> {
      const result = await tx.run(queries.get('attributes/read-attribute-declarations'), { network });
      const declared = { organisation: new Map<string, AttributeType>(), tie: new Map<string, AttributeType>() };
      for (const record of result.records) declared[record.get('scope') as AttributeScope]?.set(record.get('name') as string, record.get('type') as AttributeType);
      return declared;
    },

    async declareAttributes(tx: ManagedTransaction, network: string, declarations: readonly AttributeDeclaration[]): Promise<void> {
      if (declarations.length) await tx.run(queries.get('attributes/declare-attributes'), { network, declarations });
    },

    /** `lock`: write-lock them until the transaction ends (a write's read-then-check); false for plain reads. */
    async readOrganisations(tx: ManagedTransaction, ids: readonly string[], lock: boolean): Promise<Map<string, StoredOrganisation & { degree: number }>> {
      const found = new Map<string, StoredOrganisation & { degree: number }>();
      for (const batch of batches([...new Set(ids)])) {
        const result = await tx.run(queries.get('curation/read-organisations'), { ids: batch, lock });
        for (const record of result.records) {
          const row = record.get('organisation') as Row;
          found.set(String(row.id), { ...toStoredOrganisation(row), degree: Number(row.degree ?? 0) });
        }
      }
      return found;
    },

    async missingOrganisations(tx: ManagedTransaction, ids: readonly string[]): Promise<string[]> {
      if (ids.length === 0) return [];
      const result = await tx.run(queries.get('organisations/find-missing-ids'), { ids: [...new Set(ids)] });
      return (result.records[0]?.get('missing') as string[] | undefined) ?? [];
    },

    async organisationVersion(tx: ManagedTransaction, id: string): Promise<number | null> {
      const result = await tx.run(queries.get('curation/get-organisation-version'), { id });
      const version = result.records[0]?.get('version');
      return version === undefined ? null : Number(version);
    },

    async takenIds(tx: ManagedTransaction, bases: readonly string[]): Promise<Set<string>> {
      const taken = new Set<string>();
      for (const batch of batches([...new Set(bases)])) {
        const result = await tx.run(queries.get('curation/find-taken-ids'), { bases: batch });
        for (const id of (result.records[0]?.get('ids') as string[] | undefined) ?? []) taken.add(id);
      }
      return taken;
    },

    /** New organisations of `network`. */
    createOrganisations: (tx: ManagedTransaction, organisations: readonly StoredOrganisation[], network: string) =>
      runBatches(tx, queries.get('curation/create-organisations'), 'organisations', organisations.map((organisation) => ({ ...organisationProperties(organisation), network }))),

    /** Kinds and tie types `network` gains (an import's vocabulary section). */
    saveVocabulary: (tx: ManagedTransaction, network: string, vocabulary: { kinds: readonly Kind[]; tieTypes: readonly TieType[] }) =>
      writeVocabulary(tx, queries, network, vocabulary),

    /** The network of each of these organisations that exists. */
    async networksOf(tx: ManagedTransaction, ids: readonly string[]): Promise<Map<string, string>> {
      const networks = new Map<string, string>();
      for (const batch of batches([...new Set(ids)])) {
        const result = await tx.run(queries.get('networks/find-organisation-networks'), { ids: batch });
        for (const record of result.records) networks.set(String(record.get('id')), String(record.get('network')));
      }
      return networks;
    },

    updateOrganisations: (tx: ManagedTransaction, organisations: readonly StoredOrganisation[]) =>
      runBatches(tx, queries.get('curation/update-organisations'), 'organisations', organisations.map(organisationProperties)),

    async deleteOrganisation(tx: ManagedTransaction, id: string): Promise<void> {
      await tx.run(queries.get('curation/delete-organisation'), { id });
    },

    /** All the organisation's ties as stored (a delete records every one), through the read API's own statement. */
    async tiesOf(tx: ManagedTransaction, id: string): Promise<StoredTie[]> {
      const result = await tx.run(queries.get('organisations/get-organisation'), { id, network: null, tieLimit: neo4j.int(Number.MAX_SAFE_INTEGER), inForceFrom: null, inForceTo: null });
      const entries = (result.records[0]?.get('ties') as { tie: Row }[] | undefined) ?? [];
      return entries.map(({ tie }) => toStoredTie(tie));
    },

    /**
     * Ties by id. An id in the usual form (source--type--target) is looked up from its two ends through the id
     * index (such ids are kept truthful); any other id costs one scan of all ties, shared by all such ids.
     */
    async readTies(tx: ManagedTransaction, ids: readonly string[], lock: boolean): Promise<Map<string, StoredTie>> {
      const wanted = new Set(ids);
      const found = new Map<string, StoredTie>();
      const usual = new Map([...wanted].flatMap((id) => {
        const parts = tieIdParts(id, vocabulary);
        return parts ? [[id, parts] as const] : [];
      }));
      for (const tie of await tiesBetween(tx, [...usual.values()], lock)) if (usual.has(tie.id)) found.set(tie.id, tie);
      const rest = [...wanted].filter((id) => !usual.has(id));
      if (rest.length === 0) return found;
      const result = await tx.run(queries.get('curation/read-ties'), { ids: rest, lock });
      for (const record of result.records) {
        const tie = toStoredTie(record.get('tie') as Row);
        found.set(tie.id, tie);
      }
      return found;
    },

    tiesBetween,

    /** Creates or updates ties by id (MERGE between their two organisations), one statement per tie type. */
    async saveTies(tx: ManagedTransaction, ties: readonly StoredTie[], addedTypes?: ReadonlySet<string>): Promise<void> {
      const byType = new Map<string, StoredTie[]>();
      for (const tie of ties) {
        const rows = byType.get(tie.type);
        if (rows) rows.push(tie);
        else byType.set(tie.type, [tie]);
      }
      for (const [type, rows] of byType) {
        await runBatches(tx, queries.render('seed/merge-ties', { type: tieType(type, addedTypes) }), 'ties', rows.map(tieProperties));
      }
    },

    async deleteTie(tx: ManagedTransaction, tie: StoredTie): Promise<void> {
      await tx.run(queries.render('curation/delete-tie', { type: tieType(tie.type) }), { id: tie.id, source: tie.source, target: tie.target });
    },

    async sources(tx: ManagedTransaction): Promise<SourceDocument[]> {
      const result = await tx.run(queries.get('sources/list-sources'));
      return result.records.map((record) => toSourceDocument(record.get('source') as Row));
    },

    /** The stored texts of these sources (web pages cited without text are absent). */
    async sourceTexts(tx: ManagedTransaction, ids: readonly string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map();
      const result = await tx.run(queries.get('sources/read-source-texts'), { ids: [...new Set(ids)] });
      return new Map(result.records.map((record) => [record.get('id') as string, record.get('text') as string]));
    },

    saveSources: (tx: ManagedTransaction, sources: readonly SourceDocument[]) =>
      runBatches(tx, queries.get('seed/merge-sources'), 'sources', sources),

    recordChanges: (tx: ManagedTransaction, changes: readonly ChangeInput[], context: ChangeContext) =>
      runBatches(tx, queries.get('history/record-changes'), 'changes', changeRows(changes, context)),

    async history(tx: ManagedTransaction, organisationId: string, limit: number): Promise<Row[]> {
      const result = await tx.run(queries.get('history/list-organisation-history'), { id: organisationId, limit: neo4j.int(limit) });
      return result.records.map((record) => record.get('change') as Row);
    },
  };
}

export type CurationStore = ReturnType<typeof createCurationStore>;
