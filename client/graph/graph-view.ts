// The network on a canvas, behind update / select / highlightPath / destroy: composes the scene (what is drawn),
// the layout driver (where, and when it moves), the camera (zoom and pan), the pointer (drag to pin, click to
// select, double-click to expand), the keyboard and the pins, and runs the one frame loop that draws.
import { select, type Selection } from 'd3-selection';
import type { Path, Subgraph } from '../types.ts';
import { count } from '../view-helpers.ts';
import { createCamera } from './camera.ts';
import { createGraphElements } from './graph-elements.ts';
import { keyboardHandler } from './graph-keyboard.ts';
import { createPins } from './graph-pins.ts';
import { attachPointer, tooltipDetail } from './graph-pointer.ts';
import { createSceneState, type NodeStyle } from './graph-scene.ts';
import type { GraphStyles } from './graph-styles.ts';
import { createLayoutDriver, type SavedLayout } from './layout-driver.ts';
import { createPainter } from './painter.ts';
import type { Emphasis, SceneLink, SceneNode } from './scene.ts';
import type { TieMark } from './tie-marks.ts';

export type { NodeStyle } from './graph-scene.ts';
export type { SavedLayout } from './layout-driver.ts';

export interface GraphViewOptions {
  onSelect?: (id: string | null) => void;
  onExpand?: (id: string) => void;
  onHide?: (id: string) => void;
  /** Told when pins are added or released, so a "Release pins" button can enable itself. */
  onPinsChange?: (pinned: number) => void;
}

export interface UpdateOptions {
  /** A new view (another centre, the whole network): lay out from scratch and fit, rather than keep positions. */
  fresh?: boolean;
}

export interface GraphSnapshot {
  nodes: SceneNode[];
  links: SceneLink[];
  styles: GraphStyles;
  selected: string | null;
  emphasis: Emphasis | null;
  timeMarks: ReadonlyMap<string, TieMark>;
}

export interface GraphView {
  update(subgraph: Subgraph, options?: UpdateOptions): void;
  setNodeStyle(style: NodeStyle): void;
  setStyles(styles: GraphStyles): void;
  select(id: string | null, options?: { reveal?: boolean }): void;
  /** Pans (keeping the zoom, or zooming in a little) so the organisation sits in the middle. */
  centreOn(id: string): void;
  highlightPath(path: Path | null): void;
  /** Draws these ties for their time (ended; a comparison's added, ended, unchanged) instead of their type. */
  markTies(marks: ReadonlyMap<string, TieMark>): void;
  fit(options?: { animate?: boolean }): void;
  zoomBy(factor: number): void;
  releasePins(): void;
  unpin(id: string): void;
  isPinned(id: string): boolean;
  snapshot(): GraphSnapshot;
  layoutState(): SavedLayout;
  /**
   * Draws the next views exactly as saved: saved organisations at their positions (pinned ones stay pinned), nothing
   * moving, the saved zoom and pan. Holds until every saved organisation has been drawn (a view arrives in parts).
   */
  restoreLayout(layout: SavedLayout): void;
  /** Where an organisation is drawn, in CSS pixels from the canvas's top left (null when not drawn). */
  screenPosition(id: string): { x: number; y: number } | null;
  destroy(): void;
}

/** Above this many organisations a moving picture is drawn with fewer labels (see Pen.moving). */
const MOVING_THRESHOLD = 300;
/** After a pan or zoom, the picture counts as still (and gets all its labels) this much later. */
const STILL_AFTER_MS = 150;

/** Keeps the canvas the size of its element, telling `resized` the new size after each change. */
function observeSize(element: HTMLElement, canvas: HTMLCanvasElement, resized: (width: number, height: number) => void): ResizeObserver {
  const observer = new ResizeObserver(() => {
    const rect = element.getBoundingClientRect();
    canvas.style.width = `${rect.width}px`;
    canvas.style.height = `${rect.height}px`;
    resized(rect.width, rect.height);
  });
  observer.observe(element);
  return observer;
}

export function createGraphView(element: HTMLElement, options: GraphViewOptions = {}): GraphView {
  const elements = createGraphElements(element);
  const { canvas, tooltip } = elements;
  const painter = createPainter(canvas, elements.addPictureCanvas, (at, ms) => element.dispatchEvent(new CustomEvent('picturedrawn', { detail: { at, ms } })));
  const { renderer } = painter;
  const size = () => ({ width: renderer.width, height: renderer.height });
  const scene = createSceneState(() => invalidate());
  const canvasSelection: Selection<HTMLCanvasElement, unknown, null, undefined> = select(canvas);
  const camera = createCamera(canvasSelection, size, () => {
    tooltip.hidden = true;
    cameraMovedAt = performance.now();
    invalidate();
  });
  const driver = createLayoutDriver(scene, camera, size, () => options.onPinsChange?.(pins.count()));
  const pins = createPins(() => driver.layout, (id) => scene.item(id)?.node, (pinned) => {
    options.onPinsChange?.(pinned);
    invalidate();
  });
  let frame = 0;
  let dirty = true;
  let destroyed = false;
  let cameraMovedAt = 0;
  let drawnMoving = false;

  // ----- one requestAnimationFrame drives both the layout and the drawing -----
  /** Something visible changed: draw in the next frame. */
  function invalidate() {
    dirty = true;
    if (!frame && !destroyed) frame = requestAnimationFrame(render);
  }

  function render() {
    frame = 0;
    if (destroyed) return;
    if (driver.frame()) {
      scene.moved();
      dirty = true;
    }
    // A big picture in motion is drawn with fewer labels; once it has been still for a moment, in full.
    const moving = scene.scene.nodes.length > MOVING_THRESHOLD && (performance.now() - cameraMovedAt < STILL_AFTER_MS || Boolean(driver.layout?.placed && driver.layout.active()));
    if (drawnMoving && !moving) dirty = true;
    const phase = driver.phase();
    // Tests and styles can read the layout's phase; written only on change, so no style work every frame.
    if (element.dataset.layout !== phase) element.dataset.layout = phase;
    // Keep the frames coming while the layout moves or a timer is due, without forcing a redraw.
    if ((driver.busy() || moving) && !frame) frame = requestAnimationFrame(render);
    // A worker delivers positions at its own pace: frames without news draw nothing.
    if (!dirty) return;
    dirty = false;
    if (!painter.paint(scene.scene, camera.transform, { moving, warming: driver.warming, layoutMoving: Boolean(driver.layout?.active()) })) {
      dirty = true;
      if (!frame) frame = requestAnimationFrame(render);
      return;
    }
    drawnMoving = moving;
  }

  function update(subgraph: Subgraph, updateOptions: UpdateOptions = {}) {
    if (destroyed) return;
    driver.update(subgraph, updateOptions.fresh ?? false);
    const { organisations, ties } = scene;
    element.dataset.nodes = String(organisations.size);
    element.dataset.links = String(ties.size);
    canvas.setAttribute('aria-label', `Network of ${count(organisations.size, 'organisation', 'organisations')} and ${count(ties.size, 'tie', 'ties')}`);
  }

  function reveal(id: string, always = false) {
    const node = scene.item(id)?.node;
    if (!node || node.x === undefined || node.y === undefined || driver.warming) return;
    if (!always && camera.isOnScreen(node, 60)) return;
    camera.centre(node.x, node.y, 0.8);
  }

  const pointer = attachPointer(canvasSelection, {
    canvas,
    tooltip,
    camera,
    find: (x, y) => (driver.warming ? null : renderer.find(scene.scene, camera.transform, x, y)),
    layout: () => driver.layout,
    size,
    tooltipText: (item) => tooltipDetail(scene.styles.kind(item.org.kind).label, item.org.degree, scene.partners(item.node.id).size, item.node.fx != null),
    select: (id) => options.onSelect?.(id),
    expand: (id) => options.onExpand?.(id),
    hover: (id) => scene.hover(id),
    moved() {
      driver.stopFollowing();
      scene.moved();
      invalidate();
    },
    dropped(item) {
      options.onPinsChange?.(pins.count());
      elements.announce(`${item.org.name} pinned. Press P to release it.`);
    },
    redraw: invalidate,
  });

  const onKeyDown = keyboardHandler({
    selected: () => scene.selected,
    items: () => scene.items(),
    partners: (id) => scene.partners(id),
    styles: () => scene.styles,
    select: (id) => options.onSelect?.(id),
    expand: (id) => options.onExpand?.(id),
    hide: (id) => options.onHide?.(id),
    isPinned: pins.isPinned,
    unpin: pins.unpin,
    fit: () => driver.fit(),
    zoomBy: (factor) => camera.zoomBy(factor),
    announce: elements.announce,
  });
  canvas.addEventListener('keydown', onKeyDown);

  const resizeObserver = observeSize(element, canvas, (width, height) => {
    painter.resize(width, height);
    driver.sized();
    invalidate();
  });

  return {
    update,
    setNodeStyle: (style) => scene.setNodeStyle(style, driver.layout),
    setStyles: (styles) => scene.setStyles(styles),
    select(id, selectOptions = {}) {
      scene.select(id);
      if (id && selectOptions.reveal) reveal(id);
    },
    centreOn: (id) => reveal(id, true),
    highlightPath(next) {
      scene.highlightPath(next);
      if (scene.path) driver.bringIntoView(scene.path.nodes);
    },
    fit: (fitOptions = {}) => driver.fit(fitOptions.animate ?? true),
    zoomBy: (factor) => camera.zoomBy(factor),
    releasePins: pins.releaseAll,
    unpin: pins.unpin,
    isPinned: pins.isPinned,
    markTies: (marks) => scene.markTies(marks),
    layoutState: driver.saved,
    restoreLayout: driver.restoreNext,
    snapshot: () => {
      const { nodes, links, emphasis, timeMarks } = scene.scene;
      return { nodes, links, styles: scene.styles, selected: scene.selected, emphasis, timeMarks };
    },
    screenPosition(id) {
      const node = scene.item(id)?.node;
      if (!node || node.x === undefined || node.y === undefined || driver.warming) return null;
      return { x: node.x * camera.transform.k + camera.transform.x, y: node.y * camera.transform.k + camera.transform.y };
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      cancelAnimationFrame(frame);
      camera.destroy();
      resizeObserver.disconnect();
      pointer.destroy();
      canvas.removeEventListener('keydown', onKeyDown);
      driver.destroy();
      painter.destroy();
      elements.remove();
    },
  };
}
