// The shapes of import records (GET /api/imports, resume, rollback): how far a batched import got, so a client
// that lost it to a crash can see it and finish or undo it.
import { Type, type Static } from 'typebox';
import { ErrorSchema } from './common.ts';
import { ImportReportSchema } from './curation.ts';

export const ImportRecordSchema = Type.Object({
  id: Type.String({ description: 'The importId every change it wrote carries in history' }),
  state: Type.Union([Type.Literal('running'), Type.Literal('done'), Type.Literal('failed'), Type.Literal('rolled-back')], {
    description: 'running (in this server now), done, failed (stopped part-way: resume or roll back), rolled-back',
  }),
  batchesDone: Type.Integer({ description: 'Batches written (each in its own transaction, with this record)' }),
  batchesTotal: Type.Integer(),
  rows: Type.Integer({ description: 'Changes written so far' }),
  rowsTotal: Type.Integer({ description: 'Changes the import makes in all' }),
  batchRows: Type.Integer({ description: 'Changes per batch (IMPORT_BATCH_ROWS when it started)' }),
  startedAt: Type.String({ description: 'ISO date-time' }),
  updatedAt: Type.String({ description: 'ISO date-time of the last batch or state change' }),
  format: Type.String(),
  checksum: Type.String({ description: 'SHA-256 of the uploaded file (hex): a resume must send the same file' }),
  actor: Type.String({ description: 'Name of the token that started it' }),
  network: Type.String({ description: 'The network it writes to' }),
  error: Type.Union([Type.String(), Type.Null()], { description: 'Why it stopped, when known' }),
});
export type ImportRecord = Static<typeof ImportRecordSchema>;

/** 503 (the database went away) or 409 (a conflict) part-way through a batched import: how far it got. */
export const ImportStoppedSchema = Type.Object({
  ...ErrorSchema.properties,
  importId: Type.Optional(Type.String()),
  import: Type.Optional(ImportRecordSchema),
});

export const ImportRejectedSchema = Type.Object({ ...ErrorSchema.properties, report: ImportReportSchema });

const Undone = Type.Object({ deleted: Type.Integer(), restored: Type.Integer() });
export const RollbackResultSchema = Type.Object({
  import: ImportRecordSchema,
  organisations: Undone,
  ties: Undone,
  sources: Type.Object({ deleted: Type.Integer() }),
});
export type RollbackResult = Static<typeof RollbackResultSchema>;
