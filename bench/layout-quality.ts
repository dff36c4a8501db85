// How good a settled drawing is, so a faster layout can be checked for not being a worse one: the spread of tie
// lengths (even lengths read as a calm picture) and how many organisations sit on top of another one.

export interface PlacedNode {
  x: number;
  y: number;
  radius: number;
}

export interface LayoutQuality {
  /** Standard deviation of tie lengths over their mean (lower is calmer). */
  edgeLengthCv: number;
  /** Pairs of organisations whose circles overlap. */
  overlappingPairs: number;
  /** Share of organisations overlapping at least one other, 0–1. */
  overlappedShare: number;
}

export function layoutQuality(nodes: readonly PlacedNode[], links: ReadonlyArray<readonly [number, number]>): LayoutQuality {
  const lengths: number[] = [];
  for (const [a, b] of links) {
    const source = nodes[a];
    const target = nodes[b];
    if (source && target && a !== b) lengths.push(Math.hypot(source.x - target.x, source.y - target.y));
  }
  const mean = lengths.reduce((sum, length) => sum + length, 0) / (lengths.length || 1);
  const variance = lengths.reduce((sum, length) => sum + (length - mean) ** 2, 0) / (lengths.length || 1);

  // A uniform grid as wide as the largest circle: overlapping circles lie in the same or a neighbouring cell.
  const cell = Math.max(1, 2 * nodes.reduce((max, node) => Math.max(max, node.radius), 0));
  const grid = new Map<string, number[]>();
  nodes.forEach((node, index) => {
    const key = `${Math.floor(node.x / cell)},${Math.floor(node.y / cell)}`;
    (grid.get(key) ?? grid.set(key, []).get(key)!).push(index);
  });
  let overlappingPairs = 0;
  const overlapped = new Set<number>();
  nodes.forEach((node, index) => {
    const cx = Math.floor(node.x / cell);
    const cy = Math.floor(node.y / cell);
    for (let dx = -1; dx <= 1; dx += 1) {
      for (let dy = -1; dy <= 1; dy += 1) {
        for (const other of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
          if (other <= index) continue;
          const peer = nodes[other]!;
          if (Math.hypot(node.x - peer.x, node.y - peer.y) < node.radius + peer.radius) {
            overlappingPairs += 1;
            overlapped.add(index);
            overlapped.add(other);
          }
        }
      }
    }
  });
  return {
    edgeLengthCv: mean > 0 ? Math.sqrt(variance) / mean : 0,
    overlappingPairs,
    overlappedShare: nodes.length ? overlapped.size / nodes.length : 0,
  };
}
