// Source documents through the API against the real Neo4j: the seed's texts are stored, documents are added as
// text or HTML, edited, listed and deleted with history; duplicates, binary, empty and cited deletions are refused.
import { describe, expect, it } from 'vitest';
import { useSeededCurationApp } from '../../curation/curation-app.ts';

const { api } = useSeededCurationApp();

const NEWS = {
  title: 'Trust signs partnership',
  text: 'Leeds Teaching Hospitals NHS Trust signed a memorandum of understanding with Leeds Beckett University.\nIt runs for three years.',
  publisher: 'Leeds Teaching Hospitals NHS Trust',
  publisherId: 'leeds-teaching-hospitals',
  url: 'https://example.org/news/signed',
  date: '2024-05',
};

describe('the seed documents', () => {
  it('are stored with their text and checksum, and list with how many ties cite them', async () => {
    const { body } = await api.get('/api/sources');
    const ltht = body.sources.find((source: { id: string }) => source.id === 'ltht-partners');
    expect(ltht).toMatchObject({ title: expect.stringMatching(/local partners/), publisherId: 'leeds-teaching-hospitals', checksum: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(ltht.length).toBeGreaterThan(5000);
    expect(ltht.citations).toBeGreaterThan(10);
    expect(ltht).not.toHaveProperty('text');
    const detail = (await api.get('/api/sources/ltht-partners')).body;
    expect(detail.text).toMatch(/^We work closely with our local partners/);
    expect(detail.citedBy.length).toBe(ltht.citations);
  });
});

describe('POST /api/sources', () => {
  it('adds a document from text, with a slug id and today as the day retrieved, and records it in history', async () => {
    const answer = await api.post('/api/sources', NEWS);
    expect(answer.status).toBe(201);
    expect(answer.body.source).toMatchObject({ id: 'trust-signs-partnership', ...NEWS, retrieved: new Date().toISOString().slice(0, 10), citations: 0, citedBy: [] });
    expect((await api.get('/api/sources/trust-signs-partnership')).body.text).toBe(NEWS.text);
    const history = (await api.get('/api/history?since=2000&limit=5')).body.changes;
    expect(history[0]).toMatchObject({ action: 'create', entity: 'source', entityId: 'trust-signs-partnership', actor: 'default' });
    expect(history[0].after).not.toHaveProperty('text');
  });

  it('converts HTML to text: scripts and markup are never stored', async () => {
    const html = '<h1>Hub news</h1><script>alert("x")</script><p onclick="evil()">The Hub <b>works with</b> <a href="https://x.org">Lincoln Green</a>.</p>';
    const answer = await api.post('/api/sources', { title: 'Hub news', html });
    expect(answer.status).toBe(201);
    expect(answer.body.source.text).toBe('Hub news\n\nThe Hub works with Lincoln Green.');
  });

  it.each([
    [{ ...NEWS, title: 'Again' }, 409, /text: this document is already stored as source "trust-signs-partnership"/],
    [{ title: 'Empty', text: '   \n ' }, 400, /text is empty/],
    [{ title: 'Empty HTML', html: '<script>alert(1)</script><p> </p>' }, 400, /html is empty once its markup is removed/],
    [{ title: 'Binary', text: 'PK\u0003\u0004\u0000\u0000binary' }, 400, /text contains the control character U\+0003/],
    [{ title: 'Both', text: 'a', html: '<p>a</p>' }, 400, /text: give the document as text or as html/],
    [{ title: 'Neither' }, 400, /text: give the document/],
    [{ title: 'Too long', text: 'x'.repeat(500_001) }, 400, /text must NOT have more than 500000 characters/],
    [{ title: 'Publisher', text: 'Some text.', publisherId: 'nobody' }, 400, /publisherId: no organisation with id "nobody"/],
    [{ title: 'Bad date', text: 'Some text.', date: 'May' }, 400, /date/],
    [{ title: 'No such day', text: 'Some text.', retrieved: '2023-02-30' }, 400, /^retrieved \(2023-02-30\) is not a day that exists$/],
  ])('refuses %#: %i naming the field, and writes nothing', async (payload, status, message) => {
    const before = (await api.get('/api/sources')).body.sources.length;
    const answer = await api.post('/api/sources', payload);
    expect(answer.status).toBe(status);
    expect(answer.body.message).toMatch(message);
    expect((await api.get('/api/sources')).body.sources.length).toBe(before);
  });

  it('answers 413 for a body over the upload limit', async () => {
    const answer = await api.post('/api/sources', { title: 'Huge', html: `<p>${'x'.repeat(4.5 * 1024 * 1024)}</p>` });
    expect(answer.status).toBe(413);
  });

  it('needs the write token', async () => {
    expect((await api.post('/api/sources', { title: 'No token', text: 'x' }, {})).status).toBe(401);
  });
});

describe('PATCH and DELETE /api/sources/:id', () => {
  it('edits the descriptive fields, with history naming them', async () => {
    const answer = await api.patch('/api/sources/trust-signs-partnership', { title: 'Trust and university sign an MoU', url: null });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ title: 'Trust and university sign an MoU', url: null, text: NEWS.text });
    const [change] = (await api.get('/api/history?since=2000&limit=1')).body.changes;
    expect(change).toMatchObject({ action: 'update', entity: 'source', fields: ['title', 'url'] });
  });

  it('refuses to change the text, and unknown sources', async () => {
    expect((await api.patch('/api/sources/trust-signs-partnership', { text: 'new' })).status).toBe(400);
    expect((await api.patch('/api/sources/nothing-here', { title: 'x' })).status).toBe(404);
    expect((await api.patch('/api/sources/trust-signs-partnership', { date: '2024-02-30' })).body.message).toBe('date (2024-02-30) is not a day that exists');
  });

  it('deletes a document no tie cites, and refuses one that ties cite with 409 naming them', async () => {
    const cited = await api.del('/api/sources/ltht-partners');
    expect(cited.status).toBe(409);
    expect(cited.body.message).toMatch(/Source "ltht-partners" is cited by \d+ tie\(s\) \(.*--.*\)/);
    expect((await api.del('/api/sources/trust-signs-partnership')).status).toBe(200);
    expect((await api.get('/api/sources/trust-signs-partnership')).status).toBe(404);
    const [change] = (await api.get('/api/history?since=2000&limit=1')).body.changes;
    expect(change).toMatchObject({ action: 'delete', entity: 'source', entityId: 'trust-signs-partnership', after: null });
  });
});
