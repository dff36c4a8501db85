// The network on a canvas: keeps the layout, the renderer and the interactions (drag to pin, click to select,
// double-click to expand) together behind update / highlightPath / destroy. Zoom and pan: camera.ts; keys:
// graph-keyboard.ts.
import { select, type Selection } from 'd3-selection';
import { drag as d3drag, type D3DragEvent } from 'd3-drag';
import { uid } from '../dom.ts';
import type { Organisation, Path, Subgraph, Tie } from '../types.ts';
import { createCamera } from './camera.ts';
import { parallelBends } from './geometry.ts';
import { createStyles, type GraphStyles } from './graph-styles.ts';
import { keyboardHandler } from './graph-keyboard.ts';
import { count } from '../view-helpers.ts';
import { adjacency, neighbourhoodHighlight, pathHighlight, type Highlight } from './highlight.ts';
import { createLayout, type Layout } from './layout.ts';
import { createRenderer, type Emphasis, type Scene, type SceneLink, type SceneNode, type ViewTransform } from './renderer.ts';
import { nodeRadius, type KnownPosition } from './simulation.ts';
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

/** The drawing as arranged: where each organisation is (pinned or not) and the zoom and pan. */
export interface SavedLayout {
  positions: Array<{ id: string; x: number; y: number; pinned: boolean }>;
  transform: ViewTransform;
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

const MAX_LABEL = 26;

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
  hint.textContent = 'Arrow keys move along ties to a partner of the selected organisation (the one lying most nearly that way). Enter or E expands the selected one, H hides it, '
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
  let warming = false;
  let warmingSince = 0;
  // After an expansion: a moment later, zoom out if newcomers landed off screen. After organisations leave (hide,
  // filters): fit what is left, so the drawing neither stays clipped nor shrinks into a corner.
  let refitAt = 0;
  let refitAlways = false;
  let restoring: { positions: Map<string, KnownPosition>; transform: ViewTransform } | null = null;
  let pendingFit = false;
  let frame = 0;
  let dirty = true;
  let destroyed = false;

  const canvasSelection: Selection<HTMLCanvasElement, unknown, null, undefined> = select(canvas);
  const camera = createCamera(canvasSelection, () => renderer, () => {
    tooltip.hidden = true;
    invalidate();
  });

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
      if (layout && (refitAlways || layout.nodes.some((node) => !camera.isOnScreen(node, 10)))) fit({ animate: true });
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
      renderer.draw({ ...scene, nodes: [], links: [] }, camera.transform);
      renderer.message(`Arranging ${count(scene.nodes.length, 'organisation', 'organisations')}…`);
    } else {
      renderer.draw(scene, camera.transform);
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
    if (restoring) {
      restore(subgraph, restoring);
      return;
    }
    const fresh = updateOptions.fresh || !layout || layout.nodes.length === 0;
    const previous = fresh ? new Map<string, KnownPosition>() : knownPositions();
    const newcomers = [...orgs.keys()].filter((id) => !previous.has(id)).length;
    const leavers = [...previous.keys()].some((id) => !orgs.has(id));
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
    refitAt = !fresh && (newcomers > 0 || leavers) ? performance.now() + (newcomers > 0 ? 500 : 250) : 0;
    refitAlways = leavers;
    buildScene(layout);
    options.onPinsChange?.(pinnedCount());
  }

  function restore(subgraph: Subgraph, saved: NonNullable<typeof restoring>) {
    // Alpha 0: the layout starts (and stays) at rest, so everyone is exactly where they were saved.
    const previous = new Map([...knownPositions(), ...saved.positions]);
    layout?.destroy();
    layout = createLayout({ nodes: subgraph.nodes, links: [...ties.values()], previous, alpha: 0 });
    nodeKey = [...orgs.keys()].sort().join('\n');
    linkKey = [...ties.keys()].sort().join('\n');
    warming = false;
    refitAt = 0;
    pendingFit = false;
    if ([...saved.positions.keys()].every((id) => orgs.has(id))) restoring = null;
    buildScene(layout);
    camera.set(saved.transform, false);
    options.onPinsChange?.(pinnedCount());
  }

  // ----- zoom and pan -----
  function fit(fitOptions: { animate?: boolean } = {}) {
    if (!layout) return;
    if (renderer.width <= 1) {
      pendingFit = true;
      return;
    }
    camera.fitTo(layout.nodes, fitOptions.animate ?? true);
  }

  function reveal(id: string, always = false) {
    const node = byId.get(id)?.node;
    if (!node || node.x === undefined || node.y === undefined || warming) return;
    if (!always && camera.isOnScreen(node, 60)) return;
    camera.centre(node.x, node.y, 0.8);
  }

  // ----- pointer interactions -----
  let dragged: { item: SceneNode; wasPinned: boolean; moved: boolean } | null = null;
  const toWorld = (x: number, y: number): [number, number] => [(x - camera.transform.x) / camera.transform.k, (y - camera.transform.y) / camera.transform.k];

  const dragBehaviour = d3drag<HTMLCanvasElement, unknown, { item: SceneNode; x: number; y: number }>()
    .container(canvas)
    .clickDistance(4)
    .subject((event: D3DragEvent<HTMLCanvasElement, unknown, unknown>) => {
      const item = warming ? null : renderer.find(scene, camera.transform, event.x, event.y);
      if (!item) return null as unknown as { item: SceneNode; x: number; y: number };
      return { item, x: item.node.x! * camera.transform.k + camera.transform.x, y: item.node.y! * camera.transform.k + camera.transform.y };
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

  canvasSelection.call(dragBehaviour).call(camera.behaviour).on('dblclick.zoom', null);

  function hitAt(event: MouseEvent): SceneNode | null {
    const rect = canvas.getBoundingClientRect();
    return warming ? null : renderer.find(scene, camera.transform, event.clientX - rect.left, event.clientY - rect.top);
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

  const onKeyDown = keyboardHandler({
    selected: () => selected,
    items: () => byId,
    partners: (id) => neighbours.get(id) ?? new Set(),
    styles: () => styles,
    select: (id) => options.onSelect?.(id),
    expand: (id) => options.onExpand?.(id),
    hide: (id) => options.onHide?.(id),
    isPinned,
    unpin,
    fit: () => fit(),
    zoomBy: (factor) => camera.zoomBy(factor),
    announce,
  });

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
        if (members.some((node) => !camera.isOnScreen(node, 40))) camera.fitTo(members, true, 1.4);
      }
    },
    fit,
    zoomBy: (factor) => camera.zoomBy(factor),
    releasePins,
    unpin,
    isPinned,
    markTies(marks) {
      scene = { ...scene, timeMarks: marks };
      invalidate();
    },
    layoutState: () => ({
      positions: (layout?.nodes ?? []).flatMap((node) => (node.x === undefined || node.y === undefined ? [] : [{ id: node.id, x: node.x, y: node.y, pinned: node.fx != null }])),
      transform: { ...camera.transform },
    }),
    restoreLayout(saved) {
      restoring = {
        positions: new Map(saved.positions.map(({ id, x, y, pinned }) => [id, { x, y, fx: pinned ? x : null, fy: pinned ? y : null }])),
        transform: saved.transform,
      };
    },
    snapshot: () => ({ nodes: scene.nodes, links: scene.links, styles, selected, emphasis: scene.emphasis, timeMarks: scene.timeMarks }),
    screenPosition(id) {
      const node = byId.get(id)?.node;
      if (!node || node.x === undefined || node.y === undefined || warming) return null;
      return { x: node.x * camera.transform.k + camera.transform.x, y: node.y * camera.transform.k + camera.transform.y };
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      cancelAnimationFrame(frame);
      camera.destroy();
      resizeObserver.disconnect();
      canvasSelection.on('.drag', null);
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
