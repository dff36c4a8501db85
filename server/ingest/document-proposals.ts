// Reads a document with the curator: which known organisations each sentence names, which names look like
// organisations we do not know yet, and which ties the sentences state, with a type and direction suggested by the
// cue phrases and a confidence. Pure: the caller stores the proposals for review.
import { splitSentences, type Sentence } from './sentences.ts';
import { words, normaliseWord, type Word } from './words.ts';
import { createMentionFinder, type Mention, type NamedEntity } from './mention-finder.ts';
import { findOrganisationNames } from './organisation-names.ts';
import { slugify } from '../writes/slug.ts';
import type { CuePhrase } from '../graph/vocabulary.ts';

export type { CuePhrase };

export interface KnownOrganisation {
  id: string;
  name: string;
  shortName: string | null;
  aliases: readonly string[];
}


export interface OrganisationProposal {
  /** `new:<slug of the name>`: the same name gets the same key in every document. */
  key: string;
  name: string;
  kind: string;
  aliases: string[];
  confidence: number;
  sentence: Sentence;
}

export interface TieProposal {
  /** Ends: an organisation id, or an organisation proposal's key. */
  from: string;
  to: string;
  type: string;
  cue: string | null;
  confidence: number;
  sentence: Sentence;
}

export interface DocumentInput {
  text: string;
  publisherId: string | null;
  /** The publisher's name: when no organisation is given as publisher, it is found by name or proposed. */
  publisher: string | null;
  organisations: readonly KnownOrganisation[];
  cues: readonly CuePhrase[];
}

export const PROPOSED_PREFIX = 'new:';
const DEFAULT_TYPE = 'PARTNER_OF';
const round = (value: number) => Math.round(Math.min(0.95, Math.max(0.05, value)) * 100) / 100;

/** Every name an organisation goes by; a name's bracketed note ("(group)", "(Malta)") is not how texts write it. */
const namesOf = (organisation: KnownOrganisation): string[] =>
  [organisation.name, organisation.shortName, ...organisation.aliases]
    .filter((name): name is string => Boolean(name))
    .flatMap((name) => {
      const bare = name.replace(/\s*\([^)]*\)\s*$/u, '').trim();
      return bare && bare !== name ? [name, bare] : [name];
    });

interface CueAt {
  cue: CuePhrase;
  start: number;
  end: number;
}

/**
 * The cues a sentence holds, in vocabulary order (earlier entries win where two overlap); a phrase's last word may
 * be the start of a longer word ("commission" → "commissioned").
 */
export function findCues(sentenceWords: readonly Word[], cues: readonly CuePhrase[]): CueAt[] {
  const found: CueAt[] = [];
  for (const cue of cues) {
    const phrase = cue.phrase.split(/\s+/).map(normaliseWord);
    for (let i = 0; i + phrase.length <= sentenceWords.length; i++) {
      const matches = phrase.every((word, k) => (k === phrase.length - 1 ? sentenceWords[i + k]!.norm.startsWith(word) : sentenceWords[i + k]!.norm === word));
      const at = { cue, start: sentenceWords[i]!.start, end: sentenceWords[i + phrase.length - 1]!.end };
      if (matches && !found.some((other) => other.start < at.end && at.start < other.end)) found.push(at);
    }
  }
  return found;
}

function proposeOrganisations(sentences: readonly Sentence[], known: readonly NamedEntity[]): OrganisationProposal[] {
  const finder = createMentionFinder(known, null);
  const knownNames = new Set(known.flatMap((entity) => entity.names.map((name) => slugify(name, ''))));
  const proposals = new Map<string, OrganisationProposal>();
  for (const sentence of sentences) {
    const mentions = finder.find(words(sentence.text, sentence.start), sentence.text, sentence.start);
    for (const candidate of findOrganisationNames(sentence.text, sentence.start)) {
      const slug = slugify(candidate.name, '');
      if (!slug || knownNames.has(slug)) continue;
      if (mentions.some((mention) => mention.start < candidate.end && candidate.start < mention.end)) continue;
      const key = `${PROPOSED_PREFIX}${slug}`;
      const existing = proposals.get(key);
      if (existing) {
        existing.confidence = round(existing.confidence + 0.05);
        continue;
      }
      proposals.set(key, { key, name: candidate.name, kind: candidate.kind, aliases: candidate.acronym ? [candidate.acronym] : [], confidence: round(candidate.confidence), sentence });
    }
  }
  return [...proposals.values()];
}

/** The publisher named as a string: a known organisation of that name, else a proposal for it (added to the list). */
function publisherFromName(name: string | null, known: readonly NamedEntity[], proposals: OrganisationProposal[], first: Sentence | undefined): string | null {
  if (!name || !first) return null;
  const slug = slugify(name, '');
  const match = known.find((entity) => entity.names.some((other) => slugify(other, '') === slug));
  if (match) return match.key;
  const key = `${PROPOSED_PREFIX}${slug}`;
  if (!proposals.some((proposal) => proposal.key === key)) {
    proposals.push({ key, name, kind: findOrganisationNames(name)[0]?.kind ?? 'other-organisation', aliases: [], confidence: 0.7, sentence: first });
  }
  return key;
}

/** The last word of each name ("Academy", "University", "council"): "the Academy" later refers back to it. */
function headWords(entities: readonly NamedEntity[]): Map<string, string[]> {
  return new Map(entities.map((entity) => [entity.key, entity.names.map((name) => words(name).at(-1)?.norm ?? '').filter((head) => head.length > 3 && !/^\p{Lu}+$/u.test(head))]));
}

/** "the Academy", "the new fellowship": the organisation most recently named with that last word. */
function shortReferences(sentenceWords: readonly Word[], found: readonly Mention[], recent: ReadonlyMap<string, string>): Mention[] {
  const references: Mention[] = [];
  for (let i = 0; i + 1 < sentenceWords.length; i++) {
    if (sentenceWords[i]!.norm !== 'the') continue;
    for (const head of sentenceWords.slice(i + 1, i + 3)) {
      const key = recent.get(head.norm);
      if (!key) continue;
      if (!found.some((mention) => mention.start < head.end && head.start < mention.end)) references.push({ key, start: head.start, end: head.end, implicit: true });
      break;
    }
  }
  return references;
}

const isHeading = (sentence: Sentence) => !/[.!?:;,]["”’)]?$/u.test(sentence.text) && sentence.text.split(/\s+/).length <= 12;

interface Pair {
  from: Mention;
  to: Mention;
  cue: CueAt | null;
}

/**
 * The pairs a sentence states: around each cue, those named before it with those named after it (when nothing
 * is named before it, the document's subject: "The partners include A, B …"; when nothing after it, the subject
 * of the section's heading: "Case study: X" then "A and B collaborated to deliver …"); without a cue, every pair.
 */
function pairsOf(mentions: readonly Mention[], cues: readonly CueAt[], subject: Mention | null, section: Mention | null): Pair[] {
  const pairs: Pair[] = [];
  // A cue inside a name ("Scrutiny of Health Committees") is part of the name, not a verb.
  const outside = cues.filter((cue) => !mentions.some((mention) => mention.start <= cue.start && cue.end <= mention.end));
  for (const cue of outside) {
    let after = mentions.filter((mention) => mention.start >= cue.end);
    if (after.length === 0 && section && !mentions.some((mention) => mention.key === section.key)) after = [section];
    let before = mentions.filter((mention) => mention.end <= cue.start);
    if (before.length === 0 && subject && !after.some((mention) => mention.key === subject.key)) before = [subject];
    for (const a of before) for (const b of after) pairs.push(cue.cue.reverse ? { from: b, to: a, cue } : { from: a, to: b, cue });
  }
  if (pairs.length) return pairs;
  if (mentions.length === 1 && subject && mentions[0]!.key !== subject.key) return [{ from: subject, to: mentions[0]!, cue: outside[0] ?? null }];
  for (let i = 0; i < mentions.length; i++) for (let j = i + 1; j < mentions.length; j++) pairs.push({ from: mentions[i]!, to: mentions[j]!, cue: null });
  return pairs;
}

/** Where the document names known organisations (by name, short name or alias), for the reader to highlight. */
export function findMentions(text: string, organisations: readonly KnownOrganisation[]): { id: string; start: number; end: number }[] {
  const finder = createMentionFinder(organisations.map((organisation) => ({ key: organisation.id, names: namesOf(organisation) })), null);
  return splitSentences(text).flatMap((sentence) => finder.find(words(sentence.text, sentence.start), sentence.text, sentence.start))
    .map(({ key, start, end }) => ({ id: key, start, end }));
}

export function proposeFromDocument(input: DocumentInput): { organisations: OrganisationProposal[]; ties: TieProposal[] } {
  const sentences = splitSentences(input.text);
  const known: NamedEntity[] = input.organisations.map((organisation) => ({ key: organisation.id, names: namesOf(organisation) }));
  const organisations = proposeOrganisations(sentences, known);
  const publisherKey = input.publisherId ?? publisherFromName(input.publisher, known, organisations, sentences[0]);
  const entities = [...known, ...organisations.map((proposal) => ({ key: proposal.key, names: [proposal.name, ...proposal.aliases] }))];
  const finder = createMentionFinder(entities, publisherKey);
  const heads = headWords(entities);
  const recent = new Map<string, Mention['key']>();
  const ties = new Map<string, TieProposal>();
  const mentionsBySentence = sentences.map((sentence) => {
    const sentenceWords = words(sentence.text, sentence.start);
    const found = finder.find(sentenceWords, sentence.text, sentence.start);
    found.push(...shortReferences(sentenceWords, found, recent));
    found.sort((a, b) => a.start - b.start);
    for (const mention of found) for (const head of heads.get(mention.key) ?? []) recent.set(head, mention.key);
    const unique: Mention[] = [];
    for (const mention of found) {
      if (!unique.some((other) => other.key === mention.key)) unique.push(mention);
    }
    return unique;
  });
  // Who the document is about when it says no "we": its publisher, else what its first line (the title) names.
  const subject = publisherKey
    ? { key: publisherKey, start: 0, end: 0, implicit: true }
    : mentionsBySentence[0]?.[0] ?? null;
  let section: Mention | null = null;
  sentences.forEach((sentence, index) => {
    const mentions = mentionsBySentence[index]!;
    // A heading (a short line without a full stop) naming one organisation: what the paragraphs under it are about.
    if (isHeading(sentence) && mentions.length === 1) section = mentions[0]!;
    if (mentions.length === 0 || (mentions.length === 1 && !subject)) return;
    const cues = findCues(words(sentence.text, sentence.start), input.cues);
    const crowd = Math.max(0, mentions.length - 2) * 0.03;
    for (const { from, to, cue } of pairsOf(mentions, cues, subject, section)) {
      // One tie per pair and sentence: the first cue (in vocabulary order) names its type.
      const pairKey = [from.key, to.key].sort().join('|') + `|${sentence.start}`;
      if (from.key === to.key || ties.has(pairKey)) continue;
      const bothKnown = !from.key.startsWith(PROPOSED_PREFIX) && !to.key.startsWith(PROPOSED_PREFIX);
      ties.set(pairKey, {
        from: from.key, to: to.key, type: cue?.cue.type ?? DEFAULT_TYPE, cue: cue?.cue.phrase ?? null, sentence,
        confidence: round(0.25 + (cue ? cue.cue.weight : 0) + (bothKnown ? 0.1 : 0) - crowd),
      });
    }
  });
  return { organisations, ties: [...ties.values()] };
}
