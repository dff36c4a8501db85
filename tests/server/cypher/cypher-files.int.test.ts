// Every Cypher file is valid for the real Neo4j (EXPLAIN, with its slots filled) and used by the code.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadQueries } from '../../../server/cypher/query-store.ts';
import { boundedInteger, relationshipTypes, shortestSelector } from '../../../server/cypher/cypher-fragments.ts';
import { connectTestDatabase } from '../../support/test-database.ts';

const queries = loadQueries();
const database = connectTestDatabase();
afterAll(() => database.close());

const sampleSlots = {
  types: relationshipTypes(['T'], new Set(['T'])),
  type: relationshipTypes(['T'], new Set(['T'])),
  maxHops: boundedInteger(3, 1, 8),
  k: boundedInteger(3, 1, 10),
  selector: shortestSelector('one'),
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('the Cypher files', () => {
  // Schema statements are applied for real in every integration run; EXPLAIN is for queries.
  const explainable = queries.names().filter((name) => !name.startsWith('schema/'));

  it.each(explainable)('%s is valid Cypher for Neo4j 5', async (name) => {
    const text = /\{\{/.test(readFileSync(join('cypher', `${name}.cypher`), 'utf8')) ? queries.render(name, sampleSlots) : queries.get(name);
    await expect(database.autoCommit(`EXPLAIN ${text}`, {})).resolves.toBeUndefined();
  });

  it('are each used by the code', () => {
    const code = ['server', 'seed', 'scripts', 'bench'].flatMap((dir) => { try { return sourceFiles(dir); } catch { return []; } })
      .map((file) => readFileSync(file, 'utf8')).join('\n');
    const unused = queries.names().filter((name) => !name.startsWith('schema/') && !code.includes(`'${name}'`));
    expect(unused).toEqual([]);
  });
});
