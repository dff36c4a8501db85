// GraphML for Gephi, yEd, Cytoscape and networkx: every attribute declared as a <key>, ids kept from the API,
// null values left out (GraphML's way of saying "unknown").
import type { Subgraph } from '../schemas/graph.ts';
import type { ExportContext } from './export-types.ts';
import {
  ORGANISATION_ATTRIBUTES,
  TIE_ATTRIBUTES,
  attributeKey,
  attributeRow,
  flatAttributes,
  flatText,
  type AttributeCell,
  type AttributeDefinition,
  type AttributeType,
} from './attribute-rows.ts';
import { escapeXml, xmlAttributes } from './xml-escape.ts';

// GraphML has no list type; flatAttributes joins lists into one string before they get here.
const GRAPHML_TYPES: Record<AttributeType, string> = { string: 'string', int: 'int', 'string[]': 'string' };

function keyLine<T>(scope: 'node' | 'edge', definition: AttributeDefinition<T>): string {
  const attributes = {
    id: attributeKey(scope, definition.name),
    for: scope,
    'attr.name': definition.name,
    'attr.type': GRAPHML_TYPES[definition.type],
  };
  return `  <key${xmlAttributes(attributes)}/>`;
}

function dataLines(scope: 'node' | 'edge', cells: AttributeCell[]): string[] {
  return cells.flatMap(({ name, value }) => {
    const text = flatText(value);
    return text === null ? [] : [`      <data${xmlAttributes({ key: attributeKey(scope, name) })}>${escapeXml(text)}</data>`];
  });
}

export function toGraphml(subgraph: Subgraph, context: ExportContext): string {
  const nodeAttributes = flatAttributes(ORGANISATION_ATTRIBUTES);
  const edgeAttributes = flatAttributes(TIE_ATTRIBUTES);
  const { vocabulary } = context;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeAttributes.map((definition) => keyLine('node', definition)),
    ...edgeAttributes.map((definition) => keyLine('edge', definition)),
    `  <graph${xmlAttributes({ id: 'partnership-graph', edgedefault: 'directed' })}>`,
    ...subgraph.nodes.flatMap((org) => [
      `    <node${xmlAttributes({ id: org.id })}>`,
      ...dataLines('node', attributeRow(org, nodeAttributes, vocabulary)),
      '    </node>',
    ]),
    ...subgraph.links.flatMap((tie) => [
      `    <edge${xmlAttributes({ id: tie.id, source: tie.source, target: tie.target })}>`,
      ...dataLines('edge', attributeRow(tie, edgeAttributes, vocabulary)),
      '    </edge>',
    ]),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
