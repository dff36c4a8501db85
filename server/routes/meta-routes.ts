// GET /api/meta: the vocabulary (kinds, tie types with labels, colours, counts), the source documents, totals.
import type { AppInstance } from '../app.ts';
import { MetaSchema } from '../schemas/answers.ts';

export function registerMetaRoutes(app: AppInstance): void {
  app.get('/api/meta', {
    schema: { tags: ['graph'], summary: 'Node kinds, tie types, sources and totals', response: { 200: MetaSchema } },
  }, () => app.graph.meta());
}
