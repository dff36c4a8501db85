// Extra attributes against the real Neo4j (issue 15): typed, checked and declared through the API; imported from a
// real outside network (networkx's karate club: `club` on members, `weight` on ties) with the dry run saying what it
// adds; exported in every format, and read back by networkx with the same values and types.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AUTH, useSeededCurationApp } from './curation-app.ts';

const { app, api } = useSeededCurationApp();
const LTHT = 'leeds-teaching-hospitals';
const REFEREE = join(import.meta.dirname, 'karate_referee.py');
const python = (...args: string[]) => {
  const run = spawnSync('python3', [REFEREE, ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout;
};
const importFile = async (format: string, body: string | Buffer, dryRun: boolean) => {
  const response = await app().inject({ method: 'POST', url: `/api/import?format=${format}&dryRun=${dryRun}`, headers: { ...AUTH, 'content-type': 'application/octet-stream' }, payload: body });
  return { status: response.statusCode, body: response.json() };
};
const exported = async (format: string, query: string) => (await app().inject(`/api/export?format=${format}&${query}`)).rawPayload;

describe('attributes through the API', () => {
  it('stores typed attributes, declares them on first use and checks later values against the declaration', async () => {
    const created = await api.post('/api/organisations', { name: 'Attribute Charity', kind: 'charity', attributes: { members: 12, registered: true, tags: ['arts', 'health'], motto: 'Together' } });
    expect(created.status).toBe(201);
    expect(created.body.attributes).toEqual({ members: 12, motto: 'Together', registered: true, tags: ['arts', 'health'] });
    const id = created.body.id as string;
    expect((await api.get(`/api/organisations/${id}`)).body.attributes).toEqual(created.body.attributes);

    const wrongType = await api.patch(`/api/organisations/${id}`, { version: 1, attributes: { members: 'many' } });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.errors).toEqual([{ field: 'attributes.members', message: 'attributes.members must be a finite number (it is declared as number)' }]);
    const core = await api.patch(`/api/organisations/${id}`, { version: 1, attributes: { city: 'Leeds', 'Bad-Name': 1 } });
    expect(core.status).toBe(400);
    expect(core.body.errors.map((error: { field: string }) => error.field)).toEqual(['attributes.city', 'attributes.Bad-Name']);
    expect(core.body.errors[0].message).toMatch(/core field/);
    const object = await api.patch(`/api/organisations/${id}`, { version: 1, attributes: { nested: { a: 1 } } });
    expect(object.status).toBe(400);
    expect(object.body.errors[0].field).toBe('attributes.nested');

    const patched = await api.patch(`/api/organisations/${id}`, { version: 1, attributes: { members: 13, tags: null } });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ version: 2, attributes: { members: 13, motto: 'Together', registered: true } });
    expect(patched.body.attributes.tags).toBeUndefined();
    const history = (await api.get(`/api/organisations/${id}/history`)).body.changes;
    expect(history[0].fields).toEqual(['attributes']);

    const tie = await api.post('/api/ties', { type: 'SUPPORTS', source: id, target: LTHT, attributes: { strength: 2.5 }, evidence: [{ url: 'https://example.org/attribute-charity', note: 'The charity supports the trust.' }] });
    expect(tie.status).toBe(201);
    expect(tie.body.attributes).toEqual({ strength: 2.5 });
    expect((await api.get(`/api/organisations/${id}`)).body.ties[0].attributes).toEqual({ strength: 2.5 });
    const heavy = await api.patch(`/api/ties/${tie.body.id}`, { attributes: { strength: 'heavy' } });
    expect(heavy.status).toBe(400);
    expect(heavy.body.errors[0].field).toBe('attributes.strength');
  });
});

describe("the karate club's attributes", () => {
  it('are declared per network: a name typed as a number in Leeds can be text in another network', async () => {
    expect((await api.post('/api/organisations', { name: 'Numbered Charity', kind: 'charity', attributes: { rank: 3 } })).status).toBe(201);
    expect((await api.post('/api/networks', { id: 'ranked-guilds', label: 'Guilds' })).status).toBe(201);
    expect((await api.post('/api/vocabulary/kinds?network=ranked-guilds', { id: 'guild', label: 'Guild', colour: '#336699' })).status).toBe(201);
    const guild = await api.post('/api/organisations?network=ranked-guilds', { name: 'Guild of Rankers', kind: 'guild', attributes: { rank: 'first' } });
    expect(guild.status).toBe(201);
    expect(guild.body.attributes).toEqual({ rank: 'first' });
    // Each network keeps its own declaration.
    const leedsText = await api.post('/api/organisations', { name: 'Texted Charity', kind: 'charity', attributes: { rank: 'first' } });
    expect(leedsText.status).toBe(400);
    expect(leedsText.body.errors).toEqual([expect.objectContaining({ field: 'attributes.rank' })]);
    expect((await api.patch(`/api/organisations/${guild.body.id}`, { version: 1, attributes: { rank: 2 } })).status).toBe(400);
  });

  it('are listed by the dry run, imported, and read back by networkx with their types from the GraphML export', async () => {
    const karate = python('make');
    const dry = await importFile('graphml', karate, true);
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ valid: true, summary: { organisations: { create: 34 }, ties: { create: 78 }, sources: { create: 1 } } });
    expect(dry.body.attributes).toEqual({ add: [{ scope: 'organisation', name: 'club', type: 'string' }, { scope: 'tie', name: 'weight', type: 'number' }], refused: [] });

    const real = await importFile('graphml', karate, false);
    expect(real.body).toMatchObject({ committed: true });
    expect((await api.get('/api/organisations/0')).body.attributes).toEqual({ club: 'Mr. Hi' });

    const ids = Array.from({ length: 34 }, (_, n) => n).join(',');
    const graphml = await exported('graphml', `ids=${ids}`);
    expect(graphml.toString()).toContain('<key id="e-weight" for="edge" attr.name="weight" attr.type="int"/>');
    const file = join(mkdtempSync(join(tmpdir(), 'karate-')), 'karate.graphml');
    writeFileSync(file, graphml);
    expect(JSON.parse(python('check', file))).toEqual({ clubsEqual: true, weightsEqual: true, clubType: ['str'], weightType: ['int'], nodes: 34, edges: 78 });

    // Every other format carries them too, and each re-importable one gives them back unchanged.
    const csv = unzipSync(await exported('csv', `ids=${ids}`));
    expect(strFromU8(csv['organisations.csv']!).split('\r\n')[0]).toMatch(/,club,:LABEL$/);
    expect(strFromU8(csv['ties.csv']!).split('\r\n')[0]).toMatch(/,weight:int$/);
    const cytoscape = JSON.parse((await exported('cytoscape', `ids=${ids}`)).toString());
    expect(cytoscape.elements.nodes.find((node: { data: { id: string } }) => node.data.id === '0').data.club).toBe('Mr. Hi');
    expect((await exported('gexf', `ids=${ids}`)).toString()).toContain('<attribute id="e-weight" title="weight" type="integer"/>');
    expect((await exported('cypher', `ids=${ids}`)).toString()).toContain("attr_club = 'Mr. Hi'");
    // Filtered by an attribute: only members of one club (and the ties among them).
    const officers = (await api.get('/api/graph?attr.club=Officer&limit=5000')).body;
    expect(officers.nodes).toHaveLength(17);
    expect(officers.nodes.every((node: { attributes?: { club: string } }) => node.attributes?.club === 'Officer')).toBe(true);
    const near = (await api.get('/api/graph?centre=0&depth=1&attr.club=Mr.%20Hi')).body;
    expect(near.nodes.every((node: { attributes?: { club: string } }) => node.attributes?.club === 'Mr. Hi')).toBe(true);
    const exportedIds = JSON.parse((await exported('json', `ids=${ids}&attr.club=Officer`)).toString()).nodes.length;
    expect(exportedIds).toBe(17);
    const unknown = await api.get('/api/graph?attr.colour=red&attr.Bad=1');
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors.map((error: { field: string }) => error.field)).toEqual(['attr.colour', 'attr.Bad']);

    for (const format of ['json', 'csv', 'graphml']) {
      const again = await importFile(format, await exported(format, `ids=${ids}`), true);
      expect({ format, rows: again.body.rows, add: again.body.attributes.add }).toEqual({ format, rows: [], add: [] });
      expect(again.body.summary).toMatchObject({ organisations: { unchanged: 34 }, ties: { unchanged: 78 } });
    }
  });

  it('lists a column that cannot be an attribute as refused, with the reason, and types a date column by its header', async () => {
    const organisations = 'id:ID,name,kind,Club Name,founded:date,shortname\r\nrefusal-club,Refusal Club,charity,x,2019-05,y\r\n';
    const dry = await importFile('csv', JSON.stringify({ organisations }), true);
    expect(dry.body.valid).toBe(true);
    expect(dry.body.attributes.add).toEqual([{ scope: 'organisation', name: 'founded', type: 'date' }]);
    expect(dry.body.attributes.refused).toEqual([
      { scope: 'organisation', name: 'Club Name', reason: expect.stringMatching(/lower-case letter/) },
      { scope: 'organisation', name: 'shortname', reason: '"shortname" is a core field, not an extra attribute' },
    ]);
    const bad = await importFile('csv', JSON.stringify({ organisations: 'id:ID,name,kind,founded:date\r\nbad-date,Bad Date,charity,May 2019\r\n' }), true);
    expect(bad.body.rows[0].reasons).toEqual(['attributes.founded must be a year, a month or a date that exists: 2019, 2020-01 or 2021-03-15 (it is declared as date)']);
  });
});
