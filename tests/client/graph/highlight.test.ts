// What stands out: a highlighted path, a selection with its neighbours, and where the arrow keys go.
import { describe, expect, it } from 'vitest';
import { adjacency, neighbourhoodHighlight, pathHighlight, stepAlongTie } from '../../../client/graph/highlight.ts';
import { count } from '../../../client/view-helpers.ts';
import type { Path } from '../../../client/types.ts';

const org = (id: string) => ({ id, name: id, shortName: null, aliases: [], kind: 'k', sector: null, city: null, country: null, description: null, url: null, since: null, until: null, degree: 1 });
const tie = (id: string, source: string, target: string) => ({ id, type: 'PARTNER_OF', source, target, since: null, until: null, description: null, evidence: [] });

describe('pathHighlight', () => {
  it('collects the organisations and ties of a path', () => {
    const path: Path = { nodes: [org('a'), org('b'), org('c')], links: [tie('ab', 'a', 'b'), tie('cb', 'c', 'b')], length: 2, explanation: '', steps: [] };
    const highlight = pathHighlight(path)!;
    expect([...highlight.nodes]).toEqual(['a', 'b', 'c']);
    expect([...highlight.links]).toEqual(['ab', 'cb']);
    expect(pathHighlight(null)).toBeNull();
  });
});

describe('neighbourhoodHighlight', () => {
  it('holds the organisation, its neighbours in either direction and the ties to them', () => {
    const links = [tie('1', 'a', 'b'), tie('2', 'c', 'a'), tie('3', 'b', 'c'), tie('4', 'd', 'e')];
    const highlight = neighbourhoodHighlight('a', links);
    expect([...highlight.nodes].sort()).toEqual(['a', 'b', 'c']);
    expect([...highlight.links].sort()).toEqual(['1', '2']);
  });
});

describe('stepAlongTie', () => {
  const here = { id: 'here', x: 0, y: 0 };
  const partners = [{ id: 'right', x: 100, y: 5 }, { id: 'farRight', x: 300, y: 0 }, { id: 'up', x: 0, y: -80 }, { id: 'upRight', x: 120, y: -60 }];

  it('goes to the partner most nearly in the direction of the arrow, the nearer of two that way', () => {
    expect(stepAlongTie(here, partners, 1, 0)).toBe('right');
    expect(stepAlongTie(here, partners, 0, -1)).toBe('up');
  });

  it('goes to an only partner whichever way it lies', () => {
    expect(stepAlongTie(here, [{ id: 'left', x: -50, y: 0 }], 1, 0)).toBe('left');
  });

  it('returns null with no partner drawn', () => {
    expect(stepAlongTie(here, [], -1, 0)).toBeNull();
  });
});

describe('helpers', () => {
  it('builds adjacency in both directions and counts in words', () => {
    const map = adjacency([{ source: 'a', target: 'b' }, { source: 'a', target: 'a' }]);
    expect([...map.get('b')!]).toEqual(['a']);
    expect(count(1, 'tie', 'ties')).toBe('1 tie');
    expect(count(1200, 'tie', 'ties')).toBe('1,200 ties');
  });
});
