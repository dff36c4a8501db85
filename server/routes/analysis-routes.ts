// GET /api/analysis/*: network measures, brokers between two groups and common partners, computed in process on the
// same selection as /api/graph (server/analysis holds the pure algorithms shared with the browser).
import { Type } from 'typebox';
import { routeGroup } from './route-group.ts';
import { brokerage, commonPartners } from '../analysis/brokerage.ts';
import { groupConnections } from '../analysis/group-connections.ts';
import { computeNetworkMeasures } from '../analysis/network-measures.ts';
import { badRequest, notFound } from '../errors.ts';
import { BrokerSchema, CommonPartnerSchema, GroupConnectionsSchema, MeasureNames, MeasuresResponseSchema } from '../schemas/analysis.ts';
import { ErrorSchema, NeighbourhoodFields, NetworkField } from '../schemas/common.ts';
import type { Organisation, Subgraph } from '../schemas/graph.ts';
import { parseList } from './list-parameters.ts';
import { selectSubgraph } from './subgraph-selection.ts';

const Top = Type.Integer({ minimum: 1, maximum: 10_000, default: 20, description: 'How many ranked organisations to return' });
const Groupings = ['kind', 'sector', 'country', 'community'] as const;
const GroupBy = Type.Union(Groupings.map((g) => Type.Literal(g)), { default: 'kind' });
const Group = (description: string) => Type.String({ minLength: 1, maxLength: 200, description });

const label = (node: Organisation) => ({ name: node.name, kind: node.kind });

function groupOf(subgraph: Subgraph, groupBy: (typeof Groupings)[number]): (id: string) => string {
  const community = groupBy === 'community'
    ? new Map(computeNetworkMeasures(subgraph).organisations.map((o) => [o.id, String(o.community)])) : null;
  const nodes = new Map(subgraph.nodes.map((node) => [node.id, node]));
  return (id) => community?.get(id) ?? String(nodes.get(id)?.[groupBy as 'kind' | 'sector' | 'country'] ?? '');
}

export const analysisRoutes = routeGroup('analysis-routes', ['config', 'graph-repository', 'vocabulary', 'networks'], (app) => {
  app.get('/api/analysis/measures', {
    schema: {
      tags: ['analysis'],
      summary: 'Centrality, communities, components and structural holes of the network or a neighbourhood, ranked',
      querystring: Type.Object({ ...NeighbourhoodFields, sort: Type.Union(MeasureNames.map((m) => Type.Literal(m)), { default: 'betweenness' }), top: Top }),
      response: { 200: MeasuresResponseSchema, 400: ErrorSchema, 404: ErrorSchema },
    },
  }, async (request) => {
    const { subgraph } = await selectSubgraph(app, request.query);
    const { sort, top } = request.query;
    const measures = computeNetworkMeasures(subgraph);
    const nodes = new Map(subgraph.nodes.map((node) => [node.id, node]));
    const ranked = measures.organisations
      .sort((a, b) => (b[sort] ?? -Infinity) - (a[sort] ?? -Infinity) || a.id.localeCompare(b.id))
      .slice(0, top)
      .map((o) => ({ ...o, ...label(nodes.get(o.id)!) }));
    return { ...measures, organisations: ranked, organisationCount: subgraph.nodes.length, truncated: subgraph.truncated };
  });

  app.get('/api/analysis/brokers', {
    schema: {
      tags: ['analysis'],
      summary: 'Who brokers between two groups (Gould–Fernandez roles), e.g. groupBy=kind&from=university&to=nhs-trust',
      querystring: Type.Object({
        ...NeighbourhoodFields,
        groupBy: GroupBy,
        from: Type.Optional(Group('One group; with `to`, only paths between the two count')),
        to: Type.Optional(Group('The other group')),
        top: Top,
      }),
      response: { 200: Type.Object({ brokers: Type.Array(BrokerSchema) }), 400: ErrorSchema, 404: ErrorSchema },
    },
  }, async (request) => {
    const { groupBy, from, to, top } = request.query;
    if ((from === undefined) !== (to === undefined)) throw badRequest('Give both from and to, or neither');
    const { subgraph } = await selectSubgraph(app, request.query);
    const nodes = new Map(subgraph.nodes.map((node) => [node.id, node]));
    const brokers = brokerage(subgraph, groupOf(subgraph, groupBy), from !== undefined && to !== undefined ? [from, to] : undefined)
      .filter((b) => b.total > 0)
      .sort((a, b) => b.total - a.total || a.id.localeCompare(b.id))
      .slice(0, top)
      .map((b) => ({ ...b, ...label(nodes.get(b.id)!) }));
    return { brokers };
  });

  app.get('/api/analysis/connections', {
    schema: {
      tags: ['analysis'],
      summary: 'What connects two groups: organisations and ties on the shortest routes between them, ranked by routes through them',
      querystring: Type.Object({
        ...NeighbourhoodFields,
        groupBy: GroupBy,
        from: Group('One group, e.g. university (with groupBy=kind)'),
        to: Group('The other group, e.g. nhs-trust'),
        top: Top,
      }),
      response: { 200: GroupConnectionsSchema, 400: ErrorSchema, 404: ErrorSchema },
    },
  }, async (request) => {
    const { groupBy, from, to, top } = request.query;
    const { subgraph } = await selectSubgraph(app, request.query);
    const group = groupOf(subgraph, groupBy);
    const members = (name: string) => new Set(subgraph.nodes.map((node) => node.id).filter((id) => group(id) === name));
    const [fromMembers, toMembers] = [members(from), members(to)];
    const nodes = new Map(subgraph.nodes.map((node) => [node.id, node]));
    const connections = groupConnections(subgraph, fromMembers, toMembers);
    return {
      ...connections,
      fromCount: fromMembers.size,
      toCount: toMembers.size,
      organisations: connections.organisations.slice(0, top).map((o) => ({ ...o, ...label(nodes.get(o.id)!) })),
      ties: connections.ties.slice(0, top),
      truncated: subgraph.truncated,
    };
  });

  app.get('/api/analysis/common-partners', {
    schema: {
      tags: ['analysis'],
      summary: 'Organisations tied to every one of two or more organisations, with the ties and their evidence',
      querystring: Type.Object({ ...NetworkField, ids: Type.String({ maxLength: 2_000, description: 'Comma-separated ids of 2–20 organisations' }) }),
      response: { 200: Type.Object({ partners: Type.Array(CommonPartnerSchema) }), 400: ErrorSchema, 404: ErrorSchema },
    },
  }, async (request) => {
    const ids = [...new Set(parseList(request.query.ids))];
    if (ids.length < 2 || ids.length > 20) throw badRequest('ids must list 2 to 20 different organisations');
    const filter = { tieTypes: [], kinds: [] };
    const network = await app.networks.resolve(request.query.network);
    // An unknown centre has no neighbourhood: the reads themselves say which ids are missing.
    const neighbourhoods = await Promise.all(ids.map((id) => app.graph.neighbourhood(id, 1, filter, app.config.graph.maxLimit, undefined, network)));
    const missing = ids.filter((_, index) => neighbourhoods[index] === null);
    if (missing.length) throw notFound(`No organisation with id ${missing.map((id) => `"${id}"`).join(', ')} (ids)`);
    const nodes = new Map(neighbourhoods.flatMap((s) => s?.nodes ?? []).map((node) => [node.id, node]));
    const links = [...new Map(neighbourhoods.flatMap((s) => s?.links ?? []).map((link) => [link.id, link])).values()];
    return { partners: commonPartners({ links }, ids).map((p) => ({ ...p, ...label(nodes.get(p.id)!) })) };
  });
});
