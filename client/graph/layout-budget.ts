// How long the layout may run, and how it cools to fit: a big view gets a wall-clock budget and cools faster so
// that it stops within it, and a drag, an expansion or a released pin moves only the part of the drawing near it.

/**
 * A layout from scratch: a few seconds, growing with the view, never more than 12 s, so that with the tidying
 * after it (TIDY_MS) and a busy machine it still stops within the 20 s the issue sets at 10k/20k.
 */
export function layoutBudgetMs(organisations: number): number {
  return Math.min(12_000, 2_500 + organisations);
}

/** At most this long for the collision passes that tidy a layout when it stops. */
export const TIDY_MS = 3_500;

/** A drag, an expansion or a released pin only settles the neighbourhood: a short budget is enough. */
export const REHEAT_BUDGET_MS = 3_000;

/** Ties away from what changed that still move (a newcomer's partners make room, their partners follow a little). */
export const LOCAL_HOPS = 2;

/**
 * The alpha decay per tick that cools from `alpha` to `alphaMin` in the ticks that fit in the time left, at the
 * measured cost of a tick; never slower than d3's own decay, never so fast that a tick's cooling exceeds half.
 */
export function decayFor(alpha: number, alphaMin: number, msLeft: number, msPerTick: number, defaultDecay: number): number {
  if (!(alpha > alphaMin) || !(msPerTick > 0)) return defaultDecay;
  const ticksLeft = Math.max(1, msLeft / msPerTick);
  const needed = 1 - (alphaMin / alpha) ** (1 / ticksLeft);
  return Math.min(0.5, Math.max(defaultDecay, needed));
}

/** The nodes (by index) within `hops` ties of `start`, `start` included. */
export function neighbourhood(start: Iterable<number>, partners: ReadonlyArray<readonly number[]>, hops: number): Set<number> {
  const reached = new Set(start);
  let frontier = [...reached];
  for (let hop = 0; hop < hops && frontier.length; hop += 1) {
    const next: number[] = [];
    for (const node of frontier) {
      for (const other of partners[node] ?? []) {
        if (reached.has(other)) continue;
        reached.add(other);
        next.push(other);
      }
    }
    frontier = next;
  }
  return reached;
}
