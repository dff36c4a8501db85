// The node kinds and tie types the product knows: the data set's (seed/data/vocabulary.json) plus the kinds only
// the synthetic national network uses (seed/synthetic/vocabulary.json). Labels, colours, and the whitelist every
// tie type and kind from a request is checked against.
import { readFileSync } from 'node:fs';
import type { Kind, TieType } from '../schemas/graph.ts';

export interface Vocabulary {
  kinds: Kind[];
  tieTypes: TieType[];
  kindIds: ReadonlySet<string>;
  tieTypeIds: ReadonlySet<string>;
  tieType(id: string): TieType;
  /** Kinds of the data set itself; the synthetic-only kinds are shown only when the database holds them. */
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

const readJson = (url: URL): RawVocabulary => JSON.parse(readFileSync(url, 'utf8')) as RawVocabulary;

export function readVocabulary(): Vocabulary {
  return createVocabulary(
    readJson(new URL('../../seed/data/vocabulary.json', import.meta.url)),
    readJson(new URL('../../seed/synthetic/vocabulary.json', import.meta.url)),
  );
}
