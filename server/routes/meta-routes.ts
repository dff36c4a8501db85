// GET /api/meta: the vocabulary (kinds, tie types with labels, colours, counts), the source documents, totals.
import { Type } from 'typebox';
import type { AppInstance } from '../app.ts';
import { KindSchema, TieTypeSchema } from '../schemas/graph.ts';

const Nullable = Type.Union([Type.String(), Type.Null()]);
const Meta = Type.Object({
  kinds: Type.Array(Type.Object({ ...KindSchema.properties, count: Type.Integer() })),
  tieTypes: Type.Array(Type.Object({ ...TieTypeSchema.properties, count: Type.Integer() })),
  sources: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), publisher: Nullable, url: Nullable, date: Nullable })),
  totals: Type.Object({ organisations: Type.Integer(), ties: Type.Integer() }),
});

export function registerMetaRoutes(app: AppInstance): void {
  app.get('/api/meta', {
    schema: { tags: ['graph'], summary: 'Node kinds, tie types, sources and totals', response: { 200: Meta } },
  }, () => app.graph.meta());
}
