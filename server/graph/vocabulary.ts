// The node kinds and tie types of each network, as data in the database ((:Kind) and (:TieType) nodes with a network
// key, seeded from seed/data/vocabulary.json for the default network), plus whatever a loader recorded as
// (:VocabularyExtension) (the synthetic network's kinds, in the default network where that data is). Labels, colours,
// and the whitelist every tie type and kind from a request is checked against. `readVocabulary` (the data set's file)
// is for scripts and tests only; the server reads the database.
import { Compile } from 'typebox/compile';
import neo4j from 'neo4j-driver';
import { KindSchema, TieTypeSchema, type Kind, type TieType } from '../schemas/graph.ts';
import type { Database } from '../neo4j-connection.ts';
import type { QueryStore } from '../cypher/query-store.ts';
import { DEFAULT_NETWORK } from '../contract/networks.ts';

/** A phrase that suggests a tie type when ingest reads a sentence (part of a network's vocabulary). */
export interface CuePhrase {
  phrase: string;
  type: string;
  /** The organisation named after the phrase is the tie's source. */
  reverse?: boolean;
  /** How much the cue adds to a proposal's confidence. */
  weight: number;
}

export interface Vocabulary {
  kinds: Kind[];
  tieTypes: TieType[];
  kindIds: ReadonlySet<string>;
  tieTypeIds: ReadonlySet<string>;
  tieType(id: string): TieType;
  /** Kinds of the data set itself; an extension's kinds are shown only when the database holds organisations of them. */
  isCoreKind(id: string): boolean;
  /** The phrases ingest suggests this network's tie types from, earlier ones first (they win). */
  cues: readonly CuePhrase[];
}

export interface RawVocabulary {
  kinds: Kind[];
  tieTypes: TieType[];
  cues?: CuePhrase[];
}

export function createVocabulary(core: RawVocabulary, extension: RawVocabulary = { kinds: [], tieTypes: [] }): Vocabulary {
  const kinds = [...new Map([...extension.kinds, ...core.kinds].map((kind) => [kind.id, kind])).values()]
    .sort((a, b) => order(core.kinds, a.id) - order(core.kinds, b.id));
  const byId = new Map([...extension.tieTypes, ...core.tieTypes].map((type) => [type.id, withDefaults(type)]));
  const coreKinds = new Set(core.kinds.map((kind) => kind.id));
  return {
    kinds,
    tieTypes: [...byId.values()],
    kindIds: new Set(kinds.map((kind) => kind.id)),
    tieTypeIds: new Set(byId.keys()),
    isCoreKind: (id) => coreKinds.has(id),
    cues: core.cues ?? [],
    tieType(id) {
      // A type outside the vocabulary can only come from data written by another tool; show it by its name.
      const readable = id.toLowerCase().replace(/_/g, ' ');
      return byId.get(id) ?? { id, label: readable, inverseLabel: `${readable} (reverse)`, symmetric: false, colour: '#888888', dash: [], description: '' };
    },
  };
}

/** Core entries first, in their order; then the extension's. */
const order = (core: readonly Kind[], id: string) => {
  const index = core.findIndex((kind) => kind.id === id);
  return index === -1 ? core.length : index;
};

/** Stored tie types may leave out what defaults: directed, past tense made from the label. */
function withDefaults(type: TieType): TieType {
  const { pastLabel, ...rest } = type;
  return { ...rest, ...(pastLabel ? { pastLabel } : {}), symmetric: type.symmetric ?? false };
}

/**
 * A tie type's cue phrases as stored on its node: JSON text of [{ phrase, weight, reverse?, order }], `order` placing
 * them among the network's other cues. Text that is not such a list (written by another tool) gives none.
 */
function storedCues(type: string, json: unknown): (CuePhrase & { order: number })[] {
  if (typeof json !== 'string') return [];
  try {
    const entries: unknown = JSON.parse(json);
    if (!Array.isArray(entries)) return [];
    return entries.flatMap((entry: Record<string, unknown>) => (typeof entry?.phrase === 'string' && typeof entry.weight === 'number'
      ? [{ phrase: entry.phrase, type, weight: entry.weight, ...(entry.reverse === true ? { reverse: true } : {}), order: Number(entry.order ?? 0) }] : []));
  } catch {
    return [];
  }
}

/** The vocabulary as it is read from the database (null for a property left out). */
export function vocabularyFromRows(kinds: Record<string, unknown>[], tieTypes: Record<string, unknown>[]): RawVocabulary {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const cues = tieTypes.flatMap((type) => storedCues(text(type.id), type.cues)).sort((a, b) => a.order - b.order).map(({ order: _order, ...cue }) => cue);
  return {
    cues,
    kinds: kinds.map((kind) => ({ id: text(kind.id), label: text(kind.label), plural: text(kind.plural), colour: text(kind.colour), description: text(kind.description) })),
    tieTypes: tieTypes.map((type) => ({
      id: text(type.id),
      label: text(type.label),
      inverseLabel: text(type.inverseLabel),
      ...(typeof type.pastLabel === 'string' && type.pastLabel ? { pastLabel: type.pastLabel } : {}),
      symmetric: type.symmetric === true,
      colour: text(type.colour),
      dash: Array.isArray(type.dash) ? type.dash.map((length) => (neo4j.isInt(length) ? length.toNumber() : Number(length))) : [],
      description: text(type.description),
    })),
  };
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

/** Each network's vocabulary, read from the database and cached; refreshed after every vocabulary write. */
export interface Vocabularies {
  /** The vocabulary of a network (empty for a network without one). */
  of(network: string): Vocabulary;
  /** Whether the last read found this network (a network made since needs a refresh). */
  has(network: string): boolean;
  /** The default network's vocabulary, always the current one (for code that predates networks). */
  readonly defaultVocabulary: Vocabulary;
  /** Every network's kinds and tie types together, always current: the whitelist of statements that write ties of any network. */
  readonly union: Vocabulary;
  /** Reads every vocabulary again. */
  refresh(): Promise<void>;
  /** Resolves once a read has succeeded (retrying one that failed, e.g. while the database was down). */
  ready(): Promise<void>;
}

const EMPTY = createVocabulary({ kinds: [], tieTypes: [] });

/**
 * `onError`: the app boots without its database too (it answers 503 until it is back); the vocabularies are then
 * read at the first request that needs them.
 */
export async function createVocabularies(database: Database, queries: QueryStore, onError: (error: Error) => void = () => {}): Promise<Vocabularies> {
  let byNetwork = new Map<string, Vocabulary>();
  let union = EMPTY;
  let loaded = false;
  const isKind = (entry: unknown): entry is Kind => kindCheck.Check(entry);
  const isTieType = (entry: unknown): entry is TieType => tieTypeCheck.Check(entry);

  async function refresh(): Promise<void> {
    const { networks, extensions } = await database.read(async (tx) => ({
      networks: (await tx.run(queries.get('vocabulary/read-vocabularies'))).records,
      extensions: (await tx.run(queries.get('vocabulary/read-vocabulary-extensions'))).records,
    }));
    // A loader's extension (the synthetic network's kinds) belongs to the default network, where its data is.
    const extension = {
      kinds: extensions.flatMap((row) => parseList(row.get('kinds'), isKind)),
      tieTypes: extensions.flatMap((row) => parseList(row.get('tieTypes'), isTieType)),
    };
    byNetwork = new Map(networks.map((row) => {
      const network = row.get('network') as string;
      const own = vocabularyFromRows(row.get('kinds') as Record<string, unknown>[], row.get('tieTypes') as Record<string, unknown>[]);
      return [network, createVocabulary(own, network === DEFAULT_NETWORK.id ? extension : undefined)];
    }));
    const all = [...byNetwork.values()];
    union = createVocabulary({ kinds: all.flatMap((vocabulary) => vocabulary.kinds), tieTypes: all.flatMap((vocabulary) => vocabulary.tieTypes) });
    loaded = true;
  }
  const of = (network: string) => byNetwork.get(network) ?? EMPTY;
  await refresh().catch(onError);
  return {
    of,
    has: (network) => byNetwork.has(network),
    defaultVocabulary: liveView(() => of(DEFAULT_NETWORK.id)),
    union: liveView(() => union),
    refresh,
    ready: () => (loaded ? Promise.resolve() : refresh()),
  };
}

/** A vocabulary that always answers with the current value of `current()`, so holders of it see refreshes. */
function liveView(current: () => Vocabulary): Vocabulary {
  return {
    get kinds() { return current().kinds; },
    get tieTypes() { return current().tieTypes; },
    get kindIds() { return current().kindIds; },
    get tieTypeIds() { return current().tieTypeIds; },
    isCoreKind: (id) => current().isCoreKind(id),
    get cues() { return current().cues; },
    tieType: (id) => current().tieType(id),
  };
}
