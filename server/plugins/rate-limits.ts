// Per-IP request budgets (@fastify/rate-limit): RATE_LIMIT_MAX a minute over the API, and RATE_LIMIT_STRICT_MAX
// on each expensive route (paths, exports) on top of it. Past either: 429 `{ statusCode, error, message }` with
// Retry-After. The health check is never limited (monitors poll it); the client's files get a budget of their own,
// STATIC_FACTOR times larger, so loading the explorer does not use up the API's. RATE_LIMIT_MAX=0 turns it off.
import fp from 'fastify-plugin';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from '../errors.ts';

const WINDOW_MS = 60_000;
/** Each can keep the database busy for seconds (QUERY_TIMEOUT_MS), so one client gets fewer of them. */
const STRICT_ROUTES = new Set(['/api/paths', '/api/export']);
const STATIC_FACTOR = 10;

export interface RateLimitOptions {
  max: number;
  strictMax: number;
}

const tooMany = (max: number, after: string) => new HttpError(429, `Too many requests: at most ${max} a minute. Try again in ${after}.`);

async function rateLimits(app: FastifyInstance, options: RateLimitOptions): Promise<void> {
  if (options.max === 0) return;
  // Added before the rate-limit plugin's own onRoute hook, which reads this per-route config: a route with a
  // `rateLimit` object gets a budget of its own instead of the shared one; `false` gets none.
  app.addHook('onRoute', (route) => {
    const own = (rateLimit: object | false) => { route.config = { ...route.config, rateLimit } as typeof route.config; };
    if (route.url === '/api/health') own(false);
    else if (!route.url.startsWith('/api/') && route.url !== '/openapi.json') own({ max: options.max * STATIC_FACTOR, timeWindow: WINDOW_MS });
    else if (STRICT_ROUTES.has(route.url)) {
      // The shared budget still applies (no own config); this route's stricter one is checked first, on top. (The
      // plugin runs one of its own limiters per request, so the strict one is checked here by hand.)
      const max = Math.min(options.strictMax, options.max);
      const check = app.createRateLimit({ max, timeWindow: WINDOW_MS });
      const strict = async (request: FastifyRequest, reply: FastifyReply) => {
        const result = await check(request);
        if (result.isAllowed || !result.isExceeded) return;
        void reply.header('Retry-After', String(result.ttlInSeconds));
        throw tooMany(max, `${result.ttlInSeconds} seconds`);
      };
      route.onRequest = [strict, ...[route.onRequest ?? []].flat()];
    }
  });
  await app.register(fastifyRateLimit, {
    global: true,
    max: options.max,
    timeWindow: WINDOW_MS,
    errorResponseBuilder: (_request, context) => tooMany(context.max, context.after),
  });
}

export const rateLimitsPlugin = fp(rateLimits, { name: 'rate-limits', fastify: '5.x' });
