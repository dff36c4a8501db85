// The check of every stored quote (start-up and `npm run check:quotes`) against the real Neo4j: the seed passes, and
// a quote edited behind the API's back is reported with its tie, place and source.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadQueries } from '../../../server/cypher/query-store.ts';
import { checkStoredQuotes, describeMismatch } from '../../../server/sources/quote-check.ts';
import { loadDataset } from '../../../seed/dataset.ts';
import { connectTestDatabase, resetToSeed } from '../../support/test-database.ts';

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
