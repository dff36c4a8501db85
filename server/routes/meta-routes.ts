// GET /api/meta: the vocabulary (kinds, tie types with labels, colours, counts), the source documents, totals.
import { routeGroup } from './route-group.ts';
import { MetaSchema } from '../schemas/answers.ts';

export const metaRoutes = routeGroup('meta-routes', ['graph-repository'], (app) => {
  app.get('/api/meta', {
    schema: { tags: ['graph'], summary: 'Node kinds, tie types, sources and totals', response: { 200: MetaSchema } },
  }, () => app.graph.meta());
});
