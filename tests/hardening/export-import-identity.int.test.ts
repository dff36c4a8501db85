// Export → import is the identity (issue 17 #8), as a property over hostile strings: organisations and a tie whose
// texts (extra attributes included) hold quotes, formula starts, markup, emoji, RTL marks, line breaks and control characters are either refused
// as a whole (naming the field, nothing written) or exported in every re-importable format and imported back as a
// dry run that finds every row unchanged.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { forbiddenCharacter } from '../../server/contract/text-characters.ts';
import { AUTH, useSeededCurationApp } from '../curation/curation-app.ts';

const { app, api } = useSeededCurationApp();

const FRAGMENTS = [
  '"', "'", "'=", '=', '+', '-', '@', '\t', '=SUM(1)', "''+1", '<', '>', '&', '&amp;', ']]>', '<![CDATA[', '"/><x a="',
  '\n', '\r\n', '\r', ',', ';', '; ', ' | ', ' — ', ' (https://example.org/x)', '\\', 'javascript:alert(1)', '\u202e',
  '\u200f', '\u200b', 'é', '😀', '👩‍👩‍👧', '\u00a0', '\u2028', ' ', '\u0000', '\u0007', '\u001b', '\uffff', '\ud800',
];
const hostile = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'grapheme', maxLength: 4 })), { minLength: 1, maxLength: 6 })
  .map((parts) => `x${parts.join('')}`);
const optional = fc.option(hostile, { nil: undefined });

const WEB_PAGE = 'https://example.org/identity';
let run = 0;

const network = fc.record({ name: hostile, shortName: optional, alias: hostile, city: optional, description: optional, tieDescription: optional, note: hostile, title: hostile })
  .map((texts) => {
    run += 1;
    const ids = [`identity-${run}-a`, `identity-${run}-b`];
    return {
      texts,
      ids,
      file: {
        nodes: ids.map((id, index) => ({
          id, kind: 'charity', name: `${texts.name}${index}`, shortName: texts.shortName, aliases: [texts.alias, `${texts.alias}2`], city: texts.city, description: texts.description,
          attributes: { motto: texts.name, tags: [texts.alias, texts.note] },
        })),
        links: [{ type: 'PARTNER_OF', source: ids[0], target: ids[1], description: texts.tieDescription, attributes: { label_text: texts.title }, evidence: [{ url: `${WEB_PAGE}/${run}`, title: texts.title, note: texts.note }] }],
      },
    };
  });

const importFile = async (format: string, body: string | Buffer, dryRun: boolean) => {
  const response = await app().inject({ method: 'POST', url: `/api/import?format=${format}&dryRun=${dryRun}`, headers: { ...AUTH, 'content-type': 'application/octet-stream' }, payload: body });
  return { status: response.statusCode, body: response.json() };
};

it('gives back every accepted network unchanged through json, csv and graphml, and refuses the rest naming the field', async () => {
  await fc.assert(fc.asyncProperty(network, async ({ texts, ids, file }) => {
    const refusable = Object.values(texts).some((text) => text !== undefined && forbiddenCharacter(text) !== null);
    const before = refusable ? await api.snapshot() : null;
    const written = await importFile('json', JSON.stringify(file), false);
    if (before) {
      expect(written.status).toBe(422);
      expect(JSON.stringify(written.body.report.rows)).toMatch(/contains the control character U\+[0-9A-F]{4}/);
      const refused = Object.values(texts).find((text) => text !== undefined && forbiddenCharacter(text) !== null);
      const created = await api.post('/api/organisations', { name: 'Identity probe', kind: 'charity', description: refused });
      expect(created.status).toBe(400);
      expect(created.body.errors).toEqual([{ field: 'description', message: expect.stringMatching(/^description contains the control character/) }]);
      expect(await api.snapshot()).toEqual(before);
      return;
    }
    expect(written.status, JSON.stringify(written.body.rows)).toBe(200);
    for (const format of ['json', 'csv', 'graphml']) {
      const exported = await app().inject({ method: 'GET', url: `/api/export?format=${format}&ids=${ids.join(',')}` });
      const again = await importFile(format, exported.rawPayload, true);
      expect({ format, status: again.status, rows: again.body.rows }).toEqual({ format, status: 200, rows: [] });
      expect(again.body.summary).toMatchObject({ organisations: { unchanged: 2 }, ties: { unchanged: 1 }, sources: { create: 0 } });
    }
  }), { numRuns: 30, seed: 1712 });
}, 240_000);
