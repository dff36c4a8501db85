// What GraphML and GEXF share besides escaping: neither has list types, both declare every attribute under a
// scope-prefixed key, and both leave a null value out (their way of saying "unknown").
import type { Organisation, Subgraph, Tie } from '../schemas/graph.ts';
import type { ExportVocabulary } from './export-types.ts';
import {
  attributeKey,
  attributeRow,
  flatText,
  organisationAttributes,
  tieAttributes,
  type AttributeCell,
  type AttributeDefinition,
  type AttributeType,
} from './attribute-rows.ts';

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

export type XmlScope = 'node' | 'edge';

/** The attributes each scope declares and writes: measures only when the subgraph carries them, extra attributes it has. */
export interface XmlColumns {
  node: AttributeDefinition<Organisation>[];
  edge: AttributeDefinition<Tie>[];
}

export const xmlColumns = (subgraph: Subgraph, vocabulary: ExportVocabulary): XmlColumns =>
  ({ node: organisationAttributes(subgraph, vocabulary), edge: tieAttributes(subgraph, vocabulary) });

/** The attributes a scope declares: key id, name, and type as the format spells it. */
export function declaredAttributes(scope: XmlScope, typeNames: Record<AttributeType, string>, columns: XmlColumns): { id: string; name: string; type: string }[] {
  return columns[scope].map(({ name, type }) => ({ id: attributeKey(scope, name), name, type: typeNames[type] }));
}

export const organisationCells = (org: Organisation, columns: XmlColumns, vocabulary: ExportVocabulary): AttributeCell[] =>
  attributeRow(org, columns.node, vocabulary);

export const tieCells = (tie: Tie, columns: XmlColumns, vocabulary: ExportVocabulary): AttributeCell[] => attributeRow(tie, columns.edge, vocabulary);

/** The cells that have a value, each as its key id and one string. */
export function presentValues(scope: XmlScope, cells: AttributeCell[]): { key: string; text: string }[] {
  return cells.flatMap(({ name, value }) => {
    const text = flatText(value);
    return text === null ? [] : [{ key: attributeKey(scope, name), text }];
  });
}

/** A coordinate to two decimals: a hundredth of a layout unit is far below a pixel, and keeps files short. */
export const round = (value: number): number => Math.round(value * 100) / 100 + 0;
