// Runs an import. Plan: read what the rows touch and decide, row by row (a dry run stops here; a rejected row means
// nothing is written). Write: in the same transaction — or, past IMPORT_BATCH_ROWS changes, in batches of their own,
// since one transaction's memory is bounded — each first re-locking what it updates and checking that nobody changed
// it since the plan (409 otherwise). A batched import that fails part-way says how far it got; running it again
// finishes it (rows already written come back unchanged).
import { vocabularyChange } from '../vocabulary/vocabulary-change.ts';
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { HttpError } from '../errors.ts';
import type { Database } from '../neo4j-connection.ts';
import type { Vocabulary } from '../graph/vocabulary.ts';
import type { ImportReport } from '../schemas/curation.ts';
import type { CurationStore } from '../writes/curation-store.ts';
import { citedSourceIds } from '../writes/evidence.ts';
import { organisationChange, sourceChange, tieChange } from '../writes/history.ts';
import { planImport, type ExistingState, type ImportPlan } from './import-plan.ts';
import type { ImportSet } from './import-rows.ts';
import { idProblem } from '../writes/record-checks.ts';
import { tieId } from '../writes/tie-id.ts';
import { slugify } from '../writes/slug.ts';
import { changedTieFields } from '../writes/stored-records.ts';

export interface ImportOptions {
  dryRun: boolean;
  /** Who history says made the changes: the token's name, or the CLI user. */
  actor: string;
  timeoutMs: number;
  /** Most changes per write transaction (IMPORT_BATCH_ROWS). */
  batchRows: number;
  /** The network the import writes to. */
  network: string;
}

export type ImportBatch = Pick<ImportPlan, 'createKinds' | 'createTieTypes' | 'sources' | 'createOrganisations' | 'updateOrganisations' | 'createTies' | 'updateTies'>;

const validId = (value: unknown): value is string => typeof value === 'string' && idProblem(value) === null;
const conflict = (message: string) => new HttpError(409, message);

const NOTHING: ExistingState = { organisations: new Map(), takenIds: new Set(), tiesById: new Map(), tiesBetween: [], sources: [], sourceTexts: new Map(), otherNetworks: new Map() };

async function readExisting(tx: ManagedTransaction, store: CurationStore, set: ImportSet, network: string, vocabulary: Vocabulary): Promise<ExistingState> {
  const organisationIds = [
    ...set.organisations.map((row) => row.id),
    ...set.ties.flatMap((row) => [row.source, row.target]),
  ].filter(validId);
  const bases = set.organisations.filter((row) => row.id === null && typeof row.values.name === 'string').map((row) => slugify(row.values.name as string));
  const conventionalIds = set.ties.flatMap((row) =>
    row.id === null && validId(row.source) && validId(row.target) && typeof row.type === 'string' ? [tieId({ type: row.type, source: row.source, target: row.target })] : []);
  const pairs = new Map<string, { source: string; target: string }>();
  for (const row of set.ties) {
    if (validId(row.source) && validId(row.target)) {
      pairs.set(`${row.source}\u0000${row.target}`, { source: row.source, target: row.target });
      // A symmetric type's tie may be stored the other way round.
      if (typeof row.type === 'string' && vocabulary.tieType(row.type).symmetric) pairs.set(`${row.target}\u0000${row.source}`, { source: row.target, target: row.source });
    }
  }
  return {
    organisations: await store.readOrganisations(tx, organisationIds, false),
    takenIds: bases.length ? await store.takenIds(tx, bases) : new Set(),
    tiesById: await store.readTies(tx, [...set.ties.map((row) => row.id).filter(validId), ...conventionalIds], false),
    tiesBetween: await store.tiesBetween(tx, [...pairs.values()]),
    sources: await store.sources(tx),
    sourceTexts: await store.sourceTexts(tx, set.ties.flatMap((row) => citedSourceIds(row.evidence))),
    otherNetworks: new Map([...await store.networksOf(tx, organisationIds)].filter(([, other]) => other !== network)),
  };
}

/** Splits the plan's changes, in dependency order (sources, organisations, ties), into batches of at most `size`. */
export function splitPlan(plan: ImportBatch, size: number): ImportBatch[] {
  const steps = [
    ...plan.createKinds.map((item) => ['createKinds', item] as const),
    ...plan.createTieTypes.map((item) => ['createTieTypes', item] as const),
    ...plan.sources.map((item) => ['sources', item] as const),
    ...plan.createOrganisations.map((item) => ['createOrganisations', item] as const),
    ...plan.updateOrganisations.map((item) => ['updateOrganisations', item] as const),
    ...plan.createTies.map((item) => ['createTies', item] as const),
    ...plan.updateTies.map((item) => ['updateTies', item] as const),
  ];
  const result: ImportBatch[] = [];
  for (let i = 0; i < steps.length; i += size) {
    const batch: ImportBatch = { createKinds: [], createTieTypes: [], sources: [], createOrganisations: [], updateOrganisations: [], createTies: [], updateTies: [] };
    for (const [part, item] of steps.slice(i, i + size)) (batch[part] as unknown[]).push(item);
    result.push(batch);
  }
  return result;
}

/** Under lock: everything the batch updates is still as planned, and every tie it creates still has its ends. */
async function verifyBatch(tx: ManagedTransaction, store: CurationStore, batch: ImportBatch): Promise<void> {
  const organisations = await store.readOrganisations(tx, batch.updateOrganisations.map(({ before }) => before.id), true);
  for (const { before } of batch.updateOrganisations) {
    const now = organisations.get(before.id);
    if (!now) throw conflict(`organisation "${before.id}" was deleted while the import ran`);
    if (now.version !== before.version) throw conflict(`organisation "${before.id}" was changed while the import ran (version ${now.version}, the import read ${before.version})`);
  }
  const ties = await store.readTies(tx, batch.updateTies.map(({ before }) => before.id), true);
  for (const { before } of batch.updateTies) {
    const now = ties.get(before.id);
    if (!now) throw conflict(`tie "${before.id}" was deleted while the import ran`);
    if (changedTieFields(before, now).length) throw conflict(`tie "${before.id}" was changed while the import ran`);
  }
  const created = new Set(batch.createOrganisations.map(({ id }) => id));
  const missing = await store.missingOrganisations(tx, batch.createTies.flatMap(({ source, target }) => [source, target]).filter((id) => !created.has(id)));
  if (missing.length) throw conflict(`organisation "${missing[0]}" was deleted while the import ran`);
}

/** `addedTypes`: the tie types the whole import creates (in its first batch, before the server's cache knows them). */
async function applyBatch(tx: ManagedTransaction, store: CurationStore, batch: ImportBatch, actor: string, importId: string, network: string, addedTypes: ReadonlySet<string>): Promise<void> {
  await store.saveVocabulary(tx, network, { kinds: batch.createKinds, tieTypes: batch.createTieTypes });
  await store.saveSources(tx, batch.sources);
  await store.createOrganisations(tx, batch.createOrganisations, network);
  await store.updateOrganisations(tx, batch.updateOrganisations.map(({ after }) => after));
  await store.saveTies(tx, [...batch.createTies, ...batch.updateTies.map(({ after }) => after)], addedTypes);
  await store.recordChanges(tx, [
    ...batch.createKinds.map((kind) => vocabularyChange('kind', network, null, kind)),
    ...batch.createTieTypes.map((type) => vocabularyChange('tieType', network, null, type)),
    ...batch.sources.map((source) => sourceChange('create', null, source, [])),
    ...batch.createOrganisations.map((organisation) => organisationChange('create', null, organisation, [])),
    ...batch.updateOrganisations.map(({ before, after, fields }) => organisationChange('update', before, after, fields)),
    ...batch.createTies.map((tie) => tieChange('create', null, tie, [])),
    ...batch.updateTies.map(({ before, after, fields }) => tieChange('update', before, after, fields)),
  ], { actor, importId });
}

const size = (batch: ImportBatch) =>
  batch.createKinds.length + batch.createTieTypes.length + batch.sources.length + batch.createOrganisations.length + batch.updateOrganisations.length + batch.createTies.length + batch.updateTies.length;

function explainFailure(error: unknown, batch: number, batches: number, written: number): Error {
  const code = (error as { code?: string }).code;
  const reason = code === 'Neo.ClientError.Schema.ConstraintValidationFailed'
    ? conflict('an organisation with one of the new ids was created while the import ran')
    : error;
  if (batches === 1 || !(reason instanceof HttpError)) return reason as Error;
  return new HttpError(reason.statusCode, `The import stopped at batch ${batch} of ${batches} after writing ${written} changes: ${reason.message}. ` +
    'Run the same import again to finish it (rows already written come back unchanged).');
}

/**
 * Writes a valid plan, in batches of `batchRows` changes, each in its own transaction after checking under lock that
 * what it updates is as planned. Returns the import id and the number of transactions.
 */
export async function writePlan(database: Database, store: CurationStore, plan: ImportBatch, options: Pick<ImportOptions, 'actor' | 'timeoutMs' | 'batchRows' | 'network'>): Promise<{ importId: string | null; batches: number }> {
  const batches = splitPlan(plan, options.batchRows);
  const addedTypes = new Set(plan.createTieTypes.map((type) => type.id));
  const importId = batches.length ? randomUUID() : null;
  let written = 0;
  for (const [index, batch] of batches.entries()) {
    try {
      await database.write(async (tx) => {
        await verifyBatch(tx, store, batch);
        await applyBatch(tx, store, batch, options.actor, importId!, options.network, addedTypes);
      }, options.timeoutMs);
    } catch (error) {
      throw explainFailure(error, index + 1, batches.length, written);
    }
    written += size(batch);
  }
  return { importId, batches: batches.length };
}

export async function planFor(database: Database, store: CurationStore, vocabulary: Vocabulary, set: ImportSet, timeoutMs: number, network: string): Promise<ImportPlan> {
  if (set.fileProblems.length) return planImport(set, NOTHING, vocabulary);
  // A write transaction that writes nothing: the read statements can also lock, which needs write access.
  return database.write(async (tx) => planImport(set, await readExisting(tx, store, set, network, vocabulary), vocabulary), timeoutMs);
}

export async function runImport(database: Database, store: CurationStore, vocabulary: Vocabulary, set: ImportSet, options: ImportOptions): Promise<ImportReport> {
  const started = Date.now();
  let written: { importId: string | null; batches: number } = { importId: null, batches: 0 };
  let plan = planImport(set, NOTHING, vocabulary);
  if (set.fileProblems.length === 0) {
      // An import that fits one batch is checked and written in a single transaction.
    plan = await database.write(async (tx) => {
      const planned = planImport(set, await readExisting(tx, store, set, options.network, vocabulary), vocabulary);
      const changes = size(planned);
      if (!options.dryRun && planned.valid && changes > 0 && changes <= options.batchRows) {
        written = { importId: randomUUID(), batches: 1 };
        await verifyBatch(tx, store, planned);
        await applyBatch(tx, store, planned, options.actor, written.importId!, options.network, new Set(planned.createTieTypes.map((type) => type.id)));
      }
      return planned;
    }, options.timeoutMs).catch((error: unknown) => {
      throw explainFailure(error, 1, 1, 0);
    });
  }
  if (!options.dryRun && plan.valid && written.batches === 0 && size(plan) > 0) written = await writePlan(database, store, plan, options);
  return {
    format: set.format,
    dryRun: options.dryRun,
    valid: plan.valid,
    // Applied in full (possibly with nothing to change), never in part.
    committed: !options.dryRun && plan.valid,
    importId: written.importId,
    batches: written.batches,
    summary: plan.summary,
    rows: plan.rows,
    durationMs: Date.now() - started,
  };
}
