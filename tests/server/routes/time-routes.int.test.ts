// The network over time on the seeded Leeds network: reads as of a day, the comparison of two days, paths that
// only use ties in force, an ended tie told in the past, and the network-wide edit feed.
import { describe, expect, it } from 'vitest';
import { inForceOn } from '../../../server/contract/in-force.ts';
import { useSeededCurationApp } from '../../curation/curation-app.ts';

const { api } = useSeededCurationApp();

const LTHT = 'leeds-teaching-hospitals';
const MALTA = 'ministry-for-health-malta';
const MALTA_CONTRACT = `${LTHT}--contracts-with--${MALTA}`;
/** The seed's dated ties: Global Learning Practitioners (2019), the Lincoln Green project (2019), the fellowship (January 2020). */
const DATED = [
  `${LTHT}--delivers--global-learning-practitioners`,
  `${LTHT}--delivers--lincoln-green-employment-and-skills-project`,
  'leeds-city-council--delivers--lincoln-green-employment-and-skills-project',
  'learning-partnerships--delivers--lincoln-green-employment-and-skills-project',
  'lincoln-green-local-charity--delivers--lincoln-green-employment-and-skills-project',
  `${LTHT}--delivers--leeds-moynihan-surgical-fellowship`,
].sort();

const tieIds = (body: { links: { id: string }[] }) => body.links.map((link) => link.id);

describe('reads as of a day', () => {
  it('leave out the 2019 and 2020 ties as of 2018 and hold them as of 2021', async () => {
    const before = await api.get('/api/graph?limit=5000&asOf=2018');
    const after = await api.get('/api/graph?limit=5000&asOf=2021');
    const everything = await api.get('/api/graph?limit=5000');
    expect([before.status, after.status]).toEqual([200, 200]);
    for (const id of DATED) {
      expect(tieIds(before.body)).not.toContain(id);
      expect(tieIds(after.body)).toContain(id);
    }
    expect(tieIds(after.body).length).toBe(tieIds(before.body).length + DATED.length);
    expect(tieIds(everything.body).length).toBe(tieIds(after.body).length);
  });

  it('follow the day in a neighbourhood and in an export', async () => {
    const before = await api.get(`/api/graph?centre=${LTHT}&depth=1&asOf=2018-12-31`);
    expect(tieIds(before.body)).not.toContain(`${LTHT}--delivers--leeds-moynihan-surgical-fellowship`);
    expect(before.body.nodes.map((node: { id: string }) => node.id)).not.toContain('lincoln-green-employment-and-skills-project');
    const exported = await api.get(`/api/export?format=json&centre=${LTHT}&depth=1&asOf=2020-01`);
    const file = exported.body as { links: { id: string }[] };
    expect(tieIds(file)).toContain(`${LTHT}--delivers--leeds-moynihan-surgical-fellowship`);
  });

  it('answer 400 naming asOf for a day that does not exist', async () => {
    for (const url of ['/api/graph?asOf=2023-02-30', '/api/graph?asOf=yesterday', `/api/paths?from=${LTHT}&to=${MALTA}&asOf=2021-13`, `/api/organisations/${LTHT}?asOf=2021-02-29`, '/api/organisations?q=leeds&asOf=20']) {
      const { status, body } = await api.get(url);
      expect(status, url).toBe(400);
      expect(body.message, url).toMatch(/asOf/);
    }
  });
});

describe('GET /api/changes', () => {
  it('lists exactly the ties that started between 2018 and 2021, with their evidence, and the same as added', async () => {
    const { status, body } = await api.get('/api/changes?from=2018&to=2021');
    expect(status).toBe(200);
    expect(body.changes.map((change: { id: string }) => change.id).sort()).toEqual(DATED);
    for (const change of body.changes) {
      expect(change).toMatchObject({ change: 'started', entity: 'tie' });
      expect(change.evidence.length).toBeGreaterThan(0);
      expect(change.evidence[0].quote.length).toBeGreaterThan(10);
    }
    expect(body.changes.find((change: { id: string }) => change.id.endsWith('surgical-fellowship'))).toMatchObject({ date: '2020-01' });
    expect([...body.added.ties].sort()).toEqual(DATED);
    expect(body.ended.ties).toEqual([]);
    expect(body.unchanged.ties.length + DATED.length).toBe(body.links.length);
  });

  it('compares around a centre too', async () => {
    const { body } = await api.get(`/api/changes?from=2018&to=2021&centre=${LTHT}&depth=1`);
    expect(body.added.ties).toEqual(expect.arrayContaining(DATED.filter((id) => id.startsWith(LTHT))));
    expect(body.added.ties.filter((id: string) => !DATED.includes(id))).toEqual([]);
  });

  it('refuses from after to, and days that do not exist, naming the field', async () => {
    const late = await api.get('/api/changes?from=2021&to=2018');
    expect(late.status).toBe(400);
    expect(late.body.message).toMatch(/from .* after to/);
    const bad = await api.get('/api/changes?from=2018&to=2023-02-30');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/^to /);
  });
});

describe('paths over time', () => {
  it('never use a tie that was not in force on the day', async () => {
    for (const asOf of ['2018', '2019-06', '2021']) {
      const { status, body } = await api.get(`/api/paths?from=learning-partnerships&to=${LTHT}&mode=k-shortest&k=5&asOf=${asOf}`);
      expect(status).toBe(200);
      for (const path of body.paths) for (const link of path.links) expect(inForceOn(link, `${asOf.length === 4 ? `${asOf}-01-01` : `${asOf}-01`}`), `${asOf} ${link.id}`).toBe(true);
      if (asOf === '2021') expect(body.paths.length).toBeGreaterThan(0);
    }
  });

  it('still answer 404 naming the end that does not exist, in the same request', async () => {
    const { status, body } = await api.get(`/api/paths?from=${LTHT}&to=no-such-organisation`);
    expect(status).toBe(404);
    expect(body.message).toMatch(/"no-such-organisation" \(to\)/);
  });
});

describe('an ended tie', () => {
  it('is left out of paths today, listed apart in details, and told in the past tense when ended ties are included', async () => {
    const ended = await api.post(`/api/ties/${MALTA_CONTRACT}/end`, { until: '2022-06' });
    expect(ended.status).toBe(200);

    const details = await api.get(`/api/organisations/${MALTA}`);
    const contract = details.body.ties.find((tie: { id: string }) => tie.id === MALTA_CONTRACT);
    expect(contract).toMatchObject({ state: 'ended', until: '2022-06' });
    expect(details.body.ties.at(-1).state).toBe('ended');
    const asOf2021 = await api.get(`/api/organisations/${MALTA}?asOf=2021`);
    expect(asOf2021.body.ties.find((tie: { id: string }) => tie.id === MALTA_CONTRACT).state).toBe('current');

    const today = await api.get(`/api/paths?from=${LTHT}&to=${MALTA}&mode=all-shortest&tieTypes=CONTRACTS_WITH`);
    expect(today.body.paths).toEqual([]);
    const withEnded = await api.get(`/api/paths?from=${LTHT}&to=${MALTA}&tieTypes=CONTRACTS_WITH&includeEnded=true`);
    expect(withEnded.body.paths[0].explanation).toBe('Leeds Teaching Hospitals NHS Trust had a contract with Ministry for Health (Malta) (until 2022).');
    const inForceThen = await api.get(`/api/paths?from=${LTHT}&to=${MALTA}&tieTypes=CONTRACTS_WITH&asOf=2022-06-30`);
    expect(inForceThen.body.paths[0].explanation).toMatch(/ has a contract with /);

    const graph = await api.get(`/api/graph?centre=${MALTA}&depth=1`);
    expect(graph.body.links.find((link: { id: string }) => link.id === MALTA_CONTRACT).until).toBe('2022-06');
    const graphToday = await api.get(`/api/graph?centre=${MALTA}&depth=1&asOf=2026-01-01`);
    expect(tieIds(graphToday.body)).not.toContain(MALTA_CONTRACT);
  });

  it('shows up in the network-wide history feed of edits', async () => {
    const { status, body } = await api.get(`/api/history?since=${new Date(Date.now() - 3_600_000).toISOString()}`);
    expect(status).toBe(200);
    expect(body.changes.some((change: { action: string; entityId: string }) => change.action === 'end' && change.entityId === MALTA_CONTRACT)).toBe(true);
    const lastYear = await api.get('/api/history?since=2001&until=2001-12');
    expect(lastYear.body.changes).toEqual([]);
    expect((await api.get('/api/history?since=2001-02-30')).status).toBe(400);
  });
});

describe('dates on writes', () => {
  it('refuses days that do not exist and an until before the since, naming the field, and writes nothing', async () => {
    const bad = await api.post('/api/organisations', { name: 'Imaginary Commissioning Group', kind: 'commissioner', since: '2013-04', until: '2023-02-30' });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/until \(2023-02-30\) is not a day that exists/);
    const backwards = await api.post('/api/organisations', { name: 'Imaginary Commissioning Group', kind: 'commissioner', since: '2013-04', until: '2012' });
    expect(backwards.status).toBe(400);
    expect(backwards.body.message).toMatch(/until \(2012\) is before since \(2013-04\)/);
    expect((await api.get('/api/organisations?q=Imaginary')).body.results).toEqual([]);
  });

  it('keep an organisation dissolved on a day out of reads after it, and mark it in search', async () => {
    const created = await api.post('/api/organisations', { name: 'Test Clinical Commissioning Group', kind: 'commissioner', since: '2013-04', until: '2022-06-30' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ since: '2013-04', until: '2022-06-30' });
    const search = await api.get('/api/organisations?q=Test%20Clinical%20Commissioning');
    expect(search.body.results[0]).toMatchObject({ id: created.body.id, state: 'ended', until: '2022-06-30' });
    const before = await api.get(`/api/export?format=json&ids=${created.body.id}&asOf=2022-06-30`);
    const after = await api.get(`/api/export?format=json&ids=${created.body.id}&asOf=2022-07-01`);
    expect(before.body.nodes.map((node: { id: string }) => node.id)).toEqual([created.body.id]);
    expect(after.body.nodes).toEqual([]);
  });
});
