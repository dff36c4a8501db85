// Web Worker drawing a big view on an OffscreenCanvas handed over by the graph view (worker-renderer.ts), with the
// same renderer as the main thread: rasterising thousands of ties is most of a frame, and here it leaves the main
// thread free for input. Messages only update what is to be drawn; the drawing happens once the messages waiting have
// been read, with the latest of everything, so a slow picture drops intermediate states rather than queueing them.
import { applyPlaces, sceneFromShape, type DrawnMessage, type SceneFocus, type ToDrawWorker } from './draw-protocol.ts';
import { createStyles } from './graph-styles.ts';
import { createRenderer, type Renderer } from './renderer.ts';
import type { Scene, ViewTransform } from './scene.ts';

interface WorkerScope {
  postMessage(message: DrawnMessage): void;
  onmessage: ((event: MessageEvent<ToDrawWorker>) => void) | null;
}
const scope = self as unknown as WorkerScope;

let renderer: Renderer | null = null;
let focus: SceneFocus = { selected: null, hovered: null, emphasis: null, labelBoost: new Set() };
let scene: Scene | null = null;
const blank: Scene = { nodes: [], links: [], styles: createStyles(null), ...focus, version: 0, timeMarks: new Map() };
type Next = { type: 'frame'; transform: ViewTransform; moving: boolean } | { type: 'clear' };
let next: Next | null = null;
let last: Next | null = null;
let scheduled = false;

function draw() {
  scheduled = false;
  const job = next;
  next = null;
  if (!renderer || !job) return;
  const started = performance.now();
  if (job.type === 'frame') {
    if (!scene) return;
    renderer.draw(scene, job.transform, job.moving);
  } else {
    renderer.draw(blank, { k: 1, x: 0, y: 0 });
  }
  last = job;
  scope.postMessage({ type: 'drawn', at: performance.timeOrigin + performance.now(), ms: performance.now() - started });
}

function schedule(job: Next) {
  next = job;
  if (scheduled) return;
  scheduled = true;
  // At once rather than at the worker's next animation frame: the graph view sends a frame only when the last one
  // has been drawn, at its own frame rate, and an answer one frame late would halve it.
  setTimeout(draw, 0);
}

scope.onmessage = (event) => {
  const message = event.data;
  switch (message.type) {
    case 'canvas':
      renderer = createRenderer(message.canvas, { reuseWhileMoving: true });
      break;
    case 'size':
      renderer?.resize(message.width, message.height, message.ratio);
      // A resized canvas is blank: draw again what was there.
      if (last) schedule(next ?? last);
      break;
    case 'shape':
      // Always followed by a frame with the places.
      scene = sceneFromShape(message.shape, focus);
      break;
    case 'focus':
      focus = message.focus;
      if (scene) scene = { ...scene, ...focus };
      break;
    case 'frame':
      if (scene && message.places) applyPlaces(scene, message.places, message.version);
      schedule({ type: 'frame', transform: message.transform, moving: message.moving });
      break;
    case 'clear':
      schedule({ type: 'clear' });
      break;
  }
};
