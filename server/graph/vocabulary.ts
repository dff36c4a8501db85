// The node kinds and tie types the product knows: the data set's (seed/data/vocabulary.json, read only here), plus
// whatever a loader recorded in this database as (:VocabularyExtension) — the synthetic network's kinds are valid
// only where that network is. Labels, colours, and the whitelist every tie type and kind from a request is checked against.
import { readFileSync } from 'node:fs';
import { Compile } from 'typebox/compile';
import { KindSchema, TieTypeSchema, type Kind, type TieType } from '../schemas/graph.ts';
import type { Database } from '../neo4j-connection.ts';
import type { QueryStore } from '../cypher/query-store.ts';

export interface Vocabulary {
  kinds: Kind[];
  tieTypes: TieType[];
  kindIds: ReadonlySet<string>;
  tieTypeIds: ReadonlySet<string>;
  tieType(id: string): TieType;
  /** Kinds of the data set itself; an extension's kinds are shown only when the database holds organisations of them. */
  isCoreKind(id: string): boolean;
}

interface RawVocabulary {
  kinds: Kind[];
  tieTypes: TieType[];
}

export function createVocabulary(core: RawVocabulary, extension: RawVocabulary = { kinds: [], tieTypes: [] }): Vocabulary {
  const kinds = [...core.kinds, ...extension.kinds.filter((kind) => !core.kinds.some((other) => other.id === kind.id))];
  const byId = new Map([...extension.tieTypes, ...core.tieTypes].map((type) => [type.id, type]));
  const coreKinds = new Set(core.kinds.map((kind) => kind.id));
  return {
    kinds,
    tieTypes: [...byId.values()],
    kindIds: new Set(kinds.map((kind) => kind.id)),
    tieTypeIds: new Set(byId.keys()),
    isCoreKind: (id) => coreKinds.has(id),
    tieType(id) {
      // A type outside the vocabulary can only come from data written by another tool; show it by its name.
      const readable = id.toLowerCase().replace(/_/g, ' ');
      return byId.get(id) ?? { id, label: readable, inverseLabel: `${readable} (reverse)`, colour: '#888888', dash: [], description: '' };
    },
  };
}

const readCore = (): RawVocabulary => JSON.parse(readFileSync(new URL('../../seed/data/vocabulary.json', import.meta.url), 'utf8')) as RawVocabulary;

/** The product's own vocabulary, the same in every database. */
export function readVocabulary(): Vocabulary {
  return createVocabulary(readCore());
}

const kindCheck = Compile(KindSchema);
const tieTypeCheck = Compile(TieTypeSchema);

/** Entries that are not a well-formed Kind / TieType (written by hand or by another tool) are left out. */
function parseList<T>(json: unknown, isEntry: (entry: unknown) => entry is T): T[] {
  if (typeof json !== 'string') return [];
  try {
    const entries: unknown = JSON.parse(json);
    return Array.isArray(entries) ? entries.filter(isEntry) : [];
  } catch {
    return [];
  }
}

/** The product's vocabulary plus the extensions recorded in this database. */
export async function readDatabaseVocabulary(database: Database, queries: QueryStore): Promise<Vocabulary> {
  const rows = await database.read(async (tx) => (await tx.run(queries.get('vocabulary/read-vocabulary-extensions'))).records);
  const isKind = (entry: unknown): entry is Kind => kindCheck.Check(entry);
  const isTieType = (entry: unknown): entry is TieType => tieTypeCheck.Check(entry);
  return createVocabulary(readCore(), {
    kinds: rows.flatMap((row) => parseList(row.get('kinds'), isKind)),
    tieTypes: rows.flatMap((row) => parseList(row.get('tieTypes'), isTieType)),
  });
}
