// Errors the routes raise on purpose, and the one error handler that turns every failure into
// `{ statusCode, error, message }`: validation → 400, unknown ids → 404, database down → 503, timeouts → 504.
// A 400 about fields adds `errors: [{ field, message }]` (server/contract/field-errors.ts).
import type { FastifyError, FastifyInstance } from 'fastify';
import { STATUS_CODES } from 'node:http';
import type { ErrorBody, FieldError } from './contract/field-errors.ts';
import { schemaFieldErrors, type SchemaError } from './schema-errors.ts';

export class HttpError extends Error {
  /** `details`: more fields for the error body (the route's error schema lists them), e.g. how far an import got. */
  constructor(readonly statusCode: number, message: string, readonly errors?: FieldError[], readonly details?: Record<string, unknown>) {
    super(message);
  }
}

/** `errors`: the fields the request got wrong; the message joins their problems (as it always has). */
export const badRequest = (message: string, errors?: FieldError[]) => new HttpError(400, message, errors);
/** A 400 about one field of the request. */
export const badField = (field: string, message: string) => badRequest(message, [{ field, message }]);
/** A 400 from field problems: the message is their texts joined by "; ". */
export const invalidFields = (errors: FieldError[]) => badRequest(errors.map((error) => error.message).join('; '), errors);
export const notFound = (message: string) => new HttpError(404, message);

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.ClientError.Security.AuthorizationExpired']);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockClientStopped',
  // Neo4j 5 reports a transaction that timed out while waiting for a lock as a client error.
  'Neo.ClientError.Transaction.LockClientStopped',
]);

const POOL_EXHAUSTED = /connection acquisition timed out/i;
const BUSY = 'The server is busy with other requests. Try again shortly.';

interface Classified {
  statusCode: number;
  message: string;
  errors?: FieldError[];
  retryAfterSeconds?: number;
  details?: Record<string, unknown>;
}

/** What a failure means to a client: its status and a message that never carries driver text. */
export function classifyError(error: Error & { code?: string; validation?: unknown; statusCode?: number }): Classified {
  if (error instanceof HttpError) {
    return { statusCode: error.statusCode, message: error.message, ...(error.errors ? { errors: error.errors } : {}), ...(error.details ? { details: error.details } : {}) };
  }
  if (error.validation) {
    // Fastify says "querystring/depth must be <= 4": name the field the way the user wrote it.
    const message = error.message.replace(/^(querystring|body|params|headers)\/?/, '').replace(/^\//, '');
    return { statusCode: 400, message, errors: schemaFieldErrors(error.validation as SchemaError[]) };
  }
  const code = error.code ?? '';
  // Every pooled connection in use: the database is fine, this server is busy (so it says when to try again).
  if (POOL_EXHAUSTED.test(error.message)) return { statusCode: 503, message: BUSY, retryAfterSeconds: 5 };
  if (UNAVAILABLE_CODES.has(code) || /Pool is closed|Could not perform discovery/i.test(error.message)) {
    return { statusCode: 503, message: 'The database is unavailable. Try again shortly.' };
  }
  if (TIMEOUT_CODES.has(code) || code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return { statusCode: 504, message: 'The query took too long and was stopped. Narrow it (fewer hops, tie types, a smaller limit).' };
  }
  // Deadlocks, memory pressure and the like that outlived the driver's retries: worth retrying later, not a bug.
  if (code.startsWith('Neo.TransientError.')) {
    return { statusCode: 503, message: 'The database is busy. Try again shortly.' };
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return { statusCode: error.statusCode, message: error.message };
  }
  return { statusCode: 500, message: 'Something went wrong on the server.' };
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { statusCode, message, errors, retryAfterSeconds, details } = classifyError(error);
    if (statusCode >= 500) request.log.error({ err: error }, 'request failed');
    if (retryAfterSeconds !== undefined) void reply.header('Retry-After', String(retryAfterSeconds));
    const body: ErrorBody = { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message, ...(errors ? { errors } : {}), ...details };
    void reply.status(statusCode).send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    void reply.status(404).send({ statusCode: 404, error: 'Not Found', message: `No route for ${request.method} ${request.url.split('?')[0]}` });
  });
}
