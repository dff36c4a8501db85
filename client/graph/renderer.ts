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
  /** Move the picture already drawn while only the camera moves (see pictureCache); off for pictures drawn once. */
  reuseWhileMoving?: boolean;
  /** Pictures for export: ignore the screen's pixel ratio and draw at this scale instead. */
  pixelRatio?: number;
  /** Draw every label that fits (exports), not only the legible ones. */
  generousLabels?: boolean;
}

export interface Renderer {
  /** In CSS pixels; `ratio`: device pixels per CSS pixel (by default the screen's, or the pixelRatio option). */
  resize(width: number, height: number, ratio?: number): void;
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
      // Room for every label of a 20,000-organisation view in both fonts: a smaller cache would be emptied every picture.
      if (textWidths.size > 50_000) textWidths.clear();
      textWidths.set(key, value);
    }
    return value;
  }

  function resize(w: number, h: number, screenRatio?: number) {
    ratio = options.pixelRatio ?? screenRatio ?? (typeof devicePixelRatio === 'number' ? devicePixelRatio : 1);
    width = Math.max(1, Math.round(w));
    height = Math.max(1, Math.round(h));
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
  }

  const cache = options.reuseWhileMoving ? pictureCache() : null;
  let drawnScene: Scene | null = null;
  let drawnVersion = -1;

  function draw(scene: Scene, t: ViewTransform, moving = false) {
    const onlyCameraMoved = scene === drawnScene && scene.version === drawnVersion;
    drawnScene = scene;
    drawnVersion = scene.version;
    // A picture in motion with new content (a layout moving everyone) would be of no use to the next one: drawn
    // straight on screen, it costs a fifth of the pixels the cache's margin adds.
    if (cache && scene.nodes.length > CACHED_ABOVE && (onlyCameraMoved || !moving)) {
      clear({ k: 1, x: 0, y: 0 });
      cache.show(ctx, scene, t, { width, height, ratio, moving });
      return;
    }
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
    drawnScene = null;
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

/** Pictures of more organisations than this go through the picture cache (when the renderer has one). */
const CACHED_ABOVE = 300;
/** Beyond these scales of the camera against the cached picture's, it is drawn again rather than stretched. */
const CACHE_SCALES = [0.5, 2.5];
/** The cached picture's area, device pixels, at most: a margin that would make it bigger is cut. */
const CACHE_PIXELS = 16_000_000;

interface CacheRequest {
  width: number;
  height: number;
  ratio: number;
  moving: boolean;
}

/**
 * A big picture is drawn on a larger canvas, with a margin all round, and copied to the screen. While only the camera
 * moves (a pan or a zoom), the copy moves and scales with it: an image copied instead of thousands of ties rasterised
 * again every frame. It is drawn again when anything else changes, when the camera strays beyond its margin or scale,
 * and at rest unless it was drawn at rest for exactly this camera (a picture in motion has fewer labels).
 */
function pictureCache() {
  let canvas: OffscreenCanvas | HTMLCanvasElement | null = null;
  let renderer: Renderer | null = null;
  // What the cached picture shows: which scene and positions, seen from where.
  let at: (ViewTransform & { margin: number; moving: boolean; scene: Scene; version: number }) | null = null;

  /** Where the cached picture lands on screen for camera `t`, or null when it would not cover the screen. */
  function placement(t: ViewTransform, width: number, height: number) {
    if (!at || !renderer) return null;
    const scale = t.k / at.k;
    if (scale < CACHE_SCALES[0]! || scale > CACHE_SCALES[1]!) return null;
    const x = t.x - scale * (at.margin + at.x);
    const y = t.y - scale * (at.margin + at.y);
    const w = scale * renderer.width;
    const h = scale * renderer.height;
    return x <= 0 && y <= 0 && x + w >= width && y + h >= height ? { x, y, w, h } : null;
  }

  function paint(scene: Scene, t: ViewTransform, { width, height, ratio, moving }: CacheRequest) {
    // A worker has no document; an OffscreenCanvas works on either side where it exists.
    canvas ??= typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1) : document.createElement('canvas');
    renderer ??= createRenderer(canvas);
    const most = Math.floor((Math.sqrt(CACHE_PIXELS) / ratio - Math.max(width, height)) / 2);
    const margin = Math.max(0, Math.min(Math.round(Math.max(width, height) / 2), most));
    if (renderer.width !== width + margin * 2 || renderer.height !== height + margin * 2) renderer.resize(width + margin * 2, height + margin * 2, ratio);
    renderer.draw(scene, { k: t.k, x: t.x + margin, y: t.y + margin }, moving);
    at = { k: t.k, x: t.x, y: t.y, margin, moving, scene, version: scene.version };
  }

  return {
    show(ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D, scene: Scene, t: ViewTransform, request: CacheRequest) {
      const same = at !== null && at.k === t.k && at.x === t.x && at.y === t.y;
      const holds = at !== null && at.scene === scene && at.version === scene.version;
      const reusable = holds && (request.moving || (!at?.moving && same));
      let place = reusable ? placement(t, request.width, request.height) : null;
      if (!place) {
        paint(scene, t, request);
        place = placement(t, request.width, request.height)!;
      }
      ctx.setTransform(request.ratio, 0, 0, request.ratio, 0, 0);
      ctx.drawImage(canvas!, place.x, place.y, place.w, place.h);
    },
  };
}
