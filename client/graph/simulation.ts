// The force layout, without any DOM: copies the data (d3 mutates what it is given), keeps known positions and
// pins, places new organisations next to a neighbour that is already on screen, and never starts a timer itself.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type Simulation, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';

export interface LayoutNode extends SimulationNodeDatum {
  id: string;
  degree: number;
  radius: number;
}

export interface LayoutLink extends SimulationLinkDatum<LayoutNode> {
  id: string;
  source: LayoutNode | string;
  target: LayoutNode | string;
}

export interface KnownPosition {
  x: number;
  y: number;
  /** Set when the node is pinned where a person dropped it. */
  fx?: number | null;
  fy?: number | null;
}

export interface SimulationOptions {
  /** Positions from the previous layout, by id: kept as they are, so an update never scrambles the picture. */
  previous?: ReadonlyMap<string, KnownPosition>;
  /** Starting alpha: 1 lays out from scratch, a low value only settles newcomers. */
  alpha?: number;
}

export type LayoutSimulation = Simulation<LayoutNode, LayoutLink>;

/** Node size grows with the square root of its number of ties, so hubs stand out without swallowing the rest. */
export function nodeRadius(degree: number): number {
  return Math.min(26, 5.5 + Math.sqrt(Math.max(0, degree)) * 2.4);
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Above this many organisations a tick is made cheaper (one collision pass). */
const CHEAP_TICK_THRESHOLD = 2000;

/**
 * Gives new nodes a starting point: next to the average of their already placed neighbours, spread around it by
 * the golden angle so siblings do not start on top of each other. Nodes with no placed neighbour go on a ring
 * just outside the existing drawing. With nothing placed at all, d3's own phyllotaxis start is used.
 */
export function placeNewNodes(nodes: LayoutNode[], links: ReadonlyArray<{ source: string; target: string }>): void {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const neighbours = new Map<string, LayoutNode[]>();
  for (const link of links) {
    const source = byId.get(link.source);
    const target = byId.get(link.target);
    if (!source || !target) continue;
    (neighbours.get(source.id) ?? neighbours.set(source.id, []).get(source.id)!).push(target);
    (neighbours.get(target.id) ?? neighbours.set(target.id, []).get(target.id)!).push(source);
  }
  const placed = (node: LayoutNode) => Number.isFinite(node.x) && Number.isFinite(node.y);
  const known = nodes.filter(placed);
  if (known.length === 0) return;

  // Children placed around each anchor so far: the next one takes the next golden-angle slot.
  const slots = new Map<string, number>();
  let waiting = nodes.filter((node) => !placed(node));
  while (waiting.length) {
    const still: LayoutNode[] = [];
    for (const node of waiting) {
      const anchors = (neighbours.get(node.id) ?? []).filter(placed);
      if (!anchors.length) {
        still.push(node);
        continue;
      }
      const anchor = anchors.reduce((best, candidate) => (candidate.degree > best.degree ? candidate : best));
      const slot = slots.get(anchor.id) ?? (neighbours.get(anchor.id) ?? []).filter(placed).length;
      slots.set(anchor.id, slot + 1);
      const cx = anchors.reduce((sum, a) => sum + a.x!, 0) / anchors.length;
      const cy = anchors.reduce((sum, a) => sum + a.y!, 0) / anchors.length;
      const angle = slot * GOLDEN_ANGLE;
      const distance = anchor.radius + node.radius + 24 + 4 * Math.sqrt(slot);
      node.x = cx + distance * Math.cos(angle);
      node.y = cy + distance * Math.sin(angle);
    }
    if (still.length === waiting.length) break;
    waiting = still;
  }
  if (!waiting.length) return;
  // Unconnected to anything on screen: a ring around the drawing, so they neither overlap nor fly in from afar.
  const xs = known.map((node) => node.x!);
  const ys = known.map((node) => node.y!);
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
  const ring = Math.max(Math.max(...xs) - cx, Math.max(...ys) - cy) + 60;
  waiting.forEach((node, index) => {
    const angle = (index / waiting.length) * 2 * Math.PI;
    node.x = cx + ring * Math.cos(angle);
    node.y = cy + ring * Math.sin(angle);
  });
}

/** Above this many organisations a fresh layout starts from seedPlacement rather than d3's phyllotaxis disc. */
export const SEED_THRESHOLD = 300;

/**
 * A cheap first picture for a large fresh view (one pass, no forces): each connected group spreads out from its
 * best-connected organisation, every organisation's partners in a sunflower around it, shifted away from where it
 * was reached from, so partners start near each other and the force layout only refines. Groups, biggest first, go
 * on a spiral around the first one. Deterministic.
 */
export function seedPlacement(nodes: LayoutNode[], links: ReadonlyArray<{ source: string; target: string }>): void {
  const index = new Map(nodes.map((node, position) => [node.id, position]));
  const partners: number[][] = nodes.map(() => []);
  for (const link of links) {
    const a = index.get(link.source);
    const b = index.get(link.target);
    if (a === undefined || b === undefined || a === b) continue;
    partners[a]!.push(b);
    partners[b]!.push(a);
  }
  const placed = new Uint8Array(nodes.length);
  const order = nodes.map((_, position) => position).sort((a, b) => partners[b]!.length - partners[a]!.length || a - b);
  let extent = 0;
  let group = 0;
  for (const root of order) {
    if (placed[root]) continue;
    const members = spreadFrom(root, nodes, partners, placed);
    // Centre the group on the spiral, beyond everything placed so far.
    const reach = members.reduce((max, member) => Math.max(max, Math.hypot(nodes[member]!.x!, nodes[member]!.y!) + nodes[member]!.radius), 0);
    const distance = group === 0 ? 0 : extent + reach + 30;
    const angle = group * GOLDEN_ANGLE;
    for (const member of members) {
      nodes[member]!.x! += distance * Math.cos(angle);
      nodes[member]!.y! += distance * Math.sin(angle);
    }
    extent = group === 0 ? reach : Math.max(extent, distance + reach * 0.3);
    group += 1;
  }
}

/** Breadth-first from `root` (placed at 0, 0): returns the group's members, all placed. */
function spreadFrom(root: number, nodes: LayoutNode[], partners: number[][], placed: Uint8Array): number[] {
  const rootNode = nodes[root]!;
  rootNode.x = 0;
  rootNode.y = 0;
  placed[root] = 1;
  const members = [root];
  const from = new Map<number, number>();
  for (let head = 0; head < members.length; head += 1) {
    const current = members[head]!;
    const centre = nodes[current]!;
    // Leaves take the inner places; partners with partners of their own go further out, with room for theirs.
    const fresh = partners[current]!.filter((other) => !placed[other]).sort((a, b) => partners[a]!.length - partners[b]!.length || a - b);
    if (!fresh.length) continue;
    // Shift the sunflower away from the organisation this one was reached from, so the drawing grows outward.
    const parent = from.has(current) ? nodes[from.get(current)!]! : null;
    const spread = 16 * Math.sqrt(fresh.length);
    const away = parent ? Math.atan2(centre.y! - parent.y!, centre.x! - parent.x!) : 0;
    const shift = parent ? spread * 0.8 : 0;
    const cx = centre.x! + shift * Math.cos(away);
    const cy = centre.y! + shift * Math.sin(away);
    fresh.forEach((other, slot) => {
      const node = nodes[other]!;
      const distance = centre.radius + node.radius + 16 + 16 * Math.sqrt(slot) + 16 * Math.sqrt(partners[other]!.length - 1);
      node.x = cx + distance * Math.cos(away + slot * GOLDEN_ANGLE);
      node.y = cy + distance * Math.sin(away + slot * GOLDEN_ANGLE);
      placed[other] = 1;
      from.set(other, current);
      members.push(other);
    });
  }
  return members;
}

/**
 * Copies the view into layout nodes and links (d3 mutates what it is given): known positions and pins kept, ties
 * outside the view and self-ties dropped, links resolved to their node objects, everyone given a starting point.
 */
export function prepareGraph(
  nodes: ReadonlyArray<{ id: string; degree: number }>,
  links: ReadonlyArray<{ id: string; source: string; target: string }>,
  previous?: ReadonlyMap<string, KnownPosition>,
): { nodes: LayoutNode[]; links: LayoutLink[] } {
  const layoutNodes: LayoutNode[] = nodes.map((node) => {
    const copy: LayoutNode = { id: node.id, degree: node.degree, radius: nodeRadius(node.degree) };
    const known = previous?.get(node.id);
    if (known && Number.isFinite(known.x) && Number.isFinite(known.y)) {
      copy.x = known.x;
      copy.y = known.y;
      if (known.fx != null && known.fy != null) {
        copy.fx = known.fx;
        copy.fy = known.fy;
      }
    }
    return copy;
  });
  const byId = new Map(layoutNodes.map((node) => [node.id, node]));
  const layoutLinks: LayoutLink[] = links
    .filter((link) => byId.has(link.source) && byId.has(link.target) && link.source !== link.target)
    .map((link) => ({ id: link.id, source: byId.get(link.source)!, target: byId.get(link.target)! }));
  const fresh = !layoutNodes.some((node) => node.x !== undefined);
  if (fresh && layoutNodes.length > SEED_THRESHOLD) seedPlacement(layoutNodes, links);
  else placeNewNodes(layoutNodes, links);
  return { nodes: layoutNodes, links: layoutLinks };
}

export function createSimulation(
  nodes: ReadonlyArray<{ id: string; degree: number }>,
  links: ReadonlyArray<{ id: string; source: string; target: string }>,
  options: SimulationOptions = {},
): LayoutSimulation {
  const { nodes: layoutNodes, links: layoutLinks } = prepareGraph(nodes, links, options.previous);
  return forcesFor(layoutNodes, layoutLinks).alpha(options.alpha ?? 1);
}

/**
 * How far an organisation's repulsion reaches: 700 units up to 1,000 organisations, growing with the drawing's width
 * (the square root of their number) beyond. Cut off at 700, the middle of a big view has nothing pushing it out
 * against the pull to the centre and piles up: 57 % of a 10,000-organisation view overlapped another when the
 * layout stopped, 0 % with the reach grown (same ticks; tie-length spread 0.54 → 0.51).
 */
function chargeReach(organisations: number): number {
  return 700 * Math.sqrt(Math.max(1, organisations / 1000));
}

/** The forces, over prepared nodes and links; stopped (the caller ticks it). Large views get a cheaper tick. */
function forcesFor(layoutNodes: LayoutNode[], layoutLinks: LayoutLink[]): LayoutSimulation {
  const idOf = (end: LayoutNode | string) => (typeof end === 'string' ? end : end.id);
  // Many ties between the same two organisations should pull like one, not several times harder.
  const pairCount = new Map<string, number>();
  const pairKey = (a: string, b: string) => (a < b ? `${a}\n${b}` : `${b}\n${a}`);
  const degreeInView = new Map<string, number>();
  for (const link of layoutLinks) {
    const [source, target] = [idOf(link.source), idOf(link.target)];
    const key = pairKey(source, target);
    pairCount.set(key, (pairCount.get(key) ?? 0) + 1);
    degreeInView.set(source, (degreeInView.get(source) ?? 0) + 1);
    degreeInView.set(target, (degreeInView.get(target) ?? 0) + 1);
  }

  const simulation = forceSimulation<LayoutNode, LayoutLink>(layoutNodes)
    .force('link', forceLink<LayoutNode, LayoutLink>(layoutLinks)
      .id((node) => node.id)
      // Hubs get longer ties, so their many neighbours have room around them instead of piling up.
      .distance((link) => {
        const source = link.source as LayoutNode;
        const target = link.target as LayoutNode;
        const busiest = Math.max(degreeInView.get(source.id) ?? 1, degreeInView.get(target.id) ?? 1);
        return 28 + source.radius + target.radius + 7 * Math.sqrt(busiest);
      })
      .strength((link) => {
        const source = link.source as LayoutNode;
        const target = link.target as LayoutNode;
        const weakest = Math.min(degreeInView.get(source.id) ?? 1, degreeInView.get(target.id) ?? 1);
        // Softer than d3's default (1 / weakest), so collisions win over springs and leaves spread out.
        return 0.6 / weakest / (pairCount.get(pairKey(source.id, target.id)) ?? 1);
      }))
    .force('charge', forceManyBody<LayoutNode>().strength((node) => -180 - node.radius * 8).distanceMax(chargeReach(layoutNodes.length)).theta(0.9))
    // Three passes keep small views free of overlaps; above a few thousand one pass a tick is most of the effect
    // for a third of the cost, and the layout has a time budget there.
    .force('collide', forceCollide<LayoutNode>((node) => node.radius + 8).iterations(layoutNodes.length > CHEAP_TICK_THRESHOLD ? 1 : 3))
    // A gentle pull to the middle keeps separate components from drifting off screen.
    .force('x', forceX<LayoutNode>(0).strength(0.06))
    .force('y', forceY<LayoutNode>(0).strength(0.06))
    .stop();
  return simulation;
}

/**
 * Pushes overlapping organisations apart (collisions alone, no springs or charge), pass by pass until nothing moves
 * more than half a unit or `maxPasses` are done: the end of a layout that had to cool fast, so its picture has no
 * more overlaps than a slow one, within a time limit (`deadline`, performance.now()). Pinned and held nodes (fx, fy
 * set) stay put. Returns the passes made.
 */
export function removeOverlaps(nodes: LayoutNode[], maxPasses = 40, deadline = Infinity): number {
  const collide = forceCollide<LayoutNode>((node) => node.radius + 3).strength(0.9);
  // d3's forces index their per-node values by node.index, which only a simulation sets.
  nodes.forEach((node, index) => {
    node.index = index;
  });
  // Coincident nodes are nudged apart at random: a seeded generator keeps the result deterministic.
  let seed = 1;
  collide.initialize(nodes, () => (seed = (1664525 * seed + 1013904223) % 4294967296) / 4294967296);
  for (let pass = 1; pass <= maxPasses; pass += 1) {
    for (const node of nodes) node.vx = node.vy = 0;
    collide(1);
    let moved = 0;
    for (const node of nodes) {
      if (node.fx != null || node.fy != null) continue;
      node.x! += node.vx!;
      node.y! += node.vy!;
      moved = Math.max(moved, Math.abs(node.vx!), Math.abs(node.vy!));
      node.vx = node.vy = 0;
    }
    if (moved < 0.5 || performance.now() >= deadline) return pass;
  }
  return maxPasses;
}

/** Runs a stopped simulation until it settles (or `maxTicks`), as tests and the worker's warm-up do. */
export function settle(simulation: LayoutSimulation, maxTicks = 300): number {
  let ticks = 0;
  while (simulation.alpha() > simulation.alphaMin() && ticks < maxTicks) {
    simulation.tick();
    ticks += 1;
  }
  return ticks;
}
