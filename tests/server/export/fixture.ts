// A small hand-made subgraph full of hostile values (markup, quotes, backslashes, line breaks, formula starts,
// non-ASCII, a control character, nulls) that every exporter test round-trips.
import type { Subgraph } from '../../../server/schemas/graph.ts';
import type { ExportContext } from '../../../server/export/index.ts';

export const subgraph: Subgraph = {
  truncated: false,
  nodes: [
    {
      id: 'leeds-teaching-hospitals',
      name: 'Leeds <script>alert("x")</script> & Sons\' Trust',
      shortName: 'LTHT',
      aliases: ['Leeds "Teaching"', 'LTH; Leeds'],
      kind: 'nhs-trust',
      sector: 'Health, public',
      city: 'Leeds',
      country: 'United Kingdom',
      description: 'Line one\nLine two with a backslash \\ and a tab\there.\r\nEnd',
      url: 'https://example.org/?a=1&b=2',
      since: null,
      until: null,
      degree: 3,
    },
    {
      id: 'formula-org',
      name: "=cmd|' /C calc'!A0",
      shortName: null,
      aliases: [],
      kind: 'charity',
      sector: null,
      city: 'Montréal',
      country: null,
      description: 'Control\u0001char here',
      url: null,
      since: null,
      until: null,
      degree: 1,
    },
    {
      id: 'arabic-org',
      name: 'مؤسسة الشراكة',
      shortName: '-LEAD',
      aliases: ['+plus', '@at'],
      kind: 'unknown-kind',
      sector: 'Education',
      city: 'Cairo',
      country: 'Egypt',
      description: 'It’s “typographic”; with a semicolon, and a comma',
      url: null,
      since: '2022-07-01',
      until: null,
      degree: 2,
    },
  ],
  links: [
    {
      id: 'tie-commissions-1',
      type: 'COMMISSIONS',
      source: 'leeds-teaching-hospitals',
      target: 'formula-org',
      since: '2019',
      until: null,
      description: 'Commissions; "quoted" services',
      evidence: [
        {
          source: 'nhs-annual-report',
          title: 'Annual report, 2023',
          publisher: 'NHS England',
          url: 'https://example.org/report?x=1&y=2',
          quote: 'Leeds commissions "=cmd" services; it’s true.\nSecond line',
          verbatim: true,
        },
        {
          source: 'board-minutes',
          title: "Board's minutes",
          publisher: null,
          url: null,
          quote: "O'Brien said \\ it's \u0001 done, with <tags> & more",
          verbatim: true,
        },
      ],
    },
    {
      id: 'tie-partner-2',
      type: 'PARTNER_OF',
      source: 'arabic-org',
      target: 'leeds-teaching-hospitals',
      since: null,
      until: '2024-03-31',
      description: null,
      evidence: [
        {
          source: 'nhs-annual-report',
          title: 'Annual report, 2023',
          publisher: 'NHS England',
          url: 'https://example.org/report?x=1&y=2',
          quote: 'تعاون بين المؤسسات',
          verbatim: true,
        },
      ],
    },
  ],
};

export const context: ExportContext = {
  title: 'leeds-teaching-hospitals-depth-2',
  generatedAt: '2024-05-01T12:00:00.000Z',
  vocabulary: {
    kinds: [
      { id: 'nhs-trust', label: 'NHS trust', plural: 'NHS trusts', colour: '#1f77b4', description: 'A trust' },
      { id: 'charity', label: 'Charity', plural: 'Charities', colour: '#abc', description: 'A charity' },
    ],
    tieTypes: [
      { id: 'COMMISSIONS', label: 'commissions', inverseLabel: 'is commissioned by', colour: '#ff7f0e', dash: [], description: '' },
      { id: 'PARTNER_OF', label: 'is a partner of', inverseLabel: 'is a partner of', colour: '#2ca02c', dash: [4, 2], description: '' },
    ],
  },
};

/** What XML formats can carry: XML 1.0 forbids control characters other than tab, LF and CR, so exporters drop them. */
export const xmlSafe = (text: string): string => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

/** The readable evidence string the exporters document: "quote — title (url)" joined by " | ". */
export const readableEvidence = (tie: Subgraph['links'][number]): string =>
  tie.evidence.map((item) => `${item.quote} — ${item.title}${item.url ? ` (${item.url})` : ''}`).join(' | ');

export const nodeById = (id: string) => {
  const node = subgraph.nodes.find((candidate) => candidate.id === id);
  if (!node) throw new Error(`fixture has no node ${id}`);
  return node;
};
