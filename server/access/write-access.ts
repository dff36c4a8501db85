// The Fastify side of access: write routes need a valid bearer token (401 without one, 403 while no token is
// configured at all) and record its name as the actor; with READS_REQUIRE_TOKEN, every /api read needs one too.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from '../errors.ts';
import type { AccessTokens } from './access-tokens.ts';
import { isApiRoute } from '../plugins/route-of.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The name of the token that authorised a write ("default" for API_TOKEN); empty on reads. */
    actor: string;
  }
}

export const WRITES_DISABLED = 'Writes are disabled: set API_TOKEN (or API_TOKENS_FILE) and restart the server';

function authenticate(tokens: AccessTokens, request: FastifyRequest, reply: FastifyReply, what: string): string {
  const actor = tokens.authenticate(request.headers.authorization);
  if (actor) return actor;
  void reply.header('WWW-Authenticate', 'Bearer realm="partnership-graph"');
  // The header is never echoed: it may hold a token, if a wrong one.
  throw new HttpError(401, request.headers.authorization ? 'The bearer token is not valid' : `${what} need a token: send Authorization: Bearer <token>`);
}

/** onRequest hook of every write route: runs before the body is read, so an unauthorised upload is not. */
export function writeGuard(tokens: AccessTokens) {
  return async function requireWriteToken(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    if (!tokens.writesEnabled) throw new HttpError(403, WRITES_DISABLED);
    request.actor = authenticate(tokens, request, reply, 'Writes');
  };
}

/**
 * Global onRequest hook when reads need a token: every /api route but the health check (for monitors). Decided by
 * the route the router matched, not the URL's text, which may spell the same route differently (`/%61pi/meta`).
 */
export function readGuard(tokens: AccessTokens) {
  return async function requireReadToken(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    if (!isApiRoute(request) || request.routeOptions.url === '/api/health') return;
    authenticate(tokens, request, reply, 'Reads');
  };
}
