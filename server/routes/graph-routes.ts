// GET /api/graph: a subgraph { nodes, links, truncated } — a neighbourhood, or the whole network.
import { Type } from 'typebox';
import { routeGroup } from './route-group.ts';
import { SubgraphSchema } from '../schemas/graph.ts';
import { ATTRIBUTE_FILTER_OPTIONS, ErrorSchema, NeighbourhoodFields } from '../schemas/common.ts';
import { selectSubgraph } from './subgraph-selection.ts';

export const graphRoutes = routeGroup('graph-routes', ['config', 'graph-repository', 'vocabulary', 'curation', 'networks'], (app) => {
  app.get('/api/graph', {
    schema: {
      tags: ['graph'],
      summary: 'The neighbourhood of an organisation, or the whole network',
      querystring: Type.Object(NeighbourhoodFields, ATTRIBUTE_FILTER_OPTIONS),
      response: { 200: SubgraphSchema, 400: ErrorSchema, 404: ErrorSchema },
    },
  }, async (request) => (await selectSubgraph(app, request.query)).subgraph);
});
