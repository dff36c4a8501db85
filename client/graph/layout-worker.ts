// Web Worker running the force layout for large views, so the main thread only draws. It ticks in slices of about
// 12 ms and posts the positions after each slice (transferring the buffer).
import { createSimulation, type KnownPosition, type LayoutSimulation } from './simulation.ts';
import type { PositionsMessage, ToWorker } from './layout-protocol.ts';

const scope = self as unknown as { postMessage(message: PositionsMessage, transfer: Transferable[]): void; onmessage: ((event: MessageEvent<ToWorker>) => void) | null };

let simulation: LayoutSimulation | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;

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

function run() {
  timer = null;
  if (!simulation) return;
  const started = performance.now();
  while (performance.now() - started < 12) {
    if (simulation.alpha() < simulation.alphaMin()) {
      post(true);
      return;
    }
    simulation.tick();
  }
  post(false);
  timer = setTimeout(run, 0);
}

function wake() {
  if (timer === null) timer = setTimeout(run, 0);
}

scope.onmessage = (event) => {
  const message = event.data;
  switch (message.type) {
    case 'start': {
      const previous = new Map<string, KnownPosition>();
      message.ids.forEach((id, index) => {
        const x = message.positions[index * 2]!;
        const y = message.positions[index * 2 + 1]!;
        const fx = message.pins[index * 2]!;
        const fy = message.pins[index * 2 + 1]!;
        if (Number.isFinite(x) && Number.isFinite(y)) previous.set(id, { x, y, ...(Number.isFinite(fx) ? { fx, fy } : {}) });
      });
      const nodes = message.ids.map((id, index) => ({ id, degree: message.degrees[index] ?? 0 }));
      const links = [];
      for (let index = 0; index + 1 < message.links.length; index += 2) {
        links.push({ id: String(index / 2), source: message.ids[message.links[index]!]!, target: message.ids[message.links[index + 1]!]! });
      }
      simulation = createSimulation(nodes, links, { previous, alpha: message.alpha });
      wake();
      break;
    }
    case 'pin': {
      const node = simulation?.nodes()[message.index];
      if (node) {
        node.fx = message.x;
        node.fy = message.y;
      }
      break;
    }
    case 'unpin': {
      const node = simulation?.nodes()[message.index];
      if (node) node.fx = node.fy = null;
      break;
    }
    case 'alphaTarget':
      simulation?.alphaTarget(message.value);
      if (message.value > 0) wake();
      break;
    case 'reheat':
      simulation?.alpha(Math.max(simulation.alpha(), message.alpha));
      wake();
      break;
    case 'stop':
      if (timer !== null) clearTimeout(timer);
      timer = null;
      simulation = null;
      break;
  }
};
