// Whether a tie reads the same both ways (its type is symmetric in the network's vocabulary), for the formats that
// can say an edge is undirected. Ties of directed types export exactly as they always have.
import type { Subgraph, Tie } from '../schemas/graph.ts';
import type { ExportVocabulary } from './export-types.ts';

export const isSymmetric = (tie: Tie, vocabulary: ExportVocabulary): boolean =>
  vocabulary.tieTypes.some((type) => type.id === tie.type && type.symmetric === true);

/** Every tie is symmetric (and there is one): the whole graph can be declared undirected. */
export const isUndirected = (subgraph: Subgraph, vocabulary: ExportVocabulary): boolean =>
  subgraph.links.length > 0 && subgraph.links.every((tie) => isSymmetric(tie, vocabulary));

/** `{ directed: false }` for a symmetric tie, nothing for a directed one (JSON and Cytoscape edges). */
export const directedField = (tie: Tie, vocabulary: ExportVocabulary): { directed?: false } =>
  (isSymmetric(tie, vocabulary) ? { directed: false } : {});
