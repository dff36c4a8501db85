// What every exporter receives besides the subgraph, and what exportSubgraph hands back to the route.
import type { Kind, TieType } from '../schemas/graph.ts';

export interface ExportVocabulary {
  kinds: readonly Kind[];
  tieTypes: readonly TieType[];
}

export interface ExportContext {
  vocabulary: ExportVocabulary;
  /** Names the export, e.g. "leeds-teaching-hospitals-depth-2"; only ever used, made safe, in the file name and metadata. */
  title: string;
  /** ISO date-time, passed in rather than read from the clock so the same input always gives the same bytes. */
  generatedAt: string;
}

export interface ExportResult {
  body: string | Uint8Array;
  contentType: string;
  fileName: string;
}
