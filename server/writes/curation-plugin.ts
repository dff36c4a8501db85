// Curation as a named plugin: the write repository, the store under it (reads of stored records, history) and
// what imports work with.
// App-wide (fastify-plugin): every write route group uses the one repository.
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { createCurationRepository, type CurationRepository } from './curation-repository.ts';
import { createCurationStore, type CurationStore } from './curation-store.ts';
import { createImportRecords } from '../import/import-records.ts';
import type { ImportTools } from '../import/import-service.ts';

declare module 'fastify' {
  interface FastifyInstance {
    curation: CurationRepository;
    curationStore: CurationStore;
    /** What imports, resumes and rollbacks work with, import records included. */
    importTools: ImportTools;
  }
}

export const curationPlugin = fp(async (app: FastifyInstance) => {
  // The store writes ties of any network, so its whitelist of relationship types is every network's.
  const store = createCurationStore(app.queries, app.vocabularies.union);
  app.decorate('curationStore', store);
  app.decorate('curation', createCurationRepository(app.database, store, app.vocabularies));
  app.decorate('importTools', { database: app.database, queries: app.queries, store, records: createImportRecords(app.queries), vocabularies: app.vocabularies });
}, { name: 'curation', dependencies: ['database', 'queries', 'vocabulary'], fastify: '5.x' });
