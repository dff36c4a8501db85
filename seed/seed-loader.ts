// Loads the reviewed data set (seed/data, seed/sources) into Neo4j: MERGE in UNWIND batches, so running it twice
// changes nothing. Shared by `npm run seed`, `npm start` (empty database only) and the tests.
import type { Database } from '../server/neo4j-connection.ts';
import type { QueryStore } from '../server/cypher/query-store.ts';
import { relationshipType } from '../server/cypher/cypher-fragments.ts';
import { readSourceText, type loadDataset } from './dataset.ts';
import { optionalTextFields } from '../server/contract/fields.ts';
import { textChecksum } from '../server/sources/text-checksum.ts';
import { DEFAULT_NETWORK } from '../server/contract/networks.ts';
import { createVocabularies } from '../server/graph/vocabulary.ts';
import { writeVocabulary } from '../server/vocabulary/vocabulary-properties.ts';

export type Dataset = ReturnType<typeof loadDataset>;

export interface NetworkCounts {
  organisationsByKind: Record<string, number>;
  tiesByType: Record<string, number>;
}

function batches<T>(rows: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < rows.length; i += size) result.push(rows.slice(i, i + size));
  return result;
}

/** Emptying a national network (600,000 rows) takes over the 30 s default on a busy machine; its batches commit as they go. */
const RESET_TIMEOUT_MS = 600_000;

export async function resetDatabase(database: Database, queries: QueryStore): Promise<void> {
  await database.autoCommit(queries.get('maintenance/delete-all-ties'), {}, RESET_TIMEOUT_MS);
  await database.autoCommit(queries.get('maintenance/delete-everything'), {}, RESET_TIMEOUT_MS);
}

/** Into the default network (created if need be); the data set's vocabulary is that network's. */
export async function seedNetwork(database: Database, queries: QueryStore, dataset: Dataset, batchSize = 1000): Promise<void> {
  const network = DEFAULT_NETWORK.id;
  const allowedTypes = new Set(dataset.vocabulary.tieTypes.map((type) => type.id));
  const sources = dataset.sources.map(({ file, ...source }) => {
    const text = readSourceText({ file });
    return { ...source, text, checksum: textChecksum(text) };
  });
  const organisations = dataset.organisations.map((org) => ({
    id: org.id,
    name: org.name,
    aliases: org.aliases ?? [],
    aliasesText: (org.aliases ?? []).join(' | '),
    kind: org.kind,
    ...optionalTextFields((field) => org[field] ?? null),
  }));
  const tiesByType = new Map<string, object[]>();
  for (const tie of dataset.ties) {
    const rows = tiesByType.get(tie.type) ?? [];
    rows.push({
      id: tie.id,
      source: tie.source,
      target: tie.target,
      since: tie.since ?? null,
      until: tie.until ?? null,
      description: tie.description ?? null,
      evidenceSources: tie.evidence.map((item) => item.source),
      evidenceQuotes: tie.evidence.map((item) => item.quote),
    });
    tiesByType.set(tie.type, rows);
  }
  // One transaction for the whole data set: a failed load leaves the database as it was.
  await database.write(async (tx) => {
    await tx.run(queries.get('networks/ensure-network'), DEFAULT_NETWORK);
    await writeVocabulary(tx, queries, network, dataset.vocabulary);
    await tx.run(queries.get('seed/merge-source-documents'), { sources });
    for (const batch of batches(organisations, batchSize)) {
      await tx.run(queries.get('seed/merge-organisations'), { organisations: batch, network });
    }
    for (const [type, rows] of tiesByType) {
      const statement = queries.render('seed/merge-ties', { type: relationshipType(type, allowedTypes) });
      for (const batch of batches(rows, batchSize)) await tx.run(statement, { ties: batch });
    }
  }, 120_000);
}

/**
 * For a database seeded before the vocabulary (or its cue phrases) was data: the default network gets the data set's
 * vocabulary once, or only its cue phrases when it has a vocabulary without them.
 */
export async function seedMissingVocabulary(database: Database, queries: QueryStore, dataset: Dataset): Promise<boolean> {
  const current = (await createVocabularies(database, queries)).of(DEFAULT_NETWORK.id);
  const hasVocabulary = current.kinds.length > 0 || current.tieTypes.length > 0;
  if (hasVocabulary && current.cues.length > 0) return false;
  const missing = hasVocabulary ? { kinds: [], tieTypes: [], cues: dataset.vocabulary.cues } : dataset.vocabulary;
  await database.write((tx) => writeVocabulary(tx, queries, DEFAULT_NETWORK.id, missing));
  return true;
}

export async function countNetwork(database: Database, queries: QueryStore, network: string = DEFAULT_NETWORK.id): Promise<NetworkCounts> {
  return database.read(async (tx) => {
    const kinds = await tx.run(queries.get('meta/count-organisations-by-kind'), { network });
    const types = await tx.run(queries.get('meta/count-ties-by-type'), { network });
    return {
      organisationsByKind: Object.fromEntries(kinds.records.map((r) => [r.get('kind') as string, r.get('count') as number])),
      tiesByType: Object.fromEntries(types.records.map((r) => [r.get('type') as string, r.get('count') as number])),
    };
  });
}

export const total = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0);
