// GET /api/health: is the server up, and can it reach Neo4j? 503 (not a crash) while the database is away.
import { Type } from 'typebox';
import type { AppInstance } from '../app.ts';

const Health = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('unavailable')]),
  database: Type.Object({
    connected: Type.Boolean(),
    version: Type.Union([Type.String(), Type.Null()]),
    address: Type.String(),
    message: Type.Optional(Type.String()),
  }),
  writesEnabled: Type.Boolean({ description: 'False until API_TOKEN (or API_TOKENS_FILE) is set: write routes then answer 403' }),
});

export function registerHealthRoutes(app: AppInstance): void {
  app.get('/api/health', {
    schema: { tags: ['health'], summary: 'Server and database status', response: { 200: Health, 503: Health } },
  }, async (_request, reply) => {
    try {
      const info = await app.database.serverInfo();
      return { status: 'ok' as const, database: { connected: true, version: info.version, address: info.address }, writesEnabled: app.accessTokens.writesEnabled };
    } catch {
      return reply.status(503).send({
        status: 'unavailable' as const,
        database: { connected: false, version: null, address: app.config.neo4j.uri, message: 'The database cannot be reached; the server keeps retrying.' },
        writesEnabled: app.accessTokens.writesEnabled,
      });
    }
  });
}
