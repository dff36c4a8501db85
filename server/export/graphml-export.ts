// GraphML for Gephi, yEd, Cytoscape and networkx: every attribute declared as a <key>, ids kept from the API,
// null values left out (GraphML's way of saying "unknown").
import type { Subgraph } from '../schemas/graph.ts';
import type { ExportContext } from './export-types.ts';
import type { AttributeCell, AttributeType } from './attribute-rows.ts';
import { XML_DECLARATION, declaredAttributes, organisationCells, presentValues, tieCells, type XmlScope } from './graph-xml-attributes.ts';
import { escapeXml, xmlAttributes } from './xml-escape.ts';

// GraphML has no list type; flatAttributes joins lists into one string before they get here.
const GRAPHML_TYPES: Record<AttributeType, string> = { string: 'string', int: 'int', float: 'double', 'string[]': 'string' };

function keyLines(scope: XmlScope, subgraph: Subgraph): string[] {
  return declaredAttributes(scope, GRAPHML_TYPES, subgraph).map(
    ({ id, name, type }) => `  <key${xmlAttributes({ id, for: scope, 'attr.name': name, 'attr.type': type })}/>`,
  );
}

function dataLines(scope: XmlScope, cells: AttributeCell[]): string[] {
  return presentValues(scope, cells).map(({ key, text }) => `      <data${xmlAttributes({ key })}>${escapeXml(text)}</data>`);
}

export function toGraphml(subgraph: Subgraph, context: ExportContext): string {
  const { vocabulary } = context;
  return [
    XML_DECLARATION,
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keyLines('node', subgraph),
    ...keyLines('edge', subgraph),
    `  <graph${xmlAttributes({ id: 'partnership-graph', edgedefault: 'directed' })}>`,
    ...subgraph.nodes.flatMap((org) => [
      `    <node${xmlAttributes({ id: org.id })}>`,
      ...dataLines('node', organisationCells(org, vocabulary)),
      '    </node>',
    ]),
    ...subgraph.links.flatMap((tie) => [
      `    <edge${xmlAttributes({ id: tie.id, source: tie.source, target: tie.target })}>`,
      ...dataLines('edge', tieCells(tie, vocabulary)),
      '    </edge>',
    ]),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
