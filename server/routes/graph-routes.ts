// GET /api/graph: a subgraph { nodes, links, truncated } — a neighbourhood, or the whole network.
import { Type } from 'typebox';
import { routeGroup } from './route-group.ts';
import { ViewSubgraphSchema, type Subgraph, type ViewSubgraph } from '../schemas/graph.ts';
import { ATTRIBUTE_FILTER_OPTIONS, ErrorSchema, NeighbourhoodFields } from '../schemas/common.ts';
import { selectSubgraph } from './subgraph-selection.ts';

export const graphRoutes = routeGroup('graph-routes', ['config', 'graph-repository', 'vocabulary', 'curation', 'networks'], (app) => {
  app.get('/api/graph', {
    schema: {
      tags: ['graph'],
      summary: 'The neighbourhood of an organisation, or the whole network',
      querystring: Type.Object({
        ...NeighbourhoodFields,
        evidence: Type.Boolean({ default: true, description: 'false: ties come without their evidence, for drawing a big view (its evidence is about half the answer); ask again with evidence when it is needed' }),
      }, ATTRIBUTE_FILTER_OPTIONS),
      response: { 200: ViewSubgraphSchema, 400: ErrorSchema, 404: ErrorSchema },
    },
  }, async (request) => {
    const { subgraph } = await selectSubgraph(app, request.query);
    return request.query.evidence ? subgraph : withoutEvidence(subgraph);
  });
});

function withoutEvidence(subgraph: Subgraph): ViewSubgraph {
  return { ...subgraph, links: subgraph.links.map(({ evidence: _, ...tie }) => tie) };
}
