// Finds the paths the state asks for, one question at a time: a new one cancels the one in flight.
import { ApiError, isAbort, type Api } from './api.ts';
import { pathKey, withNames, type AppState } from './app-state.ts';
import type { Store } from './store.ts';

export interface PathLoader {
  load(state: AppState): Promise<void>;
  /** Forget the question in flight (no path asked any more, or asked again after a write). */
  cancel(): void;
}

export function createPathLoader(store: Store<AppState>, api: Api): PathLoader {
  let inFlight: AbortController | null = null;
  const cancel = () => {
    inFlight?.abort();
    inFlight = null;
  };

  async function load(state: AppState) {
    const query = state.path;
    if (!query) return;
    const key = pathKey(query);
    if (state.pathResult?.key === key) return;
    if (state.pathStatus.state === 'loading' && inFlight) return;
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    store.update({ pathStatus: { state: 'loading', message: 'Looking for paths…' } });
    try {
      const paths = await api.paths({ ...query, asOf: state.asOf }, controller.signal);
      if (inFlight !== controller) return;
      inFlight = null;
      store.update((current) => ({
        pathResult: { key, paths },
        pathStatus: { state: 'idle' },
        pathIndex: Math.min(current.pathIndex, Math.max(0, paths.length - 1)),
        names: withNames(current.names, paths.flatMap((path) => path.nodes)),
      }));
    } catch (error) {
      if (isAbort(error)) return;
      if (inFlight === controller) inFlight = null;
      const message = error instanceof ApiError ? error.message : 'Finding paths failed.';
      store.update({ pathStatus: { state: 'error', message, retrying: false } });
    }
  }

  return { load, cancel };
}
