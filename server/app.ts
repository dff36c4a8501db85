// Builds the Fastify application (never listens: main.ts does, tests use inject() or their own port).
// Reads top to bottom as the boot order: error handling, hardening, the named plugins (config, database, queries,
// vocabulary, networks, graph repository, access, curation, sources, whole-network measures), OpenAPI, API routes, built client.
import Fastify from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Config } from './config.ts';
import { registerErrorHandler } from './errors.ts';
import type { AppInstance } from './app-instance.ts';
import { configPlugin, databasePlugin, graphRepositoryPlugin, networksPlugin, queriesPlugin, vocabularyPlugin } from './plugins/data-plugins.ts';
import { accessPlugin } from './access/access-plugin.ts';
import { curationPlugin } from './writes/curation-plugin.ts';
import { sourcesPlugin } from './sources/sources-plugin.ts';
import { measuresPlugin } from './measures/measures-plugin.ts';
import { registerApiRoutes } from './routes/api-routes.ts';
import { openapiContractPlugin } from './plugins/openapi-contract.ts';
import { methodNotAllowedPlugin } from './plugins/method-not-allowed.ts';
import { securityHeadersPlugin } from './plugins/security-headers.ts';
import { corsPolicyPlugin } from './plugins/cors-policy.ts';
import { rateLimitsPlugin } from './plugins/rate-limits.ts';
import { loadSheddingPlugin } from './plugins/load-shedding.ts';
import { buildValidator } from './plugins/request-validation.ts';
import { requestDeadlinePlugin } from './plugins/request-deadline.ts';
import { gracefulClosePlugin } from './plugins/graceful-close.ts';
import { heavyRouteBudgetPlugin } from './plugins/heavy-route-budget.ts';
import { textCharactersPlugin } from './plugins/text-characters.ts';

export type { AppInstance };

export interface AppOptions {
  /** Fastify's logger setting; tests pass false. */
  logger?: boolean | { level: string; stream?: { write(line: string): void } };
}

export async function buildApp(config: Config, options: AppOptions = {}): Promise<AppInstance> {
  const app = Fastify({
    // Tokens never reach the logs, whoever logs a request's headers.
    logger: options.logger === false ? false : {
      level: config.logLevel,
      redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]', 'headers.authorization', 'headers.cookie', 'headers["x-api-key"]'],
      ...(typeof options.logger === 'object' ? options.logger : {}),
    },
    bodyLimit: 1024 * 1024,
    // A client gets 30 s to send its whole request (slow-loris), whatever Node's own defaults are.
    requestTimeout: 30_000,
    // Room for a schema-valid GET (ids up to 20,000 characters); longer selections go in POST /api/export's body.
    http: { maxHeaderSize: 64 * 1024 },
    // An id may be 200 characters, which percent-encoded UTF-8 can make 12 times longer.
    routerOptions: { maxParamLength: 2_400 },
    // Request schemas coerce query strings to numbers and fill defaults; they never strip unknown fields silently.
    ajv: { customOptions: { coerceTypes: 'array', useDefaults: true, removeAdditional: false } },
    // …except JSON bodies, which are validated without coercion.
    schemaController: { compilersFactory: { buildValidator } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  registerErrorHandler(app);
  // Hardening before any route is declared: these plugins hook into each route as it is added.
  const { hardening } = config;
  await app.register(openapiContractPlugin);
  await app.register(methodNotAllowedPlugin);
  await app.register(securityHeadersPlugin);
  await app.register(corsPolicyPlugin, { origins: hardening.corsOrigins });
  await app.register(loadSheddingPlugin, hardening);
  await app.register(rateLimitsPlugin, { max: hardening.rateLimitMax, strictMax: hardening.rateLimitStrictMax });
  await app.register(requestDeadlinePlugin, { deadlineMs: config.neo4j.queryTimeoutMs + 5_000, probeEveryMs: 300 });
  await app.register(heavyRouteBudgetPlugin, { concurrency: hardening.heavyConcurrency, queue: hardening.heavyQueue, queueWaitMs: hardening.heavyQueueWaitMs });
  await app.register(gracefulClosePlugin);
  await app.register(textCharactersPlugin);

  await app.register(configPlugin, { config });
  await app.register(databasePlugin);
  await app.register(queriesPlugin);
  await app.register(vocabularyPlugin);
  await app.register(networksPlugin);
  await app.register(graphRepositoryPlugin);
  await app.register(accessPlugin);
  await app.register(curationPlugin);
  await app.register(sourcesPlugin);
  await app.register(measuresPlugin);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Partnership Graph Explorer API',
        version: '0.1.0',
        description: 'Explore how organisations are tied together, and why: every tie carries its evidence (a quoted source sentence).',
      },
      tags: [
        { name: 'organisations', description: 'Search and details' },
        { name: 'graph', description: 'Subgraphs and the vocabulary' },
        { name: 'paths', description: 'Paths between organisations, explained' },
        { name: 'export', description: 'Subgraph downloads for Gephi, yEd, Cytoscape, networkx, Neo4j' },
        { name: 'health', description: 'Status' },
        { name: 'curation', description: 'Add and correct organisations and ties, import, history (writes need a bearer token)' },
        { name: 'sources', description: 'Source documents with their text; ingest proposes the ties they state' },
        { name: 'views', description: 'Saved views with their layout, opened by a short link /v/<id>' },
      ],
      components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'API_TOKEN or a token from API_TOKENS_FILE' } } },
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, () => app.swagger());

  await registerApiRoutes(app);

  const clientDir = resolve(config.clientDir);
  if (existsSync(clientDir)) {
    await app.register(fastifyStatic, { root: clientDir, wildcard: false });
    // A saved view's short link is the explorer itself, which reads the id from its address.
    app.get('/v/:id', { schema: { hide: true } }, (_request, reply) => reply.sendFile('index.html'));
  } else {
    app.get('/', { schema: { hide: true } }, (_request, reply) =>
      reply.type('text/plain').send(`The client is not built (${clientDir} is missing). Run \`npm run build\` or \`npm start\`.`));
  }
  return app;
}
