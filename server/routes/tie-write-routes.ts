// POST /api/ties, PATCH /api/ties/:id, POST /api/ties/:id/end, DELETE /api/ties/:id: ties with evidence
// (bearer token). Ending a tie sets `until` and keeps it; deleting removes it (history keeps it).
import { Type } from 'typebox';
import { routeGroup } from './route-group.ts';
import { TieCreateBody, TieEndBody, TiePatchBody, TieSchema } from '../schemas/curation.ts';
import { WRITE_ERRORS, WRITE_SECURITY } from './write-route-options.ts';

const Params = Type.Object({ id: Type.String({ minLength: 1, maxLength: 600, description: 'Tie id' }) });

export const tieWriteRoutes = routeGroup('tie-write-routes', ['curation', 'access'], (app) => {
  const guard = app.writeGuard;
  app.post('/api/ties', {
    onRequest: guard,
    schema: {
      tags: ['curation'],
      summary: 'Create a tie between two organisations, with at least one evidence item',
      security: WRITE_SECURITY,
      body: TieCreateBody,
      response: { 201: TieSchema, ...WRITE_ERRORS },
    },
  }, async (request, reply) => reply.status(201).send(await app.curation.createTie(request.body, request.actor)));

  app.patch('/api/ties/:id', {
    onRequest: guard,
    schema: {
      tags: ['curation'],
      summary: 'Change a tie\'s dates, description or evidence (its ends and type are fixed)',
      security: WRITE_SECURITY,
      params: Params,
      body: TiePatchBody,
      response: { 200: TieSchema, ...WRITE_ERRORS },
    },
  }, (request) => app.curation.updateTie(request.params.id, request.body, request.actor));

  app.post('/api/ties/:id/end', {
    onRequest: guard,
    schema: {
      tags: ['curation'],
      summary: 'End a tie: sets until (default today) and keeps it, optionally with evidence that it ended',
      security: WRITE_SECURITY,
      params: Params,
      body: TieEndBody,
      response: { 200: TieSchema, ...WRITE_ERRORS },
    },
    // "End it today" needs no body at all.
    preValidation: async (request) => {
      request.body ??= {};
    },
  }, (request) => app.curation.endTie(request.params.id, request.body, request.actor));

  app.delete('/api/ties/:id', {
    onRequest: guard,
    schema: {
      tags: ['curation'],
      summary: 'Delete a tie (to record that it ended, end it instead)',
      security: WRITE_SECURITY,
      params: Params,
      response: { 200: Type.Object({ id: Type.String() }), ...WRITE_ERRORS },
    },
  }, (request) => app.curation.deleteTie(request.params.id, request.actor));
});
