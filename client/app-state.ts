// The explorer's state (what the URL carries plus what was loaded) and the pure functions that change it:
// each action returns a patch for the store, and composeView derives the subgraph on screen from the rest.
import type { ColourBy, SizeBy } from './analysis/appearance.ts';
import type { ViewMeasures } from './analysis/view-measures.ts';
import type { Comparison, Meta, Path, PathQuery, Subgraph } from './types.ts';
import { count } from './view-helpers.ts';
import { EMPTY_SUBGRAPH } from './types.ts';
import { PATH_LIMITS } from '../server/contract/formats.ts';
import { recorded, redo, undo, type UndoEntry } from './undo.ts';

export type { PathQuery, UndoEntry };

/** Everything a shared link restores. */
export interface ViewState {
  /** Neighbourhood centre; null shows the whole network. */
  centre: string | null;
  depth: number;
  /** Organisations expanded in place, in the order they were expanded. */
  expanded: string[];
  hidden: string[];
  hiddenTieTypes: string[];
  hiddenKinds: string[];
  selected: string | null;
  path: PathQuery | null;
  /** Which of the found paths is highlighted (0-based). */
  pathIndex: number;
  table: boolean;
  /** The timeline's year: only ties and organisations in force then; null shows all, ended ones drawn apart. */
  asOf: string | null;
  /** Compare mode: what changed from one year to another (drawn and listed); overrides asOf. */
  compare: { from: string; to: string } | null;
  /** What sets an organisation's size and its colour in the drawing (the analysis panel's "Size by", "Colour by"). */
  sizeBy: SizeBy;
  colourBy: ColourBy;
}

export type LoadStatus = { state: 'idle' } | { state: 'loading'; message: string } | { state: 'error'; message: string; retrying: boolean };

export interface PathResult {
  /** pathKey() of the query the paths answer. */
  key: string;
  paths: Path[];
}

export interface AppState extends ViewState {
  meta: Meta | null;
  /** The whole network or the neighbourhood of `centre`. */
  base: Subgraph | null;
  /** One-hop neighbourhoods fetched for expanded organisations, by id. */
  expansions: Readonly<Record<string, Subgraph>>;
  pathResult: PathResult | null;
  pathStatus: LoadStatus;
  /** What is drawn: base ∪ expansions ∪ chosen path, minus hidden organisations and filtered kinds/types. */
  visible: Subgraph;
  status: LoadStatus;
  undo: UndoEntry[];
  /** Edits undone, most recently undone last; any new edit clears them. */
  redo: UndoEntry[];
  /** Names of organisations met so far (search, subgraphs, details), so ids can be shown as words. */
  names: Readonly<Record<string, string>>;
  /** How many organisations are pinned in the drawing (for "Release pins"). */
  pinned: number;
  /** The open tab of the side panel. */
  tab: SideTab;
  /** A path the details panel asked the path finder to start (from or to an organisation). */
  pathDraft: { from?: string; to?: string } | null;
  /** A quoted passage the details panel asked the documents reader to show (the source's id and the quote). */
  passageDraft: { source: string; quote: string } | null;
  /** Signed in to edit: an access token is held for this tab (in sessionStorage, never in the state or the URL). */
  editing: boolean;
  /** Counts the writes made here: each one reloads the view, the details and any path shown. */
  revision: number;
  /** The answer of /api/changes in compare mode (its subgraph is the base). */
  comparison: Comparison | null;
  /** Network measures of `visible`, computed in a worker when something shows them (null until then). */
  viewMeasures: ViewMeasures | null;
  /** Something besides the table (the offline page) needs the ties' evidence: the view is read with it until the next view. */
  evidenceWanted: boolean;
}

/** The base view is read without its ties' evidence (half the answer of a big view) unless something shows it. */
export const evidenceNeeded = (state: Pick<AppState, 'table' | 'evidenceWanted'>): boolean => state.table || state.evidenceWanted;

/** Every tie on screen carries its evidence. */
export const hasEvidence = (view: Subgraph): boolean => view.links.every((tie) => tie.evidence !== undefined);

export type SideTab = 'filters' | 'paths' | 'analysis' | 'export' | 'edit';

export const DEFAULT_DEPTH = 1;
export const MAX_DEPTH = 4;
export const DEFAULT_PATH: Omit<PathQuery, 'from' | 'to'> = { mode: 'shortest', k: PATH_LIMITS.k.default, maxHops: PATH_LIMITS.maxHops.default, tieTypes: [], avoid: [] };

export const INITIAL_VIEW: ViewState = {
  centre: null,
  depth: DEFAULT_DEPTH,
  expanded: [],
  hidden: [],
  hiddenTieTypes: [],
  hiddenKinds: [],
  selected: null,
  path: null,
  pathIndex: 0,
  table: false,
  asOf: null,
  compare: null,
  sizeBy: 'ties',
  colourBy: 'kind',
};

export function initialState(view: Partial<ViewState> = {}): AppState {
  return {
    ...INITIAL_VIEW,
    ...view,
    meta: null,
    base: null,
    expansions: {},
    pathResult: null,
    pathStatus: { state: 'idle' },
    visible: EMPTY_SUBGRAPH,
    status: { state: 'idle' },
    undo: [],
    redo: [],
    names: {},
    pinned: 0,
    tab: view.path ? 'paths' : 'filters',
    pathDraft: null,
    passageDraft: null,
    editing: false,
    revision: 0,
    comparison: null,
    viewMeasures: null,
    evidenceWanted: false,
  };
}

/** A stable key for a path query, so a result is only ever shown for the query that produced it. */
export function pathKey(query: PathQuery): string {
  return [query.from, query.to, query.mode, query.mode === 'k-shortest' ? query.k : '', query.maxHops,
    [...query.tieTypes].sort().join(','), [...query.avoid].sort().join(',')].join('|');
}

/** The highlighted path, when its result belongs to the current query. */
export function chosenPath(state: Pick<AppState, 'path' | 'pathResult' | 'pathIndex'>): Path | null {
  if (!state.path || !state.pathResult || state.pathResult.key !== pathKey(state.path)) return null;
  return state.pathResult.paths[state.pathIndex] ?? null;
}

type ComposeInput = Pick<AppState, 'centre' | 'base' | 'expansions' | 'expanded' | 'hidden' | 'hiddenTieTypes' | 'hiddenKinds' | 'path' | 'pathResult' | 'pathIndex'>;

/**
 * The subgraph on screen. Expansions add to the base; hiding and filters take away. The highlighted path is
 * always shown in full — the user asked for it — even where it leaves the view or crosses a filtered type.
 * Organisations that only filtered-away ties tied into the view leave with them (an unconnected dot explains
 * nothing); those that had no ties in view to begin with, and the centre, stay.
 */
export function composeView(input: ComposeInput): Subgraph {
  const nodes = new Map<string, Subgraph['nodes'][number]>();
  const links = new Map<string, Subgraph['links'][number]>();
  let truncated = false;
  const add = (graph: Subgraph | undefined | null) => {
    if (!graph) return;
    truncated ||= graph.truncated;
    for (const node of graph.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
    for (const link of graph.links) if (!links.has(link.id)) links.set(link.id, link);
  };
  add(input.base);
  for (const id of input.expanded) add(input.expansions[id]);

  const hidden = new Set(input.hidden);
  const hiddenKinds = new Set(input.hiddenKinds);
  const hiddenTypes = new Set(input.hiddenTieTypes);
  const path = chosenPath(input);
  const pathNodes = new Set(path?.nodes.map((node) => node.id));
  const pathLinks = new Set(path?.links.map((link) => link.id));

  const keptNodes = new Map<string, Subgraph['nodes'][number]>();
  for (const node of nodes.values()) {
    if (pathNodes.has(node.id) || (!hidden.has(node.id) && !hiddenKinds.has(node.kind))) keptNodes.set(node.id, node);
  }
  for (const node of path?.nodes ?? []) if (!keptNodes.has(node.id)) keptNodes.set(node.id, node);
  const keptLinks = [...links.values()].filter((link) =>
    pathLinks.has(link.id) || (!hiddenTypes.has(link.type) && keptNodes.has(link.source) && keptNodes.has(link.target)));
  for (const link of path?.links ?? []) if (!links.has(link.id)) keptLinks.push(link);
  if (hiddenTypes.size || hiddenKinds.size) dropStranded(keptNodes, [...links.values()], keptLinks, pathNodes, input.centre);
  return { nodes: [...keptNodes.values()], links: keptLinks, truncated };
}

function dropStranded(kept: Map<string, unknown>, allLinks: Subgraph['links'], keptLinks: Subgraph['links'], keep: ReadonlySet<string>, centre: string | null) {
  const tiedBefore = new Set(allLinks.flatMap((link) => [link.source, link.target]));
  const tiedNow = new Set(keptLinks.flatMap((link) => [link.source, link.target]));
  for (const id of kept.keys()) {
    if (tiedBefore.has(id) && !tiedNow.has(id) && !keep.has(id) && id !== centre) kept.delete(id);
  }
}

const without = (list: readonly string[], id: string) => list.filter((item) => item !== id);
const toggled = (list: readonly string[], id: string) => (list.includes(id) ? without(list, id) : [...list, id]);

/** Patches: the only ways the view changes. Each returns null when there is nothing to do. */
export const actions = {
  select: (_state: AppState, id: string | null): Partial<AppState> => ({ selected: id }),

  /** Show the neighbourhood of one organisation as the whole view. */
  focus: (_state: AppState, id: string, depth: number): Partial<AppState> => ({
    centre: id, depth: clampInt(depth, 1, MAX_DEPTH, DEFAULT_DEPTH), selected: id, expanded: [], hidden: [], undo: [], redo: [],
  }),

  wholeNetwork: (): Partial<AppState> => ({ centre: null, depth: DEFAULT_DEPTH, expanded: [], hidden: [], undo: [], redo: [] }),

  expand(state: AppState, id: string): Partial<AppState> | null {
    if (state.expanded.includes(id)) return null;
    return recorded(state, `expand of ${state.names[id] ?? id}`, { expanded: [...state.expanded, id], hidden: without(state.hidden, id) });
  },

  hide(state: AppState, id: string): Partial<AppState> | null {
    if (state.hidden.includes(id)) return null;
    return recorded(state, `hide of ${state.names[id] ?? id}`, { hidden: [...state.hidden, id], selected: state.selected === id ? null : state.selected });
  },

  /** Brings hidden organisations back (all of them when no id is given). */
  unhide(state: AppState, id?: string): Partial<AppState> | null {
    if (id ? !state.hidden.includes(id) : !state.hidden.length) return null;
    const action = id ? `showing ${state.names[id] ?? id} again` : `showing ${count(state.hidden.length, 'hidden organisation', 'hidden organisations')} again`;
    return recorded(state, action, { hidden: id ? without(state.hidden, id) : [] });
  },

  undo: (state: AppState): Partial<AppState> | null => undo(state),
  redo: (state: AppState): Partial<AppState> | null => redo(state),

  toggleTieType: (state: AppState, type: string): Partial<AppState> =>
    recorded(state, `filter on ${tieLabel(state, type)} ties`, { hiddenTieTypes: toggled(state.hiddenTieTypes, type) }),
  toggleKind: (state: AppState, kind: string): Partial<AppState> =>
    recorded(state, `filter on ${state.meta?.kinds.find((item) => item.id === kind)?.plural ?? kind}`, { hiddenKinds: toggled(state.hiddenKinds, kind) }),
  /** Shows ties of this one type only (or all types again, when it is already the only one shown). */
  onlyTieType(state: AppState, type: string): Partial<AppState> | null {
    const types = state.meta?.tieTypes.map((item) => item.id) ?? [];
    const others = types.filter((other) => other !== type);
    const alreadyOnly = !state.hiddenTieTypes.includes(type) && others.every((other) => state.hiddenTieTypes.includes(other));
    return recorded(state, alreadyOnly ? 'showing every tie type' : `only ${tieLabel(state, type)} ties`, { hiddenTieTypes: alreadyOnly ? [] : others });
  },
  showAllFilters: (state: AppState): Partial<AppState> | null =>
    (state.hiddenTieTypes.length || state.hiddenKinds.length ? recorded(state, 'showing every kind and tie type', { hiddenTieTypes: [], hiddenKinds: [] }) : null),

  findPath: (_state: AppState, query: PathQuery): Partial<AppState> => ({ path: query, pathIndex: 0 }),
  choosePath: (_state: AppState, index: number): Partial<AppState> => ({ pathIndex: index }),
  clearPath: (): Partial<AppState> => ({ path: null, pathIndex: 0, pathResult: null, pathStatus: { state: 'idle' } }),

  toggleTable: (state: AppState): Partial<AppState> => ({ table: !state.table }),

  /** After a write: reload what is shown. */
  dataChanged: (state: AppState): Partial<AppState> => ({ revision: state.revision + 1 }),

  /** After deleting an organisation: reload, and let go of every reference to it (a view centred on it shows the whole network). */
  organisationDeleted(state: AppState, id: string): Partial<AppState> {
    const pathUsesIt = state.path !== null && (state.path.from === id || state.path.to === id || state.path.avoid.includes(id));
    return {
      revision: state.revision + 1,
      selected: state.selected === id ? null : state.selected,
      expanded: without(state.expanded, id),
      hidden: without(state.hidden, id),
      ...(state.centre === id ? { centre: null, depth: DEFAULT_DEPTH } : {}),
      ...(pathUsesIt ? actions.clearPath() : {}),
    };
  },

  /** Bring an organisation (new, or just tied) into view and select it, as choosing it in the search does. */
  reveal(state: AppState, id: string, name: string): Partial<AppState> {
    const names = state.names[id] === name ? state.names : { ...state.names, [id]: name };
    const inView = state.visible.nodes.some((node) => node.id === id);
    const expand = inView ? {} : actions.expand({ ...state, names }, id) ?? {};
    return { ...expand, names, selected: id };
  },
};

const tieLabel = (state: Pick<AppState, 'meta'>, type: string) => state.meta?.tieTypes.find((item) => item.id === type)?.label ?? type;

export function clampInt(value: unknown, min: number, max: number, fallback: number): number {
  const number = typeof value === 'number' ? value : Number.parseInt(String(value), 10);
  if (!Number.isFinite(number)) return fallback;
  return Math.min(max, Math.max(min, Math.round(number)));
}

/** Remembers the names found in a subgraph, returning the same object when nothing is new. */
export function withNames(names: Readonly<Record<string, string>>, entries: Iterable<{ id: string; name: string }>): Readonly<Record<string, string>> {
  let next: Record<string, string> | null = null;
  for (const { id, name } of entries) {
    if ((next ?? names)[id] === name) continue;
    next ??= { ...names };
    next[id] = name;
  }
  return next ?? names;
}
