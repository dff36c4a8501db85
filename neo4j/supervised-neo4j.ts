// Keeps the local Neo4j of a long-running command (npm start, npm run dev) alive: when it dies (killed, crashed,
// out of memory) it is started again on the same data after a back-off — 1 s, doubling up to 30 s, back to 1 s
// once it has stayed up a minute — and every step is logged. The app's driver reconnects by itself meanwhile.
import type { LocalNeo4j } from './local-neo4j.ts';

export interface SupervisedNeo4j {
  uri: string;
  /** The process id of the Neo4j running now. */
  readonly pid: number;
  /** Stops it for good (no restart), including one that is being restarted right now. */
  stop(): Promise<void>;
}

const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 30_000;
const STABLE_MS = 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function superviseLocalNeo4j(start: () => Promise<LocalNeo4j>, name: string, log: (line: string) => void): Promise<SupervisedNeo4j> {
  let current = await start();
  let stopping = false;
  let delayMs = FIRST_DELAY_MS;
  let restarting: Promise<void> = Promise.resolve();

  const restart = async (how: string) => {
    for (;;) {
      // Waited out before anything is logged: Ctrl-C reaches Neo4j (same process group) as well as this process,
      // and that is a shutdown in progress, not a death.
      await sleep(delayMs);
      if (stopping) return;
      log(`${name} stopped unexpectedly (${how}) ${delayMs / 1000} s ago; restarting it…`);
      delayMs = Math.min(delayMs * 2, MAX_DELAY_MS);
      try {
        const started = await start();
        if (stopping) return await started.stop();
        current = started;
        log(`${name} restarted at ${started.uri} (pid ${started.pid}).`);
        watch(started);
        return;
      } catch (error) {
        how = `it could not start again: ${String((error as Error).message).split('\n')[0]}`;
      }
    }
  };
  const watch = (neo4j: LocalNeo4j) => {
    const startedAt = Date.now();
    void neo4j.exited.then((how) => {
      if (stopping) return;
      if (Date.now() - startedAt > STABLE_MS) delayMs = FIRST_DELAY_MS;
      restarting = restart(how);
    });
  };
  watch(current);
  return {
    uri: current.uri,
    get pid() {
      return current.pid;
    },
    async stop() {
      stopping = true;
      await restarting;
      await current.stop();
    },
  };
}
