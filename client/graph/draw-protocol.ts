// Messages between the graph view and the drawing worker (draw-worker.ts), and the scene in a form that can cross to
// it. Styles and "Colour by" are functions on the main thread, so each organisation's colour and each tie type's look
// cross resolved; the shape (who, what colour, which ties) crosses when it changes, the focus (selection, hover,
// emphasis) when it changes, and the places (x, y, radius, pinned) every frame as one transferable Float32Array.
import type { Organisation } from '../types.ts';
import type { GraphStyles, TieStyle } from './graph-styles.ts';
import type { Scene, SceneLink, SceneNode, ViewTransform } from './scene.ts';
import type { LayoutNode } from './simulation.ts';
import type { TieMark } from './tie-marks.ts';

/**
 * Column by column, so that it crosses quickly: arrays of strings and typed arrays (transferred) clone far faster
 * than thousands of small objects. Organisations' colours are resolved here, so their kinds need not cross.
 */
export interface SceneShape {
  ids: string[];
  colours: string[];
  labels: string[];
  fullLabels: string[];
  degrees: Float32Array;
  /** 1: labelled at any zoom. */
  important: Uint8Array;
  tieIds: string[];
  tieTypes: string[];
  /** Source and target of each tie, as indices into the organisations. */
  ends: Uint32Array;
  bends: Float32Array;
  flips: Uint8Array;
  tieStyles: TieStyle[];
  timeMarks: ReadonlyMap<string, TieMark>;
}

/** The typed arrays of a shape, to transfer rather than copy. */
export const shapeBuffers = (shape: SceneShape): ArrayBuffer[] => [shape.degrees, shape.important, shape.ends, shape.bends, shape.flips].map((array) => array.buffer as ArrayBuffer);

export type SceneFocus = Pick<Scene, 'selected' | 'hovered' | 'emphasis' | 'labelBoost'>;

export type ToDrawWorker =
  | { type: 'canvas'; canvas: OffscreenCanvas }
  | { type: 'size'; width: number; height: number; ratio: number }
  | { type: 'shape'; shape: SceneShape }
  | { type: 'focus'; focus: SceneFocus }
  /** `version`: the scene's (see Scene.version); `places` null when they did not change since the last frame. */
  | { type: 'frame'; places: Float32Array | null; version: number; transform: ViewTransform; moving: boolean }
  | { type: 'clear' };

/** A picture the worker put on screen: when (ms since the epoch, comparable across threads) and how long it took. */
export interface DrawnMessage {
  type: 'drawn';
  at: number;
  ms: number;
}

/** x, y, radius and pinned (1 or 0) per organisation. */
const PLACE_FIELDS = 4;

export function shapeOf(scene: Scene): SceneShape {
  const index = new Map<LayoutNode, number>(scene.nodes.map((item, position) => [item.node, position]));
  const ties = scene.links.flatMap((item) => {
    const source = index.get(item.link.source as LayoutNode);
    const target = index.get(item.link.target as LayoutNode);
    return source === undefined || target === undefined ? [] : [{ item, source, target }];
  });
  return {
    ids: scene.nodes.map((item) => item.node.id),
    colours: scene.nodes.map((item) => scene.nodeColour?.(item.org.id) ?? scene.styles.kind(item.org.kind).colour),
    labels: scene.nodes.map((item) => item.label),
    fullLabels: scene.nodes.map((item) => item.fullLabel),
    degrees: Float32Array.from(scene.nodes, (item) => item.node.degree),
    important: Uint8Array.from(scene.nodes, (item) => (item.important ? 1 : 0)),
    tieIds: ties.map(({ item }) => item.tie.id),
    tieTypes: ties.map(({ item }) => item.tie.type),
    ends: Uint32Array.from(ties.flatMap(({ source, target }) => [source, target])),
    bends: Float32Array.from(ties, ({ item }) => item.bend),
    flips: Uint8Array.from(ties, ({ item }) => (item.flip ? 1 : 0)),
    tieStyles: [...new Set(ties.map(({ item }) => item.tie.type))].map((type) => scene.styles.tie(type)),
    timeMarks: scene.timeMarks,
  };
}

export function focusOf(scene: Scene): SceneFocus {
  return { selected: scene.selected, hovered: scene.hovered, emphasis: scene.emphasis, labelBoost: scene.labelBoost };
}

export function placesOf(scene: Scene): Float32Array {
  const places = new Float32Array(scene.nodes.length * PLACE_FIELDS).fill(Number.NaN);
  scene.nodes.forEach(({ node }, position) => {
    const at = position * PLACE_FIELDS;
    if (node.x !== undefined) places[at] = node.x;
    if (node.y !== undefined) places[at + 1] = node.y;
    places[at + 2] = node.radius;
    places[at + 3] = node.fx != null ? 1 : 0;
  });
  return places;
}

/** The worker's scene: the shape's organisations and ties, looked up by the same drawing code as on the main thread. */
export function sceneFromShape(shape: SceneShape, focus: SceneFocus): Scene {
  const colours = new Map(shape.ids.map((id, position) => [id, shape.colours[position]!]));
  const tieStyles = new Map(shape.tieStyles.map((style) => [style.id, style]));
  const styles: GraphStyles = {
    kind: (id) => ({ id, label: id, plural: id, colour: '#7b8594' }),
    tie: (type) => tieStyles.get(type) ?? { id: type, label: type, inverseLabel: type, colour: '#7b8594', dash: [], symmetric: false },
  };
  const nodes: SceneNode[] = shape.ids.map((id, position) => ({
    node: { id, degree: shape.degrees[position]!, radius: 0 },
    // The drawing reads only an organisation's id and kind (and a tie's id and type): the rest stays on the main
    // thread, and the colour crossed resolved.
    org: { id, kind: '' } as Organisation,
    important: shape.important[position] === 1,
    label: shape.labels[position]!,
    fullLabel: shape.fullLabels[position]!,
  }));
  const links: SceneLink[] = shape.tieIds.map((id, position) => ({
    link: { id, source: nodes[shape.ends[position * 2]!]!.node, target: nodes[shape.ends[position * 2 + 1]!]!.node },
    tie: { id, type: shape.tieTypes[position]! } as SceneLink['tie'],
    bend: shape.bends[position]!,
    flip: shape.flips[position] === 1,
  }));
  return { nodes, links, styles, ...focus, version: -1, timeMarks: shape.timeMarks, nodeColour: (id) => colours.get(id) ?? null };
}

/** Puts a frame's places on the worker's scene (NaN: not placed yet), with the main thread's version of them. */
export function applyPlaces(scene: Scene, places: Float32Array, version: number): void {
  scene.nodes.forEach(({ node }, position) => {
    const at = position * PLACE_FIELDS;
    const x = places[at]!;
    const y = places[at + 1]!;
    node.x = Number.isNaN(x) ? undefined : x;
    node.y = Number.isNaN(y) ? undefined : y;
    node.radius = places[at + 2]!;
    node.fx = places[at + 3] ? node.x : null;
  });
  scene.version = version;
}
