// A network's kinds and tie types written as (:Kind) and (:TieType) nodes (with the ingest cue phrases on their tie types) (dash lengths as integers, like every
// number the product stores, so a backup round trip is exact), the one way every writer stores them
// (the seed, the vocabulary API, an import's vocabulary section).
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { QueryStore } from '../cypher/query-store.ts';
import type { Kind, TieType } from '../schemas/graph.ts';
import type { CuePhrase } from '../graph/vocabulary.ts';
import type { KindCreate, TieTypeCreate } from '../schemas/vocabulary.ts';

/** Every property of a tie type node: symmetric stored as false and a missing past label removed, not left as it was. */
export const tieTypeProperties = (type: TieType) =>
  ({ pastLabel: null, ...type, symmetric: type.symmetric ?? false, dash: type.dash.map((length) => neo4j.int(length)) });

/** Creates these kinds and tie types in `network`, or changes them to these values; `cues`, when given, replace theirs. */
export async function writeVocabulary(tx: ManagedTransaction, queries: QueryStore, network: string, vocabulary: { kinds: readonly Kind[]; tieTypes: readonly TieType[]; cues?: readonly CuePhrase[] }): Promise<void> {
  if (vocabulary.kinds.length) await tx.run(queries.get('vocabulary/merge-kinds'), { network, kinds: vocabulary.kinds });
  if (vocabulary.tieTypes.length) await tx.run(queries.get('vocabulary/merge-tie-types'), { network, tieTypes: vocabulary.tieTypes.map(tieTypeProperties) });
  if (vocabulary.cues?.length) await tx.run(queries.get('vocabulary/set-tie-type-cues'), { network, cues: cuesByType(vocabulary.cues) });
}

/** Each tie type's cues as the JSON text its node keeps, each with its place among all of them (earlier ones win). */
function cuesByType(cues: readonly CuePhrase[]): { type: string; cues: string }[] {
  const byType = new Map<string, object[]>();
  cues.forEach(({ type, ...cue }, order) => byType.set(type, [...(byType.get(type) ?? []), { ...cue, order }]));
  return [...byType].map(([type, list]) => ({ type, cues: JSON.stringify(list) }));
}

/** A kind as a curator or a file gives it, with the defaults filled in (plural: the label). */
export const newKind = (input: KindCreate): Kind =>
  ({ id: input.id, label: input.label, plural: input.plural ?? input.label, colour: input.colour, description: input.description ?? '' });

/** A tie type as a curator or a file gives it: directed unless symmetric, the inverse label the label by default. */
export const newTieType = (input: TieTypeCreate): TieType => ({
  id: input.id,
  label: input.label,
  inverseLabel: input.inverseLabel ?? input.label,
  ...(input.pastLabel ? { pastLabel: input.pastLabel } : {}),
  symmetric: input.symmetric ?? false,
  colour: input.colour,
  dash: input.dash ?? [],
  description: input.description ?? '',
});
