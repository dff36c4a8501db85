// Curation, plugged into the app in one place: the write repository, the token check, history and import routes.
// Decorations are app-wide (fastify-plugin) so GET /api/organisations/:id and /api/health can say `version` and
// `writesEnabled`; the import route keeps its raw-body parsing to itself.
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppInstance } from '../app.ts';
import { registerOrganisationWriteRoutes } from '../routes/organisation-write-routes.ts';
import { registerTieWriteRoutes } from '../routes/tie-write-routes.ts';
import { registerHistoryRoutes } from '../routes/history-routes.ts';
import { registerImportRoutes } from '../routes/import-routes.ts';
import { loadAccessTokens, type AccessTokens } from '../access/access-tokens.ts';
import { createCurationRepository, type CurationRepository } from './curation-repository.ts';
import { createCurationStore, type CurationStore } from './curation-store.ts';
import { readGuard, writeGuard } from '../access/write-access.ts';

declare module 'fastify' {
  interface FastifyInstance {
    curation: CurationRepository;
    curationStore: CurationStore;
    accessTokens: AccessTokens;
  }
}

async function curation(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>() as AppInstance;
  const tokens = loadAccessTokens(app.config.curation);
  const store = createCurationStore(app.queries, app.vocabulary);
  app.decorate('accessTokens', tokens);
  app.decorate('curationStore', store);
  app.decorate('curation', createCurationRepository(app.database, store, app.vocabulary));
  app.decorateRequest('actor', '');
  if (app.config.curation.readsRequireToken) app.addHook('onRequest', readGuard(tokens));

  const context = { guard: writeGuard(tokens) };
  registerOrganisationWriteRoutes(app, context);
  registerTieWriteRoutes(app, context);
  registerHistoryRoutes(app);
  await registerImportRoutes(app, context);
}

export const curationPlugin = fp(curation, { name: 'curation', fastify: '5.x' });
