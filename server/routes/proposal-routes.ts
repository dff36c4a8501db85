// The review queue: GET /api/proposals, POST /api/proposals/accept (several at once), /reject, /:id/merge;
// POST /api/sources/:id/ingest reads a stored document again; GET /api/sources/:id/mentions serves the reader.
// Decisions need the bearer token.
import { Type } from 'typebox';
import { routeGroup } from './route-group.ts';
import { ErrorSchema } from '../schemas/common.ts';
import { SourceId } from '../schemas/sources.ts';
import { AcceptBody, DecisionAnswerSchema, IngestAnswerSchema, MergeBody, ProposalQuery, ProposalSchema, RejectBody } from '../schemas/proposals.ts';
import { WRITE_ERRORS, WRITE_SECURITY } from './write-route-options.ts';

export const proposalRoutes = routeGroup('proposal-routes', ['sources', 'access'], (app) => {
  const guard = app.writeGuard;
  app.get('/api/proposals', {
    schema: {
      tags: ['sources'],
      summary: 'Proposals read from documents, in document order (default: all; status=open for the queue)',
      querystring: ProposalQuery,
      response: { 200: Type.Object({ proposals: Type.Array(ProposalSchema) }), 400: ErrorSchema },
    },
  }, async (request) => ({ proposals: await app.review.list(request.query.status, request.query.source, request.query.limit) }));

  app.post('/api/proposals/accept', {
    onRequest: guard,
    schema: {
      tags: ['sources'],
      summary: 'Accept proposals: organisations are created, ties created with their sentence as evidence (type, direction, dates editable)',
      security: WRITE_SECURITY,
      body: AcceptBody,
      response: { 200: DecisionAnswerSchema, ...WRITE_ERRORS },
    },
  }, async (request) => ({ proposals: await app.review.accept(request.body.items, request.actor) }));

  app.post('/api/proposals/reject', {
    onRequest: guard,
    schema: {
      tags: ['sources'],
      summary: 'Reject proposals (remembered: reading the same sentence again does not propose them again)',
      security: WRITE_SECURITY,
      body: RejectBody,
      response: { 200: DecisionAnswerSchema, ...WRITE_ERRORS },
    },
  }, async (request) => ({ proposals: await app.review.reject(request.body.ids, request.actor) }));

  app.post('/api/proposals/:id/merge', {
    onRequest: guard,
    schema: {
      tags: ['sources'],
      summary: 'A proposed organisation is a known one: its name becomes an alias of `into`',
      security: WRITE_SECURITY,
      params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) }),
      body: MergeBody,
      response: { 200: DecisionAnswerSchema, ...WRITE_ERRORS },
    },
  }, async (request) => ({ proposals: await app.review.merge(request.params.id, request.body.into, request.actor) }));

  app.get('/api/sources/:id/mentions', {
    schema: {
      tags: ['sources'],
      summary: 'Where a stored document names known organisations (offsets into its text), for the reader',
      params: Type.Object({ id: SourceId }),
      response: {
        200: Type.Object({ mentions: Type.Array(Type.Object({ id: Type.String({ description: 'Organisation id' }), start: Type.Integer(), end: Type.Integer() })) }),
        400: ErrorSchema, 404: ErrorSchema,
      },
    },
  }, async (request) => ({ mentions: await app.review.mentions(request.params.id) }));

  app.post('/api/sources/:id/ingest', {
    onRequest: guard,
    schema: {
      tags: ['sources'],
      summary: 'Read a stored document again (with the organisations known now); only new proposals are stored',
      security: WRITE_SECURITY,
      params: Type.Object({ id: SourceId }),
      response: { 200: IngestAnswerSchema, ...WRITE_ERRORS },
    },
  }, (request) => app.review.reingest(request.params.id));
});
