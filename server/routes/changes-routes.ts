// GET /api/changes: what started and ended between two days, as a list with evidence and as a subgraph diff
// (added, ended, unchanged); GET /api/history: every edit made to the network between two instants.
import { Type } from 'typebox';
import { routeGroup } from './route-group.ts';
import { badRequest } from '../errors.ts';
import { lastDay } from '../contract/in-force.ts';
import { compareSubgraph } from '../graph/comparison.ts';
import { ComparisonSchema } from '../schemas/graph.ts';
import { ChangeSchema } from '../schemas/curation.ts';
import { DateParameter, ErrorSchema, NeighbourhoodFields } from '../schemas/common.ts';
import { parseDay } from './date-parameters.ts';
import { selectSubgraph } from './subgraph-selection.ts';

const { asOf: _asOf, includeEnded: _includeEnded, ...SelectionFields } = NeighbourhoodFields;
const ChangesQuery = Type.Object({
  from: DateParameter('The earlier day.'),
  to: DateParameter('The later day.'),
  ...SelectionFields,
});

const Instant = (description: string) =>
  Type.String({ maxLength: 40, description: `${description} An ISO date-time (2026-10-01T09:00:00Z) or a year, month or date.` });
const HistoryQuery = Type.Object({
  since: Instant('From this instant (included; a date: from its first moment).'),
  until: Type.Optional(Instant('To this instant (excluded; a date: to the end of it). Default: now.')),
  limit: Type.Integer({ minimum: 1, maximum: 1000, default: 200 }),
});

/** An instant parameter as ISO text comparable with Change.at; a partial date is its first (or, for until, next) moment. */
function instant(value: string, field: string, end: boolean): string {
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) {
    const time = Date.parse(value);
    if (Number.isNaN(time)) throw badRequest(`${field} must be an ISO date-time or a date; got "${value.slice(0, 40)}"`);
    return new Date(time).toISOString();
  }
  const first = parseDay(value, field);
  const moment = new Date(`${end ? lastDay(value) : first}T00:00:00.000Z`);
  if (end) moment.setUTCDate(moment.getUTCDate() + 1);
  return moment.toISOString();
}

export const changesRoutes = routeGroup('changes-routes', ['graph-repository', 'vocabulary', 'networks'], (app) => {
  app.get('/api/changes', {
    schema: {
      tags: ['graph'],
      summary: 'What started and ended between two days, with evidence, and the subgraph diff (added, ended, unchanged)',
      querystring: ChangesQuery,
      response: { 200: ComparisonSchema, 400: ErrorSchema, 404: ErrorSchema },
    },
  }, async (request) => {
    const from = parseDay(request.query.from, 'from');
    const to = parseDay(request.query.to, 'to');
    if (from > to) throw badRequest(`from (${request.query.from}) must not be after to (${request.query.to})`);
    const { subgraph, network } = await selectSubgraph(app, { ...request.query, includeEnded: false }, { from, to });
    return compareSubgraph(subgraph, from, to, app.vocabularies.of(network));
  });

  app.get('/api/history', {
    schema: {
      tags: ['curation'],
      summary: 'Every edit to the network between two instants, newest first',
      querystring: HistoryQuery,
      response: { 200: Type.Object({ changes: Type.Array(ChangeSchema) }), 400: ErrorSchema },
    },
  }, async (request) => {
    const since = instant(request.query.since, 'since', false);
    const until = request.query.until === undefined ? new Date().toISOString() : instant(request.query.until, 'until', true);
    if (since > until) throw badRequest(`since (${request.query.since}) must not be after until (${request.query.until ?? 'now'})`);
    return { changes: await app.graph.editsBetween(since, until, request.query.limit) };
  });
});
