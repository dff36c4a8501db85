// The CSV zip holds neo4j-admin import files that read back exactly and cannot run as spreadsheet formulas.
import { describe, it, expect } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { computeNetworkMeasures, withMeasures } from '../../../server/analysis/network-measures.ts';
import { chooseArrayDelimiter, csvField, neutraliseFormula, toCsvZip } from '../../../server/export/csv-export.ts';
import { context, subgraph } from './fixture.ts';

/** A minimal RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks; records end in CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') endField();
    else if (char === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else if (char === '\n' || char === '\r') throw new Error(`bare line break outside quotes at ${i}`);
    else field += char;
  }
  if (quoted || field || row.length) throw new Error('last record is not terminated by CRLF');
  return rows;
}

// Undo the documented neutralisation: a leading ' added before a formula-starting character.
const unneutralise = (cell: string): string => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

const files = unzipSync(toCsvZip(subgraph, context));
const text = (name: string): string => strFromU8(files[name]!);
const records = (name: string): Record<string, string>[] => {
  const [header, ...rows] = parseCsv(text(name));
  return rows.map((row) => Object.fromEntries(header!.map((column, index) => [column, row[index] ?? ''])));
};
const readme = text('README.txt');
const delimiter = /separated by "(.)"/.exec(readme)?.[1] ?? '';

describe('csv export', () => {
  it('unzips into organisations.csv, ties.csv and a README', () => {
    expect(Object.keys(files).sort()).toEqual(['README.txt', 'organisations.csv', 'ties.csv']);
  });

  it('uses the neo4j-admin import headers', () => {
    expect(text('organisations.csv').split('\r\n')[0]).toBe(
      'id:ID,name,shortName,aliases:string[],kind,sector,city,country,description,url,since,until,degree:int,:LABEL',
    );
    expect(text('ties.csv').split('\r\n')[0]).toBe(
      'id,:START_ID,:END_ID,:TYPE,since,until,description,evidenceSources:string[],evidenceQuotes:string[]',
    );
  });

  it('writes UTF-8 without a byte order mark, with CRLF record ends', () => {
    for (const name of ['organisations.csv', 'ties.csv']) {
      expect([...files[name]!.slice(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
      expect(text(name).endsWith('\r\n')).toBe(true);
      expect(() => parseCsv(text(name))).not.toThrow();
    }
    expect(text('organisations.csv')).toContain('Montréal');
    expect(text('organisations.csv')).toContain('مؤسسة الشراكة');
  });

  it('reads every organisation back equal to the source values', () => {
    const rows = records('organisations.csv');
    expect(rows).toHaveLength(subgraph.nodes.length);
    rows.forEach((row, index) => {
      const org = subgraph.nodes[index]!;
      const cell = (column: string) => unneutralise(row[column]!);
      expect(cell('id:ID')).toBe(org.id);
      expect(cell('name')).toBe(org.name);
      expect(cell('shortName')).toBe(org.shortName ?? '');
      expect(cell('aliases:string[]')).toBe(org.aliases.join(delimiter));
      expect(cell('aliases:string[]') ? cell('aliases:string[]').split(delimiter) : []).toEqual(org.aliases);
      for (const column of ['kind', 'sector', 'city', 'country', 'description', 'url'] as const) {
        expect(cell(column)).toBe(org[column] ?? '');
      }
      expect(Number(row['degree:int'])).toBe(org.degree);
      expect(row[':LABEL']).toBe('Organisation');
    });
  });

  it('reads every tie back, with its evidence as parallel source and quote arrays', () => {
    const rows = records('ties.csv');
    expect(rows).toHaveLength(subgraph.links.length);
    rows.forEach((row, index) => {
      const tie = subgraph.links[index]!;
      const cell = (column: string) => unneutralise(row[column]!);
      expect([cell('id'), cell(':START_ID'), cell(':END_ID'), cell(':TYPE')]).toEqual([tie.id, tie.source, tie.target, tie.type]);
      expect([cell('since'), cell('until'), cell('description')]).toEqual([tie.since ?? '', tie.until ?? '', tie.description ?? '']);
      expect(cell('evidenceSources:string[]').split(delimiter)).toEqual(tie.evidence.map((item) => item.source));
      expect(cell('evidenceQuotes:string[]').split(delimiter)).toEqual(tie.evidence.map((item) => item.quote));
    });
  });

  it('adds typed measure columns when the organisations carry measures', () => {
    const measuredFiles = unzipSync(toCsvZip(withMeasures(subgraph), context));
    const [header, ...rows] = parseCsv(strFromU8(measuredFiles['organisations.csv']!));
    expect(header).toEqual(expect.arrayContaining(['betweenness:float', 'pagerank:float', 'community:int', 'partners:int', 'constraint:float']));
    const expected = new Map(computeNetworkMeasures(subgraph).organisations.map((o) => [o.id, o]));
    for (const row of rows) {
      const cell = (name: string) => row[header!.indexOf(name)]!;
      const measures = expected.get(unneutralise(cell('id:ID')))!;
      expect(Number(cell('betweenness:float'))).toBe(measures.betweenness);
      expect(Number(cell('community:int'))).toBe(measures.community);
    }
    expect(text('organisations.csv')).not.toContain('betweenness');
  });

  it('neutralises cells that a spreadsheet would run as formulas', () => {
    const [, formula, arabic] = records('organisations.csv');
    expect(formula!.name).toBe("'=cmd|' /C calc'!A0");
    expect(arabic!.shortName).toBe("'-LEAD");
    expect(arabic!['aliases:string[]']).toBe(`'+plus${delimiter}@at`);
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('\tx')).toBe("'\tx");
    expect(neutraliseFormula('safe = text')).toBe('safe = text');
    expect(readme).toMatch(/single\s+quote/);
  });

  it('switches the array delimiter away from ";" when a value contains one, and says so in the README', () => {
    expect(delimiter).toBe('|');
    expect(readme).toContain('--array-delimiter="|"');
    expect(readme).toContain('neo4j-admin database import full');
    expect(chooseArrayDelimiter([['a', 'b'], []])).toBe(';');
    expect(chooseArrayDelimiter([['a;b'], ['c|d']])).toBe('¦');
  });

  it('quotes fields the RFC 4180 way', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
  });

  it('builds the same archive bytes for the same input, dated from generatedAt rather than the clock', () => {
    const zip = toCsvZip(subgraph, context);
    expect(zip).toEqual(toCsvZip(subgraph, context));
    // The first local file header's DOS date (bytes 12-13): 2024-05-01 from context.generatedAt.
    expect(zip[12]! | (zip[13]! << 8)).toBe(((2024 - 1980) << 9) | (5 << 5) | 1);
  });
});
