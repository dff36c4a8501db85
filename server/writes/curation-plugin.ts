// Curation as a named plugin: the write repository and the store under it (reads of stored records, history).
// App-wide (fastify-plugin): every write route group uses the one repository.
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { createCurationRepository, type CurationRepository } from './curation-repository.ts';
import { createCurationStore, type CurationStore } from './curation-store.ts';

declare module 'fastify' {
  interface FastifyInstance {
    curation: CurationRepository;
    curationStore: CurationStore;
  }
}

export const curationPlugin = fp(async (app: FastifyInstance) => {
  // The store writes ties of any network, so its whitelist of relationship types is every network's.
  const store = createCurationStore(app.queries, app.vocabularies.union);
  app.decorate('curationStore', store);
  app.decorate('curation', createCurationRepository(app.database, store, app.vocabularies));
}, { name: 'curation', dependencies: ['database', 'queries', 'vocabulary'], fastify: '5.x' });
