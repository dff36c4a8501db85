// POST /api/import?format=json|csv|graphml&dryRun=&network=: bulk import of organisations and ties into one network, with a row-by-row
// report. A plugin of its own: it reads the body as raw bytes (any content type) up to IMPORT_MAX_BYTES, so the
// importer can detect encodings and point at lines, without changing how other routes parse bodies.
import { Type } from 'typebox';
import type { FastifyError } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { routeGroup } from './route-group.ts';
import { HttpError } from '../errors.ts';
import { createImportParser } from '../import/import-parser.ts';
import { runImport } from '../import/import-service.ts';
import { IMPORT_FORMATS } from '../contract/formats.ts';
import { ErrorSchema, NetworkField } from '../schemas/common.ts';
import { ImportReportSchema } from '../schemas/curation.ts';
import { WRITE_ERRORS, WRITE_SECURITY } from './write-route-options.ts';

const ImportQuery = Type.Object({
  ...NetworkField,
  format: Type.Union(IMPORT_FORMATS.map((format) => Type.Literal(format)), {
    description: 'json: the json export; csv: the csv export\'s zip, or a JSON body { organisations, ties } of CSV texts; graphml: the graphml export',
  }),
  dryRun: Type.Boolean({ default: false, description: 'Only report what would be created, updated and rejected' }),
});

const Rejected = Type.Object({ ...ErrorSchema.properties, report: ImportReportSchema });

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

export const importRoutes = routeGroup('import-routes', ['config', 'database', 'vocabulary', 'curation', 'access', 'networks'], async (app) => {
  const guard = app.writeGuard;
  const { importMaxBytes, importTimeoutMs, importBatchRows } = app.config.curation;
  const parser = createImportParser();
  app.addHook('onClose', () => parser.close());
  await app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<TypeBoxTypeProvider>();
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: importMaxBytes }, (_request, body, done) => done(null, body));
    scope.setErrorHandler((error: FastifyError) => {
      // Fastify's own 413 says nothing of the limit; the parent handler formats the rest.
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
        throw new HttpError(413, `The upload is larger than the import limit of ${megabytes(importMaxBytes)} (IMPORT_MAX_BYTES); split it into several imports`);
      }
      throw error;
    });

    scope.post('/api/import', {
      onRequest: guard,
      bodyLimit: importMaxBytes,
      schema: {
        tags: ['curation'],
        summary: 'Import organisations and ties (all or nothing), or report what an import would do (dryRun=true)',
        description: 'Send the file as the request body (any content type). A real run writes everything in one transaction, ' +
          'or nothing when any row is rejected (422 with the report). Unchanged rows are counted, not listed.',
        security: WRITE_SECURITY,
        querystring: ImportQuery,
        response: { 200: ImportReportSchema, 422: Rejected, 413: ErrorSchema, ...WRITE_ERRORS },
      },
    }, async (request, reply) => {
      const { format, dryRun } = request.query;
      const body = request.body instanceof Uint8Array ? request.body : undefined;
      const network = await app.networks.resolve(request.query.network);
      const set = await parser.parse(format, body, importMaxBytes);
      const report = await runImport(app.database, app.curationStore, app.vocabularies.of(network), set, { dryRun, actor: request.actor, timeoutMs: importTimeoutMs, batchRows: importBatchRows, network });
      // New kinds and tie types from the file's vocabulary section are valid from the next request on.
      if (report.committed && report.summary.vocabulary) await app.vocabularies.refresh();
      if (report.valid || dryRun) return report;
      const rejected = report.rows.filter((row) => row.action === 'reject').length;
      return reply.status(422).send({
        statusCode: 422,
        error: 'Unprocessable Entity',
        message: `The import was rejected and nothing was written: ${rejected} row${rejected === 1 ? ' has' : 's have'} problems (see report.rows)`,
        report,
      });
    });
  });
});
