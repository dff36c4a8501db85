// What connects two groups (pure, no Node APIs): the organisations and partner pairs on the shortest routes from
// every member of one group to every member of the other, ranked by how many of those routes depend on them.
// graphology has no subset betweenness, so this is Brandes' accumulation restricted to the two groups (networkx's
// betweenness_centrality_subset and edge_betweenness_centrality_subset, which the tests compare it with).
import type Graph from 'graphology';
import type { Subgraph, Tie } from '../schemas/graph.ts';
import { buildPartnerGraph } from './network-measures.ts';

export interface GroupConnections {
  /** Pairs (one end in each group) that are connected at all; each shares one route's worth of dependency out. */
  connectedPairs: number;
  /** Pairs with no route between them in the selection. */
  unconnectedPairs: number;
  /** Mean length of the shortest routes, in ties (null without a connected pair). */
  meanDistance: number | null;
  /** Organisations strictly inside routes, with the number of pairs' routes through them (split when routes tie). */
  organisations: Array<{ id: string; routes: number }>;
  /** Partner pairs on routes, the same count, and every tie between the two partners (with its evidence). */
  ties: Array<{ source: string; target: string; routes: number; ties: Tie[] }>;
}

interface SearchFrom {
  order: string[];
  distance: Map<string, number>;
  routeCount: Map<string, number>;
  predecessors: Map<string, string[]>;
}

/** Breadth-first search from one organisation counting shortest routes (Brandes' first phase). */
function searchFrom(graph: Graph, start: string): SearchFrom {
  const order: string[] = [];
  const distance = new Map([[start, 0]]);
  const routeCount = new Map([[start, 1]]);
  const predecessors = new Map<string, string[]>([[start, []]]);
  const queue = [start];
  for (let head = 0; head < queue.length; head += 1) {
    const here = queue[head]!;
    order.push(here);
    graph.forEachNeighbor(here, (next) => {
      if (!distance.has(next)) {
        distance.set(next, distance.get(here)! + 1);
        routeCount.set(next, 0);
        predecessors.set(next, []);
        queue.push(next);
      }
      if (distance.get(next) === distance.get(here)! + 1) {
        routeCount.set(next, routeCount.get(next)! + routeCount.get(here)!);
        predecessors.get(next)!.push(here);
      }
    });
  }
  return { order, distance, routeCount, predecessors };
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** Routes from every organisation of `from` to every organisation of `to` (members of both count as either end). */
export function groupConnections(subgraph: Pick<Subgraph, 'nodes' | 'links'>, from: ReadonlySet<string>, to: ReadonlySet<string>): GroupConnections {
  const graph = buildPartnerGraph(subgraph);
  const through = new Map<string, number>();
  const along = new Map<string, number>();
  let connectedPairs = 0;
  let unconnectedPairs = 0;
  let totalDistance = 0;
  const targets = [...to].filter((id) => graph.hasNode(id));
  for (const start of from) {
    if (!graph.hasNode(start)) continue;
    const { order, distance, routeCount, predecessors } = searchFrom(graph, start);
    for (const target of targets) {
      if (target === start) continue;
      if (distance.has(target)) {
        connectedPairs += 1;
        totalDistance += distance.get(target)!;
      } else unconnectedPairs += 1;
    }
    // Dependency of `start` on each organisation: the share of its routes to the other group passing through it.
    const dependency = new Map<string, number>();
    for (let index = order.length - 1; index >= 0; index -= 1) {
      const here = order[index]!;
      const ending = to.has(here) && here !== start ? 1 : 0;
      const carried = (dependency.get(here) ?? 0) + ending;
      for (const previous of predecessors.get(here)!) {
        const share = (routeCount.get(previous)! / routeCount.get(here)!) * carried;
        dependency.set(previous, (dependency.get(previous) ?? 0) + share);
        const key = pairKey(previous, here);
        along.set(key, (along.get(key) ?? 0) + share);
      }
      if (here !== start && dependency.has(here)) through.set(here, (through.get(here) ?? 0) + dependency.get(here)!);
    }
  }
  const tiesOf = new Map<string, Tie[]>();
  for (const link of subgraph.links) {
    const key = pairKey(link.source, link.target);
    if (along.has(key)) tiesOf.set(key, [...(tiesOf.get(key) ?? []), link]);
  }
  const byRoutes = <T extends { routes: number }>(a: T, b: T, tieBreak: number) => b.routes - a.routes || tieBreak;
  return {
    connectedPairs,
    unconnectedPairs,
    meanDistance: connectedPairs ? totalDistance / connectedPairs : null,
    organisations: [...through].filter(([, routes]) => routes > 0)
      .map(([id, routes]) => ({ id, routes }))
      .sort((a, b) => byRoutes(a, b, a.id.localeCompare(b.id))),
    ties: [...along].map(([key, routes]) => {
      const [source, target] = key.split('\u0000') as [string, string];
      return { source, target, routes, ties: tiesOf.get(key) ?? [] };
    }).sort((a, b) => byRoutes(a, b, a.source.localeCompare(b.source) || a.target.localeCompare(b.target))),
  };
}
