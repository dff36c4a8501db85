// When to recompute the whole network's measures: after the network changed and then stayed quiet for `delayMs`
// (a burst of curation or an import in batches gives one run, not one per write), or at once when asked; one run
// at a time, a request during a run giving exactly one more run after it.
export interface RecomputeSchedule {
  /** The network changed: run once no further change has come for the delay. */
  changed(): void;
  /** Run now, or straight after the run in progress. */
  now(): 'started' | 'queued';
  running(): boolean;
  /** No more runs; waits for the one in progress (the caller stops its worker first). */
  stop(): Promise<void>;
}

export function createRecomputeSchedule(delayMs: number, run: () => Promise<unknown>): RecomputeSchedule {
  let timer: NodeJS.Timeout | null = null;
  let current: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  const clear = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  const start = () => {
    current = run().then(() => undefined, () => undefined).finally(() => {
      current = null;
      if (again && !stopped) {
        again = false;
        start();
      }
    });
  };
  const now = (): 'started' | 'queued' => {
    clear();
    if (current) {
      again = true;
      return 'queued';
    }
    if (!stopped) start();
    return 'started';
  };
  return {
    changed() {
      if (stopped) return;
      clear();
      timer = setTimeout(() => {
        timer = null;
        now();
      }, delayMs);
      timer.unref();
    },
    now,
    running: () => current !== null,
    async stop() {
      stopped = true;
      again = false;
      clear();
      await current;
    },
  };
}
