// PROFILEs the statements the repository really runs (recorded from its calls, with their parameters) on the loaded
// network, and reports time, db hits and the costliest operator of each. Run alone: `npx tsx bench/profile-queries.ts`
// against the synthetic Neo4j (after `npm run seed:synthetic -- --scale national`).
import type { Database, Reader } from '../server/neo4j-connection.ts';
import { loadQueries } from '../server/cypher/query-store.ts';
import { createGraphRepository, onDay, type InForceWindow } from '../server/graph/graph-repository.ts';
import type { Vocabulary } from '../server/graph/vocabulary.ts';
import { median, ms, count, table } from './stats.ts';

interface RecordedCall {
  step: string;
  statement: string;
  params: Record<string, unknown>;
}

interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

/** A Database whose reads (in a transaction or auto-commit) record every statement and its parameters before running it. */
function recordingDatabase(database: Database, calls: RecordedCall[], step: () => string): Database {
  const record = <T extends Reader>(tx: T): T => new Proxy(tx, {
    get(target, property, receiver) {
      if (property === 'run') {
        return (statement: string, params: Record<string, unknown> = {}) => {
          calls.push({ step: step(), statement, params });
          return target.run(statement, params);
        };
      }
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return {
    ...database,
    read: (work, timeoutMs) => database.read((tx) => work(record(tx)), timeoutMs),
    readAutoCommit: (work, timeoutMs) => database.readAutoCommit((reader) => work(record(reader)), timeoutMs),
  };
}

const firstLine = (statement: string) => statement.split('\n').find((line) => !line.startsWith('//'))?.trim().slice(0, 60) ?? '';

function flatten(plan: PlanNode): PlanNode[] {
  return [plan, ...plan.children.flatMap(flatten)];
}

export interface ProfileTarget {
  label: string;
  run: (repository: ReturnType<typeof createGraphRepository>) => Promise<unknown>;
}

export async function profileQueries(database: Database, vocabulary: Vocabulary, targets: readonly ProfileTarget[], repeats = 5): Promise<string> {
  const queries = loadQueries();
  const calls: RecordedCall[] = [];
  let current = '';
  const repository = createGraphRepository(recordingDatabase(database, calls, () => current), queries, vocabulary);
  for (const target of targets) {
    current = target.label;
    await target.run(repository).catch((error: Error) => calls.push({ step: target.label, statement: `// failed: ${error.message}`, params: {} }));
  }
  const rows: (string | number)[][] = [];
  for (const call of calls) {
    if (call.statement.startsWith('// failed')) {
      rows.push([call.step, call.statement.slice(3, 80), '–', '–', '–', '–']);
      continue;
    }
    if (/MATCH \(s:Source\)/.test(call.statement)) continue; // the cached source list, once per minute
    const times: number[] = [];
    let plan: PlanNode | null = null;
    for (let i = 0; i < repeats; i++) {
      const t0 = performance.now();
      const failed = await database.read(async (tx) => {
        const result = await tx.run(i === 0 ? `PROFILE ${call.statement}` : call.statement, call.params);
        if (i === 0) plan = result.summary.profile as unknown as PlanNode;
      }).then(() => false, () => true);
      const took = performance.now() - t0;
      if (i > 0) times.push(took);
      // A statement that takes seconds (or times out) is timed once: its repeats would only stretch the run.
      if (i === 0 && (failed || took > 2_000)) {
        times.push(took);
        break;
      }
    }
    const operators = plan ? flatten(plan) : [];
    const hits = operators.reduce((sum, node) => sum + (node.dbHits ?? 0), 0);
    const worst = operators.reduce<PlanNode | null>((best, node) => (!best || node.dbHits > best.dbHits ? node : best), null);
    const detail = worst ? `${worst.operatorType.replace(/@.*/, '')} ${String(worst.arguments.Details ?? '').replace(/\s+/g, ' ').replace(/\|/g, '/').slice(0, 70)} (${count(worst.dbHits)} hits, ${count(worst.rows)} rows)` : '';
    rows.push([call.step, `\`${firstLine(call.statement).replace(/\|/g, '/')}\``, `${ms(median(times))}${plan ? '' : ' (timed out)'}`, plan ? count(hits) : '–', count(operators[0]?.rows ?? 0), detail]);
  }
  return table(['Request', 'Statement', 'median ms', 'db hits', 'rows', 'costliest operator'], rows);
}

/**
 * Profile targets for a sample: an ordinary organisation, a hub (most ties) and a path between two ordinary ones, also
 * as of `asOf` and over the `changes` window (the /api/changes case: depth 2 over both days).
 */
export function profileTargets(ordinary: string, hub: string, pair: [string, string], word: string, graphLimit: number, asOf: string, changes: InForceWindow): ProfileTarget[] {
  const noFilter = { tieTypes: [], kinds: [] };
  const path = (mode: 'shortest' | 'k-shortest') => (repository: ReturnType<typeof createGraphRepository>) =>
    repository.paths({ from: pair[0], to: pair[1], mode, k: 3, maxHops: 6, tieTypes: [], avoid: [] });
  const pathAsOf = (repository: ReturnType<typeof createGraphRepository>) =>
    repository.findPaths({ from: pair[0], to: pair[1], mode: 'shortest', k: 3, maxHops: 6, tieTypes: [], avoid: [] }, onDay(asOf), asOf);
  return [
    { label: `search "${word}"`, run: (repository) => repository.search(word, [], 10) },
    { label: `details ${ordinary}`, run: (repository) => repository.organisation(ordinary) },
    { label: `details hub ${hub}`, run: (repository) => repository.organisation(hub) },
    { label: `depth 1 ${ordinary}`, run: (repository) => repository.neighbourhood(ordinary, 1, noFilter, graphLimit) },
    { label: `depth 2 ${ordinary}`, run: (repository) => repository.neighbourhood(ordinary, 2, noFilter, graphLimit) },
    { label: `depth 1 hub ${hub}`, run: (repository) => repository.neighbourhood(hub, 1, noFilter, graphLimit) },
    { label: `shortest ${pair[0]}→${pair[1]}`, run: path('shortest') },
    { label: `k-shortest ${pair[0]}→${pair[1]}`, run: path('k-shortest') },
    { label: `depth 1 asOf ${asOf} ${ordinary}`, run: (repository) => repository.neighbourhood(ordinary, 1, noFilter, graphLimit, onDay(asOf)) },
    { label: `shortest asOf ${asOf} ${pair[0]}→${pair[1]}`, run: pathAsOf },
    { label: `changes ${changes.from}→${changes.to} depth 2 ${ordinary}`, run: (repository) => repository.neighbourhood(ordinary, 2, noFilter, graphLimit, changes) },
  ];
}
