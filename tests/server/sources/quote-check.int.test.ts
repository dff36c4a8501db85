// The check of every stored quote (start-up and `npm run check:quotes`) against the real Neo4j: the seed passes, and
// a quote edited behind the API's back is reported with its tie, place and source; the ingest command.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../../server/app.ts';
import { loadConfig } from '../../../server/config.ts';
import { loadQueries } from '../../../server/cypher/query-store.ts';
import { checkStoredQuotes, describeMismatch } from '../../../server/sources/quote-check.ts';
import { loadDataset } from '../../../seed/dataset.ts';
import { connectTestDatabase, resetToSeed, testDatabaseSettings } from '../../support/test-database.ts';
import { runScript } from '../../support/run-script.ts';

const database = connectTestDatabase();
const queries = loadQueries();
beforeAll(() => resetToSeed(database));
afterAll(() => database.close());

describe('checkStoredQuotes', () => {
  it('finds every quote of the seed in its source', async () => {
    const evidence = loadDataset().ties.flatMap((tie) => tie.evidence).length;
    expect(await checkStoredQuotes(database, queries)).toEqual({ checked: evidence, mismatches: [] });
  });

  it('reports a quote that is no longer a passage of its source', async () => {
    const tie = loadDataset().ties.find((candidate) => candidate.evidence.length > 1)!;
    // Written past the API (which would refuse it), as an old database or a hand edit could hold it.
    await database.autoCommit('MATCH ()-[r {id: $id}]->() SET r.evidenceQuotes = [r.evidenceQuotes[0], $quote] + r.evidenceQuotes[2..]', { id: tie.id, quote: 'A sentence nobody wrote.' });
    const { mismatches } = await checkStoredQuotes(database, queries);
    expect(mismatches).toEqual([{ tie: tie.id, position: 1, source: tie.evidence[1]!.source, quote: 'A sentence nobody wrote.' }]);
    expect(describeMismatch(mismatches[0]!)).toBe(`tie ${tie.id} evidence[1].quote is not a passage of source "${tie.evidence[1]!.source}": "A sentence nobody wrote."`);
  });
});

describe('the check when the server listens', () => {
  it('logs each mismatch and a count, without holding up start-up', async () => {
    const lines: string[] = [];
    const neo4j = testDatabaseSettings();
    const app = await buildApp({ ...loadConfig({ NEO4J_URI: neo4j.uri, MEASURES_RECOMPUTE_AFTER_MS: '0' }), neo4j }, { logger: { level: 'info', stream: { write: (line) => void lines.push(line) } } });
    try {
      await app.listen({ host: '127.0.0.1', port: 0 });
      await vi.waitFor(() => expect(lines.join('')).toMatch(/Quote check: 1 of \d+ stored quotes are not in their source/), { timeout: 10_000 });
      expect(lines.join('')).toMatch(/evidence\[1\]\.quote is not a passage of source/);
    } finally {
      await app.close();
    }
  });
});

describe('npm run check:quotes and npm run ingest', () => {
  it('check:quotes lists the mismatch and exits with 1', async () => {
    const { code, output } = await runScript('scripts/check-quotes.ts');
    expect(output).toMatch(/evidence\[1\]\.quote is not a passage of source/);
    expect(output).toMatch(/Checked \d+ quotes of sources with stored text: 1 not found in their source\./);
    expect(code).toBe(1);
  });

  it('ingest stores an HTML file as text with its proposals, and refuses the same document twice', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ingest-')), 'news.html');
    writeFileSync(file, '<html><body><script>alert(1)</script><p>We are a member of WYAAT.</p></body></html>');
    const first = await runScript('scripts/ingest.ts', file, '--title', 'Membership news', '--publisher-id', 'leeds-teaching-hospitals');
    expect(first.output).toMatch(/Stored "Membership news" as source membership-news \(25 characters\)\./);
    expect(first.output).toMatch(/tie leeds-teaching-hospitals MEMBER_OF wyaat/);
    expect(first.code).toBe(0);
    const again = await runScript('scripts/ingest.ts', file, '--title', 'Again');
    expect(again.output).toMatch(/text: this document is already stored as source "membership-news"/);
    expect(again.code).toBe(1);
  });
});
