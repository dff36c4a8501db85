// Says a failed load in words; a transient one (server or database away) is tried again with a growing delay.
import { ApiError, isAbort } from './api.ts';
import type { AppState } from './app-state.ts';
import type { Store } from './store.ts';

const RETRY_DELAYS = [2000, 4000, 8000, 15000];

export interface FailureRetry {
  fail(error: unknown, what: string): void;
  /** A load came back: the delays start again, and the status clears once nothing else is loading. */
  succeeded(): void;
  /** Start the delays again (the person asked to retry now). */
  reset(): void;
  /** No retry pending (a load is starting anyway). */
  cancel(): void;
}

/** `retry`: loads what the state asks for again; `busy`: whether other loads are still in flight. */
export function createFailureRetry(store: Store<AppState>, retry: () => void, busy: () => boolean): FailureRetry {
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => clearTimeout(timer);
  return {
    fail(error, what) {
      if (isAbort(error)) return;
      const apiError = error instanceof ApiError ? error : new ApiError(500, `${what} failed.`);
      const retrying = apiError.transient;
      store.update({ status: { state: 'error', message: retrying ? apiError.message : `${what}: ${apiError.message}`, retrying } });
      if (retrying) {
        cancel();
        const delay = RETRY_DELAYS[Math.min(attempt, RETRY_DELAYS.length - 1)]!;
        attempt += 1;
        timer = setTimeout(retry, delay);
      }
    },
    succeeded() {
      attempt = 0;
      if (store.get().status.state !== 'idle' && !busy()) store.update({ status: { state: 'idle' } });
    },
    reset() {
      attempt = 0;
    },
    cancel,
  };
}
