// GET and POST /api/export: the chosen subgraph as a download in one of six formats (POST for long id lists and
// for the explorer's layout, which GEXF, GraphML and Cytoscape files carry as node positions).
import { Type } from 'typebox';
import type { FastifyReply } from 'fastify';
import { routeGroup } from './route-group.ts';
import { withMeasures } from '../analysis/network-measures.ts';
import { EXPORT_CONTENT_TYPES, EXPORT_FORMATS, exportSubgraph, type ExportFormat, type Position } from '../export/index.ts';
import { ATTRIBUTE_FILTER_OPTIONS, ErrorSchema, NeighbourhoodFields, OrganisationId } from '../schemas/common.ts';
import { selectSubgraph, type SelectionInput } from './subgraph-selection.ts';

const Format = Type.Union(EXPORT_FORMATS.map((format) => Type.Literal(format)), { description: 'Export format' });
const Measures = Type.Boolean({
  default: false,
  description: 'Add each organisation\'s measures on the exported selection (ties, partners, betweenness, pagerank, closeness, community, component, constraint, effectiveSize) as attributes (not in the Cypher export)',
});
const ExportQuery = Type.Object({
  format: Format,
  measures: Measures,
  ids: Type.Optional(Type.String({ maxLength: 20_000, description: 'Comma-separated organisation ids: exactly these and the ties among them' })),
  ...NeighbourhoodFields,
}, ATTRIBUTE_FILTER_OPTIONS);
const Coordinate = Type.Number({ minimum: -1e7, maximum: 1e7 });
const ExportBody = Type.Object({
  format: Format,
  measures: Measures,
  ids: Type.Optional(Type.Array(OrganisationId, { maxItems: 100_000 })),
  positions: Type.Optional(Type.Array(Type.Object({ id: OrganisationId, x: Coordinate, y: Coordinate }, { additionalProperties: false }), {
    maxItems: 100_000,
    description: 'Where the explorer drew each organisation (y grows downwards): written as GEXF viz:position, GraphML x/y and yEd geometry, Cytoscape positions',
  })),
  ...NeighbourhoodFields,
}, { additionalProperties: false });
// Documented per content type, so clients (and the fuzzer) know a download is not always JSON.
const Download = {
  description: 'The file (Content-Disposition: attachment)',
  content: Object.fromEntries(EXPORT_CONTENT_TYPES.map((type) => [
    type,
    { schema: type === 'application/json' ? Type.Object({}, { additionalProperties: true }) : Type.String() },
  ])),
};
const responses = { 200: Download, 400: ErrorSchema, 404: ErrorSchema, 413: ErrorSchema };

export const exportRoutes = routeGroup('export-routes', ['config', 'database', 'graph-repository', 'vocabulary', 'curation', 'networks'], (app) => {
  const send = async (reply: FastifyReply, format: ExportFormat, input: SelectionInput & { measures: boolean }, positions?: ReadonlyArray<Position & { id: string }>) => {
    const selection = await selectSubgraph(app, input);
    const { title } = selection;
    const subgraph = input.measures ? withMeasures(selection.subgraph) : selection.subgraph;
    // Only an export with extra attributes asks which of them are dates (the rest are typed by their values).
    const withAttributes = subgraph.nodes.some((org) => org.attributes) || subgraph.links.some((tie) => tie.attributes);
    const attributeTypes = withAttributes ? await app.database.read((tx) => app.curationStore.attributeDeclarations(tx, selection.network)) : undefined;
    const vocabulary = app.vocabularies.of(selection.network);
    const file = exportSubgraph(format, subgraph, {
      vocabulary: { kinds: vocabulary.kinds, tieTypes: vocabulary.tieTypes, ...(attributeTypes ? { attributeTypes } : {}) },
      title,
      generatedAt: new Date().toISOString(),
      ...(positions?.length ? { positions: new Map(positions.map(({ id, x, y }) => [id, { x, y }])) } : {}),
    });
    return reply
      .header('Content-Type', file.contentType)
      .header('Content-Disposition', `attachment; filename="${file.fileName}"`)
      .header('X-Truncated', String(subgraph.truncated))
      .send(typeof file.body === 'string' ? file.body : Buffer.from(file.body));
  };

  app.get('/api/export', {
    schema: { tags: ['export'], summary: 'Export a subgraph (json, graphml, gexf, csv zip, cypher, cytoscape)', querystring: ExportQuery, response: responses },
  }, (request, reply) => send(reply, request.query.format, request.query));

  app.post('/api/export', {
    bodyLimit: 2 * 1024 * 1024,
    schema: { tags: ['export'], summary: 'Export a subgraph, with the selection in a JSON body', body: ExportBody, response: responses },
  }, (request, reply) => send(reply, request.body.format, request.body, request.body.positions));
});
