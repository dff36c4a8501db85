// Every route group of the API, registered in one place: reads, then writes. Each group is a plugin that names the
// decorations it needs (server/routes/route-group.ts).
import type { FastifyInstance } from 'fastify';
import { healthRoutes } from './health-routes.ts';
import { metaRoutes } from './meta-routes.ts';
import { organisationRoutes } from './organisation-routes.ts';
import { graphRoutes } from './graph-routes.ts';
import { pathRoutes } from './path-routes.ts';
import { exportRoutes } from './export-routes.ts';
import { changesRoutes } from './changes-routes.ts';
import { analysisRoutes } from './analysis-routes.ts';
import { networkMeasuresRoutes } from './network-measures-routes.ts';
import { organisationWriteRoutes } from './organisation-write-routes.ts';
import { tieWriteRoutes } from './tie-write-routes.ts';
import { historyRoutes } from './history-routes.ts';
import { importRoutes } from './import-routes.ts';
import { sourceRoutes } from './source-routes.ts';
import { proposalRoutes } from './proposal-routes.ts';
import { viewRoutes } from './view-routes.ts';
import { networkRoutes } from './network-routes.ts';
import { vocabularyRoutes } from './vocabulary-routes.ts';

export async function registerApiRoutes(app: FastifyInstance): Promise<void> {
  for (const group of [healthRoutes, metaRoutes, organisationRoutes, graphRoutes, pathRoutes, exportRoutes, changesRoutes, analysisRoutes, networkMeasuresRoutes]) {
    await app.register(group);
  }
  for (const group of [organisationWriteRoutes, tieWriteRoutes, historyRoutes, importRoutes, sourceRoutes, proposalRoutes, viewRoutes, networkRoutes, vocabularyRoutes]) await app.register(group);
}
