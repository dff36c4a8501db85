// What every exporter receives besides the subgraph, and what exportSubgraph hands back to the route.
import type { Kind, TieType } from '../schemas/graph.ts';
import type { AttributeScope, AttributeType } from '../contract/attributes.ts';

export interface ExportVocabulary {
  kinds: readonly Kind[];
  tieTypes: readonly TieType[];
  /** Declared types of extra attributes (a date is text that means a date); undeclared ones are typed by their values. */
  attributeTypes?: Partial<Record<AttributeScope, ReadonlyMap<string, AttributeType>>>;
}

/** Where an organisation was drawn, in the explorer's layout units (y grows downwards, as on screen). */
export interface Position {
  x: number;
  y: number;
}

export interface ExportContext {
  vocabulary: ExportVocabulary;
  /** Names the export, e.g. "leeds-teaching-hospitals-depth-2"; only ever used, made safe, in the file name and metadata. */
  title: string;
  /** ISO date-time, passed in rather than read from the clock so the same input always gives the same bytes. */
  generatedAt: string;
  /** The layout the user arranged, by organisation id; formats that can carry coordinates write them. */
  positions?: ReadonlyMap<string, Position>;
}

export interface ExportResult {
  body: string | Uint8Array;
  contentType: string;
  fileName: string;
}
