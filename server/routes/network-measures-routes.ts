// The whole network's measures, answered from the stored run (server/measures/: computed in a worker thread, never
// on the request path), and the write that asks for a new run now.
import { Type } from 'typebox';
import { routeGroup } from './route-group.ts';
import { readRunState, rankStoredMeasures } from '../measures/measure-store.ts';
import { MeasureNames, NetworkMeasuresResponseSchema } from '../schemas/analysis.ts';
import { ErrorSchema, NetworkField } from '../schemas/common.ts';
import { WRITE_ERRORS, WRITE_SECURITY } from './write-route-options.ts';

const NO_RUN = { computedAt: null, sampleSize: null, durationMs: null, organisationCount: 0, tieCount: 0, modularity: 0, communityCount: 0, componentCount: 0 };

export const networkMeasuresRoutes = routeGroup('network-measures-routes', ['database', 'queries', 'access', 'networks', 'network-measures'], (app) => {
  app.get('/api/analysis/network-measures', {
    schema: {
      tags: ['analysis'],
      summary: 'Measures of every organisation in the whole network, ranked, as last computed (with when, and whether the network changed since)',
      querystring: Type.Object({
        sort: Type.Union(MeasureNames.map((m) => Type.Literal(m)), { default: 'betweenness' }),
        top: Type.Integer({ minimum: 1, maximum: 10_000, default: 20, description: 'How many ranked organisations to return' }),
        ...NetworkField,
      }),
      response: { 200: NetworkMeasuresResponseSchema, 400: ErrorSchema, 404: ErrorSchema },
    },
  }, async (request) => {
    const network = await app.networks.resolve(request.query.network);
    const { run, changes } = await readRunState(app.database, app.queries, network);
    const running = app.networkMeasures.running();
    if (!run) return { ...NO_RUN, stale: true, running, organisations: [] };
    const organisations = await rankStoredMeasures(app.database, app.queries, network, request.query.sort, request.query.top);
    const { computedAt, sampleSize, durationMs, modularity, communityCount, componentCount } = run;
    return {
      computedAt, sampleSize, durationMs, modularity, communityCount, componentCount,
      organisationCount: run.organisations, tieCount: run.ties, stale: changes !== run.changeCount, running, organisations,
    };
  });

  app.post('/api/analysis/recompute', {
    onRequest: app.writeGuard,
    schema: {
      tags: ['analysis'],
      summary: 'Recompute the whole network\'s measures now (in the background; or right after the run in progress)',
      security: WRITE_SECURITY,
      response: { 202: Type.Object({ status: Type.Union([Type.Literal('started'), Type.Literal('queued')]) }), ...WRITE_ERRORS },
    },
  }, async (_request, reply) => reply.status(202).send({ status: app.networkMeasures.now() }));
});
