// The networks of this database: listing, creating, deleting an empty one, and resolving a request's `network`
// parameter to a known id (404 naming `network` otherwise). Known ids are cached; an id not in the cache is looked up
// again before it is refused, so a network another server process created is found too.
import type { Database } from '../neo4j-connection.ts';
import type { QueryStore } from '../cypher/query-store.ts';
import { HttpError } from '../errors.ts';
import { DEFAULT_NETWORK } from '../contract/networks.ts';
import type { Vocabularies } from '../graph/vocabulary.ts';

export interface NetworkSummary {
  id: string;
  label: string;
  organisations: number;
  ties: number;
}

type Row = Record<string, unknown>;
const isConstraintViolation = (error: unknown) => (error as { code?: string }).code === 'Neo.ClientError.Schema.ConstraintValidationFailed';

export const unknownNetwork = (id: string) => {
  const message = `No network "${id}" (network); GET /api/networks lists them`;
  return new HttpError(404, message, [{ field: 'network', message }]);
};

export function createNetworkRepository(database: Database, queries: QueryStore, vocabularies: Pick<Vocabularies, 'ready' | 'refresh' | 'has'>) {
  const known = new Set<string>([DEFAULT_NETWORK.id]);

  return {
    async list(): Promise<NetworkSummary[]> {
      return database.read(async (tx) => {
        const result = await tx.run(queries.get('networks/list-networks'));
        return result.records.map((record) => {
          const row = record.get('network') as Row;
          known.add(String(row.id));
          return { id: String(row.id), label: String(row.label), organisations: Number(row.organisations), ties: Number(row.ties) };
        });
      });
    },

    /** The id of the network a request names (the default when it names none), or a 404 naming `network`. */
    async resolve(requested: string | undefined): Promise<string> {
      await vocabularies.ready();
      const id = requested ?? DEFAULT_NETWORK.id;
      if (!known.has(id)) {
        const found = await database.read(async (tx) => (await tx.run(queries.get('networks/find-network'), { network: id })).records.length > 0);
        if (!found) throw unknownNetwork(id);
        known.add(id);
      }
      // A network another process made since the vocabularies were read (a seed into a database that was empty when
      // the server started, a restore, another server): read them again before answering with none.
      if (!vocabularies.has(id)) await vocabularies.refresh();
      return id;
    },

    /** 409 when the id is taken. */
    async create(id: string, label: string): Promise<NetworkSummary> {
      try {
        await database.write((tx) => tx.run(queries.get('networks/create-network'), { id, label }));
      } catch (error) {
        if (isConstraintViolation(error)) throw new HttpError(409, `The network "${id}" already exists`);
        throw error;
      }
      known.add(id);
      await vocabularies.refresh();
      return { id, label, organisations: 0, ties: 0 };
    },

    /** Only an empty network can go (409 saying how many organisations it holds); the default one stays. */
    async delete(id: string): Promise<{ id: string }> {
      if (id === DEFAULT_NETWORK.id) throw new HttpError(409, `The default network "${id}" cannot be deleted`);
      const row = await database.write(async (tx) => (await tx.run(queries.get('networks/delete-empty-network'), { network: id })).records[0]);
      if (!row?.get('found')) throw unknownNetwork(id);
      const organisations = Number(row.get('organisations'));
      if (organisations > 0) throw new HttpError(409, `The network "${id}" holds ${organisations} organisation${organisations === 1 ? '' : 's'}; delete them first`);
      known.delete(id);
      await vocabularies.refresh();
      return { id };
    },
  };
}

export type NetworkRepository = ReturnType<typeof createNetworkRepository>;
