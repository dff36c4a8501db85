// Pure network analysis of a Subgraph (no Node APIs, so the browser worker and the server share it): centrality,
// communities, components and Burt's structural holes, computed with graphology on the simple undirected graph.
import Graph from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import louvain from 'graphology-communities-louvain';
import { connectedComponents } from 'graphology-components';
import type { Subgraph } from '../schemas/graph.ts';
import { shortestRouteMeasures } from './shortest-routes.ts';

export interface OrganisationMeasures {
  id: string;
  /** Ties counted one by one (parallel ties count separately), as `degree` has always done. */
  ties: number;
  /** Distinct organisations at the other end of this organisation's ties. */
  partners: number;
  /** Normalised betweenness: share of shortest routes between other pairs that pass through this organisation. */
  betweenness: number;
  pagerank: number;
  /** Harmonic closeness: sum of 1/distance to every other organisation (works on disconnected networks). */
  closeness: number;
  community: number;
  component: number;
  /** Burt's constraint; null for an organisation with no partners. */
  constraint: number | null;
  /** Burt's effective size; null for an organisation with no partners. */
  effectiveSize: number | null;
}

/** An organisation carrying its measures, as exports with `measures=true` receive it. */
export type MeasuredOrganisation = Subgraph['nodes'][number] & { measures?: OrganisationMeasures };

/** All the measures read of a network: organisations (with a kind) and the ends of each tie. */
export interface NetworkShape {
  nodes: ReadonlyArray<{ id: string; kind: string }>;
  links: ReadonlyArray<{ source: string; target: string }>;
}

export interface NetworkMeasures {
  organisations: OrganisationMeasures[];
  modularity: number;
  communityCount: number;
  componentCount: number;
}

/** Simple undirected graph of the subgraph: one edge per pair of partners, `ties` counting the parallel ties. */
export function buildPartnerGraph(subgraph: NetworkShape): Graph {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const node of subgraph.nodes) graph.mergeNode(node.id, { kind: node.kind });
  for (const link of subgraph.links) {
    if (link.source === link.target || !graph.hasNode(link.source) || !graph.hasNode(link.target)) continue;
    graph.updateEdge(link.source, link.target, (attributes) => ({ ties: ((attributes.ties as number | undefined) ?? 0) + 1 }));
  }
  return graph;
}

/** Mulberry32: a small seeded generator so Louvain gives the same communities on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Burt's constraint and effective size on an unweighted graph, with networkx's definitions (tested against it). */
function structuralHoles(graph: Graph, node: string): { constraint: number | null; effectiveSize: number | null } {
  const neighbours = graph.neighbors(node);
  const degree = neighbours.length;
  if (degree === 0) return { constraint: null, effectiveSize: null };
  const share = (from: string) => 1 / graph.degree(from);
  const mine = new Set(neighbours);
  let constraint = 0;
  // Partners shared with each neighbour j, found from whichever of the two has fewer partners: next to a hub with
  // thousands of partners, walking the hub's list for each of them was most of a large view's time.
  let tiesAmongNeighboursTwice = 0;
  for (const j of neighbours) {
    let indirect = 0;
    const shared = (q: string) => {
      indirect += share(node) * share(q);
      tiesAmongNeighboursTwice += 1;
    };
    if (graph.degree(j) < degree) graph.forEachNeighbor(j, (q) => { if (mine.has(q)) shared(q); });
    else for (const q of neighbours) if (q !== j && graph.hasEdge(j, q)) shared(q);
    constraint += (share(node) + indirect) ** 2;
  }
  return { constraint, effectiveSize: degree - tiesAmongNeighboursTwice / degree };
}

export interface MeasureOptions {
  /** Fixes Louvain's random order and the betweenness sample. */
  seed?: number;
  /**
   * Estimate betweenness and closeness from searches out of this many organisations, drawn at random, instead of
   * from every one (exact); ignored when the network has no more organisations than this.
   */
  sampleSize?: number;
}

/** `k` distinct positions out of `n`, drawn with the seeded generator (a partial Fisher–Yates shuffle). */
export function samplePositions(n: number, k: number, random: () => number): Int32Array {
  const positions = Int32Array.from({ length: n }, (_, position) => position);
  for (let i = 0; i < k; i += 1) {
    const j = i + Math.floor(random() * (n - i));
    [positions[i], positions[j]] = [positions[j]!, positions[i]!];
  }
  return positions.slice(0, k);
}

/** Every measure for every organisation of the subgraph. */
export function computeNetworkMeasures(subgraph: NetworkShape, { seed = 1, sampleSize }: MeasureOptions = {}): NetworkMeasures {
  const graph = buildPartnerGraph(subgraph);
  // A filter can leave nothing to measure, and graphology's Brandes refuses an empty graph.
  if (graph.order === 0) return { organisations: [], modularity: 0, communityCount: 0, componentCount: 0 };
  const ties = new Map<string, number>();
  for (const link of subgraph.links) {
    if (!graph.hasNode(link.source) || !graph.hasNode(link.target)) continue;
    ties.set(link.source, (ties.get(link.source) ?? 0) + 1);
    if (link.target !== link.source) ties.set(link.target, (ties.get(link.target) ?? 0) + 1);
  }
  const sampled = sampleSize !== undefined && sampleSize < graph.order;
  const { betweenness, closeness } = shortestRouteMeasures(graph, sampled ? samplePositions(graph.order, sampleSize, seededRandom(seed)) : undefined);
  const ranks = graph.size === 0 ? {} : pagerank(graph, { getEdgeWeight: null, tolerance: 1e-12, maxIterations: 1000 });
  const communities = graph.size === 0 ? { communities: {} as Record<string, number>, modularity: 0, count: graph.order }
    : louvain.detailed(graph, { rng: seededRandom(seed), getEdgeWeight: null });
  const componentOf = new Map<string, number>();
  const components = connectedComponents(graph).sort((a, b) => b.length - a.length);
  components.forEach((members, index) => { for (const id of members) componentOf.set(id, index); });
  let isolatedCommunity = communities.count;
  const organisations = graph.mapNodes((id): OrganisationMeasures => ({
    id,
    ties: ties.get(id) ?? 0,
    partners: graph.degree(id),
    betweenness: betweenness.get(id) ?? 0,
    pagerank: ranks[id] ?? 1 / graph.order,
    closeness: closeness.get(id) ?? 0,
    community: communities.communities[id] ?? isolatedCommunity++,
    component: componentOf.get(id) ?? 0,
    ...structuralHoles(graph, id),
  }));
  return {
    organisations,
    modularity: communities.modularity,
    communityCount: new Set(organisations.map((o) => o.community)).size,
    componentCount: components.length,
  };
}

/** The subgraph with each organisation carrying its measures (for exports, whose readers expect them as attributes). */
export function withMeasures<S extends Pick<Subgraph, 'nodes' | 'links'>>(subgraph: S): S & { nodes: MeasuredOrganisation[] } {
  const measures = new Map(computeNetworkMeasures(subgraph).organisations.map((o) => [o.id, o]));
  return { ...subgraph, nodes: subgraph.nodes.map((node) => ({ ...node, measures: measures.get(node.id) })) };
}
