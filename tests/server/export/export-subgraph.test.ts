// exportSubgraph chooses the exporter, content type and file name, and gives the same bytes for the same input.
import { describe, it, expect } from 'vitest';
import { EXPORT_FORMATS, exportSubgraph, fileNameTitle, isExportFormat } from '../../../server/export/index.ts';
import { context, subgraph } from './fixture.ts';

describe('exportSubgraph', () => {
  it('picks a content type and file name for every format', () => {
    const results = Object.fromEntries(
      EXPORT_FORMATS.map((format) => {
        const { contentType, fileName } = exportSubgraph(format, subgraph, context);
        return [format, [contentType, fileName]];
      }),
    );
    const name = 'partnership-graph-leeds-teaching-hospitals-depth-2';
    expect(results).toEqual({
      json: ['application/json; charset=utf-8', `${name}.json`],
      graphml: ['application/graphml+xml', `${name}.graphml`],
      gexf: ['application/gexf+xml', `${name}.gexf`],
      csv: ['application/zip', `${name}.csv.zip`],
      cypher: ['text/plain; charset=utf-8', `${name}.cypher`],
      cytoscape: ['application/json; charset=utf-8', `${name}.cyjs`],
    });
  });

  it('returns text for text formats and bytes for the zip', () => {
    for (const format of EXPORT_FORMATS) {
      const { body } = exportSubgraph(format, subgraph, context);
      if (format === 'csv') expect(body).toBeInstanceOf(Uint8Array);
      else expect(typeof body).toBe('string');
    }
  });

  it('is deterministic for the same input', () => {
    for (const format of EXPORT_FORMATS) {
      expect(exportSubgraph(format, subgraph, context).body).toEqual(exportSubgraph(format, structuredClone(subgraph), { ...context }).body);
    }
  });

  it('makes any title safe for a file name', () => {
    expect(fileNameTitle('Leeds Teaching Hospitals / depth 2 "x"')).toBe('leeds-teaching-hospitals-depth-2-x');
    expect(fileNameTitle('Café’s ../../etc/passwd\r\nX-Header: 1')).toBe('cafe-s-etc-passwd-x-header-1');
    expect(fileNameTitle('مؤسسة')).toBe('export');
    expect(fileNameTitle('a'.repeat(200))).toHaveLength(80);
  });

  it('drops duplicate organisations and ties whose ends are not in the subgraph', () => {
    const dangling = { ...subgraph.links[0]!, id: 'dangling', target: 'nowhere' };
    const messy = { ...subgraph, nodes: [...subgraph.nodes, subgraph.nodes[0]!], links: [...subgraph.links, dangling] };
    const json = JSON.parse(exportSubgraph('json', messy, context).body as string);
    expect(json.nodes.map((org: { id: string }) => org.id)).toEqual(subgraph.nodes.map((org) => org.id));
    expect(json.links.map((tie: { id: string }) => tie.id)).toEqual(subgraph.links.map((tie) => tie.id));
  });

  it('knows its formats', () => {
    expect(isExportFormat('gexf')).toBe(true);
    expect(isExportFormat('xlsx')).toBe(false);
    expect(isExportFormat(undefined)).toBe(false);
  });
});

describe('json export', () => {
  const json = JSON.parse(exportSubgraph('json', subgraph, context).body as string);

  it('is the API\'s own nodes and links, evidence included', () => {
    expect(json.nodes).toEqual(subgraph.nodes);
    expect(json.links).toEqual(subgraph.links);
  });

  it('says when it was generated, how much it holds and which sources it cites', () => {
    expect(json.meta).toMatchObject({
      generatedAt: context.generatedAt,
      truncated: false,
      counts: { organisations: 3, ties: 2, evidence: 3, sources: 2 },
    });
    expect(json.meta.sources.map((source: { id: string }) => source.id)).toEqual(['nhs-annual-report', 'board-minutes']);
  });
});
