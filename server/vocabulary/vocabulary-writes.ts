// Curators add, change and delete a network's kinds and tie types: each write is one transaction with a history
// entry (entity kind / tieType, entityId network/id), and the server's cached vocabularies are read again after it.
// A renamed label never changes the id; an entry in use cannot be deleted (409 saying how many use it).
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../neo4j-connection.ts';
import type { QueryStore } from '../cypher/query-store.ts';
import { relationshipType } from '../cypher/cypher-fragments.ts';
import { HttpError, notFound } from '../errors.ts';
import type { Vocabularies } from '../graph/vocabulary.ts';
import type { Kind, TieType } from '../schemas/graph.ts';
import type { KindCreate, KindPatch, TieTypeCreate, TieTypePatch } from '../schemas/vocabulary.ts';
import type { CurationStore } from '../writes/curation-store.ts';
import type { ChangeInput } from '../writes/history.ts';
import { vocabularyChange } from './vocabulary-change.ts';
import { newKind, newTieType, writeVocabulary } from './vocabulary-properties.ts';

const conflict = (message: string) => new HttpError(409, message);

export function createVocabularyWrites(database: Database, queries: QueryStore, store: CurationStore, vocabularies: Vocabularies) {
  /** Runs a vocabulary write, then reads every vocabulary again so the next request sees it. */
  async function write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const result = await database.write(work);
    await vocabularies.refresh();
    return result;
  }
  const saveKinds = (tx: ManagedTransaction, network: string, kinds: Kind[]) => writeVocabulary(tx, queries, network, { kinds, tieTypes: [] });
  const saveTieTypes = (tx: ManagedTransaction, network: string, tieTypes: TieType[]) => writeVocabulary(tx, queries, network, { kinds: [], tieTypes });
  const record = (tx: ManagedTransaction, change: ChangeInput, actor: string) => store.recordChanges(tx, [change], { actor });

  const kindOf = (network: string, id: string) => vocabularies.of(network).kinds.find((kind) => kind.id === id);
  const tieTypeOf = (network: string, id: string) => vocabularies.of(network).tieTypes.find((type) => type.id === id);

  async function kindUses(tx: ManagedTransaction, network: string, id: string): Promise<number> {
    return Number((await tx.run(queries.get('vocabulary/count-kind-uses'), { network, id })).records[0]?.get('uses') ?? 0);
  }
  async function tieTypeUses(tx: ManagedTransaction, network: string, id: string): Promise<number> {
    const statement = queries.render('vocabulary/count-tie-type-uses', { type: relationshipType(id, vocabularies.of(network).tieTypeIds) });
    return Number((await tx.run(statement, { network })).records[0]?.get('uses') ?? 0);
  }

  return {
    async createKind(network: string, input: KindCreate, actor: string): Promise<Kind> {
      if (kindOf(network, input.id)) throw conflict(`The network "${network}" already has the kind "${input.id}"; change it with PATCH`);
      const kind = newKind(input);
      return write(async (tx) => {
        await saveKinds(tx, network, [kind]);
        await record(tx, vocabularyChange('kind', network, null, kind), actor);
        return kind;
      });
    },

    async updateKind(network: string, id: string, patch: KindPatch, actor: string): Promise<Kind> {
      const before = kindOf(network, id);
      if (!before) throw notFound(`The network "${network}" has no kind "${id}"`);
      const after = { ...before, ...patch };
      return write(async (tx) => {
        await saveKinds(tx, network, [after]);
        await record(tx, vocabularyChange('kind', network, before, after), actor);
        return after;
      });
    },

    async deleteKind(network: string, id: string, actor: string): Promise<{ id: string }> {
      const before = kindOf(network, id);
      if (!before) throw notFound(`The network "${network}" has no kind "${id}"`);
      return write(async (tx) => {
        const uses = await kindUses(tx, network, id);
        if (uses > 0) throw conflict(`The kind "${id}" is used by ${uses} organisation${uses === 1 ? '' : 's'}; change their kind first`);
        await tx.run(queries.get('vocabulary/delete-kind'), { network, id });
        await record(tx, vocabularyChange('kind', network, before, null), actor);
        return { id };
      });
    },

    async createTieType(network: string, input: TieTypeCreate, actor: string): Promise<TieType> {
      if (tieTypeOf(network, input.id)) throw conflict(`The network "${network}" already has the tie type "${input.id}"; change it with PATCH`);
      const type = newTieType(input);
      return write(async (tx) => {
        await saveTieTypes(tx, network, [type]);
        await record(tx, vocabularyChange('tieType', network, null, type), actor);
        return type;
      });
    },

    async updateTieType(network: string, id: string, patch: TieTypePatch, actor: string): Promise<TieType> {
      const before = tieTypeOf(network, id);
      if (!before) throw notFound(`The network "${network}" has no tie type "${id}"`);
      const { pastLabel, ...rest } = patch;
      const after: TieType = { ...before, ...rest };
      if (pastLabel !== undefined) {
        delete after.pastLabel;
        if (pastLabel) after.pastLabel = pastLabel;
      }
      return write(async (tx) => {
        // Making a type symmetric would leave a pair tied both ways stored twice.
        if (after.symmetric && !before.symmetric && (await tieTypeUses(tx, network, id)) > 0) {
          throw conflict(`The tie type "${id}" is in use; a type becomes symmetric only while no tie has it (a pair may be tied both ways)`);
        }
        await saveTieTypes(tx, network, [after]);
        await record(tx, vocabularyChange('tieType', network, before, after), actor);
        return after;
      });
    },

    async deleteTieType(network: string, id: string, actor: string): Promise<{ id: string }> {
      const before = tieTypeOf(network, id);
      if (!before) throw notFound(`The network "${network}" has no tie type "${id}"`);
      return write(async (tx) => {
        const uses = await tieTypeUses(tx, network, id);
        if (uses > 0) throw conflict(`The tie type "${id}" is used by ${uses} tie${uses === 1 ? '' : 's'}; delete them first`);
        await tx.run(queries.get('vocabulary/delete-tie-type'), { network, id });
        await record(tx, vocabularyChange('tieType', network, before, null), actor);
        return { id };
      });
    },

  };
}

export type VocabularyWrites = ReturnType<typeof createVocabularyWrites>;
