// Pure helpers deciding what stands out: a highlighted path (rest dimmed), a selection and its neighbours, and
// which neighbour the arrow keys move to.
import type { Path, Tie } from '../types.ts';

export interface Highlight {
  nodes: Set<string>;
  links: Set<string>;
}

/** The organisations and ties of a path, by id. */
export function pathHighlight(path: Path | null | undefined): Highlight | null {
  if (!path) return null;
  return { nodes: new Set(path.nodes.map((node) => node.id)), links: new Set(path.links.map((link) => link.id)) };
}

/** An organisation, its direct neighbours in view and the ties between them and it. */
export function neighbourhoodHighlight(id: string, links: ReadonlyArray<Pick<Tie, 'id' | 'source' | 'target'>>): Highlight {
  const nodes = new Set([id]);
  const ids = new Set<string>();
  for (const link of links) {
    if (link.source === id || link.target === id) {
      nodes.add(link.source);
      nodes.add(link.target);
      ids.add(link.id);
    }
  }
  return { nodes, links: ids };
}

/** Adjacency in both directions, from ties given by id. */
export function adjacency(links: ReadonlyArray<Pick<Tie, 'source' | 'target'>>): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const { source, target } of links) {
    if (source === target) continue;
    (map.get(source) ?? map.set(source, new Set()).get(source)!).add(target);
    (map.get(target) ?? map.set(target, new Set()).get(target)!).add(source);
  }
  return map;
}

export interface Placed {
  id: string;
  x: number;
  y: number;
}

/**
 * Where an arrow key goes from `from`: the candidate most nearly in direction (dx, dy), preferring neighbours,
 * and preferring nearer ones among those in about the same direction. null when nothing lies that way.
 */
export function stepInDirection(from: Placed, candidates: readonly Placed[], neighbours: ReadonlySet<string>, dx: number, dy: number): string | null {
  let best: string | null = null;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    if (candidate.id === from.id) continue;
    const vx = candidate.x - from.x;
    const vy = candidate.y - from.y;
    const distance = Math.hypot(vx, vy);
    if (distance === 0) continue;
    const cos = (vx * dx + vy * dy) / distance / Math.hypot(dx, dy);
    if (cos < 0.35) continue;
    const score = (distance * (2 - cos)) * (neighbours.has(candidate.id) ? 0.5 : 1);
    if (score < bestScore) {
      bestScore = score;
      best = candidate.id;
    }
  }
  return best;
}

/** Plain words for how many: "1 tie", "3 ties". */
export function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}
