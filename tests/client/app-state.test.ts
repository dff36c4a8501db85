// The view on screen is derived from the loaded pieces: expansions add, hiding and filters take away, the chosen
// path always shows; expand, hide and filters can be undone and redone one step at a time.
import { describe, expect, it } from 'vitest';
import { actions, chosenPath, composeView, initialState, pathKey, withNames, type AppState, type PathQuery } from '../../client/app-state.ts';
import type { Organisation, Path, Subgraph } from '../../client/types.ts';
import type { Tie } from '../../server/schemas/graph.ts';

const org = (id: string, kind = 'nhs-trust'): Organisation => ({ id, name: id.toUpperCase(), shortName: null, aliases: [], kind, sector: null, city: null, country: null, description: null, url: null, since: null, until: null, degree: 1 });
const tie = (source: string, target: string, type = 'PARTNER_OF'): Tie => ({ id: `${source}-${type}-${target}`, type, source, target, since: null, until: null, description: null, evidence: [] });
const graph = (nodes: Organisation[], links: Subgraph['links'], truncated = false): Subgraph => ({ nodes, links, truncated });

const base = graph([org('a'), org('b'), org('c', 'charity')], [tie('a', 'b'), tie('b', 'c', 'SUPPORTS')]);
const expansion = graph([org('c', 'charity'), org('d')], [tie('c', 'd')]);
const query: PathQuery = { from: 'a', to: 'e', mode: 'shortest', k: 3, maxHops: 6, tieTypes: [], avoid: [] };
const path: Path = { nodes: [org('a'), org('e')], links: [tie('a', 'e', 'HAS_MOU_WITH')], length: 1, explanation: 'A has an MoU with E.', steps: [] };

function state(patch: Partial<AppState> = {}): AppState {
  return { ...initialState(), base, ...patch };
}
const ids = (subgraph: Subgraph) => subgraph.nodes.map((node) => node.id).sort();

describe('composeView', () => {
  it('shows the base view', () => {
    expect(ids(composeView(state()))).toEqual(['a', 'b', 'c']);
  });

  it('adds expansions without duplicating shared organisations', () => {
    const view = composeView(state({ expanded: ['c'], expansions: { c: expansion } }));
    expect(ids(view)).toEqual(['a', 'b', 'c', 'd']);
    expect(view.links).toHaveLength(3);
  });

  it('removes hidden organisations and their ties', () => {
    const view = composeView(state({ hidden: ['b'] }));
    expect(ids(view)).toEqual(['a', 'c']);
    expect(view.links).toEqual([]);
  });

  it('filters tie types and kinds', () => {
    expect(composeView(state({ hiddenTieTypes: ['SUPPORTS'] })).links.map((link) => link.type)).toEqual(['PARTNER_OF']);
    const view = composeView(state({ hiddenKinds: ['charity'] }));
    expect(ids(view)).toEqual(['a', 'b']);
    expect(view.links).toHaveLength(1);
  });

  it('drops organisations that only filtered-away ties tied into the view, but keeps the centre and the untied', () => {
    expect(ids(composeView(state({ hiddenTieTypes: ['SUPPORTS'] })))).toEqual(['a', 'b']);
    expect(ids(composeView(state({ hiddenTieTypes: ['SUPPORTS'], centre: 'c' })))).toEqual(['a', 'b', 'c']);
    const withLoner = state({ base: graph([...base.nodes, org('z')], base.links), hiddenTieTypes: ['SUPPORTS'] });
    expect(ids(composeView(withLoner))).toEqual(['a', 'b', 'z']);
  });

  it('always shows the chosen path, even outside the view or through a filter', () => {
    const view = composeView(state({ path: query, pathResult: { key: pathKey(query), paths: [path] }, hiddenTieTypes: ['HAS_MOU_WITH'] }));
    expect(ids(view)).toEqual(['a', 'b', 'c', 'e']);
    expect(view.links.map((link) => link.id)).toContain('a-HAS_MOU_WITH-e');
  });

  it('ignores a path result that belongs to another query', () => {
    const stale = state({ path: { ...query, maxHops: 3 }, pathResult: { key: pathKey(query), paths: [path] } });
    expect(chosenPath(stale)).toBeNull();
    expect(ids(composeView(stale))).toEqual(['a', 'b', 'c']);
  });

  it('carries the truncated flag of any part', () => {
    expect(composeView(state({ expanded: ['c'], expansions: { c: { ...expansion, truncated: true } } })).truncated).toBe(true);
  });
});

describe('actions', () => {
  it('expand and hide can be undone, most recent first', () => {
    let current = state({ names: { c: 'Charity C' } });
    current = { ...current, ...actions.expand(current, 'c') };
    current = { ...current, ...actions.hide(current, 'b') };
    expect(current.expanded).toEqual(['c']);
    expect(current.hidden).toEqual(['b']);
    expect(current.undo.map((entry) => entry.action)).toEqual(['expand of Charity C', 'hide of b']);
    current = { ...current, ...actions.undo(current) };
    expect(current.hidden).toEqual([]);
    expect(current.expanded).toEqual(['c']);
    current = { ...current, ...actions.undo(current) };
    expect(current.expanded).toEqual([]);
    expect(actions.undo(current)).toBeNull();
  });

  it('undoes and redoes filters, hides and showing again in one history; a new edit forgets the redos', () => {
    let current = state({ names: { b: 'B' } });
    const apply = (patch: Partial<typeof current> | null) => {
      current = { ...current, ...patch };
    };
    apply(actions.hide(current, 'b'));
    apply(actions.toggleTieType(current, 'SUPPORTS'));
    apply(actions.unhide(current, 'b'));
    expect(current.undo.map((entry) => entry.action)).toEqual(['hide of B', 'filter on SUPPORTS ties', 'showing B again']);
    apply(actions.undo(current));
    expect(current).toMatchObject({ hidden: ['b'], hiddenTieTypes: ['SUPPORTS'] });
    apply(actions.undo(current));
    expect(current).toMatchObject({ hidden: ['b'], hiddenTieTypes: [] });
    expect(current.redo.map((entry) => entry.action)).toEqual(['showing B again', 'filter on SUPPORTS ties']);
    apply(actions.redo(current));
    expect(current).toMatchObject({ hidden: ['b'], hiddenTieTypes: ['SUPPORTS'] });
    apply(actions.expand(current, 'c'));
    expect(current.redo).toEqual([]);
    expect(actions.redo(current)).toBeNull();
  });

  it('shows one tie type only, and every type again when asked twice', () => {
    const meta = { kinds: [], sources: [], totals: { organisations: 0, ties: 0 }, tieTypes: ['A', 'B', 'C'].map((id) => ({ id, label: id, inverseLabel: id, count: 1 })) };
    let current = state({ meta: meta as never, hiddenTieTypes: ['A'] });
    current = { ...current, ...actions.onlyTieType(current, 'A') };
    expect(current.hiddenTieTypes).toEqual(['B', 'C']);
    current = { ...current, ...actions.onlyTieType(current, 'A') };
    expect(current.hiddenTieTypes).toEqual([]);
  });

  it('does nothing when expanding twice or hiding twice', () => {
    const current = state({ expanded: ['c'], hidden: ['b'] });
    expect(actions.expand(current, 'c')).toBeNull();
    expect(actions.hide(current, 'b')).toBeNull();
  });

  it('hiding the selected organisation clears the selection', () => {
    expect(actions.hide(state({ selected: 'a' }), 'a')?.selected).toBeNull();
  });

  it('focusing starts a fresh view (no expansions, hidden ids or undo) with a valid depth', () => {
    const patch = actions.focus(state({ expanded: ['c'], hidden: ['b'], undo: [{ view: { expanded: [], hidden: [], hiddenTieTypes: [], hiddenKinds: [] }, action: 'x' }] }), 'a', 9);
    expect(patch).toMatchObject({ centre: 'a', depth: 4, selected: 'a', expanded: [], hidden: [], undo: [] });
  });

  it('toggles filters on and off', () => {
    const once = { ...state(), ...actions.toggleTieType(state(), 'SUPPORTS') };
    expect(once.hiddenTieTypes).toEqual(['SUPPORTS']);
    expect(actions.toggleTieType(once, 'SUPPORTS').hiddenTieTypes).toEqual([]);
  });
});

describe('actions after a write', () => {
  it('counts writes, so what is shown is loaded again', () => {
    expect(actions.dataChanged(state({ revision: 2 }))).toEqual({ revision: 3 });
  });

  it('reveals a new organisation: selected, named, and expanded into view when it is not drawn', () => {
    const drawn = state({ visible: base });
    expect(actions.reveal(drawn, 'a', 'A')).toEqual({ names: { a: 'A' }, selected: 'a' });
    const patch = actions.reveal(drawn, 'new-org', 'New Org');
    expect(patch).toMatchObject({ selected: 'new-org', expanded: ['new-org'], names: { 'new-org': 'New Org' } });
    expect(patch.undo?.at(-1)?.action).toBe('expand of New Org');
  });

  it('lets go of a deleted organisation everywhere: selection, expansions, hidden, centre and any path through it', () => {
    const before = state({ revision: 4, selected: 'c', expanded: ['c', 'd'], hidden: ['c'], centre: 'c', depth: 2, path: { ...query, avoid: ['c'] } });
    expect(actions.organisationDeleted(before, 'c')).toMatchObject({
      revision: 5, selected: null, expanded: ['d'], hidden: [], centre: null, depth: 1, path: null, pathResult: null,
    });
    const elsewhere = actions.organisationDeleted(state({ selected: 'a', centre: 'b', path: query }), 'c');
    expect(elsewhere).toMatchObject({ selected: 'a' });
    expect(elsewhere).not.toHaveProperty('centre');
    expect(elsewhere).not.toHaveProperty('path');
  });

  it('starts signed out, with nothing written yet', () => {
    expect(initialState()).toMatchObject({ editing: false, revision: 0 });
  });
});

describe('withNames', () => {
  it('returns the same object when nothing is new', () => {
    const names = { a: 'A' };
    expect(withNames(names, [{ id: 'a', name: 'A' }])).toBe(names);
    expect(withNames(names, [{ id: 'b', name: 'B' }])).toEqual({ a: 'A', b: 'B' });
  });
});
