// Drawing a big view in a worker, from the main thread's side: a canvas of its own is handed to draw-worker.ts, which
// is told each frame what changed (the scene's shape and focus when they change, the places always). Hit-testing
// stays on the main thread, on the positions the layout gives it.
import { focusOf, placesOf, shapeBuffers, shapeOf, type DrawnMessage, type ToDrawWorker } from './draw-protocol.ts';
import type { Scene, ViewTransform } from './scene.ts';

/** A picture not reported drawn after this long is taken as lost (a worker that failed): the next one is sent. */
const OVERDUE_MS = 1_000;

/** Where a browser can hand a canvas to a worker (all current ones); elsewhere every view is drawn on the main thread. */
export function canDrawInWorker(): boolean {
  return typeof Worker !== 'undefined' && typeof HTMLCanvasElement !== 'undefined' && 'transferControlToOffscreen' in HTMLCanvasElement.prototype;
}

export interface WorkerRenderer {
  resize(width: number, height: number): void;
  draw(scene: Scene, transform: ViewTransform, moving: boolean): void;
  /** The last picture asked for has been drawn (or is long overdue): the worker is free for the next. */
  ready(): boolean;
  /** How long the last picture took from asking to drawn, ms. */
  lastPictureMs(): number;
  /** Empties the canvas (the view went small and is drawn on the main thread again). */
  clear(): void;
  destroy(): void;
}

/** `drawn`: a picture reached the screen, `at` in this page's performance time, after `ms` of drawing. */
export function createWorkerRenderer(canvas: HTMLCanvasElement, drawn: (at: number, ms: number) => void): WorkerRenderer {
  const offscreen = canvas.transferControlToOffscreen();
  const worker = new Worker(new URL('./draw-worker.ts', import.meta.url), { type: 'module' });
  const send = (message: ToDrawWorker, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
  send({ type: 'canvas', canvas: offscreen }, [offscreen]);
  // Asked for a picture not drawn yet, since when (0: none waiting).
  let waitingSince = 0;
  let lastPictureMs = 0;
  worker.onmessage = (event: MessageEvent<DrawnMessage>) => {
    if (waitingSince) lastPictureMs = performance.now() - waitingSince;
    waitingSince = 0;
    drawn(event.data.at - performance.timeOrigin, event.data.ms);
  };
  let sentShape: unknown[] = [];
  let sentScene: Scene | null = null;
  let sentVersion = -1;

  return {
    resize(width, height) {
      send({ type: 'size', width, height, ratio: typeof devicePixelRatio === 'number' ? devicePixelRatio : 1 });
    },
    draw(scene, transform, moving) {
      // What the shape is made of: any of these replaced means new organisations, ties, colours or marks.
      const shapeKey = [scene.nodes, scene.links, scene.styles, scene.nodeColour, scene.timeMarks];
      if (shapeKey.some((part, index) => part !== sentShape[index])) {
        const shape = shapeOf(scene);
        send({ type: 'shape', shape }, shapeBuffers(shape));
        sentShape = shapeKey;
        sentVersion = -1;
      }
      // The scene object is replaced whenever selection, hover or emphasis change (positions change in place).
      if (scene !== sentScene) {
        send({ type: 'focus', focus: focusOf(scene) });
        sentScene = scene;
      }
      waitingSince = performance.now();
      // Places go only when they changed (or a new shape needs them): a pan or zoom sends the camera alone.
      const places = scene.version !== sentVersion ? placesOf(scene) : null;
      sentVersion = scene.version;
      send({ type: 'frame', places, version: scene.version, transform: { k: transform.k, x: transform.x, y: transform.y }, moving }, places ? [places.buffer] : []);
    },
    ready: () => waitingSince === 0 || performance.now() - waitingSince > OVERDUE_MS,
    lastPictureMs: () => lastPictureMs,
    clear() {
      send({ type: 'clear' });
    },
    destroy() {
      worker.terminate();
    },
  };
}
