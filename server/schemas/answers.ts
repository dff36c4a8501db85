// The bodies of the routes that answer neither a Subgraph nor a Path: the vocabulary (meta), search results, one
// organisation's details and health. The client takes their static types (`import type`), never a copy.
import { Type, type Static } from 'typebox';
import { InForceStateSchema, KindSchema, OrganisationSchema, OrganisationTieSchema, TieTypeSchema } from './graph.ts';

const NullableText = Type.Union([Type.String(), Type.Null()]);

export const MetaSchema = Type.Object({
  kinds: Type.Array(Type.Object({ ...KindSchema.properties, count: Type.Integer() })),
  tieTypes: Type.Array(Type.Object({ ...TieTypeSchema.properties, count: Type.Integer() })),
  sources: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), publisher: NullableText, url: NullableText, date: NullableText })),
  totals: Type.Object({ organisations: Type.Integer(), ties: Type.Integer() }),
});
export type Meta = Static<typeof MetaSchema>;

export const SearchResultSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  shortName: NullableText,
  kind: Type.String(),
  since: NullableText,
  until: NullableText,
  state: InForceStateSchema,
  score: Type.Number(),
});
export type SearchResult = Static<typeof SearchResultSchema>;
export const SearchResultsSchema = Type.Object({ results: Type.Array(SearchResultSchema) });

export const OrganisationDetailSchema = Type.Object({
  ...OrganisationSchema.properties,
  tiesTruncated: Type.Boolean({ description: 'True when the organisation has more ties than the 1,000 listed (see degree)' }),
  version: Type.Integer({ description: 'Send it back with PATCH /api/organisations/:id (409 if it changed since)' }),
  ties: Type.Array(OrganisationTieSchema),
});
/** `version` goes back with a PATCH, so a change made meanwhile by someone else is not overwritten (409). */
export type OrganisationDetail = Static<typeof OrganisationDetailSchema>;

export const HealthSchema = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('unavailable')]),
  database: Type.Object({
    connected: Type.Boolean(),
    version: NullableText,
    address: Type.String(),
    message: Type.Optional(Type.String()),
  }),
  writesEnabled: Type.Boolean({ description: 'False until API_TOKEN (or API_TOKENS_FILE) is set: write routes then answer 403' }),
});
export type Health = Static<typeof HealthSchema>;
