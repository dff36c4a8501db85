// What connects two groups: routes counted by hand on a small graph and cross-checked against networkx's subset
// betweenness on a 500-organisation synthetic network.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { groupConnections } from '../../../server/analysis/group-connections.ts';
import { seededRandom } from '../../../server/analysis/network-measures.ts';
import type { Subgraph } from '../../../server/schemas/graph.ts';

const referee = fileURLToPath(new URL('./networkx_subset_referee.py', import.meta.url));

const tie = (source: string, target: string, id = `${source}-${target}`) =>
  ({ id, type: 'PARTNERS_WITH', source, target, since: null, until: null, description: null, evidence: [] });
const node = (id: string) =>
  ({ id, name: id, shortName: null, aliases: [], kind: 'x', sector: null, city: null, country: null, description: null, url: null, since: null, until: null, degree: 0 });
const subgraphOf = (ids: string[], pairs: Array<[string, string]>): Pick<Subgraph, 'nodes' | 'links'> =>
  ({ nodes: ids.map(node), links: pairs.map(([a, b], index) => tie(a, b, `t${index}`)) });

describe('what connects two groups', () => {
  // Universities U1, U2; trusts T1, T2; a hub H between them, a charity C as a second, longer way; a lone trust T3.
  const graph = subgraphOf(['U1', 'U2', 'T1', 'T2', 'T3', 'H', 'C'], [['U1', 'H'], ['U2', 'H'], ['H', 'T1'], ['H', 'T1'], ['T1', 'T2'], ['U1', 'C'], ['C', 'T2']]);
  const result = groupConnections(graph, new Set(['U1', 'U2']), new Set(['T1', 'T2', 'T3']));

  it('counts the routes through each organisation, split where routes tie', () => {
    // U1–T1 via H; U1–T2 via C (U1–H–T1–T2 is longer); U2–T1 via H; U2–T2 via H and T1; T3 is out of reach.
    expect(result.organisations).toEqual([{ id: 'H', routes: 3 }, { id: 'C', routes: 1 }, { id: 'T1', routes: 1 }]);
    expect(result.connectedPairs).toBe(4);
    expect(result.unconnectedPairs).toBe(2);
    expect(result.meanDistance).toBe((2 + 2 + 2 + 3) / 4);
  });

  it('ranks partner pairs with every tie between them', () => {
    // H–T1 carries U1–T1, U2–T1 and U2–T2.
    const ht = result.ties.find((t) => t.source === 'H' && t.target === 'T1')!;
    expect(ht.routes).toBe(3);
    expect(ht.ties.map((t) => t.id)).toEqual(['t2', 't3']);
  });

  it('agrees with networkx on a 500-organisation synthetic network', () => {
    const random = seededRandom(7);
    const ids = Array.from({ length: 500 }, (_, i) => `o${i}`);
    const pairs: Array<[string, string]> = [];
    for (let i = 1; i < ids.length; i += 1) {
      for (let k = 0; k < 2; k += 1) pairs.push([ids[i]!, ids[Math.floor(random() * i)]!]);
    }
    const sources = ids.filter((_, i) => i % 7 === 0);
    const targets = ids.filter((_, i) => i % 11 === 3);
    const ours = groupConnections(subgraphOf(ids, pairs), new Set(sources), new Set(targets));
    const input = JSON.stringify({ nodes: ids, edges: pairs, sources, targets });
    const theirs = JSON.parse(execFileSync('python3', [referee], { input, maxBuffer: 64 * 1024 * 1024 }).toString()) as
      { organisations: Record<string, number>; pairs: Array<[string, string, number]> };
    const oursById = new Map(ours.organisations.map((o) => [o.id, o.routes]));
    for (const id of ids) expect(oursById.get(id) ?? 0, id).toBeCloseTo(theirs.organisations[id]!, 6);
    const oursByPair = new Map(ours.ties.map((t) => [[t.source, t.target].sort().join('|'), t.routes]));
    for (const [a, b, routes] of theirs.pairs) expect(oursByPair.get([a, b].sort().join('|')) ?? 0, `${a}–${b}`).toBeCloseTo(routes, 6);
  }, 60_000);
});
