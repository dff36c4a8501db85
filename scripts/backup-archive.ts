// The whole database (networks and their vocabularies, organisations, ties with their evidence, sources, history, the
// extra attributes' declared types) as one JSON document, and back:
// `npm run backup` / `npm run restore`. Properties are kept as stored, so a round trip gives an identical network.
import neo4j from 'neo4j-driver';
import type { Database } from '../server/neo4j-connection.ts';
import type { QueryStore } from '../server/cypher/query-store.ts';
import { relationshipType } from '../server/cypher/cypher-fragments.ts';
import type { Vocabulary } from '../server/graph/vocabulary.ts';
import { batches } from '../server/writes/curation-store.ts';
import { DEFAULT_NETWORK } from '../server/contract/networks.ts';

export const BACKUP_FORMAT = 'partnership-graph-backup';

type Properties = Record<string, unknown>;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  formatVersion: 1;
  createdAt: string;
  counts: { organisations: number; ties: number; sources: number; changes: number };
  organisations: Properties[];
  sources: Properties[];
  ties: { type: string; source: string; target: string; properties: Properties }[];
  changes: Properties[];
  /** The networks and each one's kinds and tie types (absent in backups made before they were data). */
  vocabulary?: { networks: Properties[]; kinds: Properties[]; tieTypes: Properties[] };
  /** Extra attributes' types (cypher/attributes/): absent in backups made before attributes existed. */
  attributeDeclarations?: Properties[];
}

export class BackupError extends Error {}

// Neo4j's read transactions see each statement's committed data, not one snapshot: a backup read while an import
// commits its batches could hold ties without their history, or the reverse, and a statement may even see part of a
// transaction that is being applied (its history before its organisations). So the read is repeated until the
// count store's history and organisation counts are the same before and after it and match what it read.
const SNAPSHOT_ATTEMPTS = 10;

interface StoreCounts { changes: number; organisations: number }

/** A consistent snapshot of the network, however busy the database is with writes (BackupError if it never rests). */
export async function readBackup(database: Database, queries: QueryStore, timeoutMs: number, createdAt = new Date().toISOString()): Promise<Backup> {
  const storeCounts = () => database.read(async (tx): Promise<StoreCounts> => {
    const record = (await tx.run(queries.get('history/count-changes'))).records[0];
    return { changes: Number(record?.get('changes') ?? 0), organisations: Number(record?.get('organisations') ?? 0) };
  });
  const same = (a: StoreCounts, b: StoreCounts) => a.changes === b.changes && a.organisations === b.organisations;
  for (let attempt = 1; attempt <= SNAPSHOT_ATTEMPTS; attempt++) {
    const before = await storeCounts();
    const backup = await readOnce(database, queries, timeoutMs, createdAt);
    if (same(backup.counts, before) && same(await storeCounts(), before)) return backup;
    await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
  }
  throw new BackupError(`The database kept changing during ${SNAPSHOT_ATTEMPTS} attempts to read a consistent backup; try again when no import is running`);
}

function readOnce(database: Database, queries: QueryStore, timeoutMs: number, createdAt: string): Promise<Backup> {
  return database.read(async (tx) => {
    const all = async (name: string) => (await tx.run(queries.get(name))).records.map((record) => record.toObject());
    const organisations = (await all('curation/read-all-organisations')).map((row) => row.properties as Properties);
    const sources = (await all('curation/read-all-sources')).map((row) => row.properties as Properties);
    const ties = (await all('curation/read-all-ties')).map((row) => ({
      type: String(row.type),
      source: String(row.source),
      target: String(row.target),
      properties: row.properties as Properties,
    }));
    const changes = (await all('history/read-all-changes')).map((row) => row.properties as Properties);
    const vocabularyRows = await all('vocabulary/read-all-vocabulary');
    const labelled = (label: string) => vocabularyRows.filter((row) => row.label === label).map((row) => row.properties as Properties);
    const attributeDeclarations = (await tx.run(queries.get('attributes/read-attribute-declarations'), { network: null })).records.map((record) => record.toObject());
    return {
      format: BACKUP_FORMAT,
      formatVersion: 1,
      createdAt,
      counts: { organisations: organisations.length, ties: ties.length, sources: sources.length, changes: changes.length },
      organisations,
      sources,
      ties,
      changes,
      vocabulary: { networks: labelled('Network'), kinds: labelled('Kind'), tieTypes: labelled('TieType') },
      attributeDeclarations,
    };
  }, timeoutMs);
}

/** The database's node counts: everything, and what a backup would leave out. */
export async function countNodes(database: Database, queries: QueryStore): Promise<{ total: number; other: number }> {
  return database.read(async (tx) => {
    const record = (await tx.run(queries.get('curation/count-all-nodes'))).records[0];
    return { total: Number(record?.get('total') ?? 0), other: Number(record?.get('other') ?? 0) };
  });
}

const isList = (value: unknown): value is unknown[] => Array.isArray(value);

export function parseBackup(text: string): Backup {
  let backup: Partial<Backup>;
  try {
    backup = JSON.parse(text) as Partial<Backup>;
  } catch (error) {
    throw new BackupError(`Not a backup: the file is not valid JSON (${(error as Error).message})`);
  }
  if (backup?.format !== BACKUP_FORMAT) throw new BackupError(`Not a backup: "format" is not "${BACKUP_FORMAT}"`);
  if (backup.formatVersion !== 1) throw new BackupError(`Unsupported backup formatVersion ${String(backup.formatVersion)} (this version reads 1)`);
  for (const part of ['organisations', 'sources', 'ties', 'changes'] as const) {
    if (!isList(backup[part])) throw new BackupError(`The backup has no "${part}" list`);
  }
  return backup as Backup;
}

/**
 * JSON has one number type; Neo4j has integers and floats. Every property this product stores as a number is an
 * integer (version, seq), so whole numbers go back as integers and the round trip is exact.
 */
function withIntegers(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(withIntegers);
  return value;
}
const properties = (map: Properties): Properties => Object.fromEntries(Object.entries(map).map(([key, value]) => [key, withIntegers(value)]));

/** Loads a backup into an empty database in one transaction: it is restored completely or not at all. */
export async function restoreBackup(database: Database, queries: QueryStore, vocabulary: Vocabulary, backup: Backup, timeoutMs: number): Promise<Backup['counts']> {
  // The backup's own tie types are valid too: it carries each network's vocabulary.
  const tieTypeIds = new Set([...vocabulary.tieTypeIds, ...(backup.vocabulary?.tieTypes ?? []).map((type) => String(type.id))]);
  const unknownTypes = [...new Set(backup.ties.map((tie) => tie.type))].filter((type) => !tieTypeIds.has(type));
  if (unknownTypes.length) throw new BackupError(`The backup has tie types the vocabulary does not know: ${unknownTypes.join(', ')}`);
  const ids = new Set(backup.organisations.map((organisation) => organisation.id));
  const dangling = backup.ties.find((tie) => !ids.has(tie.source) || !ids.has(tie.target));
  if (dangling) throw new BackupError(`The backup is inconsistent: tie "${String(dangling.properties.id)}" joins an organisation it does not hold`);
  await database.write(async (tx) => {
    const run = async (statement: string, parameter: string, rows: unknown[]) => {
      for (const batch of batches(rows)) await tx.run(statement, { [parameter]: batch });
    };
    const { networks = [], kinds = [], tieTypes = [] } = backup.vocabulary ?? {};
    await tx.run(queries.get('vocabulary/restore-vocabulary'), { networks: networks.map(properties), kinds: kinds.map(properties), tieTypes: tieTypes.map(properties) });
    await run(queries.get('curation/restore-sources'), 'sources', backup.sources.map(properties));
    await run(queries.get('curation/create-organisations'), 'organisations', backup.organisations.map(properties));
    for (const type of new Set(backup.ties.map((tie) => tie.type))) {
      const ties = backup.ties.filter((tie) => tie.type === type).map((tie) => ({ source: tie.source, target: tie.target, properties: properties(tie.properties) }));
      await run(queries.render('curation/restore-ties', { type: relationshipType(type, tieTypeIds) }), 'ties', ties);
    }
    await run(queries.get('history/record-changes'), 'changes', backup.changes.map(properties));
    // Declarations from a backup made before they were kept per network have none: they are the default network's.
    await tx.run(queries.get('attributes/declare-attributes'), { network: DEFAULT_NETWORK.id, declarations: backup.attributeDeclarations ?? [] });
  }, timeoutMs);
  return {
    organisations: backup.organisations.length,
    ties: backup.ties.length,
    sources: backup.sources.length,
    changes: backup.changes.length,
  };
}
