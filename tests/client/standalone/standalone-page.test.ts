// The self-contained page: its policy allows exactly its own script and style (by hash), names cannot break out
// of the data block, and its size for a 1,000-organisation view is reported.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createStyles } from '../../../client/graph/graph-styles.ts';
import { pageData } from '../../../client/standalone/page-data.ts';
import { buildStandalonePage, inlineJson } from '../../../client/standalone/standalone-page.ts';
import type { Organisation, Tie } from '../../../client/types.ts';

function snapshot(organisations: number, tiesEach: number) {
  const orgs: Organisation[] = Array.from({ length: organisations }, (_, index) => ({
    id: `org-${index}`, name: index === 0 ? 'Evil </script><script>alert(1)</script>' : `Organisation number ${index} of the region`, shortName: null, aliases: [], kind: index % 3 ? 'charity' : 'nhs-trust',
    sector: null, city: null, country: null, description: null, url: null, since: null, until: null, degree: tiesEach,
  }));
  const ties: Tie[] = orgs.flatMap((org, index) => Array.from({ length: tiesEach }, (_, step) => ({
    id: `${org.id}-${step}`, type: 'PARTNER_OF', source: org.id, target: orgs[(index + step + 1) % organisations]!.id, since: '2019', until: null, description: null,
    evidence: [{ source: 'annual-report', title: 'Annual report 2023', publisher: null, url: 'https://example.org/report', quote: 'We work in partnership with our neighbours to deliver joined-up care for the people of the city and the region.', verbatim: true }],
  })));
  return {
    nodes: orgs.map((org, index) => ({ node: { id: org.id, degree: tiesEach, radius: 6, x: Math.cos(index) * index, y: Math.sin(index) * index }, org, important: false, label: org.name.slice(0, 26), fullLabel: org.name })),
    links: ties.map((tie) => ({ link: { id: tie.id, source: tie.source, target: tie.target }, tie, bend: 0, flip: false })),
    styles: createStyles(null),
  } as never;
}

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the self-contained page', () => {
  it('allows by hash exactly the script and style it carries, and nothing else', async () => {
    const page = await buildStandalonePage(pageData(snapshot(5, 1), 'Test', 'caption'));
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)![1]!;
    const script = /<script>([\s\S]*?)<\/script>/.exec(page)![1]!;
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)![1]!;
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain(`script-src ${hashOf(script)}`);
    expect(policy).toContain(`style-src ${hashOf(style)}`);
    expect(page.match(/<script/g)).toHaveLength(2);
  });

  it('keeps names inside the data block', () => {
    expect(inlineJson({ name: '</script><script>' })).toBe('{"name":"\\u003c/script>\\u003cscript>"}');
  });

  it('stays small: 1,000 organisations and 2,000 ties with evidence', async () => {
    const page = await buildStandalonePage(pageData(snapshot(1000, 2), 'Big', 'caption'));
    const bytes = new TextEncoder().encode(page).length;
    console.info(`self-contained page, 1,000 organisations and 2,000 ties: ${bytes} bytes`);
    expect(bytes).toBeLessThan(1_000_000);
  });
});
