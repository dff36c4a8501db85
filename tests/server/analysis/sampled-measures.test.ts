// Betweenness and closeness estimated from a sample of searches (whole-network runs on large networks): every start
// gives the exact figures, a sample a close, seeded (repeatable) estimate that keeps the big brokers on top.
import { describe, expect, it } from 'vitest';
import { computeNetworkMeasures, samplePositions, seededRandom, type NetworkShape } from '../../../server/analysis/network-measures.ts';

/** Preferential attachment: a few hubs that broker for many. */
function network(size: number): NetworkShape {
  const random = seededRandom(7);
  const nodes = Array.from({ length: size }, (_, i) => ({ id: `o${i}`, kind: 'company' }));
  const links: Array<{ source: string; target: string }> = [];
  const ends = ['o0'];
  for (let i = 1; i < size; i += 1) {
    for (let k = 0; k < 2; k += 1) {
      const other = ends[Math.floor(random() * ends.length)]!;
      if (other !== `o${i}`) links.push({ source: `o${i}`, target: other });
      ends.push(other, `o${i}`);
    }
  }
  return { nodes, links };
}

const top = (organisations: ReturnType<typeof computeNetworkMeasures>['organisations'], n: number) =>
  [...organisations].sort((a, b) => b.betweenness - a.betweenness).slice(0, n).map((o) => o.id);

describe('sampled betweenness and closeness', () => {
  const graph = network(600);
  const exact = computeNetworkMeasures(graph);
  const byId = new Map(exact.organisations.map((o) => [o.id, o]));

  it('draws distinct positions, the same ones for the same seed', () => {
    const drawn = samplePositions(600, 100, seededRandom(3));
    expect(new Set(drawn).size).toBe(100);
    expect([...drawn].every((p) => p >= 0 && p < 600)).toBe(true);
    expect(samplePositions(600, 100, seededRandom(3))).toEqual(drawn);
  });

  it('are exact when the sample is the whole network', () => {
    for (const o of computeNetworkMeasures(graph, { sampleSize: 600 }).organisations) {
      expect(o.betweenness).toBeCloseTo(byId.get(o.id)!.betweenness, 12);
      expect(o.closeness).toBeCloseTo(byId.get(o.id)!.closeness, 9);
    }
  });

  it('estimate the big brokers within 30% (betweenness) and 10% (closeness) from a third of the searches', () => {
    const estimate = computeNetworkMeasures(graph, { sampleSize: 200 });
    expect(top(estimate.organisations, 1)).toEqual(top(exact.organisations, 1));
    expect(top(estimate.organisations, 6)).toEqual(expect.arrayContaining(top(exact.organisations, 3)));
    for (const id of top(exact.organisations, 5)) {
      const o = estimate.organisations.find((e) => e.id === id)!;
      expect(Math.abs(o.betweenness - byId.get(id)!.betweenness) / byId.get(id)!.betweenness).toBeLessThan(0.3);
      expect(Math.abs(o.closeness - byId.get(id)!.closeness) / byId.get(id)!.closeness).toBeLessThan(0.1);
    }
    // PageRank, communities and components do not sample.
    expect(estimate.modularity).toBe(exact.modularity);
  });
});
