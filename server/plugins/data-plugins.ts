// The data layer as named plugins, each decorating the app with one thing and declaring what it needs, so the boot
// order is checked by Fastify rather than by reading app.ts: database, queries → networks, vocabulary → graph repository.
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import { loadQueries, type QueryStore } from '../cypher/query-store.ts';
import { createDatabase, type Database } from '../neo4j-connection.ts';
import { createDatabaseProbe, type DatabaseProbe } from '../database-probe.ts';
import { createGraphRepository, type GraphRepository } from '../graph/graph-repository.ts';
import { createVocabularies, type Vocabularies, type Vocabulary } from '../graph/vocabulary.ts';
import { createNetworkRepository, type NetworkRepository } from '../networks/network-repository.ts';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    database: Database;
    /** Is the database answering at all (a frozen one is not): read deadlines and the health check ask it. */
    databaseProbe: DatabaseProbe;
    queries: QueryStore;
    vocabulary: Vocabulary;
    vocabularies: Vocabularies;
    graph: GraphRepository;
    networks: NetworkRepository;
  }
}

/** A live Neo4j answers the Bolt handshake in milliseconds, even when busy; a frozen one never does. */
const PROBE_TIMEOUT_MS = 700;

/** The configuration every other plugin reads. */
export const configPlugin = fp(async (app: FastifyInstance, { config }: { config: Config }) => {
  app.decorate('config', config);
}, { name: 'config', fastify: '5.x' });

/** One driver for the app's life, closed with it; and the probe that tells a frozen database from a busy one. */
export const databasePlugin = fp(async (app: FastifyInstance) => {
  const database = createDatabase(app.config.neo4j);
  app.decorate('database', database);
  app.decorate('databaseProbe', createDatabaseProbe(app.config.neo4j.uri, { timeoutMs: PROBE_TIMEOUT_MS, reuseMs: 500 }));
  app.addHook('onClose', () => database.close());
}, { name: 'database', dependencies: ['config'], fastify: '5.x' });

/** Every Cypher statement, read once. */
export const queriesPlugin = fp(async (app: FastifyInstance) => {
  app.decorate('queries', loadQueries());
}, { name: 'queries', fastify: '5.x' });

/** The kinds and tie types each network accepts and labels (`vocabulary`: the default network's, always current). */
export const vocabularyPlugin = fp(async (app: FastifyInstance) => {
  const vocabularies = await createVocabularies(app.database, app.queries, (error) => {
    app.log.warn(`Could not read the vocabularies (${error.message}); reading them again at the first request that needs them.`);
  });
  app.decorate('vocabularies', vocabularies);
  app.decorate('vocabulary', vocabularies.defaultVocabulary);
}, { name: 'vocabulary', dependencies: ['database', 'queries'], fastify: '5.x' });

/** Every read the API makes. */
export const graphRepositoryPlugin = fp(async (app: FastifyInstance) => {
  app.decorate('graph', createGraphRepository(app.database, app.queries, app.vocabularies));
}, { name: 'graph-repository', dependencies: ['database', 'queries', 'vocabulary'], fastify: '5.x' });

/** The networks of this database, and the check of every request's `network` parameter. */
export const networksPlugin = fp(async (app: FastifyInstance) => {
  app.decorate('networks', createNetworkRepository(app.database, app.queries, app.vocabularies));
}, { name: 'networks', dependencies: ['database', 'queries', 'vocabulary'], fastify: '5.x' });
