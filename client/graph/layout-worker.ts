// Web Worker running the force layout for large views, so the main thread only draws. It ticks in slices of about
// 12 ms and posts the positions after each slice (transferring the buffer). Each run has a wall-clock budget: the
// cooling speeds up to end within it (layout-budget.ts), and a local run holds everything far from what changed.
import { decayFor, LOCAL_HOPS, neighbourhood, REHEAT_BUDGET_MS, TIDY_MS } from './layout-budget.ts';
import { createSimulation, removeOverlaps, type KnownPosition, type LayoutSimulation } from './simulation.ts';
import type { PositionsMessage, StartMessage, ToWorker } from './layout-protocol.ts';

const scope = self as unknown as { postMessage(message: PositionsMessage, transfer: Transferable[]): void; onmessage: ((event: MessageEvent<ToWorker>) => void) | null };

let simulation: LayoutSimulation | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
let partners: number[][] = [];
const pinned = new Set<number>();
/** Held still for this run only (far from what changed); released when it ends. */
let held: number[] = [];
let deadline = Infinity;
let msPerTick = 0;
let defaultDecay = 0;

function post(settled: boolean) {
  if (!simulation) return;
  const nodes = simulation.nodes();
  const positions = new Float32Array(nodes.length * 2);
  nodes.forEach((node, index) => {
    positions[index * 2] = node.x ?? 0;
    positions[index * 2 + 1] = node.y ?? 0;
  });
  scope.postMessage({ type: 'positions', positions, alpha: simulation.alpha(), settled }, [positions.buffer]);
}

function release() {
  const nodes = simulation?.nodes() ?? [];
  for (const index of held) {
    const node = nodes[index];
    if (node && !pinned.has(index)) node.fx = node.fy = null;
  }
  held = [];
}

/** Starts a run of `budgetMs`; with `around`, only the nodes near those move. */
function begin(budgetMs: number, around: readonly number[] | null) {
  release();
  if (simulation && around) {
    const moving = neighbourhood(around, partners, LOCAL_HOPS);
    simulation.nodes().forEach((node, index) => {
      if (moving.has(index) || pinned.has(index)) return;
      node.fx = node.x;
      node.fy = node.y;
      held.push(index);
    });
  }
  deadline = performance.now() + budgetMs;
  simulation?.alphaDecay(defaultDecay);
  if (timer === null) timer = setTimeout(run, 0);
}

function finished(sim: LayoutSimulation): boolean {
  // While something is dragged (alpha target above 0) the layout keeps going, budget or not.
  if (sim.alphaTarget() > 0) return false;
  return sim.alpha() < sim.alphaMin() || performance.now() >= deadline;
}

function run() {
  timer = null;
  const sim = simulation;
  if (!sim) return;
  const started = performance.now();
  let ticks = 0;
  while (performance.now() - started < 12) {
    if (finished(sim)) {
      // Held nodes stay held through the clean-up, so only the part that moved is tidied.
      removeOverlaps(sim.nodes(), 200, performance.now() + TIDY_MS);
      release();
      post(true);
      return;
    }
    sim.tick();
    ticks += 1;
  }
  const cost = (performance.now() - started) / ticks;
  msPerTick = msPerTick ? msPerTick * 0.7 + cost * 0.3 : cost;
  if (sim.alphaTarget() === 0) sim.alphaDecay(decayFor(sim.alpha(), sim.alphaMin(), deadline - performance.now(), msPerTick, defaultDecay));
  post(false);
  timer = setTimeout(run, 0);
}

function start(message: StartMessage) {
  const previous = new Map<string, KnownPosition>();
  pinned.clear();
  held = [];
  message.ids.forEach((id, index) => {
    const fx = message.pins[index * 2]!;
    const fy = message.pins[index * 2 + 1]!;
    if (Number.isFinite(fx)) pinned.add(index);
    previous.set(id, { x: message.positions[index * 2]!, y: message.positions[index * 2 + 1]!, ...(Number.isFinite(fx) ? { fx, fy } : {}) });
  });
  const nodes = message.ids.map((id, index) => ({ id, degree: message.degrees[index] ?? 0 }));
  const links = [];
  partners = message.ids.map(() => []);
  for (let index = 0; index + 1 < message.links.length; index += 2) {
    const [a, b] = [message.links[index]!, message.links[index + 1]!];
    links.push({ id: String(index / 2), source: message.ids[a]!, target: message.ids[b]! });
    partners[a]!.push(b);
    partners[b]!.push(a);
  }
  simulation = createSimulation(nodes, links, { previous, alpha: message.alpha });
  defaultDecay = simulation.alphaDecay();
  msPerTick = 0;
  begin(message.budgetMs, message.around ? [...message.around] : null);
}

scope.onmessage = (event) => {
  const message = event.data;
  const node = 'index' in message ? simulation?.nodes()[message.index] : undefined;
  switch (message.type) {
    case 'start':
      start(message);
      break;
    case 'pin':
      if (node) {
        node.fx = message.x;
        node.fy = message.y;
        pinned.add(message.index);
      }
      break;
    case 'unpin':
      if (node) node.fx = node.fy = null;
      pinned.delete(message.index);
      break;
    case 'alphaTarget':
      simulation?.alphaTarget(message.value);
      if (message.value > 0 && simulation && simulation.alpha() < message.value) simulation.alpha(message.value);
      // A drag starts a local run; letting go gives the neighbourhood a short time to settle.
      begin(REHEAT_BUDGET_MS, message.around);
      break;
    case 'reheat':
      simulation?.alpha(Math.max(simulation.alpha(), message.alpha));
      begin(REHEAT_BUDGET_MS, message.around);
      break;
    case 'stop':
      if (timer !== null) clearTimeout(timer);
      timer = null;
      simulation = null;
      break;
  }
};
