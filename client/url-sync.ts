// Mirrors the view state in the address bar. Changing the view (centre, expansions, filters, path query) pushes a
// history entry, so Back returns to the previous view; moving the selection or toggling the table only replaces
// the current entry, so Back is not a trail of clicks. Back/forward restore the view they recorded.
import type { AppState, ViewState } from './app-state.ts';
import type { Store } from './store.ts';
import { decodeView, searchFor, viewOf } from './url-state.ts';

/** Fields whose change alone does not deserve its own history entry. */
const LIGHT: ReadonlyArray<keyof ViewState> = ['selected', 'table', 'pathIndex'];

export function historyMode(before: ViewState, after: ViewState): 'push' | 'replace' {
  const strip = (view: ViewState) => searchFor({ ...view, ...Object.fromEntries(LIGHT.map((key) => [key, null])), table: false, pathIndex: 0 });
  return strip(before) === strip(after) ? 'replace' : 'push';
}

export function createUrlSync(store: Store<AppState>, win: Window = window): () => void {
  let scheduled = false;
  let restoring = false;
  let recorded = decodeView(new URLSearchParams(win.location.search));

  const unsubscribe = store.subscribe(() => {
    if (restoring || scheduled) return;
    scheduled = true;
    // Several changes in one task (a click that selects and expands) make one history entry.
    queueMicrotask(() => {
      scheduled = false;
      const view = viewOf(store.get());
      const search = searchFor(view);
      if (search === win.location.search) return;
      const url = `${win.location.pathname}${search}${win.location.hash}`;
      if (historyMode(recorded, view) === 'push') win.history.pushState(null, '', url);
      else win.history.replaceState(null, '', url);
      recorded = view;
    });
  });

  const onPopState = () => {
    restoring = true;
    try {
      const view = decodeView(new URLSearchParams(win.location.search));
      recorded = view;
      // Undo history belongs to the view it was made in; travelling through history replaces it.
      store.update({ ...view, undo: [], redo: [] });
    } finally {
      restoring = false;
    }
  };
  win.addEventListener('popstate', onPopState);

  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}
