// GET /api/organisations (search) and GET /api/organisations/:id (one organisation with all its ties and evidence).
import { Type } from 'typebox';
import type { AppInstance } from '../app.ts';
import { notFound } from '../errors.ts';
import { InForceStateSchema, OrganisationSchema, OrganisationTieSchema } from '../schemas/graph.ts';
import { dayOf } from './date-parameters.ts';
import { DateParameter, ErrorSchema, OrganisationId } from '../schemas/common.ts';
import { parseAllowedList } from './list-parameters.ts';

const SearchQuery = Type.Object({
  q: Type.String({ minLength: 1, maxLength: 200, description: 'Name, short name, acronym or alias; typos and prefixes are tolerated' }),
  kinds: Type.Optional(Type.String({ maxLength: 2000, description: 'Comma-separated node kinds to keep' })),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 10 }),
  asOf: Type.Optional(DateParameter('Mark each result current, ended (dissolved) or future on this day (default: today); none is left out.')),
});

const SearchResult = Type.Object({
  results: Type.Array(Type.Object({
    id: Type.String(),
    name: Type.String(),
    shortName: Type.Union([Type.String(), Type.Null()]),
    kind: Type.String(),
    since: Type.Union([Type.String(), Type.Null()]),
    until: Type.Union([Type.String(), Type.Null()]),
    state: InForceStateSchema,
    score: Type.Number(),
  })),
});

const OrganisationDetail = Type.Object({
  ...OrganisationSchema.properties,
  tiesTruncated: Type.Boolean({ description: 'True when the organisation has more ties than the 1,000 listed (see degree)' }),
  version: Type.Integer({ description: 'Send it back with PATCH /api/organisations/:id (409 if it changed since)' }),
  ties: Type.Array(OrganisationTieSchema),
});

export function registerOrganisationRoutes(app: AppInstance): void {
  app.get('/api/organisations', {
    schema: { tags: ['organisations'], summary: 'Search organisations', querystring: SearchQuery, response: { 200: SearchResult, 400: ErrorSchema } },
  }, async (request) => {
    const kinds = parseAllowedList(request.query.kinds, 'kinds', app.vocabulary.kindIds);
    const day = dayOf(request.query.asOf);
    return { results: await app.graph.search(request.query.q, kinds, request.query.limit, day) };
  });

  app.get('/api/organisations/:id', {
    schema: {
      tags: ['organisations'],
      summary: 'One organisation with all its ties and their evidence',
      params: Type.Object({ id: OrganisationId }),
      querystring: Type.Object({ asOf: Type.Optional(DateParameter('Ties as of this day (default: today): current first, then ended; none that start later.')) }),
      response: { 200: OrganisationDetail, 400: ErrorSchema, 404: ErrorSchema },
    },
  }, async (request) => {
    const day = dayOf(request.query.asOf);
    const organisation = await app.graph.organisation(request.params.id, day);
    if (!organisation) throw notFound(`No organisation with id "${request.params.id}"`);
    return organisation;
  });
}
