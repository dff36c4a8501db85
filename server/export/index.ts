// Subgraph exporters: one pure function per format (no I/O), chosen here by name, with the content type and file
// name a download route needs. Routes call exportSubgraph; nothing else should need the format modules.
import type { Subgraph } from '../schemas/graph.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../contract/formats.ts';
import type { ExportContext, ExportResult } from './export-types.ts';
import { toCsvZip } from './csv-export.ts';
import { toCypher } from './cypher-export.ts';
import { toCytoscape } from './cytoscape-export.ts';
import { toGexf } from './gexf-export.ts';
import { toGraphml } from './graphml-export.ts';
import { toJson } from './json-export.ts';

export type { ExportContext, ExportResult, ExportVocabulary, Position } from './export-types.ts';

export { EXPORT_FORMATS, type ExportFormat } from '../contract/formats.ts';

interface Exporter {
  extension: string;
  contentType: string;
  render(subgraph: Subgraph, context: ExportContext): string | Uint8Array;
}

const EXPORTERS: Record<ExportFormat, Exporter> = {
  json: { extension: 'json', contentType: 'application/json; charset=utf-8', render: toJson },
  graphml: { extension: 'graphml', contentType: 'application/graphml+xml', render: toGraphml },
  gexf: { extension: 'gexf', contentType: 'application/gexf+xml', render: toGexf },
  csv: { extension: 'csv.zip', contentType: 'application/zip', render: toCsvZip },
  cypher: { extension: 'cypher', contentType: 'text/plain; charset=utf-8', render: toCypher },
  // .cyjs is the extension Cytoscape desktop recognises; the content is plain JSON for Cytoscape.js.
  cytoscape: { extension: 'cyjs', contentType: 'application/json; charset=utf-8', render: toCytoscape },
};

/** Every content type an export can have, without parameters, for the route's documented responses. */
export const EXPORT_CONTENT_TYPES = [...new Set(Object.values(EXPORTERS).map((exporter) => exporter.contentType.split(';')[0]!))];

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** The title as a file-name fragment: ASCII lower-case letters, digits and dashes only, so it is safe in any header. */
export function fileNameTitle(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || 'export';
}

/**
 * Every format needs unique node ids and ties whose ends are in the subgraph (Cytoscape.js refuses dangling edges,
 * the Cypher MATCH would silently create nothing), so duplicates and dangling ties are dropped once, here.
 */
export function consistentSubgraph(subgraph: Subgraph): Subgraph {
  const seen = new Set<string>();
  const nodes = subgraph.nodes.filter((org) => !seen.has(org.id) && seen.add(org.id));
  const tieIds = new Set<string>();
  const links = subgraph.links.filter(
    (tie) => seen.has(tie.source) && seen.has(tie.target) && !tieIds.has(tie.id) && tieIds.add(tie.id),
  );
  return { nodes, links, truncated: subgraph.truncated };
}

export function exportSubgraph(format: ExportFormat, subgraph: Subgraph, context: ExportContext): ExportResult {
  const exporter = EXPORTERS[format];
  if (!exporter) throw new Error(`Unknown export format "${String(format)}"`);
  return {
    body: exporter.render(consistentSubgraph(subgraph), context),
    contentType: exporter.contentType,
    fileName: `partnership-graph-${fileNameTitle(context.title)}.${exporter.extension}`,
  };
}
