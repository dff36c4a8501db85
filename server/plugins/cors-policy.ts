// Cross-origin requests are refused unless CORS_ORIGINS lists the origins allowed to call the API from a browser
// (the explorer itself is same-origin and needs no CORS at all).
import fp from 'fastify-plugin';
import fastifyCors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';

async function corsPolicy(app: FastifyInstance, options: { origins: string[] }): Promise<void> {
  // Without the plugin no Access-Control-* header is ever sent, so browsers keep other origins out.
  if (options.origins.length === 0) return;
  await app.register(fastifyCors, {
    origin: options.origins,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    // Downloads name their file and say whether they were cut short; a cross-origin client may read both.
    exposedHeaders: ['Content-Disposition', 'X-Truncated', 'Retry-After'],
    maxAge: 600,
  });
}

export const corsPolicyPlugin = fp(corsPolicy, { name: 'cors-policy', fastify: '5.x' });
