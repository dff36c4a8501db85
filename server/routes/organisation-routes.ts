// GET /api/organisations (search) and GET /api/organisations/:id (one organisation with all its ties and evidence).
import { Type } from 'typebox';
import { routeGroup } from './route-group.ts';
import { notFound } from '../errors.ts';
import { OrganisationDetailSchema, SearchResultsSchema } from '../schemas/answers.ts';
import { dayOf } from './date-parameters.ts';
import { DateParameter, ErrorSchema, NetworkField, OrganisationId } from '../schemas/common.ts';
import { parseAllowedList } from './list-parameters.ts';

const SearchQuery = Type.Object({
  ...NetworkField,
  q: Type.String({ minLength: 1, maxLength: 200, description: 'Name, short name, acronym or alias; typos and prefixes are tolerated' }),
  kinds: Type.Optional(Type.String({ maxLength: 2000, description: 'Comma-separated node kinds to keep' })),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 10 }),
  asOf: Type.Optional(DateParameter('Mark each result current, ended (dissolved) or future on this day (default: today); none is left out.')),
});

export const organisationRoutes = routeGroup('organisation-routes', ['graph-repository', 'vocabulary', 'networks'], (app) => {
  app.get('/api/organisations', {
    schema: { tags: ['organisations'], summary: 'Search organisations', querystring: SearchQuery, response: { 200: SearchResultsSchema, 400: ErrorSchema, 404: ErrorSchema } },
  }, async (request) => {
    const network = await app.networks.resolve(request.query.network);
    const kinds = parseAllowedList(request.query.kinds, 'kinds', app.vocabularies.of(network).kindIds);
    const day = dayOf(request.query.asOf);
    return { results: await app.graph.search(request.query.q, kinds, request.query.limit, day, network) };
  });

  app.get('/api/organisations/:id', {
    schema: {
      tags: ['organisations'],
      summary: 'One organisation with all its ties and their evidence',
      params: Type.Object({ id: OrganisationId }),
      querystring: Type.Object({ ...NetworkField, asOf: Type.Optional(DateParameter('Ties as of this day (default: today): current first, then ended; none that start later.')) }),
      response: { 200: OrganisationDetailSchema, 400: ErrorSchema, 404: ErrorSchema },
    },
  }, async (request) => {
    const day = dayOf(request.query.asOf);
    const organisation = await app.graph.organisation(request.params.id, day, await app.networks.resolve(request.query.network));
    if (!organisation) throw notFound(`No organisation with id "${request.params.id}"`);
    return organisation;
  });
});
