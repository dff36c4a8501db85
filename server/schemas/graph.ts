// The one data shape of the product: organisations and ties with evidence, as JSON Schema (TypeBox).
// Routes validate and serialise with these schemas, exporters take `Subgraph`, the client renders it.
import { Type, type Static } from 'typebox';
import type { PathMode } from '../contract/formats.ts';

/**
 * A string or null, as `type: ["string", "null"]` (OpenAPI 3.1) rather than `anyOf`: fast-json-stringify writes a type
 * list inline but checks every `anyOf` value with Ajv, which made a 300-organisation answer 2.7× slower to serialise.
 */
const Nullable = (schema: ReturnType<typeof Type.String>) => Type.Unsafe<string | null>({ ...schema, type: ['string', 'null'] });

/** Where a tie or organisation stands on the day asked about (asOf, else today); see server/contract/in-force.ts. */
export const InForceStateSchema = Type.Union([Type.Literal('current'), Type.Literal('ended'), Type.Literal('future')], {
  description: 'current: in force on the day; ended: ended before it; future: starts after it',
});

export const EvidenceSchema = Type.Object({
  source: Type.String({ description: 'Id of the source document (see /api/meta sources)' }),
  title: Type.String({ description: 'Title of the source document' }),
  publisher: Nullable(Type.String()),
  url: Nullable(Type.String({ description: 'Where the source can be read, when known' })),
  quote: Type.String({ description: 'The exact sentence (or clause) of the source that states the tie; with verbatim false, a note about a web page whose text is not stored' }),
  verbatim: Type.Boolean({ description: 'True when quote is a passage of the source\'s stored text (checked on every write); false for a note' }),
});
export type Evidence = Static<typeof EvidenceSchema>;

/** Extra attributes (server/contract/attributes.ts): present only when the organisation or tie has any. */
export const AttributesSchema = Type.Record(Type.String(), Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Array(Type.String())]), {
  description: 'Extra attributes by name (lower-case slug): text, number, true/false, partial date (as text) or list of texts',
});

export const OrganisationSchema = Type.Object({
  id: Type.String({ description: 'Stable slug, e.g. leeds-teaching-hospitals' }),
  name: Type.String(),
  shortName: Nullable(Type.String()),
  aliases: Type.Array(Type.String()),
  kind: Type.String({ description: 'Node kind from the vocabulary (see /api/meta)' }),
  sector: Nullable(Type.String()),
  city: Nullable(Type.String()),
  country: Nullable(Type.String()),
  description: Nullable(Type.String()),
  url: Nullable(Type.String()),
  since: Nullable(Type.String({ description: 'Year or ISO date it was founded or formed, when stated' })),
  until: Nullable(Type.String({ description: 'Last year or ISO date it existed (dissolved or merged), when stated' })),
  degree: Type.Integer({ description: 'Number of ties of this organisation in the whole network' }),
  attributes: Type.Optional(AttributesSchema),
});
export type Organisation = Static<typeof OrganisationSchema>;

export const TieSchema = Type.Object({
  id: Type.String(),
  type: Type.String({ description: 'Tie type from the vocabulary, e.g. COMMISSIONS' }),
  source: Type.String({ description: 'Id of the organisation the tie goes from (reads as the subject)' }),
  target: Type.String({ description: 'Id of the organisation the tie goes to (reads as the object)' }),
  since: Nullable(Type.String({ description: 'Year or ISO date the tie started, when stated' })),
  until: Nullable(Type.String({ description: 'Year or ISO date the tie ended, when stated' })),
  description: Nullable(Type.String()),
  evidence: Type.Array(EvidenceSchema),
  attributes: Type.Optional(AttributesSchema),
});
export type Tie = Static<typeof TieSchema>;

/** A tie as an organisation's details list it: read from that organisation, with the one at the other end. */
export const OrganisationTieSchema = Type.Object({
  id: Type.String(),
  type: Type.String(),
  label: Type.String({ description: 'The tie read from this organisation: "commissions" or "is commissioned by"' }),
  direction: Type.Union([Type.Literal('outgoing'), Type.Literal('incoming')]),
  other: Type.Object({ id: Type.String(), name: Type.String(), kind: Type.String() }),
  since: Nullable(Type.String()),
  until: Nullable(Type.String()),
  state: InForceStateSchema,
  description: Nullable(Type.String()),
  evidence: Type.Array(EvidenceSchema),
  attributes: Type.Optional(AttributesSchema),
});
export type OrganisationTie = Static<typeof OrganisationTieSchema>;

export const SubgraphSchema = Type.Object({
  nodes: Type.Array(OrganisationSchema),
  links: Type.Array(TieSchema),
  truncated: Type.Boolean({ description: 'True when a limit cut the result' }),
});
export type Subgraph = Static<typeof SubgraphSchema>;

/** What GET /api/graph answers: a subgraph whose ties leave their evidence out when asked (`evidence=false`). */
export const ViewSubgraphSchema = Type.Object({
  ...SubgraphSchema.properties,
  links: Type.Array(Type.Object({
    ...TieSchema.properties,
    evidence: Type.Optional(Type.Array(EvidenceSchema, { description: 'Absent when the request said evidence=false' })),
  })),
});
export type ViewSubgraph = Static<typeof ViewSubgraphSchema>;

export const PathStepSchema = Type.Object({
  from: Type.String({ description: 'Id of the organisation this step leaves' }),
  to: Type.String({ description: 'Id of the organisation this step reaches' }),
  tie: Type.String({ description: 'Id of the tie followed' }),
  forward: Type.Boolean({ description: 'True when the tie is followed in its own direction' }),
  sentence: Type.String({ description: 'The step in plain English, e.g. "NHS England commissions Leeds Teaching Hospitals NHS Trust"' }),
  evidence: Type.Array(EvidenceSchema),
});
export type PathStep = Static<typeof PathStepSchema>;

export const PathSchema = Type.Object({
  nodes: Type.Array(OrganisationSchema, { description: 'Organisations in path order, from first to last' }),
  links: Type.Array(TieSchema, { description: 'Ties in path order' }),
  length: Type.Integer(),
  explanation: Type.String({ description: 'The whole path in plain English' }),
  steps: Type.Array(PathStepSchema),
});
export type Path = Static<typeof PathSchema>;

const IdGroupsSchema = Type.Object({ organisations: Type.Array(Type.String()), ties: Type.Array(Type.String()) });

/** GET /api/changes: the subgraph over both days and its diff; ties that came and went between are in no group. */
export const ComparisonSchema = Type.Object({
  ...SubgraphSchema.properties,
  from: Type.String({ description: 'The earlier ISO day compared' }),
  to: Type.String({ description: 'The later ISO day compared' }),
  added: IdGroupsSchema,
  ended: IdGroupsSchema,
  unchanged: IdGroupsSchema,
  changes: Type.Array(Type.Object({
    change: Type.Union([Type.Literal('started'), Type.Literal('ended')]),
    entity: Type.Union([Type.Literal('organisation'), Type.Literal('tie')]),
    id: Type.String(),
    date: Type.String({ description: 'The since or until as the data gives it' }),
    sentence: Type.String(),
    evidence: Type.Array(EvidenceSchema),
  }), { description: 'Starts and ends between the two days, oldest first' }),
});
export type Comparison = Static<typeof ComparisonSchema>;

export type { PathMode };

/** A path search with its lists parsed: what GET /api/paths hands the repository and what the client's URL holds. */
export interface PathQuery {
  from: string;
  to: string;
  mode: PathMode;
  /** How many paths for mode k-shortest (1–10). */
  k: number;
  maxHops: number;
  /** Tie types a path may use; empty means all. */
  tieTypes: string[];
  /** Organisations no path may pass through. */
  avoid: string[];
}

export const KindSchema = Type.Object({
  id: Type.String(),
  label: Type.String(),
  plural: Type.String(),
  colour: Type.String(),
  description: Type.String(),
});
export type Kind = Static<typeof KindSchema>;

export const TieTypeSchema = Type.Object({
  id: Type.String(),
  label: Type.String({ description: 'Reads from source to target: "commissions"' }),
  inverseLabel: Type.String({ description: 'Reads from target to source: "is commissioned by" (a symmetric type: the label again)' }),
  pastLabel: Type.Optional(Type.String({ description: 'The label in the past tense, for ties that ended ("was married into"); made from the label when absent' })),
  symmetric: Type.Optional(Type.Boolean({ description: 'Reads the same both ways ("is married into"): drawn without arrows, explained without direction, stored once per pair' })),
  colour: Type.String(),
  dash: Type.Array(Type.Number(), { description: 'Canvas line dash pattern; empty for solid' }),
  description: Type.String(),
});
export type TieType = Static<typeof TieTypeSchema>;
