// The bench's floor for paths and neighbourhoods: the same network held in memory (compressed adjacency in typed
// arrays) and searched breadth-first, with the same in-force rule (server/contract/in-force.ts). What the API takes
// beyond this is the price of a database, a driver and HTTP; the report gives the ratio beside the absolute figures.
import { intervalOf, type Dated } from '../server/contract/in-force.ts';

export interface NetworkRows {
  organisations: readonly ({ id: string } & Dated)[];
  ties: readonly ({ source: string; target: string } & Dated)[];
}

export interface InMemoryNetwork {
  /** Shortest path length in hops over ties and organisations in force on `day` (null: all), or null beyond `maxHops`. */
  shortestPathLength(from: string, to: string, maxHops: number, day: string | null): number | null;
  /**
   * A depth-1 neighbourhood as /api/graph builds it: the centre and its neighbours in force on `day` (null: all),
   * best connected first up to `limit` organisations, and the ties among them. Null for an unknown centre.
   */
  neighbourhood(centre: string, limit: number, day: string | null): { organisations: string[]; ties: number } | null;
}

export function createInMemoryNetwork(rows: NetworkRows): InMemoryNetwork {
  const ids = rows.organisations.map((organisation) => organisation.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const n = ids.length;
  const nodeFrom = rows.organisations.map((organisation) => intervalOf(organisation).validFrom);
  const nodeTo = rows.organisations.map((organisation) => intervalOf(organisation).validTo);
  const tieFrom = rows.ties.map((tie) => intervalOf(tie).validFrom);
  const tieTo = rows.ties.map((tie) => intervalOf(tie).validTo);
  const tieSource = new Int32Array(rows.ties.length);

  // Compressed sparse rows, both directions (ties are followed either way): neighbours of i are
  // other[offsets[i] .. offsets[i + 1]), reached by tie tieAt[…].
  const degree = new Int32Array(n);
  const ends: [number, number][] = rows.ties.map((tie, t) => {
    const a = index.get(tie.source);
    const b = index.get(tie.target);
    if (a === undefined || b === undefined) throw new Error(`tie ${t} joins an unknown organisation`);
    tieSource[t] = a;
    degree[a]!++;
    degree[b]!++;
    return [a, b];
  });
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + degree[i]!;
  const other = new Int32Array(offsets[n]!);
  const tieAt = new Int32Array(offsets[n]!);
  const fill = offsets.slice(0, n);
  ends.forEach(([a, b], t) => {
    other[fill[a]!] = b;
    tieAt[fill[a]!++] = t;
    other[fill[b]!] = a;
    tieAt[fill[b]!++] = t;
  });

  const inForce = (from: (string | null)[], to: (string | null)[], i: number, day: string | null) =>
    day === null || ((from[i] === null || from[i]! <= day) && (to[i] === null || to[i]! >= day));
  const nodeInForce = (i: number, day: string | null) => inForce(nodeFrom, nodeTo, i, day);
  const tieInForce = (t: number, day: string | null) => inForce(tieFrom, tieTo, t, day);

  // Distances from each side, reset by stamping the nodes each search touched (no O(n) clear per search).
  const distance = [new Int32Array(n).fill(-1), new Int32Array(n).fill(-1)] as const;
  const member = new Uint8Array(n);

  return {
    shortestPathLength(from, to, maxHops, day) {
      const a = index.get(from);
      const b = index.get(to);
      if (a === undefined || b === undefined || !nodeInForce(a, day) || !nodeInForce(b, day)) return null;
      if (a === b) return 0;
      const touched: number[][] = [[a], [b]];
      distance[0][a] = 0;
      distance[1][b] = 0;
      const frontiers: number[][] = [[a], [b]];
      const levels = [0, 0];
      let best: number | null = null;
      // Bidirectional: expand a whole level of the smaller side; the first level that meets the other side holds the
      // shortest length (the minimum over that level's meetings).
      while (best === null && levels[0]! + levels[1]! < maxHops && frontiers[0]!.length > 0 && frontiers[1]!.length > 0) {
        const side = frontiers[0]!.length <= frontiers[1]!.length ? 0 : 1;
        const mine = distance[side];
        const theirs = distance[1 - side]!;
        const next: number[] = [];
        for (const u of frontiers[side]!) {
          for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
            const v = other[e]!;
            if (mine[v] !== -1 || !tieInForce(tieAt[e]!, day) || !nodeInForce(v, day)) continue;
            if (theirs[v] !== -1) {
              const length = levels[side]! + 1 + theirs[v]!;
              if (best === null || length < best) best = length;
              continue;
            }
            mine[v] = levels[side]! + 1;
            touched[side]!.push(v);
            next.push(v);
          }
        }
        levels[side]!++;
        frontiers[side] = next;
      }
      for (const side of [0, 1] as const) for (const i of touched[side]!) distance[side][i] = -1;
      return best !== null && best <= maxHops ? best : null;
    },

    neighbourhood(centre, limit, day) {
      const c = index.get(centre);
      if (c === undefined) return null;
      const found = new Set<number>();
      for (let e = offsets[c]!; e < offsets[c + 1]!; e++) {
        const v = other[e]!;
        if (v !== c && tieInForce(tieAt[e]!, day) && nodeInForce(v, day)) found.add(v);
      }
      const neighbours = [...found].sort((x, y) => degree[y]! - degree[x]! || (ids[x]! < ids[y]! ? -1 : 1)).slice(0, Math.max(0, limit - 1));
      const members = [c, ...neighbours];
      for (const i of members) member[i] = 1;
      let ties = 0;
      // Each tie once: from its source end.
      for (const i of members) {
        for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
          const t = tieAt[e]!;
          if (tieSource[t] === i && member[other[e]!] === 1 && tieInForce(t, day)) ties++;
        }
      }
      for (const i of members) member[i] = 0;
      return { organisations: members.map((i) => ids[i]!), ties };
    },
  };
}
