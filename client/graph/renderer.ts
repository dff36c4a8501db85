// Draws a scene (positioned organisations and ties) on a canvas: ties (draw-links.ts), organisations
// (draw-nodes.ts) and labels (draw-labels.ts) over what is on screen; hit-testing in hit-test.ts.
import { drawLabels, LABEL_FONT } from './draw-labels.ts';
import { drawLinks } from './draw-links.ts';
import { drawNodes, drawSelectionRings } from './draw-nodes.ts';
import { createHitTest } from './hit-test.ts';
import { worldOnScreen, type Pen } from './pen.ts';
import type { Scene, SceneNode, ViewTransform } from './scene.ts';

export interface RendererOptions {
  background?: string;
  /** Pictures for export: ignore the screen's pixel ratio and draw at this scale instead. */
  pixelRatio?: number;
  /** Draw every label that fits (exports), not only the legible ones. */
  generousLabels?: boolean;
}

export interface Renderer {
  resize(width: number, height: number): void;
  /** `moving`: the picture is in motion (see Pen.moving). */
  draw(scene: Scene, transform: ViewTransform, moving?: boolean): void;
  /** A line of text in the middle of the canvas (while a layout warms up). */
  message(text: string): void;
  /** The organisation under a point given in CSS pixels of the canvas, if any. */
  find(scene: Scene, transform: ViewTransform, x: number, y: number): SceneNode | null;
  readonly width: number;
  readonly height: number;
}

export function createRenderer(canvas: HTMLCanvasElement | OffscreenCanvas, options: RendererOptions = {}): Renderer {
  const context = canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  if (!context) throw new Error('This browser cannot draw on a canvas.');
  const ctx = context;
  let width = 0;
  let height = 0;
  let ratio = 1;
  const textWidths = new Map<string, number>();
  const find = createHitTest();

  function measure(text: string, font: string): number {
    const key = `${font}\n${text}`;
    let value = textWidths.get(key);
    if (value === undefined) {
      ctx.font = font;
      value = ctx.measureText(text).width;
      if (textWidths.size > 5000) textWidths.clear();
      textWidths.set(key, value);
    }
    return value;
  }

  function resize(w: number, h: number) {
    ratio = options.pixelRatio ?? (typeof devicePixelRatio === 'number' ? devicePixelRatio : 1);
    width = Math.max(1, Math.round(w));
    height = Math.max(1, Math.round(h));
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
  }

  function draw(scene: Scene, t: ViewTransform, moving = false) {
    clear(t);
    const pen: Pen = { ctx, ratio, generousLabels: options.generousLabels ?? false, moving, measure };
    const view = worldOnScreen(t, width, height);
    drawLinks(pen, scene, t, view);
    // Organisations: dimmed ones first so the emphasised ones sit on top.
    const visible = scene.nodes.filter((item) => {
      const { x, y, radius } = item.node;
      return x !== undefined && y !== undefined && view.onScreen(x, y, radius);
    });
    const { emphasis } = scene;
    const isDim = (item: SceneNode) => emphasis !== null && !emphasis.nodes.has(item.node.id) && item.node.id !== scene.selected;
    drawNodes(pen, scene, t, visible, isDim);
    drawSelectionRings(pen, scene, t, visible);
    drawLabels(pen, scene, visible, t, isDim);
  }

  function clear(t: ViewTransform) {
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalAlpha = 1;
    if (options.background) {
      ctx.fillStyle = options.background;
      ctx.fillRect(0, 0, canvas.width, canvas.height);
    } else {
      ctx.clearRect(0, 0, canvas.width, canvas.height);
    }
    ctx.setTransform(ratio * t.k, 0, 0, ratio * t.k, ratio * t.x, ratio * t.y);
  }

  function message(text: string) {
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.globalAlpha = 1;
    ctx.font = LABEL_FONT.replace('12px', '14px');
    ctx.fillStyle = '#566072';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(text, width / 2, height / 2);
    ctx.textAlign = 'left';
  }

  return {
    resize,
    draw,
    message,
    find,
    get width() {
      return width;
    },
    get height() {
      return height;
    },
  };
}
