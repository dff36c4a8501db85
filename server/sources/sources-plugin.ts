// Source documents, plugged into the app in one place after curation (whose token check and store they share).
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppInstance } from '../app.ts';
import { writeGuard } from '../access/write-access.ts';
import { registerSourceRoutes } from '../routes/source-routes.ts';
import { checkStoredQuotes, describeMismatch } from './quote-check.ts';
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
  // Checked once the server listens (never in the way of start-up, and not for every test app built with inject).
  app.addHook('onListen', async () => {
    void checkStoredQuotes(app.database, app.queries).then(({ checked, mismatches }) => {
      for (const mismatch of mismatches) app.log.warn(describeMismatch(mismatch));
      app.log[mismatches.length ? 'warn' : 'info'](`Quote check: ${mismatches.length} of ${checked} stored quotes are not in their source`);
    }, (error: Error) => app.log.warn(`Quote check could not run: ${error.message}`));
  });
}

export const sourcesPlugin = fp(sources, { name: 'sources', fastify: '5.x', dependencies: ['curation'] });
