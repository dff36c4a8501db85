// The reviewed seed data set (seed/data/*.json and seed/sources/), typed and read from disk, plus the pure checks
// (white-space-insensitive quote matching) that tests/seed/dataset.test.ts runs over it. See seed/README.md.
import { readFileSync } from 'node:fs';
import type { SourceDocument as StoredSourceDocument } from '../server/graph/mapper.ts';
import type { OrganisationValues, TieValues } from '../server/schemas/curation.ts';
import type { Kind, TieType } from '../server/schemas/graph.ts';
import { createVocabulary, type CuePhrase, type Vocabulary as ServerVocabulary } from '../server/graph/vocabulary.ts';

/** A source document in seed/sources/: metadata from sources.json, text in `file`. */
export interface SourceDocument extends StoredSourceDocument {
  /** Id of the organisation that published it, when it is in the network ("we" and "our" in its text). */
  publisherId: string | null;
  /** When the text was captured (ISO date), when known. */
  retrieved: string | null;
  /** File name of the text, relative to seed/sources/. */
  file: string;
}

/** Node kinds and tie types: the same shape the server serves as `Kind` / `TieType`; and the ingest cue phrases. */
export interface Vocabulary {
  kinds: Kind[];
  tieTypes: TieType[];
  cues: CuePhrase[];
}

export interface SeedOrganisation extends OrganisationValues {
  id: string;
}

export interface SeedEvidence {
  /** Id of a SourceDocument. */
  source: string;
  /** The exact sentence or clause of that source (white space aside). */
  quote: string;
}

export interface SeedTie extends TieValues {
  id: string;
  evidence: SeedEvidence[];
}

export interface SeedDataset {
  sources: SourceDocument[];
  vocabulary: Vocabulary;
  organisations: SeedOrganisation[];
  ties: SeedTie[];
}

const DATA_DIR = new URL('./data/', import.meta.url);
export const SOURCES_DIR = new URL('./sources/', import.meta.url);

const readJson = <T>(url: URL): T => JSON.parse(readFileSync(url, 'utf8')) as T;

export function loadDataset(): SeedDataset {
  return {
    sources: readJson<SourceDocument[]>(new URL('sources.json', SOURCES_DIR)),
    vocabulary: {
      ...readJson<Omit<Vocabulary, 'cues'>>(new URL('vocabulary.json', DATA_DIR)),
      cues: readJson<{ cues: CuePhrase[] }>(new URL('cue-phrases.json', DATA_DIR)).cues,
    },
    organisations: readJson<SeedOrganisation[]>(new URL('organisations.json', DATA_DIR)),
    ties: readJson<SeedTie[]>(new URL('ties.json', DATA_DIR)),
  };
}

/** The text of a source document, as captured (typographic quotes and all). */
export function readSourceText(source: Pick<SourceDocument, 'file'>): string {
  return readFileSync(new URL(source.file, SOURCES_DIR), 'utf8');
}

/** Collapses every run of white space (including no-break spaces and line breaks) to one space and trims. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

export { tieId } from '../server/writes/tie-id.ts';

export interface QuoteProblem {
  tie: string;
  source: string;
  quote: string;
  problem: 'unknown source' | 'empty quote' | 'not in source';
}

/**
 * Every evidence quote that is not found verbatim (white space aside) in its source's text. Pure: the caller says
 * how to read a source (from disk in the tests, from memory in a unit test of this function).
 */
export function findQuoteProblems(
  dataset: Pick<SeedDataset, 'sources' | 'ties'>,
  readText: (source: SourceDocument) => string,
): QuoteProblem[] {
  const texts = new Map<string, string>();
  const problems: QuoteProblem[] = [];
  for (const tie of dataset.ties) {
    for (const { source, quote } of tie.evidence) {
      const document = dataset.sources.find((candidate) => candidate.id === source);
      const report = (problem: QuoteProblem['problem']) => problems.push({ tie: tie.id, source, quote, problem });
      if (!document) {
        report('unknown source');
        continue;
      }
      const wanted = normaliseWhitespace(quote);
      if (wanted === '') {
        report('empty quote');
        continue;
      }
      let text = texts.get(source);
      if (text === undefined) {
        text = normaliseWhitespace(readText(document));
        texts.set(source, text);
      }
      if (!text.includes(wanted)) report('not in source');
    }
  }
  return problems;
}

/** The data set's vocabulary (the default network's, as the seed writes it), for tools that work without a server. */
export function readVocabulary(): ServerVocabulary {
  return createVocabulary(loadDataset().vocabulary);
}
