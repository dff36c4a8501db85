// Evidence as writers give it, turned into what a tie stores (parallel source ids and quotes): a known source
// and its sentence, or a web page and a note (the page becomes a (:Source {id, title, url}) once, reused by URL).
import type { SourceDocument } from '../graph/mapper.ts';
import type { EvidenceInput } from '../schemas/curation.ts';
import type { EvidenceRow } from '../import/import-rows.ts';
import type { FieldError } from '../contract/field-errors.ts';
import { isHttpUrl, TIE_LIMITS } from '../contract/fields.ts';
import { idProblem } from './record-checks.ts';
import { slugify, uniqueSlug } from './slug.ts';
import { findQuote } from '../sources/source-text.ts';

const MAX_QUOTE_LENGTH = TIE_LIMITS.quote;

export interface SourceIndex {
  byId: Map<string, SourceDocument>;
  byUrl: Map<string, string>;
  /** The stored texts of the sources evidence cites (a web page cited by a note has none): quotes must be in them. */
  texts: Map<string, string>;
}

export interface ResolvedEvidence {
  sourceIds: string[];
  quotes: string[];
  /** Sources this evidence needs created; add them to the index only once the tie is accepted. */
  newSources: SourceDocument[];
  problems: FieldError[];
}

export const isFieldError = (value: object): value is FieldError => 'field' in value && 'message' in value;

export function createSourceIndex(sources: Iterable<SourceDocument>, texts: ReadonlyMap<string, string> = new Map()): SourceIndex {
  const index: SourceIndex = { byId: new Map(), byUrl: new Map(), texts: new Map(texts) };
  addSources(index, sources);
  return index;
}

export function addSources(index: SourceIndex, sources: Iterable<SourceDocument>): void {
  for (const source of sources) {
    index.byId.set(source.id, source);
    if (source.url && !index.byUrl.has(source.url)) index.byUrl.set(source.url, source.id);
  }
}

/**
 * An API evidence item as an evidence row: `{ source, quote }` or `{ url, note }` (a `quote` may stand for the note).
 * `field`: the body's list it came from (evidence or addEvidence).
 */
export function evidenceRow(input: EvidenceInput, index: number, field = 'evidence'): EvidenceRow | FieldError {
  const at = `${field}[${index}]`;
  const problem = (message: string): FieldError => ({ field: `${field}.${index}`, message });
  if (input.source !== undefined && input.url !== undefined) return problem(`${at}: give either source (with quote) or url (with note), not both`);
  if (input.source !== undefined) {
    if (input.note !== undefined || input.title !== undefined) return problem(`${at}: note and title go with url; a source needs a quote`);
    return { source: input.source, quote: input.quote ?? null, url: null, title: null, publisher: null };
  }
  if (input.url !== undefined) {
    if (input.note !== undefined && input.quote !== undefined) return problem(`${at}: give a note or a quote, not both`);
    return { source: null, quote: input.note ?? input.quote ?? null, url: input.url, title: input.title ?? null, publisher: null };
  }
  return problem(`${at} needs a source and quote, or a url and note`);
}

function webSourceId(url: string, taken: { has(id: string): boolean }): string {
  const page = url.replace(/^https?:\/\/(www\.)?/i, '').replace(/[?#].*$/, '');
  return uniqueSlug(`web-${slugify(page, 'page').slice(0, 60).replace(/-+$/, '')}`, taken);
}

/** The source ids evidence rows cite by id: the sources whose texts their quotes are checked against. */
export const citedSourceIds = (items: readonly EvidenceRow[]): string[] => items.flatMap((item) => (item.source ? [item.source] : []));

/**
 * A quote of a source with stored text must be a passage of it (white space, quote marks, apostrophes and dashes
 * aside); the tie keeps the passage as the source writes it, so the evidence stays verbatim.
 */
function verifiedQuote(text: string | undefined, quote: string): string | null {
  if (text === undefined) return quote;
  const span = findQuote(text, quote);
  return span && text.slice(span.start, span.end).replace(/\s+/gu, ' ');
}

/**
 * `createNamedSources`: an unknown source id may be created when the row describes it (title from an export of
 * another database); API writes only name sources that exist.
 */
export function resolveEvidence(items: readonly EvidenceRow[], index: SourceIndex, createNamedSources: boolean, field = 'evidence'): ResolvedEvidence {
  const resolved: ResolvedEvidence = { sourceIds: [], quotes: [], newSources: [], problems: [] };
  const created = new Map<string, SourceDocument>();
  if (items.length === 0) {
    resolved.problems.push({ field, message: 'missing evidence: a tie needs at least one { source, quote } or { url, note }' });
  }
  items.forEach((item, position) => {
    const at = `${field}[${position}]`;
    const problem = (part: string, message: string) => resolved.problems.push({ field: `${field}.${position}${part}`, message });
    if (!item.quote || !item.quote.trim()) {
      problem('.quote', item.source || !item.url ? `${at} has no quote (the exact sentence of the source)` : `${at} has no note (what the page says)`);
      return;
    }
    if (item.quote.length > MAX_QUOTE_LENGTH) {
      problem('.quote', `${at} is longer than ${MAX_QUOTE_LENGTH} characters`);
      return;
    }
    let sourceId: string | undefined;
    if (item.source) {
      const badId = idProblem(item.source, `${field}.${position}.source`, `${at}.source`);
      if (badId) {
        resolved.problems.push(badId);
        return;
      }
      if (index.byId.has(item.source) || created.has(item.source)) sourceId = item.source;
      else if (createNamedSources && item.title) {
        if (item.url && !isHttpUrl(item.url)) {
          problem('.url', `${at}.url must be an http(s) URL`);
          return;
        }
        created.set(item.source, { id: item.source, title: item.title, publisher: item.publisher, url: item.url, date: null });
        sourceId = item.source;
      } else {
        problem('.source', `${at}.source: unknown source "${item.source}" (see /api/meta sources, or give a url and note)`);
        return;
      }
    } else if (item.url) {
      if (!isHttpUrl(item.url)) {
        problem('.url', `${at}.url must be an http(s) URL`);
        return;
      }
      sourceId = index.byUrl.get(item.url) ?? [...created.values()].find((source) => source.url === item.url)?.id;
      if (!sourceId) {
        sourceId = webSourceId(item.url, { has: (id) => index.byId.has(id) || created.has(id) });
        created.set(sourceId, { id: sourceId, title: item.title ?? item.url, publisher: null, url: item.url, date: null });
      }
    } else {
      problem('', `${at} needs a source and quote, or a url and note`);
      return;
    }
    const quote = item.source ? verifiedQuote(index.texts.get(sourceId), item.quote) : item.quote;
    if (quote === null) {
      problem('.quote', `${at}.quote is not a passage of source "${sourceId}" (compared ignoring white space, quote marks, apostrophes and dashes; GET /api/sources/${sourceId} has its text)`);
      return;
    }
    resolved.sourceIds.push(sourceId);
    resolved.quotes.push(quote);
  });
  resolved.newSources = [...created.values()];
  return resolved;
}
