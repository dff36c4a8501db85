// GET /api/meta?network=: the vocabulary (kinds, tie types with labels, colours, counts), the source documents, totals.
import { routeGroup } from './route-group.ts';
import { Type } from 'typebox';
import { MetaSchema } from '../schemas/answers.ts';
import { ErrorSchema, NetworkField } from '../schemas/common.ts';

export const metaRoutes = routeGroup('meta-routes', ['graph-repository', 'networks'], (app) => {
  app.get('/api/meta', {
    schema: {
      tags: ['graph'],
      summary: 'Node kinds, tie types, sources and totals of one network',
      querystring: Type.Object(NetworkField),
      response: { 200: MetaSchema, 400: ErrorSchema, 404: ErrorSchema },
    },
  }, async (request) => app.graph.meta(await app.networks.resolve(request.query.network)));
});
