// The client's view of the API: the server's own shapes, as types only (no server code reaches the bundle); the
// values both sides need at runtime (formats, limits, the date rule) come from server/contract/ instead.
import type { Comparison, Evidence, Kind, Organisation, OrganisationTie, Path, PathMode, PathQuery, PathStep, TieType, ViewSubgraph } from '../server/schemas/graph.ts';
import type { Change, EvidenceInput, ImportReport, OrganisationCreate, OrganisationPatch, TieCreate, TieEnd } from '../server/schemas/curation.ts';
import type { Health, Meta, OrganisationDetail, SearchResult } from '../server/schemas/answers.ts';
import type { CommonPartnerSchema } from '../server/schemas/analysis.ts';
import type { Static } from 'typebox';

export type { Comparison, Evidence, Kind, Organisation, OrganisationTie, Path, PathMode, PathQuery, PathStep, TieType };

/** What the views hold: a big whole-network view is read without its ties' evidence until something needs it. */
export type Subgraph = ViewSubgraph;
export type Tie = Subgraph['links'][number];
export type { Change, EvidenceInput, ImportReport, OrganisationCreate, OrganisationPatch, TieCreate, TieEnd };
export type { Health, Meta, OrganisationDetail, SearchResult };
export type { ExportFormat, ImportFormat } from '../server/contract/formats.ts';

/** An organisation tied to each of the asked ones, with those ties (and their evidence), in the order asked. */
export type CommonPartner = Static<typeof CommonPartnerSchema>;

/** What a write of an organisation answers. */
export type VersionedOrganisation = Organisation & { version: number };

export const EMPTY_SUBGRAPH: Subgraph = Object.freeze({ nodes: [], links: [], truncated: false }) as Subgraph;
