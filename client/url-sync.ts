// Mirrors the view state in the address bar: a meaningful change pushes a history entry (several changes in one
// task make one entry), and back/forward restore the view they recorded.
import type { AppState } from './app-state.ts';
import type { Store } from './store.ts';
import { decodeView, searchFor, viewOf } from './url-state.ts';

export function createUrlSync(store: Store<AppState>, win: Window = window): () => void {
  let scheduled = false;
  let restoring = false;

  const unsubscribe = store.subscribe(() => {
    if (restoring || scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      const search = searchFor(viewOf(store.get()));
      if (search === win.location.search) return;
      win.history.pushState(null, '', `${win.location.pathname}${search}${win.location.hash}`);
    });
  });

  const onPopState = () => {
    restoring = true;
    try {
      const view = decodeView(new URLSearchParams(win.location.search));
      // Undo history belongs to the view it was made in; travelling through history replaces it.
      store.update({ ...view, undo: [] });
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
