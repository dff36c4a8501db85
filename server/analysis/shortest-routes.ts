// Betweenness and harmonic closeness of every organisation in one breadth-first search from each (Brandes 2001), on
// typed arrays; on a large network, from a seeded sample of k organisations only (Brandes & Pich 2007), scaled by n/k. graphology's betweenness and single-source lengths keep maps and objects per search, which took
// 16 s for a 5,000-organisation view in the browser worker; this is the same algorithm without the allocation, and
// tests/server/analysis/network-measures.test.ts holds it to networkx's figures (1e-6).
import type Graph from 'graphology';

export interface RouteMeasures {
  /** Normalised as networkx does for undirected graphs: share of the routes between other pairs through it. */
  betweenness: Map<string, number>;
  /** Sum of 1/distance to every organisation it can reach. */
  closeness: Map<string, number>;
}

/**
 * `starts`: the organisations (by position in graph.nodes()) to search from, a uniform sample for an estimate; all
 * of them when left out. Each search adds its dependencies (betweenness) and 1/distance of everyone it reaches
 * (closeness, which is symmetric on an undirected graph) to the organisations it passes, so k uniform starts see each
 * pair k/n as often as all n do: both sums scaled by n/k are unbiased (for closeness, Eppstein & Wang 2004).
 */
export function shortestRouteMeasures(graph: Graph, starts?: Int32Array): RouteMeasures {
  const ids = graph.nodes();
  const n = ids.length;
  const index = new Map(ids.map((id, position) => [id, position]));
  const offsets = new Int32Array(n + 1);
  const ends: number[] = [];
  ids.forEach((id, position) => {
    offsets[position] = ends.length;
    graph.forEachNeighbor(id, (neighbour) => { ends.push(index.get(neighbour)!); });
  });
  offsets[n] = ends.length;
  const adjacency = Int32Array.from(ends);

  // -1: not reached by the current search (reset after each from its own list, cheaper than a second array to test).
  const distance = new Int32Array(n).fill(-1);
  const routes = new Float64Array(n);
  const share = new Float64Array(n);
  const through = new Float64Array(n);
  const closeness = new Float64Array(n);
  const order = new Int32Array(n);
  // Each search's edges one step further from its start, grouped by the organisation (in search order) they leave:
  // the way back walks only these, with no distance tests (about a third of the time on a 5,000-organisation view).
  const onward = new Int32Array(adjacency.length);
  const onwardStart = new Int32Array(n + 1);
  const searches = starts ?? Int32Array.from({ length: n }, (_, position) => position);
  for (const start of searches) {
    let head = 0;
    let tail = 0;
    let edges = 0;
    order[tail++] = start;
    distance[start] = 0;
    routes[start] = 1;
    while (head < tail) {
      onwardStart[head] = edges;
      const here = order[head++]!;
      const further = distance[here]! + 1;
      const reciprocal = 1 / further;
      for (let edge = offsets[here]!; edge < offsets[here + 1]!; edge += 1) {
        const next = adjacency[edge]!;
        const known = distance[next]!;
        if (known < 0) {
          distance[next] = further;
          routes[next] = routes[here]!;
          closeness[next] = closeness[next]! + reciprocal;
          order[tail++] = next;
          onward[edges++] = next;
        } else if (known === further) {
          routes[next] = routes[next]! + routes[here]!;
          onward[edges++] = next;
        }
      }
    }
    onwardStart[tail] = edges;
    // Farthest first: each organisation's dependency is the sum over the next steps of its routes' share of theirs.
    for (let position = tail - 1; position > 0; position -= 1) {
      const here = order[position]!;
      let sum = 0;
      for (let edge = onwardStart[position]!; edge < onwardStart[position + 1]!; edge += 1) sum += share[onward[edge]!]!;
      const dependency = routes[here]! * sum;
      share[here] = (1 + dependency) / routes[here]!;
      through[here] = through[here]! + dependency;
    }
    for (let position = 0; position < tail; position += 1) distance[order[position]!] = -1;
  }
  // Every pair was searched from both ends; networkx's normalisation for undirected graphs divides by (n-1)(n-2).
  const sampling = searches.length > 0 ? n / searches.length : 1;
  const scale = n > 2 ? sampling / ((n - 1) * (n - 2)) : 0;
  return {
    betweenness: new Map(ids.map((id, position) => [id, through[position]! * scale])),
    closeness: new Map(ids.map((id, position) => [id, closeness[position]! * sampling])),
  };
}
