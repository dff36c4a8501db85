// The network on a canvas: keeps the layout, the renderer and the interactions (zoom, pan, drag to pin, click to
// select, double-click to expand, arrow keys between neighbours) together behind update / highlightPath / destroy.
import { select, type Selection } from 'd3-selection';
import { drag as d3drag, type D3DragEvent } from 'd3-drag';
import { zoom as d3zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { uid } from '../dom.ts';
import type { Organisation, Path, Subgraph, Tie } from '../types.ts';
import { boundsOf, fitTransform, parallelBends } from './geometry.ts';
import { createStyles, type GraphStyles } from './graph-styles.ts';
import { adjacency, count, neighbourhoodHighlight, pathHighlight, stepInDirection, type Highlight } from './highlight.ts';
import { createLayout, type Layout } from './layout.ts';
import { createRenderer, type Emphasis, type Scene, type SceneLink, type SceneNode, type ViewTransform } from './renderer.ts';
import { nodeRadius, type KnownPosition, type LayoutNode } from './simulation.ts';
import type { TieMark } from './tie-marks.ts';

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

/** Size and colour other than by ties and kind (the analysis's "Size by", "Colour by"); null, or a null answer, keeps the default. */
export interface NodeStyle {
  radius: ((id: string) => number | null) | null;
  colour: ((id: string) => string | null) | null;
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
  /** Where an organisation is drawn, in CSS pixels from the canvas's top left (null when not drawn). */
  screenPosition(id: string): { x: number; y: number } | null;
  destroy(): void;
}

const MAX_LABEL = 26;
const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export function shortLabel(org: Pick<Organisation, 'name' | 'shortName'>): string {
  if (org.name.length <= MAX_LABEL) return org.name;
  if (org.shortName && org.shortName.length <= MAX_LABEL) return org.shortName;
  return `${org.name.slice(0, MAX_LABEL - 1).trimEnd()}…`;
}

export function createGraphView(element: HTMLElement, options: GraphViewOptions = {}): GraphView {
  const canvas = document.createElement('canvas');
  canvas.className = 'graph-canvas';
  canvas.tabIndex = 0;
  canvas.setAttribute('role', 'application');
  canvas.setAttribute('aria-roledescription', 'network diagram');
  const hintId = uid('graph-hint');
  const hint = document.createElement('p');
  hint.id = hintId;
  hint.className = 'visually-hidden';
  hint.textContent = 'Arrow keys move between connected organisations. Enter or E expands the selected one, H hides it, '
    + 'P releases its pin, F fits the network to the screen, plus and minus zoom, Escape clears the selection. '
    + 'The table view lists the same organisations and ties.';
  canvas.setAttribute('aria-describedby', hintId);
  const announcer = document.createElement('p');
  announcer.className = 'visually-hidden';
  announcer.setAttribute('aria-live', 'polite');
  const tooltip = document.createElement('div');
  tooltip.className = 'graph-tooltip';
  tooltip.hidden = true;
  element.append(canvas, hint, announcer, tooltip);

  const renderer = createRenderer(canvas);
  let styles = createStyles(null);
  let layout: Layout | null = null;
  let nodeKey = '';
  let linkKey = '';
  let orgs = new Map<string, Organisation>();
  let ties = new Map<string, Tie>();
  let neighbours = new Map<string, Set<string>>();
  let nodeStyle: NodeStyle = { radius: null, colour: null };
  let scene: Scene = { nodes: [], links: [], styles, selected: null, hovered: null, emphasis: null, labelBoost: new Set(), version: 0, timeMarks: new Map(), nodeColour: null };
  let byId = new Map<string, SceneNode>();
  let selected: string | null = null;
  let hovered: string | null = null;
  let path: Highlight | null = null;
  let transform: ViewTransform = { k: 1, x: 0, y: 0 };
  let warming = false;
  let warmingSince = 0;
  // After an expansion: a moment later, zoom out if newcomers landed off screen.
  let refitAt = 0;
  let pendingFit = false;
  let frame = 0;
  let dirty = true;
  let destroyed = false;
  let animation = 0;

  const canvasSelection: Selection<HTMLCanvasElement, unknown, null, undefined> = select(canvas);

  // ----- drawing loop: one requestAnimationFrame drives both the layout (main thread) and the drawing -----
  /** Something visible changed: draw in the next frame. */
  function invalidate() {
    dirty = true;
    schedule();
  }

  /** Keep the frame loop going (the layout is moving, or a timer is due) without forcing a redraw. */
  function schedule() {
    if (!frame && !destroyed) frame = requestAnimationFrame(render);
  }

  function render() {
    frame = 0;
    if (destroyed) return;
    if (layout) {
      const moved = layout.step(warming ? 14 : 6, warming ? Infinity : 2);
      if (moved) {
        scene.version += 1;
        dirty = true;
      }
      // Warm up until the layout is nearly still, but never keep people waiting more than a second and a half.
      if (warming && (layout.alpha() < 0.03 || !layout.active() || performance.now() - warmingSince > 1500)) {
        warming = false;
        pendingFit = true;
        dirty = true;
      }
    }
    if (refitAt && performance.now() >= refitAt && !warming) {
      refitAt = 0;
      if (layout && layout.nodes.some((node) => !isOnScreen(node, 10))) fit({ animate: true });
    }
    if (pendingFit && renderer.width > 1) {
      pendingFit = false;
      fit({ animate: false });
    }
    const phase = warming ? 'warming' : layout?.active() ? 'running' : 'settled';
    // Tests and styles can read the layout's phase; written only on change, so no style work every frame.
    if (element.dataset.layout !== phase) element.dataset.layout = phase;
    if (layout?.active() || warming || refitAt) schedule();
    // A worker delivers positions at its own pace: frames without news draw nothing.
    if (!dirty) return;
    dirty = false;
    if (warming) {
      // Nothing is drawn while a fresh layout warms up: a tangle that unfolds is worse than a short wait.
      renderer.draw({ ...scene, nodes: [], links: [] }, transform);
      renderer.message(`Arranging ${count(scene.nodes.length, 'organisation', 'organisations')}…`);
    } else {
      renderer.draw(scene, transform);
    }
  }

  // ----- scene -----
  function emphasis(): Emphasis | null {
    if (path) return { nodes: path.nodes, links: path.links, dimTo: 0.14, halo: true };
    if (selected && byId.has(selected)) {
      const around = neighbourhoodHighlight(selected, [...ties.values()]);
      return { nodes: around.nodes, links: around.links, dimTo: 0.3, halo: false };
    }
    return null;
  }

  function refreshScene() {
    const boost = new Set<string>();
    for (const id of [hovered, selected]) {
      if (id) for (const other of neighbours.get(id) ?? []) boost.add(other);
    }
    scene = { ...scene, styles, selected, hovered, emphasis: emphasis(), labelBoost: boost };
    invalidate();
  }

  function applyRadii(active: Layout) {
    for (const node of active.nodes) node.radius = nodeStyle.radius?.(node.id) ?? nodeRadius(node.degree);
  }

  function buildScene(active: Layout) {
    applyRadii(active);
    const degrees = active.nodes.map((node) => node.degree).sort((a, b) => b - a);
    // The best-connected eighth of the view (at least 8, at most 40) is always labelled; the rest wait for zoom
    // or hover. Past 40, always-on labels only cover each other (and text is the costliest thing to draw).
    const cut = degrees[Math.min(40, Math.max(7, Math.floor(degrees.length / 8)))] ?? 0;
    const nodes: SceneNode[] = [];
    for (const node of active.nodes) {
      const org = orgs.get(node.id);
      if (!org) continue;
      nodes.push({ node, org, important: node.degree > cut || (degrees.length <= 12 && node.degree > 0), label: shortLabel(org), fullLabel: org.name });
    }
    const bends = parallelBends([...ties.values()]);
    const links: SceneLink[] = [];
    for (const link of active.links) {
      const tie = ties.get(link.id);
      if (!tie) continue;
      const bend = bends.get(link.id) ?? { bend: 0, flip: false };
      links.push({ link, tie, bend: bend.bend, flip: bend.flip });
    }
    byId = new Map(nodes.map((item) => [item.node.id, item]));
    scene = { ...scene, nodes, links, version: scene.version + 1 };
    refreshScene();
  }

  /** Where everything is now (pins included), for the next layout to start from. */
  function knownPositions(): Map<string, KnownPosition> {
    const known = new Map<string, KnownPosition>();
    for (const node of layout?.nodes ?? []) {
      if (node.x !== undefined && node.y !== undefined) known.set(node.id, { x: node.x, y: node.y, fx: node.fx ?? null, fy: node.fy ?? null });
    }
    return known;
  }

  function update(subgraph: Subgraph, updateOptions: UpdateOptions = {}) {
    if (destroyed) return;
    orgs = new Map(subgraph.nodes.map((node) => [node.id, node]));
    ties = new Map(subgraph.links.filter((link) => orgs.has(link.source) && orgs.has(link.target)).map((link) => [link.id, link]));
    neighbours = adjacency([...ties.values()]);
    const nextNodeKey = [...orgs.keys()].sort().join('\n');
    const nextLinkKey = [...ties.keys()].sort().join('\n');
    element.dataset.nodes = String(orgs.size);
    element.dataset.links = String(ties.size);
    canvas.setAttribute('aria-label', `Network of ${count(orgs.size, 'organisation', 'organisations')} and ${count(ties.size, 'tie', 'ties')}`);
    if (layout && !updateOptions.fresh && nextNodeKey === nodeKey && nextLinkKey === linkKey) {
      buildScene(layout);
      return;
    }
    const fresh = updateOptions.fresh || !layout || layout.nodes.length === 0;
    const previous = fresh ? new Map<string, KnownPosition>() : knownPositions();
    const newcomers = [...orgs.keys()].filter((id) => !previous.has(id)).length;
    layout?.destroy();
    layout = createLayout({
      nodes: subgraph.nodes,
      links: [...ties.values()],
      previous,
      // A fresh view starts hot; an expansion only warms things enough for newcomers to find their place.
      alpha: fresh ? 1 : newcomers > 0 ? 0.3 : 0.05,
    });
    nodeKey = nextNodeKey;
    linkKey = nextLinkKey;
    warming = fresh && orgs.size > 0;
    warmingSince = performance.now();
    refitAt = !fresh && newcomers > 0 ? performance.now() + 500 : 0;
    buildScene(layout);
    options.onPinsChange?.(pinnedCount());
  }

  // ----- zoom and pan -----
  const zoomBehaviour: ZoomBehavior<HTMLCanvasElement, unknown> = d3zoom<HTMLCanvasElement, unknown>()
    .scaleExtent([0.05, 8])
    .on('zoom', (event: { transform: ZoomTransform }) => {
      transform = { k: event.transform.k, x: event.transform.x, y: event.transform.y };
      tooltip.hidden = true;
      invalidate();
    });

  function setTransform(target: ViewTransform, animate: boolean) {
    cancelAnimationFrame(animation);
    const apply = (t: ViewTransform) => canvasSelection.call(zoomBehaviour.transform, zoomIdentity.translate(t.x, t.y).scale(t.k));
    if (!animate || reducedMotion()) {
      apply(target);
      return;
    }
    const start = { ...transform };
    const began = performance.now();
    const duration = 450;
    const tick = (now: number) => {
      const p = Math.min(1, (now - began) / duration);
      const e = p < 0.5 ? 4 * p * p * p : 1 - (-2 * p + 2) ** 3 / 2;
      // Scale interpolates geometrically, so zooming in and out feel equally fast.
      const k = start.k * (target.k / start.k) ** e;
      apply({ k, x: start.x + (target.x - start.x) * e, y: start.y + (target.y - start.y) * e });
      if (p < 1) animation = requestAnimationFrame(tick);
    };
    animation = requestAnimationFrame(tick);
  }

  function fitTo(nodes: LayoutNode[], animate: boolean, maxScale = 1.6) {
    const bounds = boundsOf(nodes);
    if (!bounds || renderer.width <= 1) return;
    // Room below for labels, and a little more padding on small screens.
    bounds.y1 += 18;
    // Labels hang below and spread sideways from their nodes: leave room for about half a label at the sides.
    const padding = { x: Math.min(96, Math.max(24, renderer.width * 0.13)), y: Math.min(40, Math.max(16, renderer.height * 0.05)) };
    setTransform(fitTransform(bounds, renderer.width, renderer.height, padding, maxScale), animate);
  }

  function fit(fitOptions: { animate?: boolean } = {}) {
    if (!layout) return;
    if (renderer.width <= 1) {
      pendingFit = true;
      return;
    }
    fitTo(layout.nodes, fitOptions.animate ?? true);
  }

  function isOnScreen(node: LayoutNode, margin = 20): boolean {
    if (node.x === undefined || node.y === undefined) return false;
    const sx = node.x * transform.k + transform.x;
    const sy = node.y * transform.k + transform.y;
    return sx >= margin && sy >= margin && sx <= renderer.width - margin && sy <= renderer.height - margin;
  }

  function reveal(id: string, always = false) {
    const node = byId.get(id)?.node;
    if (!node || node.x === undefined || node.y === undefined || warming) return;
    if (!always && isOnScreen(node, 60)) return;
    const k = Math.max(transform.k, 0.8);
    setTransform({ k, x: renderer.width / 2 - node.x * k, y: renderer.height / 2 - node.y * k }, true);
  }

  // ----- pointer interactions -----
  let dragged: { item: SceneNode; wasPinned: boolean; moved: boolean } | null = null;
  const toWorld = (x: number, y: number): [number, number] => [(x - transform.x) / transform.k, (y - transform.y) / transform.k];

  const dragBehaviour = d3drag<HTMLCanvasElement, unknown, { item: SceneNode; x: number; y: number }>()
    .container(canvas)
    .clickDistance(4)
    .subject((event: D3DragEvent<HTMLCanvasElement, unknown, unknown>) => {
      const item = warming ? null : renderer.find(scene, transform, event.x, event.y);
      if (!item) return null as unknown as { item: SceneNode; x: number; y: number };
      return { item, x: item.node.x! * transform.k + transform.x, y: item.node.y! * transform.k + transform.y };
    })
    .on('start', (event: D3DragEvent<HTMLCanvasElement, unknown, { item: SceneNode; x: number; y: number }>) => {
      dragged = { item: event.subject.item, wasPinned: event.subject.item.node.fx != null, moved: false };
      canvas.classList.add('is-dragging');
    })
    .on('drag', (event: D3DragEvent<HTMLCanvasElement, unknown, { item: SceneNode; x: number; y: number }>) => {
      if (!dragged || !layout) return;
      if (!dragged.moved) {
        dragged.moved = true;
        layout.hold(0.2);
      }
      const [x, y] = toWorld(event.x, event.y);
      layout.pin(dragged.item.node, x, y);
      tooltip.hidden = true;
      scene.version += 1;
      invalidate();
    })
    .on('end', () => {
      canvas.classList.remove('is-dragging');
      if (dragged?.moved && layout) {
        // The node stays where it was dropped (pinned) until released: positions people choose are kept.
        layout.hold(0);
        options.onPinsChange?.(pinnedCount());
        announce(`${dragged.item.org.name} pinned. Press P to release it.`);
      }
      dragged = null;
      invalidate();
    });

  canvasSelection.call(dragBehaviour).call(zoomBehaviour).on('dblclick.zoom', null);

  function hitAt(event: MouseEvent): SceneNode | null {
    const rect = canvas.getBoundingClientRect();
    return warming ? null : renderer.find(scene, transform, event.clientX - rect.left, event.clientY - rect.top);
  }

  const onClick = (event: MouseEvent) => {
    const item = hitAt(event);
    options.onSelect?.(item ? item.node.id : null);
  };
  const onDoubleClick = (event: MouseEvent) => {
    const item = hitAt(event);
    if (!item) return;
    event.preventDefault();
    options.onExpand?.(item.node.id);
  };
  const onPointerMove = (event: PointerEvent) => {
    if (dragged || event.buttons) return;
    const item = hitAt(event);
    const id = item?.node.id ?? null;
    canvas.classList.toggle('is-over-node', id !== null);
    if (item) {
      const rect = canvas.getBoundingClientRect();
      showTooltip(item, event.clientX - rect.left, event.clientY - rect.top);
    } else {
      tooltip.hidden = true;
    }
    if (id !== hovered) {
      hovered = id;
      refreshScene();
    }
  };
  const onPointerLeave = () => {
    tooltip.hidden = true;
    if (hovered !== null) {
      hovered = null;
      refreshScene();
    }
  };

  function showTooltip(item: SceneNode, x: number, y: number) {
    const inView = neighbours.get(item.node.id)?.size ?? 0;
    const kind = styles.kind(item.org.kind).label;
    tooltip.replaceChildren();
    const name = document.createElement('strong');
    name.textContent = item.org.name;
    const detail = document.createElement('span');
    detail.textContent = `${kind} · ${count(item.org.degree, 'tie', 'ties')}${inView !== item.org.degree ? ` (${inView} in view)` : ''}${item.node.fx != null ? ' · pinned' : ''}`;
    tooltip.append(name, detail);
    tooltip.hidden = false;
    const width = tooltip.offsetWidth;
    const left = Math.min(Math.max(4, x + 14), renderer.width - width - 4);
    const top = y + 16 + tooltip.offsetHeight > renderer.height ? y - tooltip.offsetHeight - 10 : y + 16;
    tooltip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }

  // ----- keyboard -----
  function announce(text: string) {
    announcer.textContent = text;
  }

  function describe(id: string): string {
    const item = byId.get(id);
    if (!item) return '';
    const around = [...(neighbours.get(id) ?? [])].map((other) => byId.get(other)?.org.name).filter(Boolean);
    const list = around.slice(0, 5).join(', ');
    return `${item.org.name}, ${styles.kind(item.org.kind).label}, ${count(around.length, 'tie', 'ties')} in view${list ? `: ${list}${around.length > 5 ? ' and others' : ''}` : ''}.`;
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const directions: Record<string, [number, number]> = { ArrowUp: [0, -1], ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] };
    const direction = directions[event.key];
    let handled = true;
    if (direction) {
      const current = selected ? byId.get(selected) : undefined;
      let next: string | null;
      if (!current || current.node.x === undefined) {
        // Nothing selected yet: start from the best-connected organisation in view.
        next = [...byId.values()].sort((a, b) => b.org.degree - a.org.degree)[0]?.node.id ?? null;
      } else {
        const placed = scene.nodes.filter((item) => item.node.x !== undefined).map((item) => ({ id: item.node.id, x: item.node.x!, y: item.node.y! }));
        next = stepInDirection({ id: current.node.id, x: current.node.x!, y: current.node.y! }, placed, neighbours.get(current.node.id) ?? new Set(), direction[0], direction[1]);
      }
      if (next) {
        options.onSelect?.(next);
        announce(describe(next));
      } else {
        announce('Nothing further in that direction.');
      }
    } else if ((event.key === 'Enter' || event.key === 'e' || event.key === 'E') && selected) {
      options.onExpand?.(selected);
    } else if ((event.key === 'h' || event.key === 'H' || event.key === 'Delete') && selected) {
      options.onHide?.(selected);
    } else if ((event.key === 'p' || event.key === 'P') && selected) {
      if (isPinned(selected)) {
        unpin(selected);
        announce('Pin released.');
      }
    } else if (event.key === 'f' || event.key === 'F' || event.key === '0') {
      fit();
    } else if (event.key === '+' || event.key === '=') {
      zoomBy(1.4);
    } else if (event.key === '-' || event.key === '_') {
      zoomBy(1 / 1.4);
    } else if (event.key === 'Escape' && selected) {
      options.onSelect?.(null);
    } else {
      handled = false;
    }
    if (handled) event.preventDefault();
  };

  canvas.addEventListener('click', onClick);
  canvas.addEventListener('dblclick', onDoubleClick);
  canvas.addEventListener('pointermove', onPointerMove);
  canvas.addEventListener('pointerleave', onPointerLeave);
  canvas.addEventListener('keydown', onKeyDown);

  const resizeObserver = new ResizeObserver(() => {
    const rect = element.getBoundingClientRect();
    const firstSize = renderer.width <= 1;
    renderer.resize(rect.width, rect.height);
    canvas.style.width = `${rect.width}px`;
    canvas.style.height = `${rect.height}px`;
    if (firstSize && layout && !warming) pendingFit = true;
    invalidate();
  });
  resizeObserver.observe(element);

  // ----- pins -----
  function pinnedCount(): number {
    return layout?.nodes.filter((node) => node.fx != null).length ?? 0;
  }
  function isPinned(id: string): boolean {
    return byId.get(id)?.node.fx != null;
  }
  function unpin(id: string) {
    const node = byId.get(id)?.node;
    if (!node || !layout || node.fx == null) return;
    layout.unpin(node);
    layout.reheat(0.08);
    options.onPinsChange?.(pinnedCount());
    invalidate();
  }
  function releasePins() {
    if (!layout) return;
    let released = 0;
    for (const node of layout.nodes) {
      if (node.fx == null) continue;
      layout.unpin(node);
      released += 1;
    }
    if (released) layout.reheat(0.15);
    options.onPinsChange?.(0);
    invalidate();
  }

  function zoomBy(factor: number) {
    const k = Math.min(8, Math.max(0.05, transform.k * factor));
    const cx = renderer.width / 2;
    const cy = renderer.height / 2;
    const wx = (cx - transform.x) / transform.k;
    const wy = (cy - transform.y) / transform.k;
    setTransform({ k, x: cx - wx * k, y: cy - wy * k }, true);
  }

  return {
    update,
    setNodeStyle(next) {
      nodeStyle = next;
      if (layout) applyRadii(layout);
      // Radii feed the hit-test index: a new version rebuilds it.
      scene = { ...scene, nodeColour: next.colour, version: scene.version + 1 };
      invalidate();
    },
    setStyles(next) {
      styles = next;
      refreshScene();
    },
    select(id, selectOptions = {}) {
      selected = id;
      refreshScene();
      if (id && selectOptions.reveal) reveal(id);
    },
    centreOn(id) {
      reveal(id, true);
    },
    highlightPath(next) {
      path = pathHighlight(next);
      refreshScene();
      if (path && layout && !warming) {
        const members = layout.nodes.filter((node) => path!.nodes.has(node.id));
        if (members.some((node) => !isOnScreen(node, 40))) fitTo(members, true, 1.4);
      }
    },
    fit,
    zoomBy,
    releasePins,
    unpin,
    isPinned,
    markTies(marks) {
      scene = { ...scene, timeMarks: marks };
      invalidate();
    },
    snapshot: () => ({ nodes: scene.nodes, links: scene.links, styles, selected, emphasis: scene.emphasis, timeMarks: scene.timeMarks }),
    screenPosition(id) {
      const node = byId.get(id)?.node;
      if (!node || node.x === undefined || node.y === undefined || warming) return null;
      return { x: node.x * transform.k + transform.x, y: node.y * transform.k + transform.y };
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      cancelAnimationFrame(frame);
      cancelAnimationFrame(animation);
      resizeObserver.disconnect();
      canvasSelection.on('.zoom', null).on('.drag', null);
      canvas.removeEventListener('click', onClick);
      canvas.removeEventListener('dblclick', onDoubleClick);
      canvas.removeEventListener('pointermove', onPointerMove);
      canvas.removeEventListener('pointerleave', onPointerLeave);
      canvas.removeEventListener('keydown', onKeyDown);
      layout?.destroy();
      layout = null;
      canvas.remove();
      hint.remove();
      announcer.remove();
      tooltip.remove();
    },
  };
}
