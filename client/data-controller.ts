// Fetches what the state asks for — the vocabulary, the base view, expansions, paths — and derives the visible
// subgraph. Transient failures (server or database away) are said in words and retried with a growing delay.
import { ApiError, type Api } from './api.ts';
import { composeView, evidenceNeeded, hasEvidence, withNames, type AppState } from './app-state.ts';
import { createFailureRetry } from './failure-retry.ts';
import { createPathLoader } from './path-loader.ts';
import { changed, type Store } from './store.ts';
import type { Subgraph } from './types.ts';

export interface DataController {
  /** Try again now (the "Retry" button). */
  retry(): void;
  destroy(): void;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Asks for the view's evidence and resolves once every tie on screen carries it; rejects when reading it fails. */
export function evidenceRead(store: Store<AppState>): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (state: AppState) => {
      if (hasEvidence(state.visible)) resolve();
      else if (state.status.state === 'error') reject(new Error(state.status.message));
      else return;
      unsubscribe();
    };
    const unsubscribe = store.subscribe(settle);
    store.update({ evidenceWanted: true });
    settle(store.get());
  });
}

export function createDataController(store: Store<AppState>, api: Api): DataController {
  let baseController: AbortController | null = null;
  let baseKey = '';
  /** Whether the base shown (or being read) for baseKey carries its ties' evidence. */
  let baseEvidence = false;
  let metaLoading = false;
  const expanding = new Map<string, AbortController>();
  const paths = createPathLoader(store, api);
  const { fail, succeeded, ...retries } = createFailureRetry(store, () => sync(), () => baseController !== null || expanding.size > 0 || metaLoading);

  const nameOf = (id: string) => store.get().names[id] ?? id;

  function rememberNames(graph: Subgraph) {
    store.update((state) => ({ names: withNames(state.names, graph.nodes) }));
  }

  async function loadMeta() {
    if (metaLoading) return;
    metaLoading = true;
    try {
      const meta = await api.meta();
      metaLoading = false;
      store.update({ meta });
      succeeded();
    } catch (error) {
      metaLoading = false;
      fail(error, 'Loading the vocabulary');
    }
  }

  /** `reload`: fetch again after a write, keeping the current drawing until the new one arrives. */
  async function loadBase(state: AppState, reload = false) {
    const key = `${state.centre ?? ''}|${state.centre ? state.depth : ''}|${state.asOf ?? ''}|${state.compare ? `${state.compare.from}-${state.compare.to}` : ''}`;
    const sameView = key === baseKey;
    // Evidence once read is kept for the view (a reload after a write keeps it too).
    const evidence = evidenceNeeded(state) || (sameView && baseEvidence);
    const evidenceMissing = evidence && sameView && !baseEvidence;
    if (!reload && !evidenceMissing && sameView && (state.base || baseController)) return;
    baseController?.abort();
    const controller = new AbortController();
    baseController = controller;
    baseKey = key;
    // The changes answer always carries evidence.
    baseEvidence = evidence || state.compare !== null;
    const message = evidenceMissing ? 'Reading the evidence of the ties…'
      : reload ? 'Updating the view…' : state.centre ? `Loading the neighbourhood of ${nameOf(state.centre)}…` : 'Loading the network…';
    store.update({ status: { state: 'loading', message } });
    try {
      const where = state.centre ? { centre: state.centre, depth: state.depth } : {};
      const comparison = state.compare ? await api.changes({ ...where, ...state.compare }, controller.signal) : null;
      const base = comparison ?? await api.graph({ ...where, asOf: state.asOf, evidence }, controller.signal);
      // Reading a big view's answer is a long task of its own; laying it out and drawing it come in the next one.
      await nextTask();
      if (baseController !== controller) return;
      baseController = null;
      rememberNames(base);
      store.update({ base, comparison });
      succeeded();
    } catch (error) {
      if (baseController === controller) baseController = null;
      baseKey = '';
      if (error instanceof ApiError && error.status === 404 && state.centre) {
        store.update({ status: { state: 'error', message: `${error.message}. The link may be out of date.`, retrying: false } });
        return;
      }
      fail(error, 'Loading the network');
    }
  }

  async function loadExpansion(id: string, reload = false) {
    if (expanding.has(id)) return;
    const controller = new AbortController();
    expanding.set(id, controller);
    if (!reload) store.update({ status: { state: 'loading', message: `Expanding ${nameOf(id)}…` } });
    try {
      const graph = await api.graph({ centre: id, depth: 1, asOf: store.get().asOf }, controller.signal);
      expanding.delete(id);
      rememberNames(graph);
      store.update((state) => ({ expansions: { ...state.expansions, [id]: graph } }));
      succeeded();
    } catch (error) {
      expanding.delete(id);
      if (error instanceof ApiError && error.status === 404) {
        // An organisation that no longer exists cannot be expanded: drop it from the view quietly, but say so.
        store.update((state) => ({ expanded: state.expanded.filter((other) => other !== id), status: { state: 'error', message: error.message, retrying: false } }));
        return;
      }
      fail(error, `Expanding ${nameOf(id)}`);
    }
  }

  function sync() {
    retries.cancel();
    const state = store.get();
    if (!state.meta) void loadMeta();
    void loadBase(state);
    for (const id of state.expanded) if (!state.expansions[id]) void loadExpansion(id);
    if (state.path) void paths.load(state);
    else paths.cancel();
  }

  /** After a write: the vocabulary (counts, new sources), the view, its expansions and the path, fetched again. */
  function reload() {
    const state = store.get();
    void loadMeta();
    void loadBase(state, true);
    for (const id of state.expanded) void loadExpansion(id, true);
    if (state.path) {
      paths.cancel();
      store.update({ pathResult: null, pathStatus: { state: 'idle' } });
      void paths.load(store.get());
    }
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (changed(state, previous, 'revision')) reload();
    if (changed(state, previous, 'asOf', 'compare')) {
      // Another day: everything on screen is read again for it.
      store.update({ expansions: {}, pathResult: null, pathStatus: { state: 'idle' }, evidenceWanted: false });
      sync();
    }
    if (changed(state, previous, 'table', 'evidenceWanted') && evidenceNeeded(state)) void loadBase(state);
    if (changed(state, previous, 'centre', 'depth', 'expanded', 'path')) {
      if (changed(state, previous, 'centre', 'depth')) store.update({ base: null, evidenceWanted: false });
      if (changed(state, previous, 'path') && state.path && state.pathStatus.state === 'error') store.update({ pathStatus: { state: 'idle' } });
      sync();
    }
    if (changed(state, previous, 'base', 'expansions', 'expanded', 'hidden', 'hiddenTieTypes', 'hiddenKinds', 'path', 'pathResult', 'pathIndex')) {
      const visible = state.base ? composeView(state) : state.visible;
      if (visible !== state.visible) store.update({ visible });
    }
  });

  sync();

  return {
    retry() {
      retries.reset();
      store.update({ status: { state: 'idle' } });
      sync();
    },
    destroy() {
      unsubscribe();
      retries.cancel();
      baseController?.abort();
      paths.cancel();
      for (const controller of expanding.values()) controller.abort();
    },
  };
}

