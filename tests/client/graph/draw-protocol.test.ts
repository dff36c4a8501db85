// The scene as it crosses to the drawing worker: what the worker rebuilds must draw exactly what the main thread has.
import { describe, expect, it } from 'vitest';
import { applyPlaces, focusOf, placesOf, sceneFromShape, shapeOf } from '../../../client/graph/draw-protocol.ts';
import { createStyles } from '../../../client/graph/graph-styles.ts';
import type { Scene, SceneLink, SceneNode } from '../../../client/graph/scene.ts';
import type { LayoutNode } from '../../../client/graph/simulation.ts';
import type { Organisation, Tie } from '../../../client/types.ts';

const styles = createStyles({
  kinds: [{ id: 'trust', label: 'Trust', plural: 'Trusts', colour: '#123456' }],
  tieTypes: [{ id: 'PARTNERS', label: 'partners', inverseLabel: 'partners', colour: '#abcdef', dash: [4, 2], symmetric: true }],
} as unknown as Parameters<typeof createStyles>[0]);

function mainScene(): Scene {
  const node = (id: string, x: number | undefined, fx: number | null = null): LayoutNode => ({ id, degree: 2, radius: 7, x, y: x === undefined ? undefined : x / 2, fx });
  const nodes: SceneNode[] = [node('a', 10), node('b', 20, 20), node('c', undefined)].map((item) => ({
    node: item,
    org: { id: item.id, name: `Org ${item.id}`, kind: 'trust' } as Organisation,
    important: item.id === 'a',
    label: `Org ${item.id}`,
    fullLabel: `Organisation ${item.id}`,
  }));
  const links: SceneLink[] = [
    { link: { id: 't1', source: nodes[0]!.node, target: nodes[1]!.node }, tie: { id: 't1', type: 'PARTNERS' } as Tie, bend: 0, flip: false },
    // A tie to an organisation the scene does not draw is left out.
    { link: { id: 't2', source: nodes[0]!.node, target: { id: 'gone', degree: 1, radius: 5 } }, tie: { id: 't2', type: 'PARTNERS' } as Tie, bend: 3, flip: true },
  ];
  return {
    nodes,
    links,
    styles,
    selected: 'a',
    hovered: null,
    emphasis: { nodes: new Set(['a', 'b']), links: new Set(['t1']), dimTo: 0.3, halo: false },
    labelBoost: new Set(['b']),
    version: 7,
    timeMarks: new Map([['t1', 'ended' as const]]),
    nodeColour: (id) => (id === 'b' ? '#ff0000' : null),
  };
}

describe('the scene crossing to the drawing worker', () => {
  it('resolves colours and tie styles, keeps labels, ties (as indices), focus and marks', () => {
    const original = mainScene();
    const shape = shapeOf(original);
    expect(shape.colours).toEqual(['#123456', '#ff0000', '#123456']);
    expect([shape.tieIds, [...shape.ends], [...shape.bends], [...shape.flips]]).toEqual([['t1'], [0, 1], [0], [0]]);
    // Structured clone is what postMessage does: nothing in the shape or focus may be a function.
    const copy = sceneFromShape(structuredClone(shape), structuredClone(focusOf(original)));
    expect(copy.styles.tie('PARTNERS')).toEqual(original.styles.tie('PARTNERS'));
    expect(copy.nodes.map((item) => copy.nodeColour?.(item.org.id))).toEqual(['#123456', '#ff0000', '#123456']);
    expect(copy.nodes.map((item) => [item.node.id, item.node.degree, item.label, item.fullLabel, item.important])).toEqual(original.nodes.map((item) => [item.node.id, item.node.degree, item.label, item.fullLabel, item.important]));
    expect(copy.links[0]!.link.source).toBe(copy.nodes[0]!.node);
    expect(copy.links[0]!.link.target).toBe(copy.nodes[1]!.node);
    expect([copy.selected, copy.hovered, [...copy.labelBoost], [...copy.emphasis!.links]]).toEqual(['a', null, ['b'], ['t1']]);
    expect(copy.timeMarks.get('t1')).toBe('ended');
  });

  it('carries places (x, y, radius, pinned) and the version; an unplaced organisation stays unplaced', () => {
    const original = mainScene();
    const copy = sceneFromShape(shapeOf(original), focusOf(original));
    applyPlaces(copy, placesOf(original), original.version);
    expect(copy.version).toBe(7);
    expect(copy.nodes.map(({ node }) => [node.x, node.y, node.radius, node.fx != null])).toEqual([[10, 5, 7, false], [20, 10, 7, true], [undefined, undefined, 7, false]]);
  });
});
