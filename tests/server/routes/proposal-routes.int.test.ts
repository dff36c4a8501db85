// Ingest and the review queue against the real Neo4j: a short document proposes organisations and ties with their
// sentences; accepting creates the tie with that sentence as evidence, rejecting is remembered on re-ingest,
// merging makes a name an alias; every decision is in the history and bad decisions write nothing.
import { describe, expect, it } from 'vitest';
import { useSeededCurationApp } from '../../curation/curation-app.ts';

const { api } = useSeededCurationApp();

const LTHT = 'leeds-teaching-hospitals';
const BECKETT = 'leeds-beckett-university';
const TEXT = [
  'Radiotherapy partners',
  'Leeds Teaching Hospitals NHS Trust signed a memorandum of understanding with Leeds Beckett University in 2024.',
  'We are a member of the Yorkshire Cancer Alliance.',
  'NHS England commissions our radiotherapy services.',
].join('\n');

interface Proposal { id: string; kind: string; from: string | null; to: string | null; type: string | null; name: string | null; sentence: string; start: number; end: number; status: string; orgKey: string | null }
let proposals: Proposal[] = [];
let sourceId = '';
const tieProposal = (type: string) => proposals.find((proposal) => proposal.kind === 'tie' && proposal.type === type)!;

describe('POST /api/sources (ingest)', () => {
  it('stores the document and proposes the organisations and ties it states, each with its exact sentence', async () => {
    const answer = await api.post('/api/sources', { title: 'Radiotherapy partners', text: TEXT, publisherId: LTHT });
    expect(answer.status).toBe(201);
    ({ proposals } = answer.body);
    sourceId = answer.body.source.id;
    expect(proposals.filter((proposal) => proposal.kind === 'organisation').map(({ name, orgKey }) => [name, orgKey])).toEqual([['Yorkshire Cancer Alliance', 'new:yorkshire-cancer-alliance']]);
    expect(proposals.filter((proposal) => proposal.kind === 'tie').map(({ from, type, to }) => [from, type, to])).toEqual([
      [LTHT, 'HAS_MOU_WITH', BECKETT],
      [LTHT, 'MEMBER_OF', 'new:yorkshire-cancer-alliance'],
      ['nhs-england', 'COMMISSIONS', LTHT],
    ]);
    for (const proposal of proposals) expect(TEXT.slice(proposal.start, proposal.end)).toBe(proposal.sentence);
    expect((await api.get(`/api/proposals?status=open&source=${sourceId}`)).body.proposals).toHaveLength(4);
  });

  it('says where the document names known organisations, for the reader', async () => {
    const { mentions } = (await api.get(`/api/sources/${sourceId}/mentions`)).body;
    expect(mentions.map(({ id, start, end }: { id: string; start: number; end: number }) => [id, TEXT.slice(start, end)])).toEqual([
      [LTHT, 'Leeds Teaching Hospitals NHS Trust'], [BECKETT, 'Leeds Beckett University'], ['nhs-england', 'NHS England'],
    ]);
    expect((await api.get('/api/sources/no-such-source/mentions')).status).toBe(404);
  });
});

describe('POST /api/proposals/accept', () => {
  it('creates the tie with that exact sentence as evidence, with the dates given, and records the decision', async () => {
    const mou = tieProposal('HAS_MOU_WITH');
    const answer = await api.post('/api/proposals/accept', { items: [{ id: mou.id, since: '2024' }] });
    expect(answer.status).toBe(200);
    expect(answer.body.proposals[0]).toMatchObject({ status: 'accepted', resultId: `${LTHT}--has-mou-with--${BECKETT}`, decidedBy: 'default' });
    const path = (await api.get(`/api/paths?from=${BECKETT}&to=${LTHT}`)).body;
    expect(JSON.stringify(path)).toContain(mou.sentence);
    const history = (await api.get(`/api/organisations/${LTHT}/history?limit=5`)).body.changes;
    expect(history.map(({ entity, action }: { entity: string; action: string }) => `${entity} ${action}`)).toEqual(expect.arrayContaining(['proposal update', 'tie create']));
  });

  it('refuses a tie to a proposed organisation not yet accepted (409), and writes nothing', async () => {
    const before = await api.snapshot();
    const answer = await api.post('/api/proposals/accept', { items: [{ id: tieProposal('MEMBER_OF').id }] });
    expect(answer.status).toBe(409);
    expect(answer.body.message).toMatch(/^items\[0\]: accept or merge the proposed organisation "Yorkshire Cancer Alliance" \(proposal .*\) first$/);
    expect(await api.snapshot()).toEqual(before);
  });

  it('accepts several at once: the organisation (kind edited) and then the tie that needs it', async () => {
    const organisation = proposals.find((proposal) => proposal.kind === 'organisation')!;
    const answer = await api.post('/api/proposals/accept', { items: [{ id: tieProposal('MEMBER_OF').id, type: 'PARTNER_OF' }, { id: organisation.id, kind: 'network' }] });
    expect(answer.status).toBe(200);
    expect((await api.get('/api/organisations/yorkshire-cancer-alliance')).body).toMatchObject({ name: 'Yorkshire Cancer Alliance', kind: 'network' });
    expect(answer.body.proposals.map((proposal: { resultId: string }) => proposal.resultId)).toEqual(['yorkshire-cancer-alliance', `${LTHT}--partner-of--yorkshire-cancer-alliance`]);
  });

  it.each([
    [{ items: [{ id: 'no-such-proposal' }] }, 404, /^items\[0\]\.id: no proposal with id "no-such-proposal"/],
    [{ items: [] }, 400, /items/],
    [{ items: [{ id: 'x', colour: 'red' }] }, 400, /items\/0 must NOT have additional properties/],
  ])('refuses %j with %i', async (body, status, message) => {
    const answer = await api.post('/api/proposals/accept', body);
    expect(answer.status).toBe(status);
    expect(answer.body.message).toMatch(message);
  });

  it('refuses a decided proposal (409) and needs the write token', async () => {
    const answer = await api.post('/api/proposals/accept', { items: [{ id: tieProposal('HAS_MOU_WITH').id }] });
    expect(answer.status).toBe(409);
    expect(answer.body.message).toMatch(/is already accepted/);
    expect((await api.post('/api/proposals/accept', { items: [{ id: tieProposal('COMMISSIONS').id }] }, {})).status).toBe(401);
  });
});

describe('POST /api/proposals/reject and re-ingest', () => {
  it('rejects, and reading the document again proposes nothing already decided', async () => {
    const commissions = tieProposal('COMMISSIONS');
    const answer = await api.post('/api/proposals/reject', { ids: [commissions.id] });
    expect(answer.status).toBe(200);
    expect(answer.body.proposals[0]).toMatchObject({ status: 'rejected' });
    const again = await api.post(`/api/sources/${sourceId}/ingest`);
    expect(again.status).toBe(200);
    expect(again.body.proposals).toEqual([]);
    expect((await api.get(`/api/proposals?status=rejected&source=${sourceId}`)).body.proposals.map((proposal: { id: string }) => proposal.id)).toEqual([commissions.id]);
  });
});

describe('POST /api/proposals/:id/merge', () => {
  it('makes a proposed organisation\'s name an alias of a known one', async () => {
    const ingested = await api.post('/api/sources', { title: 'Arts', text: 'We work closely with the Leeds Arts Trust.', publisherId: LTHT });
    const proposed = ingested.body.proposals.find((proposal: Proposal) => proposal.kind === 'organisation');
    expect(proposed.name).toBe('Leeds Arts Trust');
    expect((await api.post(`/api/proposals/${proposed.id}/merge`, { into: 'nobody-here' })).status).toBe(404);
    const tie = ingested.body.proposals.find((proposal: Proposal) => proposal.kind === 'tie');
    expect((await api.post(`/api/proposals/${tie.id}/merge`, { into: 'leeds-hospitals-charity' })).status).toBe(400);
    const merged = await api.post(`/api/proposals/${proposed.id}/merge`, { into: 'leeds-hospitals-charity' });
    expect(merged.status).toBe(200);
    expect(merged.body.proposals[0]).toMatchObject({ status: 'merged', resultId: 'leeds-hospitals-charity' });
    expect((await api.get('/api/organisations/leeds-hospitals-charity')).body.aliases).toContain('Leeds Arts Trust');
    // The tie proposal now reaches the merged organisation through its proposed name.
    expect((await api.post('/api/proposals/accept', { items: [{ id: tie.id }] })).body.proposals[0].resultId).toBe(`${LTHT}--partner-of--leeds-hospitals-charity`);
  });
});
