// Every import format reads back what its exporter wrote (the exporters' own hostile fixture), and refuses
// malformed files with a reason and a place.
import { strToU8, zipSync, unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsvZip } from '../../server/export/csv-export.ts';
import { toGraphml } from '../../server/export/graphml-export.ts';
import { toJson } from '../../server/export/json-export.ts';
import { parseCsvImport, parseCsvZip, unneutralise } from '../../server/import/import-csv.ts';
import { parseGraphmlImport } from '../../server/import/import-graphml.ts';
import { parseJsonImport } from '../../server/import/import-json.ts';
import { parseImportBytes } from '../../server/import/import-files.ts';
import type { Organisation, Tie } from '../../server/schemas/graph.ts';
import { context, subgraph, xmlSafe } from '../server/export/fixture.ts';

const values = (org: Organisation) => ({
  name: org.name, kind: org.kind, shortName: org.shortName, aliases: org.aliases, sector: org.sector,
  city: org.city, country: org.country, description: org.description, url: org.url, since: org.since, until: org.until,
});
const tieFields = (tie: Tie) => ({
  id: tie.id, type: tie.type, source: tie.source, target: tie.target, since: tie.since, until: tie.until, description: tie.description,
});
const MB = 1024 * 1024;

describe('the JSON import', () => {
  it('reads the json export back exactly, sources included', () => {
    const set = parseJsonImport(toJson(subgraph, context));
    expect(set.fileProblems).toEqual([]);
    expect(set.organisations.map((row) => ({ id: row.id, ...row.values }))).toEqual(subgraph.nodes.map((org) => ({ id: org.id, ...values(org) })));
    expect(set.ties.map((row) => ({ id: row.id, type: row.type, source: row.source, target: row.target, since: row.since, until: row.until, description: row.description })))
      .toEqual(subgraph.links.map(tieFields));
    expect(set.ties[0]!.evidence).toEqual(subgraph.links[0]!.evidence.map(({ source, quote, title, url, publisher }) => ({ source, quote, title, url, publisher })));
    expect(set.organisations.map((row) => row.ref)).toEqual(['nodes[0]', 'nodes[1]', 'nodes[2]']);
  });

  it('says where malformed JSON breaks, and what shape it expects', () => {
    expect(parseJsonImport('{\n  "nodes": [\n    {"id": "a",}\n  ]\n}').fileProblems[0]!.reason).toMatch(/not valid JSON \(line 3, column \d+\)/);
    expect(parseJsonImport('[1, 2]').fileProblems[0]!.reason).toMatch(/"nodes": \[organisations\], "links": \[ties\]/);
    const odd = parseJsonImport('{"nodes": [42], "links": [{"type": "PARTNER_OF", "evidence": "none"}]}');
    expect(odd.organisations[0]!.problems).toEqual(['must be an object']);
    expect(odd.ties[0]!.problems).toEqual(['evidence must be a list of { source, quote } or { url, note }']);
  });

  it('reads extra attributes and their declared types back, so a date stays a date in another database', () => {
    const nodes = subgraph.nodes.map((org, index) => (index === 0 ? { ...org, attributes: { founded: '2019-05', members: 3 } } : org));
    const vocabulary = { ...context.vocabulary, attributeTypes: { organisation: new Map([['founded', 'date' as const]]) } };
    const set = parseJsonImport(toJson({ ...subgraph, nodes }, { ...context, vocabulary }));
    expect(set.organisations[0]!.attributes).toEqual({ founded: '2019-05', members: 3 });
    expect(set.attributeTypes).toEqual({ organisation: { founded: 'date', members: 'number' }, tie: {} });
    expect(JSON.parse(toJson(subgraph, context)).meta.attributes).toBeUndefined();
  });

  it('takes { url, note } evidence as a web page source', () => {
    const set = parseJsonImport(JSON.stringify({ links: [{ evidence: [{ url: 'https://example.org/a', note: 'They work together.' }] }] }));
    expect(set.ties[0]!.evidence).toEqual([{ source: null, url: 'https://example.org/a', quote: 'They work together.', title: null, publisher: null }]);
  });
});

describe('the CSV import', () => {
  it.each([['=x'], ["'=already quoted"], ["''+1"], ["'Tis"], ['plain'], ['-']])('gives back %s exactly through the export\'s guard', (text) => {
    expect(unneutralise(neutraliseFormula(text))).toBe(text);
  });

  it('reads the csv export\'s zip back exactly, formula-looking cells and the array delimiter included', () => {
    const set = parseCsvZip(toCsvZip(subgraph, context), MB);
    expect(set.fileProblems).toEqual([]);
    expect(set.organisations.map((row) => ({ id: row.id, ...row.values }))).toEqual(subgraph.nodes.map((org) => ({ id: org.id, ...values(org) })));
    expect(set.organisations[1]!.values.name).toBe("=cmd|' /C calc'!A0");
    expect(set.ties.map(({ id, type, source, target, since, until, description }) => ({ id, type, source, target, since, until, description })))
      .toEqual(subgraph.links.map(tieFields));
    expect(set.ties.map((row) => row.evidence.map(({ source, quote }) => ({ source, quote }))))
      .toEqual(subgraph.links.map((tie) => tie.evidence.map(({ source, quote }) => ({ source, quote }))));
    expect(set.ties[0]!.ref).toBe('ties.csv line 2');
  });

  it('removes only the exporter\'s formula guard', () => {
    expect(unneutralise("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(unneutralise("'+44 113")).toBe('+44 113');
    expect(unneutralise("'Tis the season")).toBe("'Tis the season");
    expect(unneutralise('=typed in a spreadsheet')).toBe('=typed in a spreadsheet');
  });

  const ORGANISATIONS = 'id:ID,name,shortName,aliases:string[],kind,sector,city,country,description,url,degree:int,:LABEL\r\n';
  const TIES = 'id,:START_ID,:END_ID,:TYPE,since,until,description,evidenceSources:string[],evidenceQuotes:string[]\r\n';

  it('names missing columns against the export\'s header', () => {
    const set = parseCsvImport({ organisations: 'id:ID,name,colour\r\na,A,red\r\n', ties: TIES });
    expect(set.fileProblems).toEqual([{ ref: 'organisations.csv line 1', reason: expect.stringMatching(/^missing column "kind" \(the columns are those of the CSV export: id:ID,name,/) }]);
  });

  it('reads other columns as extra attributes, typed by their header or else by their values', () => {
    const set = parseCsvImport({
      organisations: 'id:ID,name,kind,club,weight,members:int,flag:boolean,founded:date,tags:string[],Bad Name\r\na,A,charity,Mr. Hi,1.5,3,true,2019,x;y,z\r\nb,B,charity,,2,,,,,\r\n',
    });
    expect(set.fileProblems).toEqual([]);
    expect(set.organisations.map((row) => row.attributes)).toEqual([
      { club: 'Mr. Hi', weight: '1.5', members: '3', flag: 'true', founded: '2019', tags: ['x', 'y'], 'Bad Name': 'z' },
      { club: null, weight: '2', members: null, flag: null, founded: null, tags: [], 'Bad Name': null },
    ]);
    expect(set.attributeTypes?.organisation).toEqual({ weight: 'number', members: 'number', flag: 'boolean', founded: 'date', tags: 'list' });
  });

  it('accepts the columns in any order and without the derived ones (degree, :LABEL)', () => {
    const set = parseCsvImport({ organisations: 'kind,name,id:ID\r\ncharity,A,a\r\n' });
    expect(set.organisations[0]).toMatchObject({ id: 'a', values: { name: 'A', kind: 'charity', aliases: [], city: null } });
  });

  it('reports malformed rows, unpaired evidence and takes a URL as a web page source', () => {
    const ties = `${TIES}t1,a,b,PARTNER_OF,,,,s1;s2,only one quote\r\nt2,a,b\r\nt3,a,c,PARTNER_OF,,,,https://example.org/x,It says so.\r\n`;
    const set = parseCsvImport({ organisations: ORGANISATIONS, ties });
    expect(set.ties[0]!.problems).toEqual(['evidenceSources has 2 item(s) but evidenceQuotes has 1: they are pairs']);
    expect(set.ties[1]!.problems).toEqual(['malformed row: 3 fields where the header has 9']);
    expect(set.ties[2]!.evidence).toEqual([{ source: null, url: 'https://example.org/x', quote: 'It says so.', title: null, publisher: null }]);
  });

  it('takes the two CSV texts as a JSON body, with an array delimiter', () => {
    const body = JSON.stringify({ organisations: `${ORGANISATIONS}a,A,,x|y,charity,,,,,,0,Organisation\r\n`, arrayDelimiter: '|' });
    const set = parseImportBytes('csv', strToU8(body), MB);
    expect(set.organisations[0]!.values.aliases).toEqual(['x', 'y']);
    expect(parseImportBytes('csv', strToU8('{"organisations": 1}'), MB).fileProblems[0]!.reason).toMatch(/organisations must be a string/);
    expect(parseImportBytes('csv', strToU8('id,name'), MB).fileProblems[0]!.reason).toMatch(/not a zip, and not a JSON body/);
  });

  it('refuses a file that is not a zip, one that unpacks too large, and one with a file in the wrong encoding', () => {
    expect(parseCsvZip(strToU8('PK\u0003\u0004 not really'), MB).fileProblems[0]!.reason).toMatch(/not a readable zip/);
    const big = zipSync({ 'ties.csv': new Uint8Array(2 * MB) });
    expect(parseCsvZip(big, MB).fileProblems[0]!.reason).toMatch(/unpacks to more than the import limit/);
    const latin1 = zipSync({ 'export/organisations.csv': new Uint8Array(Buffer.from(`${ORGANISATIONS}a,Montr\xe9al,,,charity,,,,,,0,Organisation\r\n`, 'latin1')) });
    expect(parseCsvZip(latin1, MB).fileProblems).toEqual([{ ref: 'organisations.csv', reason: expect.stringMatching(/^organisations\.csv line 2: not valid UTF-8/) }]);
  });

  it('reads a zip re-made by hand: files in a folder, no README (";" then)', () => {
    const zip = unzipSync(toCsvZip(subgraph, context));
    const remade = zipSync({ 'my export/organisations.csv': zip['organisations.csv']!, 'my export/ties.csv': strToU8(`${TIES}t,a,b,PARTNER_OF,,,,s1;s2,q1;q2\r\n`) });
    const set = parseCsvZip(remade, MB);
    expect(set.organisations).toHaveLength(3);
    expect(set.ties[0]!.evidence.map((item) => item.source)).toEqual(['s1', 's2']);
    expect(strFromU8(zip['README.txt']!)).toMatch(/separated by "\|"/);
  });
});

describe('the GraphML import', () => {
  it('reads the graphml export back, evidence rebuilt from its text', () => {
    const set = parseGraphmlImport(toGraphml(subgraph, context));
    expect(set.fileProblems).toEqual([]);
    const expected = (org: Organisation) => ({
      id: org.id,
      ...values(org),
      name: xmlSafe(org.name),
      description: org.description && xmlSafe(org.description),
    });
    expect(set.organisations.map((row) => ({ id: row.id, ...row.values }))).toEqual(subgraph.nodes.map(expected));
    expect(set.ties.map(({ id, type, source, target, since, until, description }) => ({ id, type, source, target, since, until, description })))
      .toEqual(subgraph.links.map(tieFields));
    expect(set.ties[0]!.evidence).toEqual(subgraph.links[0]!.evidence.map(({ source, quote, title, url }) => ({ source, quote: xmlSafe(quote), title, url, publisher: null })));
  });

  it('reads quotes holding the separators exactly, from the joined evidenceQuotes', () => {
    const tie = { ...subgraph.links[1]!, evidence: [{ ...subgraph.links[1]!.evidence[0]!, quote: 'A | B; C \\ — D' }] };
    const set = parseGraphmlImport(toGraphml({ ...subgraph, links: [tie] }, context));
    expect(set.ties[0]!.problems).toEqual([]);
    expect(set.ties[0]!.evidence.map((item) => item.quote)).toEqual(['A | B; C \\ — D']);
  });

  it('refuses evidence it cannot split unambiguously in a file without evidenceQuotes, pointing at JSON or CSV', () => {
    const tie = { ...subgraph.links[1]!, evidence: [{ ...subgraph.links[1]!.evidence[0]!, quote: 'A | B' }] };
    const older = toGraphml({ ...subgraph, links: [tie] }, context).replace(/\s*<data key="e-evidenceQuotes">[^<]*<\/data>/g, '');
    const set = parseGraphmlImport(older);
    expect(set.ties[0]!.problems[0]).toMatch(/cannot be split into its 1 item\(s\) unambiguously .* JSON or CSV export/);
  });

  it('refuses DTDs and malformed XML with the line', () => {
    expect(parseGraphmlImport('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><graphml/>').fileProblems[0]!.reason).toMatch(/DOCTYPE or ENTITY/);
    const broken = parseGraphmlImport('<graphml>\n<graph>\n<node id="a">\n</graph>\n</graphml>');
    expect(broken.fileProblems[0]!.ref).toMatch(/line \d/);
    expect(broken.fileProblems[0]!.reason).toMatch(/not well-formed XML/);
    expect(parseGraphmlImport('<other/>').fileProblems[0]!.reason).toMatch(/expected <graphml> with a <graph>/);
  });
});

describe('parseImportBytes', () => {
  it('decodes UTF-16 uploads and refuses an empty one', () => {
    const json = toJson(subgraph, context);
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(json, 'utf16le')]);
    expect(parseImportBytes('json', utf16, MB).organisations).toHaveLength(3);
    expect(parseImportBytes('json', undefined, MB).fileProblems[0]!.reason).toMatch(/no body/);
  });
});
