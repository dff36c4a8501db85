// Per-IP request budgets (@fastify/rate-limit): RATE_LIMIT_MAX a minute on every route, RATE_LIMIT_STRICT_MAX on
// the expensive ones (paths, exports). Past it: 429 `{ statusCode, error, message }` with Retry-After.
// RATE_LIMIT_MAX=0 turns it off (benchmarks, soak, fuzzing).
import fp from 'fastify-plugin';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../errors.ts';

const WINDOW_MS = 60_000;
/** Each can keep the database busy for seconds (QUERY_TIMEOUT_MS), so one client gets fewer of them. */
const STRICT_ROUTES = new Set(['/api/paths', '/api/export']);

export interface RateLimitOptions {
  max: number;
  strictMax: number;
}

async function rateLimits(app: FastifyInstance, options: RateLimitOptions): Promise<void> {
  if (options.max === 0) return;
  // Added before the rate-limit plugin's own onRoute hook, which reads this per-route config.
  app.addHook('onRoute', (route) => {
    if (STRICT_ROUTES.has(route.url)) {
      route.config = { ...route.config, rateLimit: { max: Math.min(options.strictMax, options.max), timeWindow: WINDOW_MS } } as typeof route.config;
    }
  });
  await app.register(fastifyRateLimit, {
    global: true,
    max: options.max,
    timeWindow: WINDOW_MS,
    errorResponseBuilder: (_request, context) =>
      new HttpError(context.statusCode, `Too many requests: at most ${context.max} a minute. Try again in ${context.after}.`),
  });
}

export const rateLimitsPlugin = fp(rateLimits, { name: 'rate-limits', fastify: '5.x' });
