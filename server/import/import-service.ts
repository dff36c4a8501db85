// Runs an import. Plan: read what the rows touch and decide, row by row (a dry run stops here; a rejected row means
// nothing is written). Write: in the same transaction — or, past IMPORT_BATCH_ROWS changes, in batches of their own,
// since one transaction's memory is bounded — each first re-locking what it updates and checking that nobody changed
// it since the plan (409 otherwise). Every import that writes has an (:Import) record (import-records.ts) moved on in
// each batch's transaction; one that stops part-way says how far it got and can be resumed with the same file
// (re-planned: rows already written come back unchanged) or rolled back (import-rollback.ts). An import writes into
// one network (its kinds, tie types and organisations); a file's vocabulary section adds to that network's.
import { vocabularyChange } from '../vocabulary/vocabulary-change.ts';
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { classifyError, HttpError, notFound } from '../errors.ts';
import type { Database } from '../neo4j-connection.ts';
import type { QueryStore } from '../cypher/query-store.ts';
import type { Vocabularies, Vocabulary } from '../graph/vocabulary.ts';
import type { ImportReport } from '../schemas/curation.ts';
import type { ImportRecord } from '../schemas/imports.ts';
import type { ImportRecords, NewImport } from './import-records.ts';
import type { CurationStore } from '../writes/curation-store.ts';
import { citedSourceIds } from '../writes/evidence.ts';
import { organisationChange, sourceChange, tieChange } from '../writes/history.ts';
import { planImport, type ExistingState, type ImportPlan } from './import-plan.ts';
import type { ImportSet } from './import-rows.ts';
import { idProblem } from '../writes/record-checks.ts';
import { tieId } from '../writes/tie-id.ts';
import { slugify } from '../writes/slug.ts';
import { changedTieFields } from '../writes/stored-records.ts';

/** What an import works with: the app's database, curation store, import records and each network's vocabulary. */
export interface ImportTools {
  database: Database;
  queries: QueryStore;
  store: CurationStore;
  records: ImportRecords;
  vocabularies: Pick<Vocabularies, 'of'>;
}

export interface ImportOptions {
  dryRun: boolean;
  /** Who history says made the changes: the token's name, or the CLI user. */
  actor: string;
  timeoutMs: number;
  /** Most changes per write transaction (IMPORT_BATCH_ROWS). */
  batchRows: number;
  /** SHA-256 of the uploaded file (hex): a resume must send the same file. */
  checksum: string;
  /** The network the import writes to. */
  network: string;
}

export type ImportBatch = Pick<ImportPlan, 'declarations' | 'createKinds' | 'createTieTypes' | 'sources' | 'createOrganisations' | 'updateOrganisations' | 'createTies' | 'updateTies'>;

const validId = (value: unknown): value is string => typeof value === 'string' && idProblem(value) === null;
const conflict = (message: string) => new HttpError(409, message);

const NOTHING: ExistingState = { organisations: new Map(), takenIds: new Set(), tiesById: new Map(), tiesBetween: [], sources: [], sourceTexts: new Map(), otherNetworks: new Map() };

/** `ownIds`: organisations this import created before it stopped; a row without id takes its slug again on resume. */
async function readExisting(tx: ManagedTransaction, store: CurationStore, set: ImportSet, network: string, vocabulary: Vocabulary, ownIds: ReadonlySet<string> = new Set()): Promise<ExistingState> {
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
    takenIds: bases.length ? new Set([...await store.takenIds(tx, bases)].filter((id) => !ownIds.has(id))) : new Set(),
    tiesById: await store.readTies(tx, [...set.ties.map((row) => row.id).filter(validId), ...conventionalIds], false),
    tiesBetween: await store.tiesBetween(tx, [...pairs.values()]),
    sources: await store.sources(tx),
    sourceTexts: await store.sourceTexts(tx, set.ties.flatMap((row) => citedSourceIds(row.evidence))),
    declared: await store.attributeDeclarations(tx, network),
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
    // The attribute declarations go with the first batch: later ones write values of those attributes.
    const batch: ImportBatch = { declarations: i === 0 ? plan.declarations : [], createKinds: [], createTieTypes: [], sources: [], createOrganisations: [], updateOrganisations: [], createTies: [], updateTies: [] };
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
  await store.declareAttributes(tx, network, batch.declarations);
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

const HOW_TO_GO_ON = 'GET /api/imports/{id} shows it; POST /api/imports/{id}/resume with the same file finishes it, POST /api/imports/{id}/rollback undoes it.';

/**
 * Why a batched import stopped, for its client: the cause's status and message, how far it got, and its record.
 * A conflict is also stored on the record; a database that went away cannot be told, and the record it keeps says
 * "running" until read by a process that is not running it (then: failed, interrupted).
 */
async function stopped(tools: ImportTools, record: ImportRecord, error: unknown, timeoutMs: number): Promise<Error> {
  const constraint = (error as { code?: string }).code === 'Neo.ClientError.Schema.ConstraintValidationFailed';
  const cause = constraint ? conflict('an organisation with one of the new ids was created while the import ran') : error as Error;
  const { statusCode, message } = classifyError(cause);
  if (statusCode === 500) return cause;
  const reason = `${message.replace(/\.$/, '')} (batch ${record.batchesDone + 1} of ${record.batchesTotal})`;
  let stored: ImportRecord = { ...record, state: 'failed', error: reason };
  if (statusCode < 500) {
    const saved = await tools.database.write((tx) => tools.records.setState(tx, record.id, 'failed', reason), timeoutMs).catch(() => null);
    if (saved) stored = saved;
  }
  // A database that went away may have committed the batch in flight without saying so: the record knows.
  const inFlight = statusCode >= 500 ? ` (and batch ${record.batchesDone + 1} if its commit reached the database)` : '';
  return new HttpError(statusCode, `The import stopped at batch ${record.batchesDone + 1} of ${record.batchesTotal} after writing ` +
    `${record.batchesDone} batches (${record.rows} of ${record.rowsTotal} changes)${inFlight}: ${message.replace(/\.$/, '')}. ${HOW_TO_GO_ON.replaceAll('{id}', record.id)}`,
  undefined, { importId: record.id, import: stored });
}

/**
 * Writes batches in order, from `record.batchesDone` on, each in its own transaction that first moves the import
 * record on (so it commits with the batch) and checks under lock that what the batch updates is as planned.
 */
async function writeBatches(tools: ImportTools, record: ImportRecord, batches: readonly ImportBatch[], options: Pick<ImportOptions, 'actor' | 'timeoutMs'>): Promise<ImportRecord> {
  const { database, store, records } = tools;
  const addedTypes = new Set(batches.flatMap((batch) => batch.createTieTypes.map((type) => type.id)));
  let current: ImportRecord = { ...record, batchesTotal: record.batchesDone + batches.length };
  for (const batch of batches) {
    try {
      await database.write(async (tx) => {
        if (!await records.claimBatch(tx, current.id, current.batchesDone, current.batchesTotal, size(batch))) {
          throw conflict(`import "${current.id}" was resumed or rolled back by another request`);
        }
        await verifyBatch(tx, store, batch);
        await applyBatch(tx, store, batch, options.actor, current.id, record.network, addedTypes);
      }, options.timeoutMs);
    } catch (error) {
      throw await stopped(tools, current, error, options.timeoutMs);
    }
    current = { ...current, batchesDone: current.batchesDone + 1, rows: current.rows + size(batch), updatedAt: new Date().toISOString() };
  }
  return { ...current, state: 'done' };
}

/** Writes a valid plan as a new import, in batches of `batchRows` changes (the record first, in its own transaction). */
export async function writePlan(tools: ImportTools, plan: ImportBatch, options: Pick<ImportOptions, 'actor' | 'timeoutMs' | 'batchRows' | 'checksum' | 'network'> & { format: string }): Promise<ImportRecord> {
  const batches = splitPlan(plan, options.batchRows);
  const planned: NewImport = {
    id: randomUUID(), batchesTotal: batches.length, rowsTotal: size(plan), batchRows: options.batchRows, format: options.format, checksum: options.checksum, actor: options.actor, network: options.network,
  };
  const record = await tools.database.write((tx) => tools.records.create(tx, planned, 'running'), options.timeoutMs);
  return tools.records.whileRunning(record.id, () => writeBatches(tools, record, batches, options));
}

export async function planFor(tools: Pick<ImportTools, 'database' | 'store' | 'vocabularies'>, set: ImportSet, timeoutMs: number, network: string, ownIds?: ReadonlySet<string>): Promise<ImportPlan> {
  const vocabulary = tools.vocabularies.of(network);
  if (set.fileProblems.length) return planImport(set, NOTHING, vocabulary);
  // A write transaction that writes nothing: the read statements can also lock, which needs write access.
  return tools.database.write(async (tx) => planImport(set, await readExisting(tx, tools.store, set, network, vocabulary, ownIds), vocabulary), timeoutMs);
}

function reportOf(set: ImportSet, plan: ImportPlan, dryRun: boolean, written: { importId: string | null; batches: number }, started: number): ImportReport {
  return {
    format: set.format,
    dryRun,
    valid: plan.valid,
    // Applied in full (possibly with nothing to change), never in part.
    committed: !dryRun && plan.valid,
    importId: written.importId,
    batches: written.batches,
    summary: plan.summary,
    attributes: { add: plan.declarations, refused: plan.refusedAttributes },
    rows: plan.rows,
    durationMs: Date.now() - started,
  };
}

export async function runImport(tools: ImportTools, set: ImportSet, options: ImportOptions): Promise<ImportReport> {
  const { database, store, records } = tools;
  const vocabulary = tools.vocabularies.of(options.network);
  const started = Date.now();
  let written: { importId: string | null; batches: number } = { importId: null, batches: 0 };
  let plan = planImport(set, NOTHING, vocabulary);
  if (set.fileProblems.length === 0) {
    // An import that fits one batch is checked and written in a single transaction, with its record.
    plan = await database.write(async (tx) => {
      const planned = planImport(set, await readExisting(tx, store, set, options.network, vocabulary), vocabulary);
      const changes = size(planned);
      if (!options.dryRun && planned.valid && changes > 0 && changes <= options.batchRows) {
        const record = { id: randomUUID(), batchesTotal: 1, rowsTotal: changes, batchRows: options.batchRows, format: set.format, checksum: options.checksum, actor: options.actor, network: options.network };
        written = { importId: record.id, batches: 1 };
        await verifyBatch(tx, store, planned);
        await applyBatch(tx, store, planned, options.actor, record.id, options.network, new Set(planned.createTieTypes.map((type) => type.id)));
        await records.create(tx, record, 'done');
      }
      return planned;
    }, options.timeoutMs).catch((error: unknown) => {
      throw (error as { code?: string }).code === 'Neo.ClientError.Schema.ConstraintValidationFailed'
        ? conflict('an organisation with one of the new ids was created while the import ran')
        : error;
    });
  }
  if (!options.dryRun && plan.valid && written.batches === 0 && size(plan) > 0) {
    const record = await writePlan(tools, plan, { ...options, format: set.format });
    written = { importId: record.id, batches: record.batchesTotal };
  }
  return reportOf(set, plan, options.dryRun, written, started);
}

/**
 * Finishes an import that stopped part-way, from the same file: re-planned against the database as it is now (what
 * the import already wrote comes back unchanged), and the rest written in batches numbered on from its record.
 */
export async function resumeImport(tools: ImportTools, id: string, set: ImportSet, options: Pick<ImportOptions, 'actor' | 'timeoutMs' | 'checksum'>): Promise<ImportReport> {
  const started = Date.now();
  const { database, records } = tools;
  const found = await database.read(async (tx) => {
    const record = await records.get(tx, id);
    const created = (await records.changes(tx, id)).filter((change) => change.entity === 'organisation' && change.action === 'create');
    return record && { record, ownIds: new Set(created.map((change) => String(change.entityId))) };
  }, options.timeoutMs);
  if (!found) throw notFound(`No import "${id}"`);
  const { record, ownIds } = found;
  if (records.isRunningHere(id)) throw conflict(`import "${id}" is still running`);
  if (record.state === 'done' || record.state === 'rolled-back') throw conflict(`import "${id}" is ${record.state}: there is nothing to resume`);
  if (record.checksum !== options.checksum) throw conflict(`this is not the file import "${id}" was started with (its SHA-256 differs); send the same file`);
  const plan = await planFor(tools, set, options.timeoutMs, record.network, ownIds);
  if (!plan.valid) return reportOf(set, plan, false, { importId: null, batches: 0 }, started);
  const batches = splitPlan(plan, record.batchRows);
  const finished = await records.whileRunning(id, async () => {
    if (batches.length) return writeBatches(tools, record, batches, options);
    return database.write((tx) => records.setState(tx, id, 'done', null), options.timeoutMs);
  });
  return reportOf(set, plan, false, { importId: id, batches: finished ? batches.length : 0 }, started);
}
