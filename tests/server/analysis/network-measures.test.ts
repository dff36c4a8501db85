// Cross-checks the pure network measures against networkx (python3 with networkx) on a hand-made and a 2,000-org graph.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { computeNetworkMeasures, seededRandom } from '../../../server/analysis/network-measures.ts';
import type { Subgraph } from '../../../server/schemas/graph.ts';

const referee = fileURLToPath(new URL('./networkx_referee.py', import.meta.url));

interface RefereeMeasures {
  betweenness: Record<string, number>;
  pagerank: Record<string, number>;
  closeness: Record<string, number>;
  constraint: Record<string, number | null>;
  effectiveSize: Record<string, number | null>;
  modularity: number;
}

function subgraphOf(ids: string[], pairs: Array<[string, string]>): Pick<Subgraph, 'nodes' | 'links'> {
  return {
    nodes: ids.map((id) => ({ id, name: id, shortName: null, aliases: [], kind: 'company', sector: null, city: null, country: null, description: null, url: null, since: null, until: null, degree: 0 })),
    links: pairs.map(([source, target], index) => ({ id: `t${index}`, type: 'PARTNERS_WITH', source, target, since: null, until: null, description: null, evidence: [] })),
  };
}

function networkx(subgraph: Pick<Subgraph, 'nodes' | 'links'>): RefereeMeasures {
  const input = JSON.stringify({ nodes: subgraph.nodes.map((n) => n.id), edges: subgraph.links.map((l) => [l.source, l.target]) });
  return JSON.parse(execFileSync('python3', [referee], { input, maxBuffer: 64 * 1024 * 1024 }).toString()) as RefereeMeasures;
}

/** Preferential attachment plus a few isolated organisations and a separate pair: hubs, brokers and 3 components. */
function syntheticNetwork(size: number): Pick<Subgraph, 'nodes' | 'links'> {
  const random = seededRandom(42);
  const ids = Array.from({ length: size }, (_, i) => `org-${i}`);
  const pairs: Array<[string, string]> = [];
  const ends: string[] = [ids[0]!];
  for (let i = 1; i < size - 3; i += 1) {
    for (let k = 0; k < 1 + Math.floor(random() * 2); k += 1) {
      const other = ends[Math.floor(random() * ends.length)]!;
      if (other === ids[i]) continue;
      pairs.push([ids[i]!, other]);
      ends.push(other, ids[i]!);
    }
  }
  pairs.push([ids[size - 3]!, ids[size - 2]!], [ids[size - 2]!, ids[size - 3]!]);
  return subgraphOf(ids, pairs);
}

function expectAgreement(subgraph: Pick<Subgraph, 'nodes' | 'links'>): { maxError: number; modularity: [number, number] } {
  const ours = computeNetworkMeasures(subgraph);
  const theirs = networkx(subgraph);
  let maxError = 0;
  for (const o of ours.organisations) {
    for (const key of ['betweenness', 'pagerank', 'closeness'] as const) {
      maxError = Math.max(maxError, Math.abs(o[key] - theirs[key][o.id]!));
      expect(o[key], `${key} of ${o.id}`).toBeCloseTo(theirs[key][o.id]!, 6);
    }
    for (const key of ['constraint', 'effectiveSize'] as const) {
      const expected = theirs[key][o.id] ?? null;
      if (expected === null) expect(o[key], `${key} of ${o.id}`).toBeNull();
      else expect(o[key]!, `${key} of ${o.id}`).toBeCloseTo(expected, 6);
    }
  }
  expect(Math.abs(ours.modularity - theirs.modularity) / theirs.modularity).toBeLessThan(0.02);
  return { maxError, modularity: [ours.modularity, theirs.modularity] };
}

describe('network measures agree with networkx', () => {
  it('on a small graph with a broker, a triangle, parallel ties and an isolated organisation', () => {
    const graph = subgraphOf(['a', 'b', 'c', 'd', 'e', 'f', 'lone'], [['a', 'b'], ['b', 'c'], ['c', 'a'], ['c', 'd'], ['c', 'd'], ['d', 'e'], ['e', 'f'], ['d', 'f']]);
    expectAgreement(graph);
    const c = computeNetworkMeasures(graph).organisations.find((o) => o.id === 'c')!;
    expect(c.ties).toBe(4);
    expect(c.partners).toBe(3);
  });

  it('on an empty selection (a filter that leaves nothing) without failing', () => {
    expect(computeNetworkMeasures(subgraphOf([], []))).toEqual({ organisations: [], modularity: 0, communityCount: 0, componentCount: 0 });
  });

  it('on a 2,000-organisation synthetic network', () => {
    const result = expectAgreement(syntheticNetwork(2000));
    console.info(`networkx cross-check, 2,000 orgs: max |error| ${result.maxError.toExponential(2)}, modularity ours ${result.modularity[0].toFixed(4)} vs networkx ${result.modularity[1].toFixed(4)}`);
    expect(computeNetworkMeasures(syntheticNetwork(2000)).componentCount).toBe(3);
  }, 120_000);
});
