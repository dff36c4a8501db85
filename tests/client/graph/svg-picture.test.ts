// The SVG picture is a well-formed XML document in which every piece of data is text: names with markup,
// quotes and control characters cannot break out of it.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { createStyles } from '../../../client/graph/graph-styles.ts';
import type { GraphSnapshot } from '../../../client/graph/graph-view.ts';
import type { SceneLink, SceneNode } from '../../../client/graph/scene.ts';
import { createSimulation, settle, type LayoutNode } from '../../../client/graph/simulation.ts';
import { buildSvg, escapeXml, legendOf } from '../../../client/graph/svg-picture.ts';
import { MARK_STYLES, tieMarks, timeCaption } from '../../../client/graph/tie-marks.ts';
import type { Meta, Organisation, Tie } from '../../../client/types.ts';

const hostile = '<script>alert("x")</script> & \'Co\'\u0007';
const meta: Meta = {
  kinds: [{ id: 'nhs-trust', label: 'NHS trust', plural: 'NHS trusts', colour: '#0072B2', description: '', count: 1 }, { id: 'charity', label: 'Charity <b>', plural: 'Charities', colour: 'red"/><script>', description: '', count: 1 }],
  tieTypes: [{ id: 'SUPPORTS', label: 'supports', inverseLabel: 'is supported by', colour: '#009E73', dash: [4, 2], description: '', count: 1 }],
  sources: [],
  totals: { organisations: 2, ties: 1 },
};
const org = (id: string, name: string, kind: string): Organisation => ({ id, name, shortName: null, aliases: [], kind, sector: null, city: null, country: null, description: null, url: null, since: null, until: null, degree: 1 });

function snapshot(): GraphSnapshot {
  const orgs = [org('trust', 'Leeds Teaching Hospitals NHS Trust', 'nhs-trust'), org('charity', hostile, 'charity')];
  const ties: Tie[] = [{ id: 't1', type: 'SUPPORTS', source: 'charity', target: 'trust', since: null, until: null, description: null, evidence: [] }];
  const simulation = createSimulation(orgs, ties);
  settle(simulation);
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const nodes: SceneNode[] = simulation.nodes().map((node: LayoutNode) => ({ node, org: byId.get(node.id)!, important: true, label: byId.get(node.id)!.name, fullLabel: byId.get(node.id)!.name }));
  const force = simulation.force('link') as unknown as { links(): SceneLink['link'][] };
  const links: SceneLink[] = force.links().map((link) => ({ link, tie: ties[0]!, bend: 0, flip: false }));
  return { nodes, links, styles: createStyles(meta), selected: 'charity', emphasis: null, timeMarks: new Map() };
}

describe('escapeXml', () => {
  it('escapes markup and quotes and drops characters XML cannot hold', () => {
    expect(escapeXml(hostile)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;Co&apos;');
  });
});

describe('buildSvg', () => {
  const svg = buildSvg(snapshot(), { title: 'Network of <evil> & co', subtitle: '2 organisations' });

  it('is well-formed XML with an svg root', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(svg);
    expect(parsed.svg['@_xmlns']).toBe('http://www.w3.org/2000/svg');
  });

  it('never lets data become markup', () => {
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;Co&apos;');
    expect(svg).toContain('Network of &lt;evil&gt; &amp; co');
    // A malformed colour from the data is replaced, not written into an attribute.
    expect(svg).not.toContain('red"');
  });

  it('draws each organisation, each tie with its dash pattern and arrow, and a legend', () => {
    expect(svg.match(/<circle cx=/g)?.length).toBeGreaterThanOrEqual(2);
    expect(svg).toContain('stroke-dasharray="4 2"');
    expect(svg).toContain('<title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;Co&apos; supports Leeds Teaching Hospitals NHS Trust</title>');
    expect(svg).toContain('supports (1)');
  });

  it('lists kinds and tie types of the picture in its legend', () => {
    const legend = legendOf(snapshot());
    expect(legend.kinds.map((kind) => kind.id).sort()).toEqual(['charity', 'nhs-trust']);
    expect(legend.ties).toEqual([{ id: 'SUPPORTS', label: 'supports', colour: '#009E73', dash: [4, 2], count: 1 }]);
  });
});

describe('a picture of a comparison', () => {
  const compared = { ...snapshot(), timeMarks: new Map([['t1', 'added' as const]]) };
  const caption = timeCaption({ asOf: null, compare: { from: '2018', to: '2021' } });
  const svg = buildSvg(compared, { title: 'Partnership network', subtitle: `${caption}2 organisations` });

  it('draws the added tie green and says in its legend which years are compared', () => {
    expect(legendOf(compared).ties).toEqual([{ id: 'time-added', label: 'added ties', colour: MARK_STYLES.added.colour, dash: [], count: 1 }]);
    expect(svg).toContain(`stroke="${MARK_STYLES.added.colour}"`);
    expect(svg).toContain('Compared 2018 → 2021: green added, red dashed ended, grey unchanged');
    expect(svg).toContain('added ties (1)');
  });
});

describe('tie marks', () => {
  const tie = (id: string, until: string | null): Tie => ({ id, type: 'SUPPORTS', source: 'a', target: 'b', since: '2015', until, description: null, evidence: [] });

  it('marks ties ended on the timeline year (or today) and nothing else', () => {
    const links = [tie('old', '2019-06'), tie('current', null)];
    expect([...tieMarks(links, null, null)]).toEqual([['old', 'ended']]);
    expect([...tieMarks(links, '2019', null)]).toEqual([]);
    expect([...tieMarks(links, '2020', null)]).toEqual([['old', 'ended']]);
  });
});
