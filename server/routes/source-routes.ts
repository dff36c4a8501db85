// GET/POST /api/sources, GET/PATCH/DELETE /api/sources/:id: source documents with their text. Writes need the
// bearer token; adding one ingests it (proposals for review); a document cited by ties cannot be deleted (409).
import { Type } from 'typebox';
import { routeGroup } from './route-group.ts';
import { ErrorSchema } from '../schemas/common.ts';
import { SOURCE_MAX_BODY_BYTES, SourceCreateBody, SourceId, SourcePatchBody, SourceSchema, SourceSummarySchema } from '../schemas/sources.ts';
import { IngestAnswerSchema } from '../schemas/proposals.ts';
import { newSourceFrom } from '../sources/source-input.ts';
import { WRITE_ERRORS, WRITE_SECURITY } from './write-route-options.ts';

const Params = Type.Object({ id: SourceId });

export const sourceRoutes = routeGroup('source-routes', ['sources', 'access'], (app) => {
  const guard = app.writeGuard;
  app.get('/api/sources', {
    schema: {
      tags: ['sources'],
      summary: 'Every source document (without its text), with how many ties cite it',
      response: { 200: Type.Object({ sources: Type.Array(SourceSummarySchema) }) },
    },
  }, async () => ({ sources: await app.sources.list() }));

  app.get('/api/sources/:id', {
    schema: {
      tags: ['sources'],
      summary: 'One source document with its full text and the ties that cite it',
      params: Params,
      response: { 200: SourceSchema, 400: ErrorSchema, 404: ErrorSchema },
    },
  }, (request) => app.sources.get(request.params.id));

  app.post('/api/sources', {
    onRequest: guard,
    bodyLimit: SOURCE_MAX_BODY_BYTES,
    schema: {
      tags: ['sources'],
      summary: 'Ingest a document (plain text or HTML, converted to text): stored with the organisations and ties it seems to state as proposals for review; 409 if the same text is already stored',
      security: WRITE_SECURITY,
      body: SourceCreateBody,
      response: { 201: IngestAnswerSchema, ...WRITE_ERRORS, 413: ErrorSchema },
    },
  }, async (request, reply) => {
    const answer = await app.review.ingest(newSourceFrom(request.body), request.actor);
    return reply.status(201).header('Location', `/api/sources/${answer.source.id}`).send(answer);
  });

  app.patch('/api/sources/:id', {
    onRequest: guard,
    schema: {
      tags: ['sources'],
      summary: 'Change a document\'s title, publisher, URL or dates (its text never changes)',
      security: WRITE_SECURITY,
      params: Params,
      body: SourcePatchBody,
      response: { 200: SourceSchema, ...WRITE_ERRORS },
    },
  }, (request) => app.sources.update(request.params.id, request.body, request.actor));

  app.delete('/api/sources/:id', {
    onRequest: guard,
    schema: {
      tags: ['sources'],
      summary: 'Delete a document that no tie cites (409 names the ties that do)',
      security: WRITE_SECURITY,
      params: Params,
      response: { 200: Type.Object({ id: Type.String() }), ...WRITE_ERRORS },
    },
  }, (request) => app.sources.delete(request.params.id, request.actor));
});
