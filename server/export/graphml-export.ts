// GraphML for Gephi, yEd, Cytoscape and networkx: every attribute declared as a <key>, ids kept from the API,
// null values left out (GraphML's way of saying "unknown"). With the explorer's layout: x and y node attributes
// (what Gephi reads as positions) and yEd's own node graphics, so both open the picture the user arranged.
import { isSymmetric, isUndirected } from './tie-direction.ts';
import type { Organisation, Subgraph } from '../schemas/graph.ts';
import type { ExportContext, Position } from './export-types.ts';
import { flatText, type AttributeCell, type AttributeType } from './attribute-rows.ts';
import { XML_DECLARATION, declaredAttributes, organisationCells, presentValues, round, tieCells, xmlColumns, type XmlColumns, type XmlScope } from './graph-xml-attributes.ts';
import { escapeXml, xmlAttributes } from './xml-escape.ts';

// GraphML has no list type; flatText joins lists reversibly (list-text.ts) before they get here.
const GRAPHML_TYPES: Record<AttributeType, string> = { string: 'string', int: 'int', float: 'double', 'string[]': 'string', boolean: 'boolean', date: 'string' };

function keyLines(scope: XmlScope, columns: XmlColumns): string[] {
  return declaredAttributes(scope, GRAPHML_TYPES, columns).map(
    ({ id, name, type }) => `  <key${xmlAttributes({ id, for: scope, 'attr.name': name, 'attr.type': type })}/>`,
  );
}

function dataLines(scope: XmlScope, cells: AttributeCell[]): string[] {
  return presentValues(scope, cells).map(({ key, text }) => `      <data${xmlAttributes({ key })}>${escapeXml(text)}</data>`);
}

const POSITION_KEYS = [
  `  <key${xmlAttributes({ id: 'n-x', for: 'node', 'attr.name': 'x', 'attr.type': 'double' })}/>`,
  `  <key${xmlAttributes({ id: 'n-y', for: 'node', 'attr.name': 'y', 'attr.type': 'double' })}/>`,
  `  <key${xmlAttributes({ id: 'n-yed', for: 'node', 'yfiles.type': 'nodegraphics' })}/>`,
];
const NODE_SIZE = 30;

/** x, y and yEd's shape (its geometry is the top-left corner of the node's box) for a placed organisation. */
function positionLines(org: Organisation, cells: AttributeCell[], position: Position | undefined): string[] {
  if (!position) return [];
  const colour = flatText(cells.find((cell) => cell.name === 'colour')?.value ?? null);
  const fill = colour && /^#[0-9a-f]{6}$/i.test(colour) ? colour : '#888888';
  return [
    `      <data key="n-x">${round(position.x)}</data>`,
    `      <data key="n-y">${round(position.y)}</data>`,
    '      <data key="n-yed"><y:ShapeNode>'
      + `<y:Geometry${xmlAttributes({ x: round(position.x - NODE_SIZE / 2), y: round(position.y - NODE_SIZE / 2), width: NODE_SIZE, height: NODE_SIZE })}/>`
      + `<y:Fill${xmlAttributes({ color: fill })}/><y:Shape type="ellipse"/><y:NodeLabel>${escapeXml(org.name)}</y:NodeLabel>`
      + '</y:ShapeNode></data>',
  ];
}

export function toGraphml(subgraph: Subgraph, context: ExportContext): string {
  const { vocabulary, positions } = context;
  const columns = xmlColumns(subgraph, vocabulary);
  // networkx and yEd read the graph's edgedefault; a mixed graph marks its symmetric edges one by one.
  const undirected = isUndirected(subgraph, vocabulary);
  return [
    XML_DECLARATION,
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      (positions ? ' xmlns:y="http://www.yworks.com/xml/graphml"' : '') +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keyLines('node', columns),
    ...(positions ? POSITION_KEYS : []),
    ...keyLines('edge', columns),
    `  <graph${xmlAttributes({ id: 'partnership-graph', edgedefault: undirected ? 'undirected' : 'directed' })}>`,
    ...subgraph.nodes.flatMap((org) => {
      const cells = organisationCells(org, columns, vocabulary);
      return [
        `    <node${xmlAttributes({ id: org.id })}>`,
        ...dataLines('node', cells),
        ...positionLines(org, cells, positions?.get(org.id)),
        '    </node>',
      ];
    }),
    ...subgraph.links.flatMap((tie) => [
      `    <edge${xmlAttributes({ id: tie.id, source: tie.source, target: tie.target, directed: !undirected && isSymmetric(tie, vocabulary) ? 'false' : null })}>`,
      ...dataLines('edge', tieCells(tie, columns, vocabulary)),
      '    </edge>',
    ]),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
