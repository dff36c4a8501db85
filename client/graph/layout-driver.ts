// The layout's life in the graph view: a new view starts a layout (keeping everyone's position unless it is a fresh
// view), a saved view is restored exactly, and each frame advances it, warms it up and re-fits the camera when due.
import type { Subgraph } from '../types.ts';
import type { Camera } from './camera.ts';
import type { SceneState } from './graph-scene.ts';
import { createLayout, type Layout } from './layout.ts';
import type { ViewTransform } from './scene.ts';
import type { KnownPosition } from './simulation.ts';

/** The drawing as arranged: where each organisation is (pinned or not) and the zoom and pan. */
export interface SavedLayout {
  positions: Array<{ id: string; x: number; y: number; pinned: boolean }>;
  transform: ViewTransform;
}

export type LayoutPhase = 'warming' | 'running' | 'settled';

export interface LayoutDriver {
  readonly layout: Layout | null;
  /** A fresh layout is warming up: nothing is drawn or hit yet. */
  readonly warming: boolean;
  update(subgraph: Subgraph, fresh: boolean): void;
  /** The next views are drawn exactly as saved (see GraphView.restoreLayout). */
  restoreNext(saved: SavedLayout): void;
  /** Advances one frame; true when positions changed (or the picture must be redrawn). */
  frame(): boolean;
  phase(): LayoutPhase;
  /** Whether frames should keep coming (the layout moves, or a timer is due). */
  busy(): boolean;
  fit(animate?: boolean): void;
  /** Zooms so these organisations are all on screen, when some are not. */
  bringIntoView(ids: ReadonlySet<string>): void;
  /** A person took over (dragged an organisation): the camera stops following the growing drawing. */
  stopFollowing(): void;
  /** The canvas changed size (the first time: fit when the layout is ready). */
  sized(): void;
  saved(): SavedLayout;
  destroy(): void;
}

/** Where everything is now (pins included), for the next layout to start from. */
function knownPositions(layout: Layout | null): Map<string, KnownPosition> {
  const known = new Map<string, KnownPosition>();
  for (const node of layout?.nodes ?? []) {
    if (node.x !== undefined && node.y !== undefined) known.set(node.id, { x: node.x, y: node.y, fx: node.fx ?? null, fy: node.fy ?? null });
  }
  return known;
}

export function createLayoutDriver(scene: SceneState, camera: Camera, size: () => { width: number; height: number }, pinsChanged: () => void): LayoutDriver {
  let layout: Layout | null = null;
  let nodeKey = '';
  let linkKey = '';
  let warming = false;
  let warmingSince = 0;
  // After an expansion: a moment later, zoom out if newcomers landed off screen. After organisations leave (hide,
  // filters): fit what is left, so the drawing neither stays clipped nor shrinks into a corner.
  let refitAt = 0;
  let refitAlways = false;
  let restoring: { positions: Map<string, KnownPosition>; transform: ViewTransform } | null = null;
  let pendingFit = false;
  let sizedOnce = false;
  // A big fresh view is drawn at once and grows as it settles: the camera follows it until a person takes over.
  let followingSince = 0;
  let followedAt = 0;

  function fit(animate = true) {
    if (!layout) return;
    if (size().width <= 1) {
      pendingFit = true;
      return;
    }
    camera.fitTo(layout.nodes, animate);
  }

  function restore(subgraph: Subgraph, saved: NonNullable<typeof restoring>) {
    // Alpha 0: the layout starts (and stays) at rest, so everyone is exactly where they were saved.
    const previous = new Map([...knownPositions(layout), ...saved.positions]);
    layout?.destroy();
    layout = createLayout({ nodes: subgraph.nodes, links: [...scene.ties.values()], previous, alpha: 0 });
    warming = false;
    refitAt = 0;
    pendingFit = false;
    followingSince = 0;
    if ([...saved.positions.keys()].every((id) => scene.organisations.has(id))) restoring = null;
    scene.build(layout);
    camera.set(saved.transform, false);
    pinsChanged();
  }

  function update(subgraph: Subgraph, fresh: boolean) {
    const keys = scene.setData(subgraph);
    const same = keys.nodeKey === nodeKey && keys.linkKey === linkKey;
    if (layout && !fresh && same) {
      scene.build(layout);
      return;
    }
    nodeKey = keys.nodeKey;
    linkKey = keys.linkKey;
    if (restoring) {
      restore(subgraph, restoring);
      return;
    }
    const restart = fresh || !layout || layout.nodes.length === 0;
    const previous = restart ? new Map<string, KnownPosition>() : knownPositions(layout);
    const newcomers = [...scene.organisations.keys()].filter((id) => !previous.has(id)).length;
    const leavers = [...previous.keys()].some((id) => !scene.organisations.has(id));
    layout?.destroy();
    layout = createLayout({
      nodes: subgraph.nodes,
      links: [...scene.ties.values()],
      previous,
      // A fresh view starts hot; an expansion only warms things enough for newcomers to find their place.
      alpha: restart ? 1 : newcomers > 0 ? 0.3 : 0.05,
    });
    // A layout placed from the start (a big view) is drawn at once; a small one warms up for a moment first.
    warming = restart && scene.organisations.size > 0 && !layout.placed;
    warmingSince = performance.now();
    followingSince = restart && layout.placed ? performance.now() : 0;
    if (followingSince) pendingFit = true;
    refitAt = !restart && (newcomers > 0 || leavers) ? performance.now() + (newcomers > 0 ? 500 : 250) : 0;
    refitAlways = leavers;
    scene.build(layout);
    pinsChanged();
  }

  /** Re-fits the growing drawing now and then (and once when it comes to rest), unless a person moved the view. */
  function follow(active: Layout | null) {
    const now = performance.now();
    if (!active || camera.touchedAt >= followingSince) {
      followingSince = 0;
      return;
    }
    const resting = !active.active();
    if (resting || now - followedAt > 700) {
      followedAt = now;
      fit(true);
    }
    if (resting) followingSince = 0;
  }

  function frame(): boolean {
    let moved = false;
    if (layout) {
      moved = layout.step(warming ? 14 : 6, warming ? Infinity : 2);
      // Warm up until the layout is nearly still, but never keep people waiting more than a second and a half.
      if (warming && (layout.alpha() < 0.03 || !layout.active() || performance.now() - warmingSince > 1500)) {
        warming = false;
        pendingFit = true;
        moved = true;
      }
    }
    if (followingSince) follow(layout);
    if (refitAt && performance.now() >= refitAt && !warming) {
      refitAt = 0;
      if (layout && (refitAlways || layout.nodes.some((node) => !camera.isOnScreen(node, 10)))) fit(true);
    }
    if (pendingFit && size().width > 1) {
      pendingFit = false;
      fit(false);
    }
    return moved;
  }

  return {
    get layout() {
      return layout;
    },
    get warming() {
      return warming;
    },
    update,
    restoreNext(saved) {
      restoring = {
        positions: new Map(saved.positions.map(({ id, x, y, pinned }) => [id, { x, y, fx: pinned ? x : null, fy: pinned ? y : null }])),
        transform: saved.transform,
      };
    },
    frame,
    phase: () => (warming ? 'warming' : layout?.active() ? 'running' : 'settled'),
    busy: () => Boolean(layout?.active() || warming || refitAt || followingSince),
    fit,
    stopFollowing() {
      followingSince = 0;
    },
    bringIntoView(ids) {
      if (!layout || warming) return;
      followingSince = 0;
      const members = layout.nodes.filter((node) => ids.has(node.id));
      if (members.some((node) => !camera.isOnScreen(node, 40))) camera.fitTo(members, true, 1.4);
    },
    sized() {
      // The first size a canvas gets: fit what is already laid out to it.
      if (layout && !warming && !sizedOnce) pendingFit = true;
      sizedOnce = true;
    },
    saved: () => ({
      positions: (layout?.nodes ?? []).flatMap((node) => (node.x === undefined || node.y === undefined ? [] : [{ id: node.id, x: node.x, y: node.y, pinned: node.fx != null }])),
      transform: { ...camera.transform },
    }),
    destroy() {
      layout?.destroy();
      layout = null;
    },
  };
}
