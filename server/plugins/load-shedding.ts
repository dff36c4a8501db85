// Sheds load with 503 + Retry-After (@fastify/under-pressure) when the event loop lags or memory nears its limit,
// so the process answers "busy" instead of running out of heap. /api/health is never shed: it keeps its own
// meaning (is the server up, can it reach Neo4j) for whoever watches it.
import fp from 'fastify-plugin';
import fastifyUnderPressure from '@fastify/under-pressure';
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../errors.ts';

export interface LoadSheddingOptions {
  maxEventLoopDelayMs: number;
  maxHeapUsedBytes: number;
  maxRssBytes: number;
  /** How often memory and event-loop delay are sampled; tests shorten it. */
  sampleIntervalMs?: number;
}

const RETRY_AFTER_SECONDS = 10;

async function loadShedding(app: FastifyInstance, options: LoadSheddingOptions): Promise<void> {
  await app.register(fastifyUnderPressure, {
    maxEventLoopDelay: options.maxEventLoopDelayMs,
    maxHeapUsedBytes: options.maxHeapUsedBytes,
    maxRssBytes: options.maxRssBytes,
    sampleInterval: options.sampleIntervalMs ?? 1_000,
    retryAfter: RETRY_AFTER_SECONDS,
    pressureHandler: async (request, reply) => {
      if (request.routeOptions.url === '/api/health') return;
      void reply.header('Retry-After', String(RETRY_AFTER_SECONDS));
      throw new HttpError(503, 'The server is too busy right now. Try again shortly.');
    },
  });
}

export const loadSheddingPlugin = fp(loadShedding, { name: 'load-shedding', fastify: '5.x' });
