// Reads of the stored whole-network measures: the current run (with whether the network changed since it read it)
// and its organisations ranked by one measure.
import type { QueryStore } from '../cypher/query-store.ts';
import type { Database } from '../neo4j-connection.ts';
import type { OrganisationMeasures } from '../analysis/network-measures.ts';
import neo4j from 'neo4j-driver';

export interface StoredRun {
  computedAt: string;
  /** Size of the history when the network was read: the run is stale once the history has grown past it. */
  changeCount: number;
  /** Organisations betweenness and closeness were searched from; null when exact (searched from every one). */
  sampleSize: number | null;
  durationMs: number;
  organisations: number;
  ties: number;
  modularity: number;
  communityCount: number;
  componentCount: number;
}

export interface RunState {
  run: StoredRun | null;
  /** The history's size now; more than the run's changeCount means the network changed since it was read. */
  changes: number;
}

/** The history's size when the oldest current run read the database (null: no run yet), and now. */
export async function readOldestRun(database: Database, queries: QueryStore): Promise<{ changeCount: number | null; changes: number }> {
  return database.read(async (tx) => {
    const record = (await tx.run(queries.get('measures/oldest-measure-run'))).records[0];
    const changeCount = record?.get('changeCount') as number | null | undefined;
    return { changeCount: changeCount == null ? null : Number(changeCount), changes: Number(record?.get('changes') ?? 0) };
  });
}

export async function readRunState(database: Database, queries: QueryStore, network: string): Promise<RunState> {
  return database.read(async (tx) => {
    const record = (await tx.run(queries.get('measures/read-measure-run'), { network })).records[0];
    const run = (record?.get('run') ?? null) as (Omit<StoredRun, 'sampleSize'> & { sampleSize?: number }) | null;
    return { run: run && { ...run, sampleSize: run.sampleSize ?? null }, changes: Number(record?.get('changes') ?? 0) };
  });
}

export async function rankStoredMeasures(database: Database, queries: QueryStore, network: string, sort: keyof OrganisationMeasures, top: number) {
  return database.read(async (tx) => {
    const { records } = await tx.run(queries.get('measures/rank-stored-measures'), { network, sort, top: neo4j.int(top) });
    return records.map((record) => {
      const { organisationId, run: _run, constraint, effectiveSize, ...values } = record.get('measures') as Omit<OrganisationMeasures, 'id'> & { organisationId: string; run: string };
      return { id: organisationId, name: record.get('name') as string, kind: record.get('kind') as string, ...values, constraint: constraint ?? null, effectiveSize: effectiveSize ?? null };
    });
  });
}
