import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CYPHER_DIR, loadQueries } from '../../../server/cypher/query-store.ts';
import { boundedInteger, relationshipTypes, shortestSelector } from '../../../server/cypher/cypher-fragments.ts';

const allowed = new Set(['COMMISSIONS', 'MEMBER_OF']);

describe('Cypher statements and template slots', () => {
  const queries = loadQueries();

  it('loads every statement under cypher/ by its path', () => {
    expect(queries.names()).toContain('graph/expand-frontier');
    expect(queries.get('sources/list-sources')).toMatch(/MATCH \(s:Source\)/);
  });

  it('expands the projection fragments about the variable they are included for', () => {
    const text = queries.get('curation/read-organisations');
    expect(text).toContain('RETURN (o { .id, .name,');
    expect(text).toContain('degree: COUNT { (o)--() },');
    expect(text).toContain("attributes: [key IN keys(o) WHERE key STARTS WITH 'attr_' | [substring(key, 5), o[key]]] }) AS organisation");
    expect(queries.get('curation/read-ties')).toContain('type: type(r), source: startNode(r).id, target: endNode(r).id,');
  });

  it('leaves the organisation and tie projections to their fragments', () => {
    const copies = queries.names().filter((name) => /\.shortName, \.aliases|\.evidenceSources, \.evidenceQuotes/.test(readFileSync(join(CYPHER_DIR, `${name}.cypher`), 'utf8')));
    expect(copies).toEqual([]);
  });

  it('refuses unknown statement names', () => {
    expect(() => queries.get('graph/drop-everything')).toThrow(/No Cypher statement/);
  });

  it('refuses to hand out a statement whose slots are unfilled', () => {
    expect(() => queries.get('graph/expand-frontier')).toThrow(/template slots/);
  });

  it('fills slots only with fragments built from whitelisted values', () => {
    const text = queries.render('graph/expand-frontier', { types: relationshipTypes(['COMMISSIONS', 'MEMBER_OF'], allowed) });
    expect(text).toContain('-[r:COMMISSIONS|MEMBER_OF]-');
    expect(queries.render('graph/expand-frontier', { types: relationshipTypes([], allowed) })).toContain('-[r]-');
  });

  it('rejects hand-made fragments and unsafe text in a slot', () => {
    expect(() => queries.render('graph/expand-frontier', { types: { cypher: ']-() DETACH DELETE n //', trusted: true } })).toThrow(/trusted value/);
    expect(() => queries.render('graph/expand-frontier', {})).toThrow(/trusted value/);
  });

  it('rejects tie types outside the vocabulary and integers outside their range', () => {
    expect(() => relationshipTypes(['COMMISSIONS]->() DELETE x'], allowed)).toThrow(/Unknown tie type/);
    expect(() => relationshipTypes(['OWNS'], allowed)).toThrow(/Unknown tie type/);
    expect(() => boundedInteger(9, 1, 8)).toThrow();
    expect(() => boundedInteger(2.5, 1, 8)).toThrow();
    expect(boundedInteger(8, 1, 8).cypher).toBe('8');
    expect(shortestSelector('all').cypher).toBe('allShortestPaths');
  });
});
