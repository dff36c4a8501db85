// What the self-contained page carries: the drawing as arranged (positions, sizes, colours), each tie with its
// dates and evidence (sources listed once), and the legend (which also gives each tie type its reading). Pure:
// built from the view's snapshot, unit-tested in Node.
import type { GraphSnapshot } from '../graph/graph-view.ts';
import { legendOf } from '../graph/svg-picture.ts';
import { evidenceText } from '../panels/evidence-text.ts';

export interface PageData {
  title: string;
  caption: string;
  kinds: Array<{ id: string; label: string; colour: string }>;
  types: Array<{ id: string; label: string; colour: string; dash: string }>;
  nodes: Array<{ id: string; name: string; label: string; kind: string; x: number; y: number; r: number }>;
  /** Source documents, each once (evidence points into this list). */
  sources: string[];
  /** s and t index `nodes` (the viewer reads a tie as "s label t"); evidence: quote and source index. */
  links: Array<{ s: number; t: number; type: string; dates: string; evidence: Array<{ quote: string; source: number }> }>;
}

const round = (value: number) => Math.round(value * 10) / 10;

function datesOf(since: string | null, until: string | null): string {
  if (since && until) return `${since} – ${until}`;
  if (since) return `since ${since}`;
  return until ? `until ${until}` : '';
}

export function pageData(picture: Pick<GraphSnapshot, 'nodes' | 'links' | 'styles'>, title: string, caption: string): PageData {
  const placed = picture.nodes.filter((item) => item.node.x !== undefined && item.node.y !== undefined);
  const index = new Map(placed.map((item, position) => [item.node.id, position]));
  const legend = legendOf(picture);
  const sources = new Map<string, number>();
  const sourceIndex = (title: string) => sources.get(title) ?? sources.set(title, sources.size).get(title)!;
  const links = picture.links.flatMap(({ tie }) => {
    const s = index.get(tie.source);
    const t = index.get(tie.target);
    if (s === undefined || t === undefined) return [];
    return [{
      s, t, type: tie.type,
      dates: datesOf(tie.since, tie.until),
      // The export panel reads a view's evidence before building the page (evidenceRead).
      evidence: (tie.evidence ?? []).map((item) => ({ quote: evidenceText(item), source: sourceIndex(item.title) })),
    }];
  });
  return {
    title,
    caption,
    kinds: legend.kinds.map(({ id, label, colour }) => ({ id, label, colour })),
    types: legend.ties.map(({ id, label, colour, dash }) => ({ id, label, colour, dash: dash.join(' ') })),
    nodes: placed.map(({ node, org, label }) => ({ id: node.id, name: org.name, label, kind: org.kind, x: round(node.x!), y: round(node.y!), r: round(node.radius) })),
    sources: [...sources.keys()],
    links,
  };
}
