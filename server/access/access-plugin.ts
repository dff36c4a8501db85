// Access as a named plugin: the configured tokens, the write guard every write route puts first, and (with
// READS_REQUIRE_TOKEN) the read guard on every request. App-wide, so health can say whether writes are enabled.
import fp from 'fastify-plugin';
import type { FastifyInstance, onRequestHookHandler } from 'fastify';
import { loadAccessTokens, type AccessTokens } from './access-tokens.ts';
import { readGuard, writeGuard } from './write-access.ts';

declare module 'fastify' {
  interface FastifyInstance {
    accessTokens: AccessTokens;
    /** The onRequest hook of every write route (server/access/write-access.ts). */
    writeGuard: onRequestHookHandler;
  }
}

export const accessPlugin = fp(async (app: FastifyInstance) => {
  const tokens = loadAccessTokens(app.config.curation);
  app.decorate('accessTokens', tokens);
  app.decorate('writeGuard', writeGuard(tokens));
  app.decorateRequest('actor', '');
  if (app.config.curation.readsRequireToken) app.addHook('onRequest', readGuard(tokens));
}, { name: 'access', dependencies: ['config'], fastify: '5.x' });
