// The bench's in-memory peer must be right before its speed means anything: shortest lengths against a plain
// one-sided breadth-first search on random networks, the in-force rule on dates, and depth-1 neighbourhoods.
import { describe, expect, it } from 'vitest';
import { createInMemoryNetwork, type NetworkRows } from '../../bench/in-memory-network.ts';
import { seededSample } from '../../bench/stats.ts';

const undated = { since: null, until: null };
const org = (id: string, since: string | null = null, until: string | null = null) => ({ id, since, until });
const tie = (source: string, target: string, since: string | null = null, until: string | null = null) => ({ source, target, since, until });

/** One-sided BFS over every tie, the obvious way. */
function plainLength(rows: NetworkRows, from: string, to: string): number | null {
  const adjacent = new Map<string, string[]>(rows.organisations.map((o) => [o.id, []]));
  for (const t of rows.ties) {
    adjacent.get(t.source)!.push(t.target);
    adjacent.get(t.target)!.push(t.source);
  }
  const distance = new Map([[from, 0]]);
  const queue = [from];
  while (queue.length) {
    const u = queue.shift()!;
    if (u === to) return distance.get(u)!;
    for (const v of adjacent.get(u)!) if (!distance.has(v)) {
      distance.set(v, distance.get(u)! + 1);
      queue.push(v);
    }
  }
  return null;
}

describe('the in-memory network of the bench', () => {
  it('finds the same shortest lengths as a plain breadth-first search on random networks', () => {
    const ids = Array.from({ length: 300 }, (_, i) => `o${i}`);
    const organisations = ids.map((id) => ({ id, ...undated }));
    const ties = seededSample(ids, 420, 7).map((source, i) => tie(source, seededSample(ids, 420, 8)[i]!)).filter((t) => t.source !== t.target);
    const rows = { organisations, ties };
    const network = createInMemoryNetwork(rows);
    const pairs = seededSample(ids, 200, 3).map((id, i) => [id, seededSample(ids, 200, 4)[i]!] as const).filter(([a, b]) => a !== b);
    let reachable = 0;
    for (const [a, b] of pairs) {
      const expected = plainLength(rows, a, b);
      expect(network.shortestPathLength(a, b, 50, null), `${a}→${b}`).toBe(expected);
      if (expected !== null && expected > 2) {
        reachable++;
        expect(network.shortestPathLength(a, b, expected - 1, null)).toBeNull();
      }
    }
    expect(reachable).toBeGreaterThan(50);
  });

  it('follows only ties and organisations in force on the day, by the partial-date rule', () => {
    const network = createInMemoryNetwork({
      organisations: [org('a'), org('b'), org('c', '2019'), org('d', null, '2022-06')],
      ties: [tie('a', 'b'), tie('b', 'c', '2020-03'), tie('a', 'd', null, '2022-07'), tie('d', 'c')],
    });
    expect(network.shortestPathLength('a', 'c', 6, null)).toBe(2);
    expect(network.shortestPathLength('a', 'c', 6, '2020-02-29')).toBe(2); // through d: b–c starts in March
    expect(network.shortestPathLength('a', 'c', 6, '2022-06-30')).toBe(2);
    expect(network.shortestPathLength('a', 'c', 6, '2022-07-01')).toBe(2); // d has gone; b–c remains
    expect(network.shortestPathLength('c', 'a', 6, '2018-12-31')).toBeNull(); // c not yet formed
    expect(network.shortestPathLength('a', 'b', 6, '2000-01-01')).toBe(1);
  });

  it('gives a depth-1 neighbourhood best connected first, with the ties among it', () => {
    const network = createInMemoryNetwork({
      organisations: ['hub', 'a', 'b', 'c', 'x'].map((id) => org(id)),
      ties: [tie('hub', 'a'), tie('hub', 'b'), tie('c', 'hub', null, '2020'), tie('a', 'b'), tie('b', 'x'), tie('a', 'x'), tie('b', 'c')],
    });
    expect(network.neighbourhood('hub', 500, null)).toEqual({ organisations: ['hub', 'b', 'a', 'c'], ties: 5 });
    expect(network.neighbourhood('hub', 500, '2021-01-01')).toEqual({ organisations: ['hub', 'b', 'a'], ties: 3 });
    expect(network.neighbourhood('hub', 2, null)).toEqual({ organisations: ['hub', 'b'], ties: 1 });
    expect(network.neighbourhood('nobody', 500, null)).toBeNull();
  });
});
