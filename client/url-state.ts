// Pure translation between the view state and the query string of a shareable link. Defaults are left out, so
// a fresh page has a clean URL; anything malformed decodes to the default rather than failing.
import { DEFAULT_DEPTH, DEFAULT_PATH, INITIAL_VIEW, MAX_DEPTH, clampInt, type PathQuery, type ViewState } from './app-state.ts';
import { COLOUR_BY, SIZE_BY, type ColourBy, type SizeBy } from './analysis/appearance.ts';
import type { PathMode } from './types.ts';
import { PATH_LIMITS, PATH_MODES } from '../server/contract/formats.ts';
import { currentNetwork, networkParam } from './network.ts';

const MAX_ID_LENGTH = 200;
const MAX_LIST = 500;

/** Organisation ids are slugs, but an id is data: accept any text, just bounded. */
function ids(value: string | null): string[] {
  if (!value) return [];
  const seen = new Set<string>();
  for (const part of value.split(',')) {
    const id = part.trim();
    if (id && id.length <= MAX_ID_LENGTH && seen.size < MAX_LIST) seen.add(id);
  }
  return [...seen];
}

/** Vocabulary words (tie types such as MEMBER_OF, kinds such as nhs-trust). */
function words(value: string | null): string[] {
  return ids(value).filter((word) => /^[A-Za-z0-9_-]{1,60}$/.test(word));
}

function id(value: string | null): string | null {
  const text = value?.trim();
  return text && text.length <= MAX_ID_LENGTH ? text : null;
}

export function encodeView(view: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  const list = (key: string, values: readonly string[]) => {
    if (values.length) params.set(key, values.join(','));
  };
  if (view.centre) {
    params.set('centre', view.centre);
    if (view.depth !== DEFAULT_DEPTH) params.set('depth', String(view.depth));
  }
  list('expand', view.expanded);
  list('hide', view.hidden);
  list('hideTies', view.hiddenTieTypes);
  list('hideKinds', view.hiddenKinds);
  if (view.selected) params.set('sel', view.selected);
  if (view.path) {
    const path = view.path;
    params.set('from', path.from);
    params.set('to', path.to);
    if (path.mode !== DEFAULT_PATH.mode) params.set('mode', path.mode);
    if (path.mode === 'k-shortest') params.set('k', String(path.k));
    if (path.maxHops !== DEFAULT_PATH.maxHops) params.set('hops', String(path.maxHops));
    list('via', path.tieTypes);
    list('avoid', path.avoid);
    if (view.pathIndex > 0) params.set('path', String(view.pathIndex + 1));
  }
  if (view.table) params.set('table', '1');
  if (view.compare) params.set('compare', `${view.compare.from},${view.compare.to}`);
  else if (view.asOf) params.set('asOf', view.asOf);
  if (view.sizeBy !== INITIAL_VIEW.sizeBy) params.set('size', view.sizeBy);
  if (view.colourBy !== INITIAL_VIEW.colourBy) params.set('colour', view.colourBy);
  return params;
}

export function decodeView(params: URLSearchParams): ViewState {
  const centre = id(params.get('centre'));
  const from = id(params.get('from'));
  const to = id(params.get('to'));
  let path: PathQuery | null = null;
  if (from && to && from !== to) {
    const mode = params.get('mode');
    path = {
      from,
      to,
      mode: (PATH_MODES as readonly string[]).includes(mode ?? '') ? (mode as PathMode) : DEFAULT_PATH.mode,
      k: clampInt(params.get('k'), PATH_LIMITS.k.minimum, PATH_LIMITS.k.maximum, DEFAULT_PATH.k),
      maxHops: clampInt(params.get('hops'), PATH_LIMITS.maxHops.minimum, PATH_LIMITS.maxHops.maximum, DEFAULT_PATH.maxHops),
      tieTypes: words(params.get('via')),
      avoid: ids(params.get('avoid')).filter((avoided) => avoided !== from && avoided !== to),
    };
  }
  return {
    ...INITIAL_VIEW,
    centre,
    depth: centre ? clampInt(params.get('depth'), 1, MAX_DEPTH, DEFAULT_DEPTH) : DEFAULT_DEPTH,
    expanded: ids(params.get('expand')),
    hidden: ids(params.get('hide')),
    hiddenTieTypes: words(params.get('hideTies')),
    hiddenKinds: words(params.get('hideKinds')),
    selected: id(params.get('sel')),
    path,
    pathIndex: path ? clampInt(params.get('path'), 1, 10, 1) - 1 : 0,
    table: params.get('table') === '1',
    ...timeOf(params),
    sizeBy: oneOf(SIZE_BY, params.get('size')) ?? INITIAL_VIEW.sizeBy,
    colourBy: oneOf(COLOUR_BY, params.get('colour')) ?? INITIAL_VIEW.colourBy,
  };
}

function oneOf<T extends SizeBy | ColourBy>(allowed: readonly T[], value: string | null): T | null {
  return allowed.includes(value as T) ? (value as T) : null;
}

const YEAR = /^\d{4}$/;

/** asOf=2019, or compare=2018,2021 (earlier first). */
function timeOf(params: URLSearchParams): Pick<ViewState, 'asOf' | 'compare'> {
  const [from, to] = (params.get('compare') ?? '').split(',');
  if (from && to && YEAR.test(from) && YEAR.test(to) && from !== to) return { asOf: null, compare: from < to ? { from, to } : { from: to, to: from } };
  const asOf = params.get('asOf');
  return { asOf: asOf && YEAR.test(asOf) ? asOf : null, compare: null };
}

/** The URL-carried part of a state object. */
export function viewOf(state: ViewState): ViewState {
  const { centre, depth, expanded, hidden, hiddenTieTypes, hiddenKinds, selected, path, pathIndex, table, asOf, compare, sizeBy, colourBy } = state;
  return { centre, depth, expanded, hidden, hiddenTieTypes, hiddenKinds, selected, path, pathIndex, table, asOf, compare, sizeBy, colourBy };
}

/** The query string (with its "?", or "") for a view; equal views give equal strings. */
export function searchFor(view: ViewState, network: string = currentNetwork): string {
  const params = encodeView(view);
  const { network: named } = networkParam(network);
  if (named) params.set('network', named);
  // Commas separate list items and need no escaping in a query string; leaving them makes links readable.
  const text = params.toString().replace(/%2C/gi, ',');
  return text ? `?${text}` : '';
}
