// A minimal observable store: one state object, shallow patches, listeners told about each change in order.
// Panels subscribe to it and never talk to each other; that is what keeps them independent.

export type Listener<S> = (state: S, previous: S) => void;
export type Patch<S> = Partial<S> | ((state: S) => Partial<S> | null | undefined);

export interface Store<S> {
  get(): S;
  /** Applies a shallow patch; listeners run only when some field changed (compared with Object.is). */
  update(patch: Patch<S>): void;
  subscribe(listener: Listener<S>): () => void;
}

export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<Listener<S>>();
  // Updates made by a listener are queued, so every listener sees the transitions one by one and in order.
  const queue: Array<[S, S]> = [];
  let notifying = false;

  function flush() {
    notifying = true;
    try {
      for (let item = queue.shift(); item; item = queue.shift()) {
        const [next, previous] = item;
        for (const listener of [...listeners]) listener(next, previous);
      }
    } finally {
      notifying = false;
      queue.length = 0;
    }
  }

  return {
    get: () => state,
    update(patch) {
      const changes = typeof patch === 'function' ? patch(state) : patch;
      if (!changes) return;
      const keys = Object.keys(changes) as Array<keyof S>;
      if (keys.every((key) => Object.is(state[key], changes[key]))) return;
      const previous = state;
      state = { ...state, ...changes };
      queue.push([state, previous]);
      if (!notifying) flush();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** True when any of the named fields changed between two states. */
export function changed<S>(state: S, previous: S, ...keys: Array<keyof S>): boolean {
  return keys.some((key) => !Object.is(state[key], previous[key]));
}
