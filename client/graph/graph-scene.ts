// What the graph view draws, apart from where things are: the organisations and ties in view, who is selected or
// hovered, the highlighted path, styles and sizes, and the Scene the renderer reads (rebuilt only when they change).
import type { Organisation, Path, Subgraph, Tie } from '../types.ts';
import { parallelBends } from './geometry.ts';
import { createStyles, type GraphStyles } from './graph-styles.ts';
import { adjacency, neighbourhoodHighlight, pathHighlight, type Highlight } from './highlight.ts';
import type { Layout } from './layout.ts';
import type { Emphasis, Scene, SceneNode } from './scene.ts';
import { nodeRadius } from './simulation.ts';
import type { TieMark } from './tie-marks.ts';

/** Size and colour other than by ties and kind (the analysis's "Size by", "Colour by"); null, or a null answer, keeps the default. */
export interface NodeStyle {
  radius: ((id: string) => number | null) | null;
  colour: ((id: string) => string | null) | null;
}

const MAX_LABEL = 26;

export function shortLabel(org: Pick<Organisation, 'name' | 'shortName'>): string {
  if (org.name.length <= MAX_LABEL) return org.name;
  if (org.shortName && org.shortName.length <= MAX_LABEL) return org.shortName;
  return `${org.name.slice(0, MAX_LABEL - 1).trimEnd()}…`;
}

export interface SceneState {
  readonly scene: Scene;
  readonly styles: GraphStyles;
  readonly selected: string | null;
  readonly path: Highlight | null;
  readonly organisations: ReadonlyMap<string, Organisation>;
  readonly ties: ReadonlyMap<string, Tie>;
  /** Takes the view's organisations and the ties between them; returns keys that change when either set does. */
  setData(subgraph: Subgraph): { nodeKey: string; linkKey: string };
  /** Pairs the organisations and ties with the layout's nodes and links (after a new layout or new data). */
  build(layout: Layout): void;
  item(id: string): SceneNode | undefined;
  items(): ReadonlyMap<string, SceneNode>;
  partners(id: string): ReadonlySet<string>;
  select(id: string | null): void;
  /** True when the hovered organisation changed. */
  hover(id: string | null): boolean;
  highlightPath(path: Path | null): void;
  setStyles(styles: GraphStyles): void;
  setNodeStyle(style: NodeStyle, layout: Layout | null): void;
  markTies(marks: ReadonlyMap<string, TieMark>): void;
  /** Positions changed: the hit-test index must be rebuilt. */
  moved(): void;
}

export function createSceneState(changed: () => void): SceneState {
  let styles = createStyles(null);
  let organisations = new Map<string, Organisation>();
  let ties = new Map<string, Tie>();
  let neighbours = new Map<string, Set<string>>();
  let nodeStyle: NodeStyle = { radius: null, colour: null };
  let byId = new Map<string, SceneNode>();
  let selected: string | null = null;
  let hovered: string | null = null;
  let path: Highlight | null = null;
  let scene: Scene = { nodes: [], links: [], styles, selected: null, hovered: null, emphasis: null, labelBoost: new Set(), version: 0, timeMarks: new Map(), nodeColour: null };

  function emphasis(): Emphasis | null {
    if (path) return { nodes: path.nodes, links: path.links, dimTo: 0.14, halo: true };
    if (selected && byId.has(selected)) {
      const around = neighbourhoodHighlight(selected, [...ties.values()]);
      return { nodes: around.nodes, links: around.links, dimTo: 0.3, halo: false };
    }
    return null;
  }

  function refresh() {
    const boost = new Set<string>();
    for (const id of [hovered, selected]) {
      if (id) for (const other of neighbours.get(id) ?? []) boost.add(other);
    }
    scene = { ...scene, styles, selected, hovered, emphasis: emphasis(), labelBoost: boost };
    changed();
  }

  function applyRadii(layout: Layout) {
    for (const node of layout.nodes) node.radius = nodeStyle.radius?.(node.id) ?? nodeRadius(node.degree);
  }

  function build(layout: Layout) {
    applyRadii(layout);
    const degrees = layout.nodes.map((node) => node.degree).sort((a, b) => b - a);
    // The best-connected eighth of the view (at least 8, at most 40) is always labelled; the rest wait for zoom
    // or hover. Past 40, always-on labels only cover each other (and text is the costliest thing to draw).
    const cut = degrees[Math.min(40, Math.max(7, Math.floor(degrees.length / 8)))] ?? 0;
    const nodes: SceneNode[] = [];
    for (const node of layout.nodes) {
      const org = organisations.get(node.id);
      if (!org) continue;
      nodes.push({ node, org, important: node.degree > cut || (degrees.length <= 12 && node.degree > 0), label: shortLabel(org), fullLabel: org.name });
    }
    const bends = parallelBends([...ties.values()]);
    const links = layout.links.flatMap((link) => {
      const tie = ties.get(link.id);
      if (!tie) return [];
      const bend = bends.get(link.id) ?? { bend: 0, flip: false };
      return [{ link, tie, bend: bend.bend, flip: bend.flip }];
    });
    byId = new Map(nodes.map((item) => [item.node.id, item]));
    scene = { ...scene, nodes, links, version: scene.version + 1 };
    refresh();
  }

  return {
    get scene() {
      return scene;
    },
    get styles() {
      return styles;
    },
    get selected() {
      return selected;
    },
    get path() {
      return path;
    },
    get organisations() {
      return organisations;
    },
    get ties() {
      return ties;
    },
    setData(subgraph) {
      organisations = new Map(subgraph.nodes.map((node) => [node.id, node]));
      ties = new Map(subgraph.links.filter((link) => organisations.has(link.source) && organisations.has(link.target)).map((link) => [link.id, link]));
      neighbours = adjacency([...ties.values()]);
      return { nodeKey: [...organisations.keys()].sort().join('\n'), linkKey: [...ties.keys()].sort().join('\n') };
    },
    build,
    item: (id) => byId.get(id),
    items: () => byId,
    partners: (id) => neighbours.get(id) ?? new Set(),
    select(id) {
      selected = id;
      refresh();
    },
    hover(id) {
      if (id === hovered) return false;
      hovered = id;
      refresh();
      return true;
    },
    highlightPath(next) {
      path = pathHighlight(next);
      refresh();
    },
    setStyles(next) {
      styles = next;
      refresh();
    },
    setNodeStyle(next, layout) {
      nodeStyle = next;
      if (layout) applyRadii(layout);
      // Radii feed the hit-test index: a new version rebuilds it.
      scene = { ...scene, nodeColour: next.colour, version: scene.version + 1 };
      changed();
    },
    markTies(marks) {
      scene = { ...scene, timeMarks: marks };
      changed();
    },
    moved() {
      scene.version += 1;
    },
  };
}
