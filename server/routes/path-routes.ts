// GET /api/paths: paths between two organisations (ties in either direction), each explained in plain English.
import { Type } from 'typebox';
import { routeGroup } from './route-group.ts';
import { badField, notFound } from '../errors.ts';
import { PathSchema } from '../schemas/graph.ts';
import { DateParameter, ErrorSchema, NetworkField, OrganisationId } from '../schemas/common.ts';
import { parseAllowedList, parseList } from './list-parameters.ts';
import { readingDay } from './date-parameters.ts';
import { PATH_LIMITS, PATH_MODES } from '../contract/formats.ts';

const PathQuery = Type.Object({
  ...NetworkField,
  from: OrganisationId,
  to: OrganisationId,
  mode: Type.Union(PATH_MODES.map((mode) => Type.Literal(mode)), { default: 'shortest' }),
  k: Type.Integer({ ...PATH_LIMITS.k, description: 'How many paths for mode=k-shortest (1–10); these never pass through an organisation with more than 5,000 ties' }),
  maxHops: Type.Integer({ ...PATH_LIMITS.maxHops, description: 'Longest path to look for (1–8)' }),
  tieTypes: Type.Optional(Type.String({ maxLength: 2000, description: 'Comma-separated tie types a path may use (default: all)' })),
  avoid: Type.Optional(Type.String({ maxLength: 20_000, description: 'Comma-separated organisation ids no path may pass through' })),
  asOf: Type.Optional(DateParameter('Paths over the ties and organisations in force on this day (default: today).')),
  includeEnded: Type.Boolean({ default: false, description: 'Also ties and organisations that ended before the day (told in the past tense)' }),
});

export const pathRoutes = routeGroup('path-routes', ['graph-repository', 'vocabulary', 'networks'], (app) => {
  app.get('/api/paths', {
    schema: {
      tags: ['paths'],
      summary: 'Paths between two organisations, explained',
      querystring: PathQuery,
      response: { 200: Type.Object({ paths: Type.Array(PathSchema) }), 400: ErrorSchema, 404: ErrorSchema },
    },
  }, async (request) => {
    const { from, to, mode, k, maxHops } = request.query;
    if (from === to) throw badField('to', 'from and to must be different organisations');
    const avoid = parseList(request.query.avoid);
    if (avoid.includes(from) || avoid.includes(to)) throw badField('avoid', 'avoid must not contain from or to');
    const { day, window } = readingDay(request.query, false);
    const network = await app.networks.resolve(request.query.network);
    const tieTypes = parseAllowedList(request.query.tieTypes, 'tieTypes', app.vocabularies.of(network).tieTypeIds);
    const { missing, paths } = await app.graph.findPaths({ from, to, mode, k, maxHops, tieTypes, avoid }, window, day, network);
    if (missing.length) throw notFound(`No organisation with id ${missing.map((end) => `"${request.query[end]}"`).join(', ')} (${missing[0]})`);
    return { paths };
  });
});
