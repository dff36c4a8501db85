// Pure helpers deciding what stands out: a highlighted path (rest dimmed), a selection and its neighbours, and
// which partner the arrow keys move to.
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
 * Where an arrow key goes from `from`: always along a tie, to the partner lying most nearly in direction (dx, dy)
 * — the nearer of two in about the same direction — so the keys walk the network rather than the screen. An
 * organisation's only partner is reached with any arrow. null when it has no partner drawn.
 */
export function stepAlongTie(from: Placed, partners: readonly Placed[], dx: number, dy: number): string | null {
  let best: string | null = null;
  let bestScore = -Infinity;
  for (const partner of partners) {
    if (partner.id === from.id) continue;
    const vx = partner.x - from.x;
    const vy = partner.y - from.y;
    const distance = Math.hypot(vx, vy);
    const cos = distance === 0 ? 0 : (vx * dx + vy * dy) / distance / Math.hypot(dx, dy);
    // Directions within about 10° count as the same; then nearer wins.
    const score = Math.round(cos * 10) * 1e6 - distance;
    if (score > bestScore) {
      bestScore = score;
      best = partner.id;
    }
  }
  return best;
}
