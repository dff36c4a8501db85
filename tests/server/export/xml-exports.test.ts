// GraphML and GEXF read back with a real XML parser give the same graph as the JSON the API serves.
import { describe, it, expect } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { joinList } from '../../../server/export/list-text.ts';
import { toGraphml } from '../../../server/export/graphml-export.ts';
import { toGexf, hexToRgb } from '../../../server/export/gexf-export.ts';
import { escapeXml, stripInvalidXmlChars } from '../../../server/export/xml-escape.ts';
import { context, nodeById, readableEvidence, subgraph, xmlSafe } from './fixture.ts';

type Element = Record<string, unknown>;

// htmlEntities makes the parser decode numeric character references (&#10;) as any XML consumer does.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: true,
  isArray: (name) => ['key', 'node', 'edge', 'data', 'attributes', 'attribute', 'attvalue'].includes(name),
});

const list = (value: unknown): Element[] => (Array.isArray(value) ? (value as Element[]) : []);
const attr = (element: Element, name: string): string => String(element[`@_${name}`]);

describe('xml escaping', () => {
  it('escapes markup and both quote kinds, and writes whitespace as character references', () => {
    expect(escapeXml(`<a href="x">'&'</a>\t\n\r`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;&#9;&#10;&#13;');
  });

  it('drops control characters, lone surrogates and U+FFFF but keeps other Unicode', () => {
    expect(stripInvalidXmlChars('a\u0001b\u001Fc\uD800d\uFFFFe é ’ مؤسسة 😀')).toBe('abcde é ’ مؤسسة 😀');
  });
});

describe('graphml export', () => {
  const xml = toGraphml(subgraph, context);
  const graphml = parser.parse(xml).graphml as Element;
  const graph = graphml.graph as Element;
  const keys = list(graphml.key);
  const keyName = new Map(keys.map((key) => [attr(key, 'id'), attr(key, 'attr.name')]));
  const values = (element: Element): Record<string, string> =>
    Object.fromEntries(list(element.data).map((data) => [keyName.get(attr(data, 'key')) ?? '?', String(data['#text'] ?? '')]));

  it('is well-formed XML and never contains the raw markup from the data', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('\u0001');
  });

  it('is a directed graph whose node ids, edge ids and endpoints are those of the subgraph', () => {
    expect(attr(graph, 'edgedefault')).toBe('directed');
    expect(list(graph.node).map((node) => attr(node, 'id'))).toEqual(subgraph.nodes.map((org) => org.id));
    expect(list(graph.edge).map((edge) => [attr(edge, 'id'), attr(edge, 'source'), attr(edge, 'target')])).toEqual(
      subgraph.links.map((tie) => [tie.id, tie.source, tie.target]),
    );
  });

  it('reads back names, kinds, aliases and descriptions exactly, control characters aside', () => {
    for (const node of list(graph.node)) {
      const org = nodeById(attr(node, 'id'));
      const data = values(node);
      expect(data.name).toBe(xmlSafe(org.name));
      expect(data.kind).toBe(org.kind);
      expect(data.description).toBe(xmlSafe(org.description ?? ''));
      expect(data.degree).toBe(String(org.degree));
      expect(data.aliases).toBe(joinList(org.aliases) ?? undefined);
    }
  });

  it('leaves null values out instead of writing empty strings', () => {
    const formula = values(list(graph.node).find((node) => attr(node, 'id') === 'formula-org')!);
    expect(formula).not.toHaveProperty('shortName');
    expect(formula).not.toHaveProperty('url');
  });

  it('carries the evidence quotes of every tie in one readable string, with counts and source ids', () => {
    list(graph.edge).forEach((edge, index) => {
      const tie = subgraph.links[index]!;
      const data = values(edge);
      expect(data.evidence).toBe(xmlSafe(readableEvidence(tie)));
      for (const item of tie.evidence) expect(data.evidence).toContain(xmlSafe(item.quote));
      expect(data.evidenceCount).toBe(String(tie.evidence.length));
      expect(data.evidenceSources).toBe(tie.evidence.map((item) => item.source).join('; '));
      expect(data.type).toBe(tie.type);
    });
  });

  it('declares a typed key for every attribute it uses', () => {
    for (const key of keys) {
      expect(['node', 'edge']).toContain(attr(key, 'for'));
      expect(['string', 'int']).toContain(attr(key, 'attr.type'));
    }
    const declared = (scope: string) => keys.filter((key) => attr(key, 'for') === scope).map((key) => attr(key, 'attr.name'));
    expect(declared('node')).toEqual(expect.arrayContaining(
      ['name', 'shortName', 'aliases', 'kind', 'kindLabel', 'sector', 'city', 'country', 'description', 'url', 'degree', 'colour'],
    ));
    expect(declared('edge')).toEqual(expect.arrayContaining(
      ['type', 'label', 'since', 'until', 'description', 'evidence', 'evidenceSources', 'evidenceCount'],
    ));
    const keyFor = new Map(keys.map((key) => [attr(key, 'id'), attr(key, 'for')]));
    for (const node of list(graph.node)) for (const data of list(node.data)) expect(keyFor.get(attr(data, 'key'))).toBe('node');
    for (const edge of list(graph.edge)) for (const data of list(edge.data)) expect(keyFor.get(attr(data, 'key'))).toBe('edge');
  });

  it('labels kinds and ties from the vocabulary and falls back to the id for an unknown kind', () => {
    const byId = (id: string) => values(list(graph.node).find((node) => attr(node, 'id') === id)!);
    expect(byId('leeds-teaching-hospitals').kindLabel).toBe('NHS trust');
    expect(byId('leeds-teaching-hospitals').colour).toBe('#1f77b4');
    expect(byId('arabic-org').kindLabel).toBe('unknown-kind');
    expect(byId('arabic-org')).not.toHaveProperty('colour');
    expect(values(list(graph.edge)[0]!).label).toBe('commissions');
  });
});

describe('gexf export', () => {
  const xml = toGexf(subgraph, context);
  const gexf = parser.parse(xml).gexf as Element;
  const graph = gexf.graph as Element;
  const nodes = list((graph.nodes as Element).node);
  const edges = list((graph.edges as Element).edge);
  const declarations = list(graph.attributes).flatMap((group) =>
    list(group.attribute).map((attribute) => ({ scope: attr(group, 'class'), id: attr(attribute, 'id'), title: attr(attribute, 'title') })),
  );
  const titleOf = new Map(declarations.map((declaration) => [declaration.id, declaration.title]));
  const values = (element: Element): Record<string, string> =>
    Object.fromEntries(list((element.attvalues as Element | undefined)?.attvalue).map((value) => [titleOf.get(attr(value, 'for')) ?? '?', attr(value, 'value')]));

  it('is well-formed GEXF 1.3 with the viz namespace', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain('<script>');
    expect(attr(gexf, 'xmlns')).toBe('http://gexf.net/1.3');
    expect(attr(gexf, 'xmlns:viz')).toBe('http://gexf.net/1.3/viz');
    expect(attr(gexf, 'version')).toBe('1.3');
    expect(attr(graph, 'defaultedgetype')).toBe('directed');
  });

  it('gives the same node ids, labels, kinds and edges as the subgraph', () => {
    expect(nodes.map((node) => [attr(node, 'id'), attr(node, 'label'), values(node).kind])).toEqual(
      subgraph.nodes.map((org) => [org.id, xmlSafe(org.name), org.kind]),
    );
    expect(edges.map((edge) => [attr(edge, 'id'), attr(edge, 'source'), attr(edge, 'target'), attr(edge, 'type')])).toEqual(
      subgraph.links.map((tie) => [tie.id, tie.source, tie.target, 'directed']),
    );
    expect(edges.map((edge) => attr(edge, 'label'))).toEqual(['commissions', 'is a partner of']);
  });

  it('keeps line breaks and quotes inside attribute values', () => {
    const leeds = values(nodes[0]!);
    expect(leeds.description).toBe(subgraph.nodes[0]!.description);
    expect(leeds.aliases).toBe('Leeds "Teaching"; LTH\\; Leeds');
  });

  it('carries the evidence quotes and declares every attribute value it writes', () => {
    edges.forEach((edge, index) => {
      expect(values(edge).evidence).toBe(xmlSafe(readableEvidence(subgraph.links[index]!)));
    });
    const declared = new Set(declarations.map((declaration) => `${declaration.scope}:${declaration.id}`));
    for (const node of nodes) for (const value of list((node.attvalues as Element).attvalue)) expect(declared).toContain(`node:${attr(value, 'for')}`);
    for (const edge of edges) for (const value of list((edge.attvalues as Element).attvalue)) expect(declared).toContain(`edge:${attr(value, 'for')}`);
    expect(declarations.find((declaration) => declaration.title === 'degree')).toBeDefined();
    expect(xml).toContain('title="degree" type="integer"');
  });

  it('colours nodes by kind and edges by tie type, and leaves unknown kinds uncoloured', () => {
    const colour = (element: Element) => {
      const viz = element['viz:color'] as Element | undefined;
      return viz ? [attr(viz, 'r'), attr(viz, 'g'), attr(viz, 'b')].map(Number) : null;
    };
    expect(colour(nodes[0]!)).toEqual([31, 119, 180]);
    expect(colour(nodes[1]!)).toEqual([170, 187, 204]);
    expect(colour(nodes[2]!)).toBeNull();
    expect(colour(edges[0]!)).toEqual([255, 127, 14]);
    expect(hexToRgb('red')).toBeNull();
  });

  it('is dynamic, with a spell from the first day of since to the last day of until on whatever is dated', () => {
    expect([attr(graph, 'mode'), attr(graph, 'timeformat')]).toEqual(['dynamic', 'date']);
    const spell = (element: Element) => {
      const found = (element.spells as Element | undefined)?.spell as Element | undefined;
      return found ? [found['@_start'] ?? null, found['@_end'] ?? null] : null;
    };
    expect(nodes.map(spell)).toEqual([null, null, ['2022-07-01', null]]);
    expect(edges.map(spell)).toEqual([['2019-01-01', null], [null, '2024-03-31']]);
  });
});

describe('layout positions', () => {
  const [first, second] = subgraph.nodes;
  const positions = new Map([[first!.id, { x: 12.345, y: -40 }], [second!.id, { x: -3, y: 7.5 }]]);
  const placed = { ...context, positions };

  it('writes GEXF viz:position with y turned upwards, and none for an organisation without a position', () => {
    const nodes = list((((parser.parse(toGexf(subgraph, placed)).gexf as Element).graph as Element).nodes as Element).node);
    const position = (element: Element) => {
      const viz = element['viz:position'] as Element | undefined;
      return viz ? [attr(viz, 'x'), attr(viz, 'y'), attr(viz, 'z')].map(Number) : null;
    };
    expect(nodes.map(position)).toEqual([[12.35, 40, 0], [-3, -7.5, 0], null]);
    expect(toGexf(subgraph, context)).not.toContain('viz:position');
  });

  it('writes GraphML x and y as declared doubles, and yEd geometry centred on the position', () => {
    const xml = toGraphml(subgraph, placed);
    expect(XMLValidator.validate(xml)).toBe(true);
    const graphml = parser.parse(xml).graphml as Element;
    expect(attr(graphml, 'xmlns:y')).toBe('http://www.yworks.com/xml/graphml');
    const keys = list(graphml.key).filter((key) => ['x', 'y'].includes(attr(key, 'attr.name')));
    expect(keys.map((key) => attr(key, 'attr.type'))).toEqual(['double', 'double']);
    const nodes = list((graphml.graph as Element).node);
    const value = (node: Element, key: string) => list(node.data).find((data) => attr(data, 'key') === key);
    expect([value(nodes[0]!, 'n-x')?.['#text'], value(nodes[0]!, 'n-y')?.['#text']]).toEqual(['12.35', '-40']);
    expect(value(nodes[2]!, 'n-x')).toBeUndefined();
    const geometry = ((value(nodes[1]!, 'n-yed')!['y:ShapeNode'] as Element)['y:Geometry']) as Element;
    expect([attr(geometry, 'x'), attr(geometry, 'y'), attr(geometry, 'width')]).toEqual(['-18', '-7.5', '30']);
    expect(toGraphml(subgraph, context)).not.toContain('yfiles');
  });
});
