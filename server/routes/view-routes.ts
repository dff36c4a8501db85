// Saved views: GET /api/views/:id opens one (no token: a shared link must open for anyone who may read), listing,
// saving, renaming and deleting need a write token like every other write.
import { Type } from 'typebox';
import { routeGroup } from './route-group.ts';
import { ErrorSchema } from '../schemas/common.ts';
import { SavedViewCreate, SavedViewId, SavedViewRename, SavedViewSchema, SavedViewSummarySchema, createSavedViews } from '../views/saved-views.ts';
import { WRITE_ERRORS, WRITE_SECURITY } from './write-route-options.ts';

const Params = Type.Object({ id: SavedViewId });
const ListQuery = Type.Object({ limit: Type.Integer({ minimum: 1, maximum: 500, default: 100, description: 'Most views to list' }) });

export const viewRoutes = routeGroup('view-routes', ['database', 'queries', 'access'], (app) => {
  const guard = app.writeGuard;
  const views = createSavedViews(app.database, app.queries);
  const tags = ['views'];

  app.get('/api/views', {
    onRequest: guard,
    schema: {
      tags, summary: 'List saved views, most recently changed first (without their layouts)', security: WRITE_SECURITY,
      querystring: ListQuery, response: { 200: Type.Object({ views: Type.Array(SavedViewSummarySchema) }), ...WRITE_ERRORS },
    },
  }, async (request) => ({ views: await views.list(request.query.limit) }));

  app.get('/api/views/:id', {
    schema: { tags, summary: 'A saved view: its query string and layout', params: Params, response: { 200: SavedViewSchema, 400: ErrorSchema, 404: ErrorSchema } },
  }, (request) => views.get(request.params.id));

  app.post('/api/views', {
    onRequest: guard,
    bodyLimit: 2 * 1024 * 1024,
    schema: { tags, summary: 'Save a view with its layout; answers its short id', security: WRITE_SECURITY, body: SavedViewCreate, response: { 201: SavedViewSchema, ...WRITE_ERRORS } },
  }, async (request, reply) => reply.status(201).send(await views.create(request.body, request.actor)));

  app.patch('/api/views/:id', {
    onRequest: guard,
    schema: { tags, summary: 'Rename a saved view', security: WRITE_SECURITY, params: Params, body: SavedViewRename, response: { 200: SavedViewSummarySchema, ...WRITE_ERRORS } },
  }, (request) => views.rename(request.params.id, request.body.name));

  app.delete('/api/views/:id', {
    onRequest: guard,
    schema: { tags, summary: 'Delete a saved view', security: WRITE_SECURITY, params: Params, response: { 200: Type.Object({ id: Type.String() }), ...WRITE_ERRORS } },
  }, (request) => views.remove(request.params.id));
});
