// The node kinds and tie types the product knows (seed/data/vocabulary.json): labels, colours, and the whitelist
// every tie type and kind from a request is checked against.
import { readFileSync } from 'node:fs';
import type { Kind, TieType } from '../schemas/graph.ts';

export interface Vocabulary {
  kinds: Kind[];
  tieTypes: TieType[];
  kindIds: ReadonlySet<string>;
  tieTypeIds: ReadonlySet<string>;
  tieType(id: string): TieType;
}

export function createVocabulary(raw: { kinds: Kind[]; tieTypes: TieType[] }): Vocabulary {
  const byId = new Map(raw.tieTypes.map((type) => [type.id, type]));
  return {
    kinds: raw.kinds,
    tieTypes: raw.tieTypes,
    kindIds: new Set(raw.kinds.map((kind) => kind.id)),
    tieTypeIds: new Set(byId.keys()),
    tieType(id) {
      // A type outside the vocabulary can only come from data written by another tool; show it by its name.
      const readable = id.toLowerCase().replace(/_/g, ' ');
      return byId.get(id) ?? { id, label: readable, inverseLabel: `${readable} (reverse)`, colour: '#888888', dash: [], description: '' };
    },
  };
}

export function readVocabulary(file = new URL('../../seed/data/vocabulary.json', import.meta.url)): Vocabulary {
  return createVocabulary(JSON.parse(readFileSync(file, 'utf8')));
}
