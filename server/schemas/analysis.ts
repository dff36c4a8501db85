// Response shapes of the /api/analysis routes: per-organisation measures, brokerage roles, common partners.
import { Type } from 'typebox';
import { TieSchema } from './graph.ts';

const Measure = (description: string) => Type.Number({ description });
const NullableNumber = (description: string) => Type.Unsafe<number | null>({ type: ['number', 'null'], description });

export const MeasureNames = ['ties', 'partners', 'betweenness', 'pagerank', 'closeness', 'constraint', 'effectiveSize'] as const;

export const OrganisationMeasuresSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind: Type.String(),
  ties: Type.Integer({ description: 'Ties, parallel ties counted separately' }),
  partners: Type.Integer({ description: 'Distinct partners' }),
  betweenness: Measure('Normalised betweenness centrality'),
  pagerank: Measure('PageRank (alpha 0.85) on the undirected partner graph'),
  closeness: Measure('Harmonic closeness: sum of 1/distance to every other organisation'),
  community: Type.Integer({ description: 'Louvain community (seeded, deterministic)' }),
  component: Type.Integer({ description: 'Connected component, 0 being the largest' }),
  constraint: NullableNumber("Burt's constraint (null without partners)"),
  effectiveSize: NullableNumber("Burt's effective size (null without partners)"),
});

export const MeasuresResponseSchema = Type.Object({
  organisations: Type.Array(OrganisationMeasuresSchema),
  modularity: Type.Number(),
  communityCount: Type.Integer(),
  componentCount: Type.Integer(),
  organisationCount: Type.Integer({ description: 'Organisations measured (before top)' }),
  truncated: Type.Boolean({ description: 'True when the selection limit cut the network measured' }),
});

export const NetworkMeasuresResponseSchema = Type.Object({
  computedAt: Type.Unsafe<string | null>({ type: ['string', 'null'], format: 'date-time', description: 'When the stored measures were computed; null before the first run' }),
  stale: Type.Boolean({ description: 'True when the network changed after the measures read it (a new run follows once writes pause)' }),
  running: Type.Boolean({ description: 'True while a new run is being computed' }),
  sampleSize: Type.Unsafe<number | null>({ type: ['integer', 'null'], description: 'Organisations betweenness and closeness were estimated from; null when exact' }),
  durationMs: Type.Unsafe<number | null>({ type: ['integer', 'null'], description: 'How long the run took (read, compute, write)' }),
  organisationCount: Type.Integer({ description: 'Organisations measured' }),
  tieCount: Type.Integer({ description: 'Ties in the network measured' }),
  modularity: Type.Number(),
  communityCount: Type.Integer(),
  componentCount: Type.Integer(),
  organisations: Type.Array(OrganisationMeasuresSchema),
});

export const BrokerSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind: Type.String(),
  coordinator: Type.Integer(),
  itinerant: Type.Integer(),
  gatekeeper: Type.Integer(),
  representative: Type.Integer(),
  liaison: Type.Integer(),
  total: Type.Integer(),
});

export const CommonPartnerSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind: Type.String(),
  ties: Type.Array(Type.Array(TieSchema), { description: 'For each asked organisation, in order, its ties with this partner' }),
});

const Routes = Type.Number({ description: 'Pairs (one end in each group) whose shortest routes pass here, split evenly where several routes tie' });

export const GroupConnectionsSchema = Type.Object({
  fromCount: Type.Integer({ description: 'Organisations of the first group in the selection' }),
  toCount: Type.Integer({ description: 'Organisations of the second group in the selection' }),
  connectedPairs: Type.Integer({ description: 'Pairs, one organisation of each group, with a route between them' }),
  unconnectedPairs: Type.Integer({ description: 'Pairs with no route in the selection' }),
  meanDistance: Type.Unsafe<number | null>({ type: ['number', 'null'], description: 'Mean shortest route length in ties' }),
  organisations: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), kind: Type.String(), routes: Routes }), {
    description: 'Organisations inside the routes (not their ends), most depended on first',
  }),
  ties: Type.Array(Type.Object({
    source: Type.String(),
    target: Type.String(),
    routes: Routes,
    ties: Type.Array(TieSchema, { description: 'Every tie between the two partners, with its evidence' }),
  }), { description: 'Partner pairs on the routes, most depended on first' }),
  truncated: Type.Boolean({ description: 'True when the selection limit cut the network searched' }),
});
