// The Cypher export is a cypher-shell script in the storage model whose literals read back exactly.
import { describe, it, expect } from 'vitest';
import { cypherRelationshipType, cypherString, toCypher } from '../../../server/export/cypher-export.ts';
import { context, subgraph } from './fixture.ts';

type Value = string | string[];
interface Statement {
  text: string;
  literals: string[];
  /** `x.key = value` assignments after SET, and `{id: value}` inside patterns, by variable. */
  properties: Record<string, Record<string, Value>>;
}

const ESCAPES: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };

/** Reads one single-quoted Cypher literal starting at `start`; returns its value and the index after it. */
function readLiteral(text: string, start: number): [string, number] {
  let value = '';
  for (let i = start + 1; i < text.length; i++) {
    const char = text[i]!;
    if (char === "'") return [value, i + 1];
    if (char === '\n' || char === '\r') throw new Error(`raw line break inside a literal at ${i}`);
    if (char !== '\\') {
      value += char;
      continue;
    }
    const next = text[++i]!;
    if (next === 'u') {
      value += String.fromCharCode(parseInt(text.slice(i + 1, i + 5), 16));
      i += 4;
    } else if (next in ESCAPES) value += ESCAPES[next];
    else throw new Error(`unknown escape \\${next}`);
  }
  throw new Error('unterminated literal');
}

/** Tokenises a statement just enough to read its literals and its `v.key = ...` / `{id: ...}` properties. */
function parseStatement(text: string): Statement {
  const tokens: ({ literal: string } | string)[] = [];
  for (let i = 0; i < text.length; ) {
    const char = text[i]!;
    if (char === "'") {
      const [literal, next] = readLiteral(text, i);
      tokens.push({ literal });
      i = next;
    } else if (/\s/.test(char)) i++;
    else if (/[A-Za-z_`]/.test(char)) {
      const word = /^(`[^`]*`|[A-Za-z_][A-Za-z0-9_]*)/.exec(text.slice(i))![0];
      tokens.push(word);
      i += word.length;
    } else {
      tokens.push(char);
      i++;
    }
  }
  const literals = tokens.flatMap((token) => (typeof token === 'string' ? [] : [token.literal]));
  const properties: Statement['properties'] = {};
  const readValue = (at: number): [Value, number] => {
    const token = tokens[at];
    if (typeof token === 'object') return [token.literal, at + 1];
    expect(token).toBe('[');
    const items: string[] = [];
    for (let i = at + 1; ; i++) {
      const item = tokens[i];
      if (item === ']') return [items, i + 1];
      if (item === ',') continue;
      if (typeof item !== 'object') throw new Error(`unexpected ${String(item)} in a list`);
      items.push(item.literal);
    }
  };
  tokens.forEach((token, i) => {
    // v . key = value
    if (typeof token === 'string' && tokens[i + 1] === '.' && tokens[i + 3] === '=') {
      (properties[token] ??= {})[tokens[i + 2] as string] = readValue(i + 4)[0];
    }
    // (v:Label {id: value}) or [r:TYPE {id: value}]
    if (token === '{' && tokens[i + 1] === 'id' && tokens[i + 2] === ':') {
      const variable = tokens.slice(0, i).reverse().find((t, k, back) => back[k + 1] === '(' || back[k + 1] === '[');
      (properties[String(variable)] ??= {}).id = readValue(i + 3)[0];
    }
  });
  return { text, literals, properties };
}

const script = toCypher(subgraph, context);
// How a loader runs it: split on ";\n", drop blank and comment-only chunks.
const statements = script
  .split(';\n')
  .map((chunk) => chunk.split('\n').filter((line) => line.trim() && !line.startsWith('//')).join('\n'))
  .filter(Boolean)
  .map(parseStatement);
const kindOf = (statement: Statement) =>
  /^CREATE/.test(statement.text) ? 'schema' : /^MERGE \(s:Source/.test(statement.text) ? 'source'
    : /^MERGE \(o:Organisation/.test(statement.text) ? 'organisation' : /^MATCH/.test(statement.text) ? 'tie' : 'other';

describe('cypher export', () => {
  it('opens with a comment giving generatedAt and counts', () => {
    const header = script.split('\n').slice(0, 2).join('\n');
    expect(header).toMatch(/^\/\/ /);
    expect(header).toContain(context.generatedAt);
    expect(header).toContain('2 sources, 3 organisations, 2 ties');
  });

  it('lists schema first, then sources, organisations and ties, one statement per line', () => {
    const kinds = statements.map(kindOf);
    expect(kinds).toEqual([...Array(4).fill('schema'), 'source', 'source', 'organisation', 'organisation', 'organisation', 'tie', 'tie']);
    for (const statement of statements) expect(statement.text).not.toContain('\n');
    expect(statements[0]!.text).toBe('CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (o:Organisation) REQUIRE o.id IS UNIQUE');
    expect(statements.map((statement) => statement.text)).toContain(
      'CREATE FULLTEXT INDEX organisation_names IF NOT EXISTS FOR (o:Organisation) ON EACH [o.name, o.shortName, o.aliasesText]',
    );
  });

  it('recreates every organisation with its properties read back exactly, nulls left out', () => {
    const organisations = statements.filter((statement) => kindOf(statement) === 'organisation');
    organisations.forEach((statement, index) => {
      const org = subgraph.nodes[index]!;
      const expected: Record<string, Value> = { id: org.id, name: org.name, aliases: org.aliases, aliasesText: org.aliases.join(' | '), kind: org.kind };
      for (const key of ['shortName', 'sector', 'city', 'country', 'description', 'url', 'since', 'until'] as const) {
        const value = org[key];
        if (value !== null) expected[key] = value;
      }
      expect(statement.properties.o).toEqual(expected);
    });
  });

  it('recreates every tie as its type with parallel evidence arrays', () => {
    const ties = statements.filter((statement) => kindOf(statement) === 'tie');
    ties.forEach((statement, index) => {
      const tie = subgraph.links[index]!;
      expect(statement.properties.a).toEqual({ id: tie.source });
      expect(statement.properties.b).toEqual({ id: tie.target });
      const expected: Record<string, Value> = {
        id: tie.id,
        evidenceSources: tie.evidence.map((item) => item.source),
        evidenceQuotes: tie.evidence.map((item) => item.quote),
      };
      for (const key of ['since', 'until', 'description'] as const) if (tie[key] !== null) expected[key] = tie[key]!;
      expect(statement.properties.r).toEqual(expected);
      expect(statement.text).toContain(`MERGE (a)-[r:\`${tie.type}\` {id: `);
    });
  });

  it('merges each cited source once with its title, publisher and url', () => {
    const sources = statements.filter((statement) => kindOf(statement) === 'source').map((statement) => statement.properties.s);
    expect(sources).toEqual([
      { id: 'nhs-annual-report', title: 'Annual report, 2023', publisher: 'NHS England', url: 'https://example.org/report?x=1&y=2' },
      { id: 'board-minutes', title: "Board's minutes" },
    ]);
  });

  it('escapes backslashes, quotes, line breaks and control characters, and keeps other Unicode as is', () => {
    expect(cypherString("O'Brien \\ \"x\"\n\r\t\u0001 é ’ مؤسسة")).toBe("'O\\'Brien \\\\ \"x\"\\n\\r\\t\\u0001 é ’ مؤسسة'");
    const hostile = "'}) DETACH DELETE n //\\';\n";
    const [literal] = parseStatement(cypherString(hostile)).literals;
    expect(literal).toBe(hostile);
  });

  it('refuses relationship types that are not upper-case identifiers', () => {
    expect(cypherRelationshipType('COMMISSIONS')).toBe('`COMMISSIONS`');
    for (const type of ['commissions', 'PART-OF', '1ST', 'X`]->() DETACH DELETE a //', '']) {
      expect(() => cypherRelationshipType(type)).toThrow(/relationship type/);
    }
    const bad = { ...subgraph, links: [{ ...subgraph.links[0]!, type: 'BAD TYPE' }] };
    expect(() => toCypher(bad, context)).toThrow(/relationship type/);
  });
});
