// Source documents, plugged into the app in one place after curation (whose token check and store they share).
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppInstance } from '../app.ts';
import { writeGuard } from '../access/write-access.ts';
import { registerSourceRoutes } from '../routes/source-routes.ts';
import { createSourceRepository, type SourceRepository } from './source-repository.ts';

declare module 'fastify' {
  interface FastifyInstance {
    sources: SourceRepository;
  }
}

async function sources(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>() as AppInstance;
  app.decorate('sources', createSourceRepository(app.database, app.queries, app.curationStore));
  registerSourceRoutes(app, { guard: writeGuard(app.accessTokens) });
}

export const sourcesPlugin = fp(sources, { name: 'sources', fastify: '5.x', dependencies: ['curation'] });
