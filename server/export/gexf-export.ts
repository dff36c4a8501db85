// GEXF 1.3 for Gephi: declared node/edge attributes, kind colours as <viz:color> so the network opens coloured,
// directed edges labelled with the tie's reading ("commissions"), and each dated organisation and tie with its spell
// (the interval its since/until mean), so Gephi's timeline plays the network over time. Positions, when the
// explorer sends its layout, become <viz:position> with y turned upwards (GEXF's y axis points up, the screen's down).
import { isSymmetric } from './tie-direction.ts';
import type { Subgraph } from '../schemas/graph.ts';
import { intervalOf, type Dated } from '../contract/in-force.ts';
import type { ExportContext, Position } from './export-types.ts';
import { flatText, type AttributeCell, type AttributeType } from './attribute-rows.ts';
import { XML_DECLARATION, declaredAttributes, organisationCells, presentValues, round, tieCells, xmlColumns, type XmlColumns, type XmlScope } from './graph-xml-attributes.ts';
import { escapeXml, xmlAttributes } from './xml-escape.ts';

const GEXF_TYPES: Record<AttributeType, string> = { string: 'string', int: 'integer', float: 'double', 'string[]': 'string', boolean: 'boolean', date: 'string' };

/** `#rgb` or `#rrggbb` as GEXF's r/g/b; anything else (a CSS name, a missing colour) gets no viz colour. */
export function hexToRgb(colour: string | null): { r: number; g: number; b: number } | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour ?? '');
  if (!match?.[1]) return null;
  const hex = match[1].length === 3 ? [...match[1]].map((digit) => digit + digit).join('') : match[1];
  return { r: parseInt(hex.slice(0, 2), 16), g: parseInt(hex.slice(2, 4), 16), b: parseInt(hex.slice(4, 6), 16) };
}

function declaration(scope: XmlScope, columns: XmlColumns): string[] {
  return [
    `    <attributes${xmlAttributes({ class: scope })}>`,
    ...declaredAttributes(scope, GEXF_TYPES, columns).map(({ id, name, type }) => `      <attribute${xmlAttributes({ id, title: name, type })}/>`),
    '    </attributes>',
  ];
}

const isDated = (dated: Dated) => dated.since !== null || dated.until !== null;

/** One spell from the first day of since to the last day of until (open ends left out: always, or still). */
function spellLines(dated: Dated): string[] {
  if (!isDated(dated)) return [];
  const { validFrom, validTo } = intervalOf(dated);
  return ['        <spells>', `          <spell${xmlAttributes({ start: validFrom, end: validTo })}/>`, '        </spells>'];
}

function bodyLines(scope: XmlScope, cells: AttributeCell[], colour: string | null, dated: Dated, position?: Position): string[] {
  const values = presentValues(scope, cells).map(({ key, text }) => `          <attvalue${xmlAttributes({ for: key, value: text })}/>`);
  const rgb = hexToRgb(colour);
  return [
    ...(values.length ? ['        <attvalues>', ...values, '        </attvalues>'] : []),
    ...spellLines(dated),
    ...(rgb ? [`        <viz:color${xmlAttributes(rgb)}/>`] : []),
    ...(position ? [`        <viz:position${xmlAttributes({ x: round(position.x), y: round(-position.y), z: 0 })}/>`] : []),
  ];
}

const cellText = (cells: AttributeCell[], name: string): string | null =>
  flatText(cells.find((cell) => cell.name === name)?.value ?? null);

export function toGexf(subgraph: Subgraph, context: ExportContext): string {
  const { vocabulary } = context;
  const columns = xmlColumns(subgraph, vocabulary);
  // lastmodifieddate is an xs:date; a generatedAt that does not start with one is simply not recorded there.
  const date = /^\d{4}-\d{2}-\d{2}/.exec(context.generatedAt)?.[0] ?? null;
  const dynamic = subgraph.nodes.some(isDated) || subgraph.links.some(isDated);
  return [
    XML_DECLARATION,
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta${xmlAttributes({ lastmodifieddate: date })}>`,
    '    <creator>Partnership Graph Explorer</creator>',
    `    <description>${escapeXml(context.title)}</description>`,
    '  </meta>',
    `  <graph${xmlAttributes({ defaultedgetype: 'directed', mode: dynamic ? 'dynamic' : 'static', timeformat: dynamic ? 'date' : null })}>`,
    ...declaration('node', columns),
    ...declaration('edge', columns),
    '    <nodes>',
    ...subgraph.nodes.flatMap((org) => {
      const cells = organisationCells(org, columns, vocabulary);
      return [
        `      <node${xmlAttributes({ id: org.id, label: org.name })}>`,
        ...bodyLines('node', cells, cellText(cells, 'colour'), org, context.positions?.get(org.id)),
        '      </node>',
      ];
    }),
    '    </nodes>',
    '    <edges>',
    ...subgraph.links.flatMap((tie) => {
      const cells = tieCells(tie, columns, vocabulary);
      return [
        `      <edge${xmlAttributes({ id: tie.id, source: tie.source, target: tie.target, label: cellText(cells, 'label'), type: isSymmetric(tie, vocabulary) ? 'undirected' : 'directed' })}>`,
        ...bodyLines('edge', cells, cellText(cells, 'colour'), tie),
        '      </edge>',
      ];
    }),
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}
