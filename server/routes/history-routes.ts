// GET /api/organisations/:id/history: every change to the organisation and its ties, newest first, with who
// made it and the entity before and after. A deleted organisation keeps its history.
import { Type } from 'typebox';
import { routeGroup } from './route-group.ts';
import { ErrorSchema, OrganisationId } from '../schemas/common.ts';
import { ChangeSchema } from '../schemas/curation.ts';

export const historyRoutes = routeGroup('history-routes', ['curation'], (app) => {
  app.get('/api/organisations/:id/history', {
    schema: {
      tags: ['curation'],
      summary: 'Changes to an organisation and its ties, newest first',
      params: Type.Object({ id: OrganisationId }),
      querystring: Type.Object({ limit: Type.Integer({ minimum: 1, maximum: 1000, default: 100 }) }),
      response: { 200: Type.Object({ changes: Type.Array(ChangeSchema) }), 400: ErrorSchema, 404: ErrorSchema },
    },
  }, async (request) => ({ changes: await app.curation.history(request.params.id, request.query.limit) }));
});
