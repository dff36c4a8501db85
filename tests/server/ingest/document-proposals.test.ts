import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../server/ingest/sentences.ts';
import { createMentionFinder } from '../../../server/ingest/mention-finder.ts';
import { findOrganisationNames } from '../../../server/ingest/organisation-names.ts';
import { proposeFromDocument, type CuePhrase } from '../../../server/ingest/document-proposals.ts';
import { words } from '../../../server/ingest/words.ts';

const ORGANISATIONS = [
  { id: 'ltht', name: 'Leeds Teaching Hospitals NHS Trust', shortName: 'LTHT', aliases: ['Leeds Teaching Hospitals'] },
  { id: 'nhse', name: 'NHS England', shortName: null, aliases: [] },
  { id: 'wyaat', name: 'West Yorkshire Association of Acute Trusts', shortName: 'WYAAT', aliases: [] },
  { id: 'uol', name: 'University of Leeds', shortName: null, aliases: [] },
  { id: 'uol-medicine', name: 'University of Leeds Faculty of Medicine', shortName: null, aliases: [] },
  { id: 'kh', name: 'Fundación Médica', shortName: null, aliases: [] },
];
const CUES: CuePhrase[] = [
  { phrase: 'memorandum of understanding', type: 'HAS_MOU_WITH', weight: 0.5 },
  { phrase: 'commission', type: 'COMMISSIONS', weight: 0.45 },
  { phrase: 'member of', type: 'MEMBER_OF', weight: 0.45 },
  { phrase: 'partners include', type: 'PARTNER_OF', weight: 0.4 },
];

describe('splitSentences', () => {
  it('splits at sentence ends and line breaks, with offsets into the text', () => {
    const text = 'Our partners\nWe work with NHS England. It commissions us!  Done.';
    const sentences = splitSentences(text);
    expect(sentences.map((sentence) => sentence.text)).toEqual(['Our partners', 'We work with NHS England.', 'It commissions us!', 'Done.']);
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });
});

describe('the mention finder', () => {
  const finder = createMentionFinder(ORGANISATIONS.map((organisation) => ({ key: organisation.id, names: [organisation.name, organisation.shortName ?? '', ...organisation.aliases].filter(Boolean) })), 'ltht');
  const find = (text: string) => finder.find(words(text), text, 0).map((mention) => [mention.key, text.slice(mention.start, mention.end)]);

  it('finds names, short names, aliases and acronyms regardless of case, accents and possessives; longest first', () => {
    expect(find('The university of leeds faculty of medicine and WYAAT’s members met LTHT.')).toEqual([['uol-medicine', 'university of leeds faculty of medicine'], ['wyaat', 'WYAAT’s'], ['ltht', 'LTHT']]);
    expect(find("Fundacion Medica's staff and University of Leeds'")).toEqual([['kh', 'Fundacion Medica\'s'], ['uol', 'University of Leeds']]);
  });

  it('reads "we" and "our" as the publisher', () => {
    expect(find('We are a member of WYAAT with our partners.')).toEqual([['ltht', 'We'], ['wyaat', 'WYAAT'], ['ltht', 'our']]);
  });
});

describe('findOrganisationNames', () => {
  it('finds capitalised names with an organisation word, acronyms in brackets, titled people and groups', () => {
    const found = findOrganisationNames('We joined the Leeds Cancer Alliance (LCA) and Leeds City Council, with Sir Ada Lovelace and many partner charities.');
    expect(found.map(({ name, kind, acronym }) => [name, kind, acronym])).toEqual([
      ['Leeds Cancer Alliance', 'collaborative', 'LCA'],
      ['Leeds City Council', 'local-authority', null],
      ['Sir Ada Lovelace', 'person', null],
      ['many partner charities', 'group', null],
    ]);
  });
});

describe('proposeFromDocument', () => {
  const text = 'Partners\nNHS England commissions our services. We are a member of WYAAT.\nWe signed a memorandum of understanding with the Amman Cancer Foundation.\nThe partners include the University of Leeds and NHS England.';

  it('proposes ties with the cue phrase\'s type and direction, "we" as the publisher, and unknown organisations', () => {
    const { organisations, ties } = proposeFromDocument({ text, publisherId: 'ltht', publisher: null, organisations: ORGANISATIONS, cues: CUES });
    expect(organisations.map(({ key, name, kind }) => [key, name, kind])).toEqual([['new:amman-cancer-foundation', 'Amman Cancer Foundation', 'other-organisation']]);
    expect(ties.map(({ from, type, to, sentence }) => [from, type, to, sentence.text.slice(0, 20)])).toEqual([
      ['nhse', 'COMMISSIONS', 'ltht', 'NHS England commissi'],
      ['ltht', 'MEMBER_OF', 'wyaat', 'We are a member of W'],
      ['ltht', 'HAS_MOU_WITH', 'new:amman-cancer-foundation', 'We signed a memorand'],
      ['ltht', 'PARTNER_OF', 'uol', 'The partners include'],
      ['ltht', 'PARTNER_OF', 'nhse', 'The partners include'],
    ]);
    for (const tie of ties) {
      expect(text.slice(tie.sentence.start, tie.sentence.end)).toBe(tie.sentence.text);
      expect(tie.confidence).toBeGreaterThan(0);
      expect(tie.confidence).toBeLessThan(1);
    }
  });

  it('proposes the publisher named only as text, and reads "we" as it', () => {
    const { organisations, ties } = proposeFromDocument({ text: 'We are a member of WYAAT.', publisherId: null, publisher: 'Leeds Cancer Centre', organisations: ORGANISATIONS, cues: CUES });
    expect(organisations.map((proposal) => proposal.key)).toEqual(['new:leeds-cancer-centre']);
    expect(ties.map(({ from, type, to }) => [from, type, to])).toEqual([['new:leeds-cancer-centre', 'MEMBER_OF', 'wyaat']]);
  });
});


