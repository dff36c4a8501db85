// Creating, correcting, ending and deleting ties through the API against the real Neo4j: evidence rules, web-page
// sources, 400/404/409 naming the field, and history on both organisations.
import { describe, expect, it } from 'vitest';
import { useSeededCurationApp } from './curation-app.ts';

const { api } = useSeededCurationApp();

const LTHT = 'leeds-teaching-hospitals';
const BECKETT = 'leeds-beckett-university';
const ID = `${BECKETT}--trains-staff-for--${LTHT}`;
const QUOTE = 'As one of the national leaders in training students in medical, nursing, dental and associated careers we have a strong partnership with the University of Leeds as well as other universities and colleges in the city and across the region.';

describe('POST /api/ties', () => {
  it('creates a tie with a known source and quote, and answers with it, evidence titled', async () => {
    const source = (await api.get('/api/meta')).body.sources.find((item: { id: string }) => item.id === 'ltht-partners');
    const answer = await api.post('/api/ties', { type: 'TRAINS_STAFF_FOR', source: BECKETT, target: LTHT, since: '2019', evidence: [{ source: source.id, quote: QUOTE }] });
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({
      id: ID, type: 'TRAINS_STAFF_FOR', source: BECKETT, target: LTHT, since: '2019', until: null, description: null,
      evidence: [{ source: source.id, title: source.title, publisher: source.publisher, url: source.url, quote: QUOTE, verbatim: true }],
    });
    const detail = (await api.get(`/api/organisations/${BECKETT}`)).body;
    expect(detail.ties.find((tie: { id: string }) => tie.id === ID)).toMatchObject({ direction: 'outgoing', label: 'trains staff for', other: { id: LTHT } });
  });

  it('creates a web-page source from { url, note } once, and reuses it by URL', async () => {
    const page = { url: 'https://example.org/news/leeds-partnership', note: 'The university supports the trust.', title: 'Partnership news' };
    const first = await api.post('/api/ties', { type: 'SUPPORTS', source: BECKETT, target: LTHT, evidence: [page] });
    const second = await api.post('/api/ties', { type: 'PARTNER_OF', source: LTHT, target: BECKETT, evidence: [{ url: page.url, note: 'Again.' }] });
    expect(first.status).toBe(201);
    expect(first.body.evidence).toEqual([{ source: 'web-example-org-news-leeds-partnership', title: 'Partnership news', publisher: null, url: page.url, quote: page.note, verbatim: false }]);
    expect(second.body.evidence[0].source).toBe('web-example-org-news-leeds-partnership');
    // (/api/meta caches its source list for a minute, so the backup view of the database is asked instead.)
    const { backup } = await api.snapshot() as { backup: { sources: { url?: string }[] } };
    expect(backup.sources.filter((source) => source.url === page.url)).toEqual([{ id: 'web-example-org-news-leeds-partnership', title: 'Partnership news', url: page.url }]);
  });

  it.each([
    [{ type: 'SUPPORTS', source: BECKETT, target: 'nobody', evidence: [{ source: 'ltht-partners', quote: 'We work closely with our local partners' }] }, 404, /No organisation with id "nobody" \(target\)/],
    [{ type: 'SUPPORTS', source: 'nobody', target: LTHT, evidence: [{ source: 'ltht-partners', quote: 'We work closely with our local partners' }] }, 404, /No organisation with id "nobody" \(source\)/],
    [{ type: 'LOVES', source: BECKETT, target: LTHT, evidence: [{ source: 'ltht-partners', quote: 'We work closely with our local partners' }] }, 400, /type has unknown value "LOVES"; valid values are COMMISSIONS/],
    [{ type: 'RUNS', source: BECKETT, target: LTHT, evidence: [] }, 400, /evidence/],
    [{ type: 'RUNS', source: BECKETT, target: LTHT }, 400, /evidence/],
    [{ type: 'RUNS', source: BECKETT, target: LTHT, evidence: [{ source: 'no-such-source', quote: 'We work closely with our local partners' }] }, 400, /evidence\[0\]\.source: unknown source "no-such-source"/],
    [{ type: 'RUNS', source: BECKETT, target: LTHT, evidence: [{ source: 'ltht-partners' }] }, 400, /evidence\[0\] has no quote/],
    [{ type: 'RUNS', source: BECKETT, target: LTHT, evidence: [{ url: 'https://example.org/x' }] }, 400, /evidence\[0\] has no note/],
    [{ type: 'RUNS', source: BECKETT, target: LTHT, evidence: [{ source: 'ltht-partners', url: 'https://example.org/x', quote: 'We work closely with our local partners' }] }, 400, /either source .* or url/],
    [{ type: 'RUNS', source: LTHT, target: LTHT, evidence: [{ source: 'ltht-partners', quote: 'We work closely with our local partners' }] }, 400, /source and target must be different/],
    [{ type: 'RUNS', source: BECKETT, target: LTHT, since: '2020', until: '2019', evidence: [{ source: 'ltht-partners', quote: 'We work closely with our local partners' }] }, 400, /until \(2019\) is before since \(2020\)/],
    [{ type: 'RUNS', source: BECKETT, target: LTHT, since: 'last year', evidence: [{ source: 'ltht-partners', quote: 'We work closely with our local partners' }] }, 400, /since/],
  ])('refuses %j with %i naming the field', async (payload, status, message) => {
    const answer = await api.post('/api/ties', payload);
    expect(answer.status).toBe(status);
    expect(answer.body.message).toMatch(message);
  });

  it.each([
    [{ type: 'RUNS', source: BECKETT, target: LTHT, since: 'last year', evidence: [{ source: 'ltht-partners', quote: 'Q.' }] },
      [{ field: 'since', message: 'Use a year, a month or a date: 2019, 2020-01 or 2021-03-15.' }]],
    [{ type: 'RUNS', source: BECKETT, target: LTHT, evidence: [{ source: 'ltht-partners', quote: 'Q.', page: 'x' }] },
      [{ field: 'evidence.0.page', message: 'This is not a field the API accepts.' }]],
    [{ type: 'RUNS', source: BECKETT, target: LTHT, since: '2020', until: '2019', evidence: [{ source: 'ltht-partners', quote: 'Q.' }] },
      [{ field: 'until', message: 'until (2019) is before since (2020)' }]],
    [{ type: 'RUNS', source: BECKETT, target: LTHT, evidence: [{ source: 'ltht-partners', quote: 'We work closely with our local partners' }, { source: 'no-such-source', quote: 'Q.' }] },
      [{ field: 'evidence.1.source', message: expect.stringMatching(/^evidence\[1\]\.source: unknown source "no-such-source"/) }]],
    [{ type: 'RUNS', source: BECKETT, target: LTHT, evidence: [{ quote: 'Q.' }] },
      [{ field: 'evidence.0', message: 'evidence[0] needs a source and quote, or a url and note' }]],
  ])('names the fields of %j in errors[] beside the message', async (payload, errors) => {
    const answer = await api.post('/api/ties', payload);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ statusCode: 400, error: 'Bad Request', message: expect.any(String), errors });
  });

  it('refuses a quote that is not a passage of the cited source with 400 naming evidence[i].quote, and writes nothing', async () => {
    const before = await api.snapshot();
    const answer = await api.post('/api/ties', { type: 'OVERSEES', source: BECKETT, target: LTHT, evidence: [
      { source: 'ltht-partners', quote: 'We work closely with our local partners' },
      { source: 'ltht-partners', quote: 'Leeds Beckett University trains every nurse in Leeds.' },
    ] });
    expect(answer.status).toBe(400);
    expect(answer.body.message).toMatch(/^evidence\[1\]\.quote is not a passage of source "ltht-partners"/);
    expect(await api.snapshot()).toEqual(before);
  });

  it('accepts a quote typed with straight quotes, plain dashes and other line breaks, and stores the source\'s own passage', async () => {
    const typed = "We're part of the West Yorkshire\nAssociation of Acute Trusts (WYAAT)";
    const answer = await api.post('/api/ties', { type: 'OVERSEES', source: 'wyaat', target: 'leeds-health-and-care-academy', evidence: [{ source: 'ltht-partners', quote: typed }] });
    expect(answer.status).toBe(201);
    expect(answer.body.evidence[0].quote).toBe('We’re part of the West Yorkshire Association of Acute Trusts (WYAAT)');
    expect((await api.del(`/api/ties/${answer.body.id}`)).status).toBe(200);
  });

  it('answers 409 for a second tie of the same type between the same organisations', async () => {
    const answer = await api.post('/api/ties', { type: 'TRAINS_STAFF_FOR', source: BECKETT, target: LTHT, evidence: [{ source: 'ltht-partners', quote: 'We work closely with our local partners' }] });
    expect(answer.status).toBe(409);
    expect(answer.body.message).toMatch(new RegExp(`"${ID}" already says this; add evidence to it \\(PATCH /api/ties/${ID}\\)`));
  });
});

describe('PATCH /api/ties/:id', () => {
  it('changes the description, adds evidence, or replaces it', async () => {
    const described = await api.patch(`/api/ties/${ID}`, { description: 'Nurse training.', addEvidence: [{ url: 'https://example.org/courses', note: 'Courses listed.' }] });
    expect(described.status).toBe(200);
    expect(described.body).toMatchObject({ description: 'Nurse training.', since: '2019' });
    expect(described.body.evidence.map((item: { quote: string }) => item.quote)).toEqual([QUOTE, 'Courses listed.']);
    const replaced = await api.patch(`/api/ties/${ID}`, { evidence: [{ url: 'https://example.org/courses', note: 'Only this.' }], since: null });
    expect(replaced.body).toMatchObject({ since: null, evidence: [{ source: 'web-example-org-courses', quote: 'Only this.' }] });
  });

  it('answers 404 for an unknown tie and 400 for bad input', async () => {
    expect((await api.patch('/api/ties/no-such-tie', { description: 'x' })).status).toBe(404);
    expect((await api.patch(`/api/ties/${ID}`, {})).status).toBe(400);
    expect((await api.patch(`/api/ties/${ID}`, { type: 'RUNS' })).status).toBe(400);
    expect((await api.patch(`/api/ties/${ID}`, { addEvidence: [{ source: 'nope', quote: 'We work closely with our local partners' }] })).body.message).toMatch(/unknown source "nope"/);
    expect((await api.patch(`/api/ties/${ID}`, { addEvidence: [{ source: 'ltht-partners', quote: 'A made-up sentence.' }] })).body.message).toMatch(/^addEvidence\[0\]\.quote is not a passage/);
    expect((await api.post(`/api/ties/${ID}/end`, { addEvidence: [{ source: 'ltht-partners', quote: 'It ended.' }] })).body.message).toMatch(/^addEvidence\[0\]\.quote is not a passage/);
  });
});

describe('POST /api/ties/:id/end and DELETE /api/ties/:id', () => {
  it('ends a tie today by default (keeping it), and refuses to end it twice', async () => {
    const ended = await api.post(`/api/ties/${ID}/end`);
    expect(ended.status).toBe(200);
    expect(ended.body.until).toBe(new Date().toISOString().slice(0, 10));
    expect((await api.post(`/api/ties/${ID}/end`, { until: '2030' })).status).toBe(409);
    const links = (await api.get(`/api/graph?centre=${BECKETT}`)).body.links;
    expect(links.find((link: { id: string }) => link.id === ID)).toMatchObject({ until: ended.body.until });
  });

  it('ends with a given date and evidence that it ended', async () => {
    const id = `${BECKETT}--supports--${LTHT}`;
    const ended = await api.post(`/api/ties/${id}/end`, { until: '2024-03', addEvidence: [{ url: 'https://example.org/ended', note: 'Support ended in March 2024.' }] });
    expect(ended.body).toMatchObject({ until: '2024-03' });
    expect(ended.body.evidence).toHaveLength(2);
  });

  it('deletes a tie, 404 afterwards', async () => {
    const id = `${LTHT}--partner-of--${BECKETT}`;
    expect(await api.del(`/api/ties/${id}`)).toEqual({ status: 200, body: { id } });
    expect((await api.del(`/api/ties/${id}`)).status).toBe(404);
    expect((await api.get(`/api/organisations/${LTHT}`)).body.ties.some((tie: { id: string }) => tie.id === id)).toBe(false);
  });

  it('records every tie write in the history of both organisations, newest first', async () => {
    const history = (await api.get(`/api/organisations/${LTHT}/history`)).body.changes;
    const beckett = (await api.get(`/api/organisations/${BECKETT}/history`)).body.changes;
    expect(history.map((change: { id: string }) => change.id)).toEqual(beckett.filter((change: { entity: string }) => change.entity === 'tie').map((change: { id: string }) => change.id));
    expect(history.map((change: { action: string; entityId: string }) => `${change.action} ${change.entityId}`)).toEqual([
      `delete ${LTHT}--partner-of--${BECKETT}`,
      `end ${BECKETT}--supports--${LTHT}`,
      `end ${ID}`,
      `update ${ID}`,
      `update ${ID}`,
      `create ${LTHT}--partner-of--${BECKETT}`,
      `create ${BECKETT}--supports--${LTHT}`,
      `create ${ID}`,
    ]);
    const end = history.find((change: { action: string }) => change.action === 'end');
    expect(end).toMatchObject({ entity: 'tie', fields: ['until', 'evidence'], before: { until: null }, after: { until: '2024-03' } });
    expect(end.after.evidence[1]).toEqual({ source: 'web-example-org-ended', quote: 'Support ended in March 2024.' });
  });
});
