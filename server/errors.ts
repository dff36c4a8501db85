// Errors the routes raise on purpose, and the one error handler that turns every failure into
// `{ statusCode, error, message }`: validation → 400, unknown ids → 404, database down → 503, timeouts → 504.
import type { FastifyError, FastifyInstance } from 'fastify';
import { STATUS_CODES } from 'node:http';

export class HttpError extends Error {
  constructor(readonly statusCode: number, message: string) {
    super(message);
  }
}

export const badRequest = (message: string) => new HttpError(400, message);
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

function classify(error: FastifyError & { code?: string }): { statusCode: number; message: string } {
  if (error instanceof HttpError) return { statusCode: error.statusCode, message: error.message };
  if (error.validation) {
    // Fastify says "querystring/depth must be <= 4": name the field the way the user wrote it.
    return { statusCode: 400, message: error.message.replace(/^(querystring|body|params|headers)\/?/, '').replace(/^\//, '') };
  }
  const code = error.code ?? '';
  // Every pooled connection in use: the database is fine, this server is busy (Retry-After is set by the handler).
  if (POOL_EXHAUSTED.test(error.message)) return { statusCode: 503, message: BUSY };
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
    const { statusCode, message } = classify(error);
    if (statusCode >= 500) request.log.error({ err: error }, 'request failed');
    if (POOL_EXHAUSTED.test(error.message)) void reply.header('Retry-After', '5');
    void reply.status(statusCode).send({ statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message });
  });
  app.setNotFoundHandler((request, reply) => {
    void reply.status(404).send({ statusCode: 404, error: 'Not Found', message: `No route for ${request.method} ${request.url.split('?')[0]}` });
  });
}
