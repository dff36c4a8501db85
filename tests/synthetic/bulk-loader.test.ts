// The bulk loader's pure parts: cutting a row stream into batches by type, and interleaving batches of different types.
import { describe, expect, it } from 'vitest';
import { batchesOf, formatLoadSummary, interleave } from '../../seed/synthetic/bulk-loader.ts';

describe('the bulk loader', () => {
  it('cuts rows into batches of at most the batch size, starting a new one when the type changes', () => {
    const rows = ['A', 'A', 'A', 'B', 'C', 'C', 'C', 'C', 'C'].map((type, i) => ({ type, i }));
    const batches = [...batchesOf(rows, 2, (row) => row.type)];
    expect(batches.map((batch) => [batch.key, batch.rows.map((row) => row.i)])).toEqual([
      ['A', [0, 1]], ['A', [2]], ['B', [3]], ['C', [4, 5]], ['C', [6, 7]], ['C', [8]],
    ]);
    expect([...batchesOf([], 10)]).toEqual([]);
    expect([...batchesOf([1, 2, 3], 10)].map((batch) => batch.rows)).toEqual([[1, 2, 3]]);
  });

  it('interleaves batches round-robin over types, keeping each type in order', () => {
    const batches = ['A1', 'A2', 'A3', 'B1', 'C1', 'C2'].map((name) => ({ key: name[0]!, name }));
    expect(interleave(batches).map((batch) => batch.name)).toEqual(['A1', 'B1', 'C1', 'A2', 'C2', 'A3']);
  });

  it('summarises a load with rows per second', () => {
    const line = formatLoadSummary({ organisations: 2000, ties: 4000, rows: 6000, batches: 3, seconds: 0.3, rowsPerSecond: 20_000, organisationsPerSecond: 20_000, tiesPerSecond: 20_000, batchSize: 10_000 });
    expect(line).toMatch(/^Loaded 2,000 organisations and 4,000 ties .* 20,000 rows\/s/);
  });
});
