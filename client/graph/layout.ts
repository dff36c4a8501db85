// One interface over the two ways of running the force layout: ticking on the main thread inside the drawing
// frame (small views), or in a Web Worker that streams positions back (views above WORKER_THRESHOLD nodes). A
// worker layout has its positions from the start (seedPlacement, or where everyone was), so it can be drawn at once.
import { layoutBudgetMs } from './layout-budget.ts';
import { createSimulation, prepareGraph, type KnownPosition, type LayoutLink, type LayoutNode, type LayoutSimulation } from './simulation.ts';
import type { PositionsMessage, ToWorker } from './layout-protocol.ts';

/** Above this many organisations a tick can cost several milliseconds: the layout moves off the main thread. */
export const WORKER_THRESHOLD = 300;

export interface Layout {
  readonly nodes: LayoutNode[];
  /** Every node has a sensible position from the start (a worker layout): it can be drawn at once. */
  readonly placed: boolean;
  /** Links with `source` and `target` resolved to the node objects above. */
  readonly links: LayoutLink[];
  /** Advances the layout for this frame (within a time budget and a number of ticks); true when positions changed. */
  step(budgetMs: number, maxTicks?: number): boolean;
  active(): boolean;
  /** How hot the layout still is (1 = fresh start, below ~0.001 = settled). */
  alpha(): number;
  /** Pins a node where it is dropped (and while it is dragged). */
  pin(node: LayoutNode, x: number, y: number): void;
  unpin(node: LayoutNode): void;
  /** Keeps the layout warm while `around` is dragged (0 lets it cool down); a big view moves only near it. */
  hold(alphaTarget: number, around?: LayoutNode): void;
  /** Warms the layout up again; a big view moves only near `around` (everywhere when not given). */
  reheat(alpha: number, around?: readonly LayoutNode[]): void;
  destroy(): void;
}

export interface LayoutInput {
  nodes: ReadonlyArray<{ id: string; degree: number }>;
  links: ReadonlyArray<{ id: string; source: string; target: string }>;
  previous?: ReadonlyMap<string, KnownPosition>;
  alpha: number;
  /** Force a choice (tests, benchmarks); by default the worker is used above WORKER_THRESHOLD nodes. */
  useWorker?: boolean;
}

export function createLayout(input: LayoutInput): Layout {
  const useWorker = (input.useWorker ?? input.nodes.length > WORKER_THRESHOLD) && typeof Worker !== 'undefined';
  if (useWorker) return workerLayout(input);
  return mainThreadLayout(createSimulation(input.nodes, input.links, { ...(input.previous ? { previous: input.previous } : {}), alpha: input.alpha }));
}

function linksOf(simulation: LayoutSimulation): LayoutLink[] {
  const force = simulation.force('link') as unknown as { links(): LayoutLink[] } | undefined;
  return force?.links() ?? [];
}

function mainThreadLayout(simulation: LayoutSimulation): Layout {
  let destroyed = false;
  const running = () => !destroyed && (simulation.alpha() >= simulation.alphaMin() || simulation.alphaTarget() > 0);
  return {
    nodes: simulation.nodes(),
    placed: false,
    links: linksOf(simulation),
    step(budgetMs, maxTicks = Infinity) {
      if (!running()) return false;
      const started = performance.now();
      let ticks = 0;
      // Several ticks per frame while warming up (nothing is drawn yet); few afterwards, so movement stays visible.
      do {
        simulation.tick();
        ticks += 1;
      } while (running() && ticks < maxTicks && performance.now() - started < budgetMs);
      return true;
    },
    active: running,
    alpha: () => simulation.alpha(),
    pin(node, x, y) {
      node.fx = x;
      node.fy = y;
    },
    unpin(node) {
      node.fx = node.fy = null;
    },
    hold(alphaTarget) {
      simulation.alphaTarget(alphaTarget);
      if (alphaTarget > 0 && simulation.alpha() < alphaTarget) simulation.alpha(alphaTarget);
    },
    reheat(alpha) {
      simulation.alpha(Math.max(simulation.alpha(), alpha));
    },
    destroy() {
      destroyed = true;
      simulation.stop();
    },
  };
}

/** Float pairs (x, y) per node, NaN where absent. */
function pairsOf(nodes: readonly LayoutNode[], pick: (node: LayoutNode) => [number | null | undefined, number | null | undefined]): Float32Array {
  const pairs = new Float32Array(nodes.length * 2);
  nodes.forEach((node, position) => {
    const [x, y] = pick(node);
    pairs[position * 2] = x ?? Number.NaN;
    pairs[position * 2 + 1] = y ?? Number.NaN;
  });
  return pairs;
}

/** Below this much movement (world units) a batch of positions is not worth a redraw. */
const STILL = 0.05;

function workerLayout(input: LayoutInput): Layout {
  const { nodes, links } = prepareGraph(input.nodes, input.links, input.previous);
  const index = new Map(nodes.map((node, position) => [node, position]));
  const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  let latest: Float32Array | null = null;
  let settled = false;
  let alpha = input.alpha;
  let destroyed = false;
  const send = (message: ToWorker, transfer: Transferable[] = []) => {
    if (!destroyed) worker.postMessage(message, transfer);
  };
  const indices = (list: readonly LayoutNode[]) => list.flatMap((node) => (index.has(node) ? [index.get(node)!] : []));
  worker.onmessage = (event: MessageEvent<PositionsMessage>) => {
    latest = event.data.positions;
    settled = event.data.settled;
    alpha = event.data.alpha;
  };

  // An update of a view already drawn moves only the newcomers' surroundings; a fresh view moves everything.
  const newcomers = input.previous?.size ? nodes.filter((node) => !input.previous!.has(node.id)) : null;
  const positions = pairsOf(nodes, (node) => [node.x, node.y]);
  const pins = pairsOf(nodes, (node) => [node.fx, node.fy]);
  const pairs = new Uint32Array(links.length * 2);
  links.forEach((link, position) => {
    pairs[position * 2] = index.get(link.source as LayoutNode) ?? 0;
    pairs[position * 2 + 1] = index.get(link.target as LayoutNode) ?? 0;
  });
  const around = newcomers ? Uint32Array.from(indices(newcomers)) : null;
  send({
    type: 'start',
    ids: nodes.map((node) => node.id),
    degrees: Float32Array.from(nodes, (node) => node.degree),
    positions,
    pins,
    links: pairs,
    alpha: input.alpha,
    budgetMs: layoutBudgetMs(nodes.length),
    around,
  }, [positions.buffer, pins.buffer, pairs.buffer, ...(around ? [around.buffer] : [])]);

  return {
    nodes,
    placed: true,
    links,
    step() {
      if (!latest) return false;
      const incoming = latest;
      latest = null;
      let moved = 0;
      nodes.forEach((node, position) => {
        // A node being dragged follows the pointer, not a position computed a few milliseconds ago.
        if (node.fx != null && node.fy != null) {
          node.x = node.fx;
          node.y = node.fy;
          return;
        }
        const x = incoming[position * 2]!;
        const y = incoming[position * 2 + 1]!;
        moved = Math.max(moved, Math.abs(x - node.x!), Math.abs(y - node.y!));
        node.x = x;
        node.y = y;
      });
      return moved > STILL;
    },
    active: () => !destroyed && (!settled || latest !== null),
    alpha: () => alpha,
    pin(node, x, y) {
      node.fx = node.x = x;
      node.fy = node.y = y;
      send({ type: 'pin', index: index.get(node) ?? -1, x, y });
    },
    unpin(node) {
      node.fx = node.fy = null;
      send({ type: 'unpin', index: index.get(node) ?? -1 });
    },
    hold(alphaTarget, near) {
      settled = false;
      send({ type: 'alphaTarget', value: alphaTarget, around: near ? indices([near]) : null });
    },
    reheat(value, near) {
      settled = false;
      send({ type: 'reheat', alpha: value, around: near ? indices(near) : null });
    },
    destroy() {
      if (destroyed) return;
      send({ type: 'stop' });
      destroyed = true;
      worker.terminate();
    },
  };
}
