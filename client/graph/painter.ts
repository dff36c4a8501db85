// Puts the scene on screen: on the main thread's canvas, or above WORKER_THRESHOLD organisations through the drawing
// worker on a canvas of its own (started with the view, so that it is ready when a big view's data arrives). Only one
// of the two canvases shows a picture; each picture that reaches the screen is announced (the renderer bench counts
// them).
import { count } from '../view-helpers.ts';
import { WORKER_THRESHOLD } from './layout.ts';
import { createRenderer, type Renderer } from './renderer.ts';
import type { Scene, ViewTransform } from './scene.ts';
import { canDrawInWorker, createWorkerRenderer } from './worker-renderer.ts';

/** While a big view's layout moves, the worker draws it at most this often (15 pictures a second). */
const LAYOUT_PICTURE_MS = 66;

export interface PaintState {
  /** The picture is in motion (fewer labels). */
  moving: boolean;
  /** A fresh small layout warms up: nothing but a word is shown. */
  warming: boolean;
  /** The layout moves the organisations. */
  layoutMoving: boolean;
}

export interface Painter {
  /** The main thread's renderer (its size, its hit-testing). */
  readonly renderer: Renderer;
  /** False when the picture cannot be drawn now (the worker is still busy): ask again next frame. */
  paint(scene: Scene, transform: ViewTransform, state: PaintState): boolean;
  resize(width: number, height: number): void;
  destroy(): void;
}

/** `announce`: a picture reached the screen, `at` in performance time, after `ms` of drawing. */
export function createPainter(canvas: HTMLCanvasElement, pictureCanvas: () => HTMLCanvasElement, announce: (at: number, ms: number) => void): Painter {
  const renderer = createRenderer(canvas, { reuseWhileMoving: true });
  const worker = canDrawInWorker() ? createWorkerRenderer(pictureCanvas(), announce) : null;
  let drawingInWorker = false;
  let workerPictureAt = 0;

  const clearMain = (scene: Scene, transform: ViewTransform) => renderer.draw({ ...scene, nodes: [], links: [] }, transform);

  function paint(scene: Scene, transform: ViewTransform, { moving, warming, layoutMoving }: PaintState): boolean {
    const inWorker = worker !== null && scene.nodes.length > WORKER_THRESHOLD && !warming;
    if (inWorker !== drawingInWorker) {
      if (inWorker) clearMain(scene, transform);
      else worker?.clear();
      drawingInWorker = inWorker;
    }
    if (worker && inWorker) {
      // One picture at a time in the worker (a slow one skips the states that came meanwhile), and while the layout
      // moves, at most one per LAYOUT_PICTURE_MS and the worker idle at least as long as it draws: on two cores the
      // layout's own worker needs the other one.
      const gap = layoutMoving ? Math.max(LAYOUT_PICTURE_MS, 2 * worker.lastPictureMs()) : 0;
      if (!worker.ready() || performance.now() - workerPictureAt < gap) return false;
      workerPictureAt = performance.now();
      worker.draw(scene, transform, moving);
    } else if (warming) {
      // Nothing is drawn while a fresh layout warms up: a tangle that unfolds is worse than a short wait.
      clearMain(scene, transform);
      renderer.message(`Arranging ${count(scene.nodes.length, 'organisation', 'organisations')}…`);
    } else {
      const started = performance.now();
      renderer.draw(scene, transform, moving);
      announce(performance.now(), performance.now() - started);
    }
    return true;
  }

  return {
    renderer,
    paint,
    resize(width, height) {
      renderer.resize(width, height);
      worker?.resize(width, height);
    },
    destroy: () => worker?.destroy(),
  };
}
