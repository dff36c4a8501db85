// The client's view of the API: the server's own shapes (types only, so no server code reaches the bundle) plus the
// response bodies of the routes that are not a Subgraph or a Path.
import type { Comparison, Evidence, Kind, Organisation, OrganisationTie, Path, PathMode, PathQuery, PathStep, Subgraph, Tie, TieType } from '../server/schemas/graph.ts';
import type { Change, EvidenceInput, ImportReport, OrganisationCreate, OrganisationPatch, TieCreate, TieEnd } from '../server/schemas/curation.ts';
import type { SourceDocument } from '../server/graph/mapper.ts';
import type { CommonPartnerSchema } from '../server/schemas/analysis.ts';
import type { Static } from 'typebox';

export type { Comparison, Evidence, Kind, Organisation, OrganisationTie, Path, PathMode, PathQuery, PathStep, Subgraph, Tie, TieType };
export type { Change, EvidenceInput, ImportReport, OrganisationCreate, OrganisationPatch, TieCreate, TieEnd };

/** An organisation tied to each of the asked ones, with those ties (and their evidence), in the order asked. */
export type CommonPartner = Static<typeof CommonPartnerSchema>;

export type KindWithCount = Kind & { count: number };
export type TieTypeWithCount = TieType & { count: number };

export interface Meta {
  kinds: KindWithCount[];
  tieTypes: TieTypeWithCount[];
  sources: SourceDocument[];
  totals: { organisations: number; ties: number };
}

export interface SearchResult {
  id: string;
  name: string;
  shortName: string | null;
  kind: string;
  score: number;
}

/** `version` goes back with a PATCH, so a change made meanwhile by someone else is not overwritten (409). */
export type OrganisationDetail = Organisation & { version: number; ties: OrganisationTie[] };
/** What a write of an organisation answers. */
export type VersionedOrganisation = Organisation & { version: number };

export interface Health {
  status: 'ok' | 'unavailable';
  /** False when the server has no access token configured: it accepts no changes at all. */
  writesEnabled?: boolean;
  database: { connected: boolean; version: string | null; address: string; message?: string };
}

export const EXPORT_FORMATS = ['json', 'graphml', 'gexf', 'csv', 'cypher', 'cytoscape'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EMPTY_SUBGRAPH: Subgraph = Object.freeze({ nodes: [], links: [], truncated: false }) as Subgraph;
