// The force layout without a browser: deterministic, finite, keeps known positions and pins, and brings new
// organisations in next to the neighbour they were expanded from.
import { describe, expect, it } from 'vitest';
import { createSimulation, nodeRadius, placeNewNodes, removeOverlaps, seedPlacement, settle, type KnownPosition, type LayoutNode } from '../../../client/graph/simulation.ts';

// A small network: a hub with spokes, a second hub and a separate pair.
const nodes = [
  { id: 'hub', degree: 6 }, { id: 'a', degree: 1 }, { id: 'b', degree: 1 }, { id: 'c', degree: 2 }, { id: 'd', degree: 1 },
  { id: 'hub2', degree: 3 }, { id: 'e', degree: 1 }, { id: 'f', degree: 1 }, { id: 'lone1', degree: 1 }, { id: 'lone2', degree: 1 },
];
const links = [
  { id: '1', source: 'hub', target: 'a' }, { id: '2', source: 'hub', target: 'b' }, { id: '3', source: 'hub', target: 'c' },
  { id: '4', source: 'c', target: 'd' }, { id: '5', source: 'hub', target: 'hub2' }, { id: '6', source: 'hub2', target: 'e' },
  { id: '7', source: 'hub2', target: 'f' }, { id: '8', source: 'lone1', target: 'lone2' },
];

const positions = (list: LayoutNode[]) => new Map<string, KnownPosition>(list.map((node) => [node.id, { x: node.x!, y: node.y!, fx: node.fx ?? null, fy: node.fy ?? null }]));
const distance = (p: { x?: number; y?: number }, q: { x?: number; y?: number }) => Math.hypot(p.x! - q.x!, p.y! - q.y!);

describe('createSimulation', () => {
  it('lays out every node at a finite position, without overlaps', () => {
    const simulation = createSimulation(nodes, links);
    settle(simulation);
    const laid = simulation.nodes();
    for (const node of laid) {
      expect(Number.isFinite(node.x)).toBe(true);
      expect(Number.isFinite(node.y)).toBe(true);
    }
    for (const p of laid) for (const q of laid) if (p !== q) expect(distance(p, q)).toBeGreaterThan(p.radius + q.radius - 1);
  });

  it('is deterministic: the same input gives the same layout', () => {
    const first = createSimulation(nodes, links);
    const second = createSimulation(nodes, links);
    first.tick(120);
    second.tick(120);
    expect(first.nodes().map((node) => [node.x, node.y])).toEqual(second.nodes().map((node) => [node.x, node.y]));
  });

  it('never starts a timer of its own and does not touch the data it was given', () => {
    const input = nodes.map((node) => ({ ...node }));
    const inputLinks = links.map((link) => ({ ...link }));
    const simulation = createSimulation(input, inputLinks);
    const before = simulation.nodes().map((node) => node.x);
    expect(simulation.nodes().map((node) => node.x)).toEqual(before);
    expect(input[0]).toEqual({ id: 'hub', degree: 6 });
    expect(inputLinks[0]).toEqual({ id: '1', source: 'hub', target: 'a' });
  });

  it('drops ties whose organisations are not in the view, and self-ties', () => {
    const simulation = createSimulation(nodes, [...links, { id: 'x', source: 'hub', target: 'missing' }, { id: 'y', source: 'a', target: 'a' }]);
    const force = simulation.force('link') as unknown as { links(): unknown[] };
    expect(force.links()).toHaveLength(links.length);
  });

  it('places a new organisation next to the neighbour it was expanded from, and keeps the rest in place', () => {
    const first = createSimulation(nodes, links);
    settle(first);
    const previous = positions(first.nodes());
    const grown = createSimulation([...nodes, { id: 'new', degree: 1 }], [...links, { id: '9', source: 'new', target: 'e' }], { previous, alpha: 0.3 });
    const byId = new Map(grown.nodes().map((node) => [node.id, node]));
    const e = byId.get('e')!;
    const newcomer = byId.get('new')!;
    expect(distance(newcomer, e)).toBeLessThan(e.radius + newcomer.radius + 40);
    // Existing nodes start exactly where they were…
    for (const [id, known] of previous) expect([byId.get(id)!.x, byId.get(id)!.y]).toEqual([known.x, known.y]);
    settle(grown);
    // …and a low-alpha settle moves them only a little.
    const moved = [...previous].map(([id, known]) => distance(byId.get(id)!, known));
    expect(Math.max(...moved)).toBeLessThan(40);
    expect(distance(newcomer, e)).toBeLessThan(120);
  });

  it('keeps pinned organisations exactly where they were dropped', () => {
    const first = createSimulation(nodes, links);
    settle(first);
    const previous = positions(first.nodes());
    previous.set('a', { x: 500, y: -400, fx: 500, fy: -400 });
    const next = createSimulation(nodes, links, { previous, alpha: 1 });
    settle(next);
    const a = next.nodes().find((node) => node.id === 'a')!;
    expect([a.x, a.y]).toEqual([500, -400]);
  });

  it('sizes nodes by the square root of their ties, within bounds', () => {
    expect(nodeRadius(0)).toBeLessThan(nodeRadius(4));
    expect(nodeRadius(4)).toBeLessThan(nodeRadius(16));
    expect(nodeRadius(10_000)).toBe(26);
  });
});

describe('placeNewNodes', () => {
  it('places chains of newcomers outward from what is known, and unconnected ones on a ring outside', () => {
    const list: LayoutNode[] = [
      { id: 'known', degree: 2, radius: 8, x: 0, y: 0 },
      { id: 'n1', degree: 2, radius: 6 },
      { id: 'n2', degree: 1, radius: 6 },
      { id: 'far', degree: 0, radius: 6 },
    ];
    placeNewNodes(list, [{ source: 'known', target: 'n1' }, { source: 'n1', target: 'n2' }]);
    const [known, n1, n2, far] = list as [LayoutNode, LayoutNode, LayoutNode, LayoutNode];
    expect(distance(n1, known)).toBeLessThan(60);
    expect(distance(n2, n1)).toBeLessThan(60);
    expect(Number.isFinite(far.x)).toBe(true);
    expect(distance(far, known)).toBeGreaterThan(50);
  });

  it('leaves everything to d3 when nothing is placed yet', () => {
    const list: LayoutNode[] = [{ id: 'a', degree: 1, radius: 6 }, { id: 'b', degree: 1, radius: 6 }];
    placeNewNodes(list, [{ source: 'a', target: 'b' }]);
    expect(list[0]!.x).toBeUndefined();
  });
});

describe('seedPlacement', () => {
  // Two hubs with twenty spokes each, tied to each other, and a pair on its own.
  const big = [{ id: 'h1', degree: 21 }, { id: 'h2', degree: 21 }, { id: 'p', degree: 1 }, { id: 'q', degree: 1 }];
  const bigLinks = [{ id: 'hh', source: 'h1', target: 'h2' }, { id: 'pq', source: 'p', target: 'q' }];
  for (const hub of ['h1', 'h2']) {
    for (let spoke = 0; spoke < 20; spoke += 1) {
      big.push({ id: `${hub}-${spoke}`, degree: 1 });
      bigLinks.push({ id: `${hub}-${spoke}`, source: hub, target: `${hub}-${spoke}` });
    }
  }
  const place = () => {
    const list: LayoutNode[] = big.map((node) => ({ ...node, radius: nodeRadius(node.degree) }));
    seedPlacement(list, bigLinks);
    return new Map(list.map((node) => [node.id, node]));
  };

  it('places everyone, deterministically, with spokes nearer their own hub than the other one', () => {
    const placed = place();
    expect([...placed.values()].every((node) => Number.isFinite(node.x) && Number.isFinite(node.y))).toBe(true);
    expect([...place().values()].map((node) => [node.x, node.y])).toEqual([...placed.values()].map((node) => [node.x, node.y]));
    for (const hub of ['h1', 'h2']) {
      const other = hub === 'h1' ? 'h2' : 'h1';
      for (let spoke = 0; spoke < 20; spoke += 1) {
        const node = placed.get(`${hub}-${spoke}`)!;
        expect(distance(node, placed.get(hub)!)).toBeLessThan(distance(node, placed.get(other)!));
      }
    }
  });

  it('keeps a separate group apart from the first one, and its two organisations together', () => {
    const placed = place();
    expect(distance(placed.get('p')!, placed.get('q')!)).toBeLessThan(60);
    expect(distance(placed.get('p')!, placed.get('h1')!)).toBeGreaterThan(100);
  });

  it('is what a large fresh view starts from, instead of d3\'s disc', () => {
    const many = Array.from({ length: 400 }, (_, index) => ({ id: `n${index}`, degree: 1 }));
    const chain = many.slice(1).map((node, index) => ({ id: `l${index}`, source: `n${index}`, target: node.id }));
    const nodesOfChain = createSimulation(many, chain).nodes();
    // Neighbours along the chain start close together (d3's phyllotaxis would put index neighbours ~10 apart too,
    // but a chain in sunflower order wanders; here every tie starts short).
    for (const link of chain) expect(distance(nodesOfChain[Number(link.source.slice(1))]!, nodesOfChain[Number(link.target.slice(1))]!)).toBeLessThan(80);
  });
});

describe('removeOverlaps', () => {
  it('pushes overlapping organisations apart and leaves pinned ones where they are', () => {
    const list: LayoutNode[] = Array.from({ length: 30 }, (_, index) => ({ id: `n${index}`, degree: 1, radius: 6, x: (index % 5) * 2, y: Math.floor(index / 5) * 2 }));
    list[0]!.fx = list[0]!.x;
    list[0]!.fy = list[0]!.y;
    removeOverlaps(list, 200);
    expect(list[0]).toMatchObject({ x: 0, y: 0 });
    for (const p of list) for (const q of list) if (p !== q) expect(distance(p, q)).toBeGreaterThan(p.radius + q.radius - 1);
  });
});
