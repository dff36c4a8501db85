// Source documents, ingest and the review queue, plugged into the app in one place after curation (whose token
// check, store and write operations they share).
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppInstance } from '../app.ts';
import { writeGuard } from '../access/write-access.ts';
import { registerSourceRoutes } from '../routes/source-routes.ts';
import { checkStoredQuotes, describeMismatch } from './quote-check.ts';
import { createSourceRepository, type SourceRepository } from './source-repository.ts';
import { createReviewService, type ReviewService } from '../ingest/review-service.ts';
import { readCuePhrases } from '../ingest/cue-phrases.ts';
import { registerProposalRoutes } from '../routes/proposal-routes.ts';

declare module 'fastify' {
  interface FastifyInstance {
    sources: SourceRepository;
    review: ReviewService;
  }
}

async function sources(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>() as AppInstance;
  const sourceRepository = createSourceRepository(app.database, app.queries, app.curationStore);
  app.decorate('sources', sourceRepository);
  app.decorate('review', createReviewService(app.database, app.queries, app.curationStore, app.curation, sourceRepository, readCuePhrases(app.vocabulary)));
  const context = { guard: writeGuard(app.accessTokens) };
  registerSourceRoutes(app, context);
  registerProposalRoutes(app, context);
  // Checked once the server listens (never in the way of start-up, and not for every test app built with inject).
  app.addHook('onListen', async () => {
    void checkStoredQuotes(app.database, app.queries).then(({ checked, mismatches }) => {
      for (const mismatch of mismatches) app.log.warn(describeMismatch(mismatch));
      app.log[mismatches.length ? 'warn' : 'info'](`Quote check: ${mismatches.length} of ${checked} stored quotes are not in their source`);
    }, (error: Error) => app.log.warn(`Quote check could not run: ${error.message}`));
  });
}

export const sourcesPlugin = fp(sources, { name: 'sources', fastify: '5.x', dependencies: ['curation'] });
