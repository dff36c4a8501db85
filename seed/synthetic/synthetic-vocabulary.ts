// The vocabulary a synthetic network is checked against: the product's (seed/data/vocabulary.json) plus the
// synthetic-only kinds of seed/synthetic/vocabulary.json (ICBs, PCNs, GP practices, care homes, pharmacies, sites…),
// which a load records in its database (with the product's it uses) so that the API accepts them there and nowhere else.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from '../../server/neo4j-connection.ts';
import type { QueryStore } from '../../server/cypher/query-store.ts';

interface RawVocabulary {
  kinds: { id: string }[];
  tieTypes: { id: string }[];
}

export const MAIN_VOCABULARY_FILE = fileURLToPath(new URL('../data/vocabulary.json', import.meta.url));
export const SYNTHETIC_VOCABULARY_FILE = fileURLToPath(new URL('./vocabulary.json', import.meta.url));

const read = (file: string): RawVocabulary => JSON.parse(readFileSync(file, 'utf8')) as RawVocabulary;

export interface VocabularyIds {
  kindIds: ReadonlySet<string>;
  tieTypeIds: ReadonlySet<string>;
  /** False while seed/data/vocabulary.json does not exist yet (only the synthetic additions are known then). */
  hasMainVocabulary: boolean;
}

export function mergedVocabularyIds(): VocabularyIds {
  const parts = [read(SYNTHETIC_VOCABULARY_FILE)];
  const hasMainVocabulary = existsSync(MAIN_VOCABULARY_FILE);
  if (hasMainVocabulary) parts.push(read(MAIN_VOCABULARY_FILE));
  return {
    kindIds: new Set(parts.flatMap((part) => part.kinds.map((kind) => kind.id))),
    tieTypeIds: new Set(parts.flatMap((part) => part.tieTypes.map((type) => type.id))),
    hasMainVocabulary,
  };
}

/**
 * Writes the kinds and tie types a synthetic network uses as the database's (:VocabularyExtension), read by the server
 * at boot: the synthetic-only ones and the product's it shares (its ties are all of the product's types), so that a
 * database holding nothing but a synthetic network still has the vocabulary to describe it.
 */
export async function recordSyntheticVocabulary(database: Database, queries: QueryStore): Promise<void> {
  const parts = [read(SYNTHETIC_VOCABULARY_FILE), ...(existsSync(MAIN_VOCABULARY_FILE) ? [read(MAIN_VOCABULARY_FILE)] : [])];
  const kinds = parts.flatMap((part) => part.kinds);
  const tieTypes = parts.flatMap((part) => part.tieTypes);
  await database.write(async (tx) => {
    await tx.run(queries.get('synthetic/record-vocabulary-extension'), { kinds: JSON.stringify(kinds), tieTypes: JSON.stringify(tieTypes) });
  });
}
