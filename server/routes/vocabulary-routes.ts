// The vocabulary API (bearer token): POST, PATCH and DELETE /api/vocabulary/kinds[/:id] and
// /api/vocabulary/tie-types[/:id], each for the network in `?network=` (default leeds). GET /api/meta lists them.
import { Type } from 'typebox';
import { routeGroup } from './route-group.ts';
import { NetworkField } from '../schemas/common.ts';
import { KindSchema, TieTypeSchema } from '../schemas/graph.ts';
import { KindCreateBody, KindId, KindPatchBody, TieTypeCreateBody, TieTypeId, TieTypePatchBody } from '../schemas/vocabulary.ts';
import { createVocabularyWrites } from '../vocabulary/vocabulary-writes.ts';
import { WRITE_ERRORS, WRITE_SECURITY } from './write-route-options.ts';

const Query = Type.Object(NetworkField);
const Deleted = Type.Object({ id: Type.String() });

export const vocabularyRoutes = routeGroup('vocabulary-routes', ['database', 'queries', 'vocabulary', 'networks', 'curation', 'access'], (app) => {
  const guard = app.writeGuard;
  const writes = createVocabularyWrites(app.database, app.queries, app.curationStore, app.vocabularies);
  const network = (query: { network?: string }) => app.networks.resolve(query.network);
  const common = { tags: ['graph'], security: WRITE_SECURITY, querystring: Query };

  app.post('/api/vocabulary/kinds', {
    onRequest: guard,
    schema: { ...common, summary: 'Add a kind of organisation to a network\'s vocabulary', body: KindCreateBody, response: { 201: KindSchema, ...WRITE_ERRORS } },
  }, async (request, reply) => reply.status(201).send(await writes.createKind(await network(request.query), request.body, request.actor)));

  app.patch('/api/vocabulary/kinds/:id', {
    onRequest: guard,
    schema: { ...common, summary: 'Change a kind\'s label, plural, colour or description (never its id)', params: Type.Object({ id: KindId }), body: KindPatchBody, response: { 200: KindSchema, ...WRITE_ERRORS } },
  }, async (request) => writes.updateKind(await network(request.query), request.params.id, request.body, request.actor));

  app.delete('/api/vocabulary/kinds/:id', {
    onRequest: guard,
    schema: { ...common, summary: 'Delete a kind no organisation has (409 says how many have it)', params: Type.Object({ id: KindId }), response: { 200: Deleted, ...WRITE_ERRORS } },
  }, async (request) => writes.deleteKind(await network(request.query), request.params.id, request.actor));

  app.post('/api/vocabulary/tie-types', {
    onRequest: guard,
    schema: { ...common, summary: 'Add a tie type to a network\'s vocabulary (directed or symmetric)', body: TieTypeCreateBody, response: { 201: TieTypeSchema, ...WRITE_ERRORS } },
  }, async (request, reply) => reply.status(201).send(await writes.createTieType(await network(request.query), request.body, request.actor)));

  app.patch('/api/vocabulary/tie-types/:id', {
    onRequest: guard,
    schema: { ...common, summary: 'Change a tie type\'s labels, colour, dash or description (never its id)', params: Type.Object({ id: TieTypeId }), body: TieTypePatchBody, response: { 200: TieTypeSchema, ...WRITE_ERRORS } },
  }, async (request) => writes.updateTieType(await network(request.query), request.params.id, request.body, request.actor));

  app.delete('/api/vocabulary/tie-types/:id', {
    onRequest: guard,
    schema: { ...common, summary: 'Delete a tie type no tie has (409 says how many have it)', params: Type.Object({ id: TieTypeId }), response: { 200: Deleted, ...WRITE_ERRORS } },
  }, async (request) => writes.deleteTieType(await network(request.query), request.params.id, request.actor));
});
