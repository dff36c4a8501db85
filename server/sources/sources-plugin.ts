// Source documents, ingest and the review queue as a named plugin after curation (whose store and write operations
// they share); their routes are the source-routes and proposal-routes groups.
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { checkStoredQuotes, describeMismatch } from './quote-check.ts';
import { createSourceRepository, type SourceRepository } from './source-repository.ts';
import { createReviewService, type ReviewService } from '../ingest/review-service.ts';

declare module 'fastify' {
  interface FastifyInstance {
    sources: SourceRepository;
    review: ReviewService;
  }
}

async function sources(app: FastifyInstance): Promise<void> {
  const sourceRepository = createSourceRepository(app.database, app.queries, app.curationStore);
  app.decorate('sources', sourceRepository);
  app.decorate('review', createReviewService(app.database, app.queries, app.curationStore, app.curation, sourceRepository, () => app.vocabularies.defaultVocabulary.cues));
  // Checked once the server listens (never in the way of start-up, and not for every test app built with inject).
  app.addHook('onListen', async () => {
    void checkStoredQuotes(app.database, app.queries).then(({ checked, mismatches }) => {
      for (const mismatch of mismatches) app.log.warn(describeMismatch(mismatch));
      app.log[mismatches.length ? 'warn' : 'info'](`Quote check: ${mismatches.length} of ${checked} stored quotes are not in their source`);
    }, (error: Error) => app.log.warn(`Quote check could not run: ${error.message}`));
  });
}

export const sourcesPlugin = fp(sources, { name: 'sources', fastify: '5.x', dependencies: ['vocabulary', 'curation'] });
