// One interface over the two ways of running the force layout: ticking on the main thread inside the drawing
// frame (small views), or in a Web Worker that streams positions back (views above WORKER_THRESHOLD nodes).
import { createSimulation, type KnownPosition, type LayoutLink, type LayoutNode, type LayoutSimulation } from './simulation.ts';
import type { PositionsMessage, ToWorker } from './layout-protocol.ts';

/** Above this many organisations a tick can cost several milliseconds: the layout moves off the main thread. */
export const WORKER_THRESHOLD = 300;

export interface Layout {
  readonly nodes: LayoutNode[];
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
  /** Keeps the layout warm while something is dragged (0 lets it cool down). */
  hold(alphaTarget: number): void;
  reheat(alpha: number): void;
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
  const simulation = createSimulation(input.nodes, input.links, { ...(input.previous ? { previous: input.previous } : {}), alpha: input.alpha });
  const useWorker = (input.useWorker ?? input.nodes.length > WORKER_THRESHOLD) && typeof Worker !== 'undefined';
  return useWorker ? workerLayout(simulation) : mainThreadLayout(simulation);
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

function workerLayout(simulation: LayoutSimulation): Layout {
  const nodes = simulation.nodes();
  const links = linksOf(simulation);
  const index = new Map(nodes.map((node, position) => [node, position]));
  const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  let latest: Float32Array | null = null;
  let settled = false;
  let alpha = simulation.alpha();
  let destroyed = false;
  const send = (message: ToWorker, transfer: Transferable[] = []) => {
    if (!destroyed) worker.postMessage(message, transfer);
  };
  worker.onmessage = (event: MessageEvent<PositionsMessage>) => {
    latest = event.data.positions;
    settled = event.data.settled;
    alpha = event.data.alpha;
  };

  const positions = new Float32Array(nodes.length * 2);
  const pins = new Float32Array(nodes.length * 2);
  nodes.forEach((node, position) => {
    positions[position * 2] = node.x ?? Number.NaN;
    positions[position * 2 + 1] = node.y ?? Number.NaN;
    pins[position * 2] = node.fx ?? Number.NaN;
    pins[position * 2 + 1] = node.fy ?? Number.NaN;
  });
  const pairs = new Uint32Array(links.length * 2);
  links.forEach((link, position) => {
    pairs[position * 2] = index.get(link.source as LayoutNode) ?? 0;
    pairs[position * 2 + 1] = index.get(link.target as LayoutNode) ?? 0;
  });
  send({
    type: 'start',
    ids: nodes.map((node) => node.id),
    degrees: Float32Array.from(nodes, (node) => node.degree),
    positions,
    pins,
    links: pairs,
    alpha: simulation.alpha(),
  }, [positions.buffer, pins.buffer, pairs.buffer]);

  return {
    nodes,
    links,
    step() {
      if (!latest) return false;
      const incoming = latest;
      latest = null;
      nodes.forEach((node, position) => {
        // A node being dragged follows the pointer, not a position computed a few milliseconds ago.
        if (node.fx != null && node.fy != null) {
          node.x = node.fx;
          node.y = node.fy;
          return;
        }
        node.x = incoming[position * 2]!;
        node.y = incoming[position * 2 + 1]!;
      });
      return true;
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
    hold(alphaTarget) {
      settled = false;
      send({ type: 'alphaTarget', value: alphaTarget });
    },
    reheat(alpha) {
      settled = false;
      send({ type: 'reheat', alpha });
    },
    destroy() {
      if (destroyed) return;
      send({ type: 'stop' });
      destroyed = true;
      worker.terminate();
      simulation.stop();
    },
  };
}
