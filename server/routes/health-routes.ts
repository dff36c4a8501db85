// GET /api/health: is the server up, and can it reach Neo4j? 503 (not a crash) while the database is away.
import { routeGroup } from './route-group.ts';
import { HealthSchema } from '../schemas/answers.ts';

export const healthRoutes = routeGroup('health-routes', ['config', 'database', 'access'], (app) => {
  app.get('/api/health', {
    schema: { tags: ['health'], summary: 'Server and database status', response: { 200: HealthSchema, 503: HealthSchema } },
  }, async (_request, reply) => {
    try {
      // The probe first: a frozen database is reported in half a second, not after serverInfo's 5 s.
      if (!await app.databaseProbe.alive()) throw new Error('The database does not answer its handshake');
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
});
