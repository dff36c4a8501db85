// POST /api/import?format=json|csv|graphml&dryRun=&network=: bulk import of organisations and ties into one network,
// with a row-by-row report; the import records (GET /api/imports[/:id]) and what to do with one that stopped
// part-way (resume with the same file, or roll back). Uploads are read as raw bytes (any content type) up to
// IMPORT_MAX_BYTES in a scope of their own, so the importer can detect encodings and point at lines, without changing
// how other routes parse bodies.
import { Type } from 'typebox';
import type { FastifyError } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { routeGroup } from './route-group.ts';
import { HttpError } from '../errors.ts';
import { createImportParser } from '../import/import-parser.ts';
import { resumeImport, runImport } from '../import/import-service.ts';
import { rollbackImport } from '../import/import-rollback.ts';
import { importChecksum } from '../import/import-records.ts';
import { IMPORT_FORMATS, type ImportFormat } from '../contract/formats.ts';
import { ErrorSchema, NetworkField } from '../schemas/common.ts';
import type { ImportReport } from '../schemas/curation.ts';
import { ImportReportSchema } from '../schemas/curation.ts';
import { ImportRecordSchema, ImportRejectedSchema, ImportStoppedSchema, RollbackResultSchema } from '../schemas/imports.ts';
import { WRITE_ERRORS, WRITE_SECURITY } from './write-route-options.ts';

const ImportQuery = Type.Object({
  ...NetworkField,
  format: Type.Union(IMPORT_FORMATS.map((format) => Type.Literal(format)), {
    description: 'json: the json export; csv: the csv export\'s zip, or a JSON body { organisations, ties } of CSV texts; graphml: the graphml export',
  }),
  dryRun: Type.Boolean({ default: false, description: 'Only report what would be created, updated and rejected' }),
});

const ImportParams = Type.Object({ id: Type.String({ pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$', description: 'The import id' }) });
/** A batched import that stops part-way answers with how far it got (importId, import). */
const STOPPED = { 409: ImportStoppedSchema, 503: ImportStoppedSchema, 504: ImportStoppedSchema };


function rejected(report: ImportReport, what: string) {
  const count = report.rows.filter((row) => row.action === 'reject').length;
  return {
    statusCode: 422,
    error: 'Unprocessable Entity',
    message: `The ${what} was rejected and nothing was written: ${count} row${count === 1 ? ' has' : 's have'} problems (see report.rows)`,
    report,
  };
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

export const importRoutes = routeGroup('import-routes', ['config', 'database', 'vocabulary', 'curation', 'access', 'networks'], async (app) => {
  const guard = app.writeGuard;
  const tools = app.importTools;
  const { importMaxBytes, importTimeoutMs, importBatchRows } = app.config.curation;

  app.get('/api/imports', {
    schema: {
      tags: ['curation'],
      summary: 'Import records, newest first: state, batches done of all, changes written',
      querystring: Type.Object({ limit: Type.Integer({ minimum: 1, maximum: 1000, default: 100 }) }),
      response: { 200: Type.Object({ imports: Type.Array(ImportRecordSchema) }), 400: ErrorSchema },
    },
  }, async (request) => ({ imports: await app.database.read((tx) => tools.records.list(tx, request.query.limit)) }));

  app.get('/api/imports/:id', {
    schema: {
      tags: ['curation'],
      summary: 'One import: how far it got (a failed one can be resumed or rolled back)',
      params: ImportParams,
      response: { 200: ImportRecordSchema, 400: ErrorSchema, 404: ErrorSchema },
    },
  }, async (request) => {
    const record = await app.database.read((tx) => tools.records.get(tx, request.params.id));
    if (!record) throw new HttpError(404, `No import "${request.params.id}"`);
    return record;
  });

  app.post('/api/imports/:id/rollback', {
    onRequest: guard,
    schema: {
      tags: ['curation'],
      summary: 'Undo everything an import wrote (all or nothing), from the history entries tagged with its id',
      description: 'Refused (409) when something it wrote was changed since, when an organisation it created has other ties, or when it is already rolled back.',
      security: WRITE_SECURITY,
      params: ImportParams,
      response: { 200: RollbackResultSchema, ...WRITE_ERRORS },
    },
  }, async (request) => rollbackImport(tools, request.params.id, { actor: request.actor, timeoutMs: importTimeoutMs }));

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
        response: { 200: ImportReportSchema, 422: ImportRejectedSchema, 413: ErrorSchema, ...WRITE_ERRORS, ...STOPPED },
      },
    }, async (request, reply) => {
      const { format, dryRun } = request.query;
      const body = request.body instanceof Uint8Array ? request.body : undefined;
      const network = await app.networks.resolve(request.query.network);
      const set = await parser.parse(format, body, importMaxBytes);
      const report = await runImport(tools, set, { dryRun, actor: request.actor, timeoutMs: importTimeoutMs, batchRows: importBatchRows, checksum: importChecksum(body), network });
      // New kinds and tie types from the file's vocabulary section are valid from the next request on.
      if (report.committed && report.summary.vocabulary) await app.vocabularies.refresh();
      if (report.valid || dryRun) return report;
      return reply.status(422).send(rejected(report, 'import'));
    });

    scope.post('/api/imports/:id/resume', {
      onRequest: guard,
      bodyLimit: importMaxBytes,
      schema: {
        tags: ['curation'],
        summary: 'Finish an import that stopped part-way: send the same file again',
        description: 'The file must be the one the import started with (same SHA-256, else 409). What the import already wrote comes back ' +
          'unchanged; the rest is written in batches numbered on from the record. 409 when it is done, rolled back or still running.',
        security: WRITE_SECURITY,
        params: ImportParams,
        response: { 200: ImportReportSchema, 422: ImportRejectedSchema, 413: ErrorSchema, ...WRITE_ERRORS, ...STOPPED },
      },
    }, async (request, reply) => {
      const body = request.body instanceof Uint8Array ? request.body : undefined;
      const record = await app.database.read((tx) => tools.records.get(tx, request.params.id));
      if (!record) throw new HttpError(404, `No import "${request.params.id}"`);
      const set = await parser.parse(record.format as ImportFormat, body, importMaxBytes);
      const report = await resumeImport(tools, record.id, set, { actor: request.actor, timeoutMs: importTimeoutMs, checksum: importChecksum(body) });
      if (report.valid) return report;
      return reply.status(422).send(rejected(report, 'resumed import'));
    });
  });
});
