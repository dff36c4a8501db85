// Evidence as writers give it, turned into what a tie stores (parallel source ids and quotes): a known source
// and its sentence, or a web page and a note (the page becomes a (:Source {id, title, url}) once, reused by URL).
import type { SourceDocument } from '../graph/mapper.ts';
import type { EvidenceInput } from '../schemas/curation.ts';
import type { EvidenceRow } from '../import/import-rows.ts';
import { idProblem } from './record-checks.ts';
import { slugify, uniqueSlug } from './slug.ts';
import { isHttpUrl } from '../contract/http-url.ts';

const MAX_QUOTE_LENGTH = 5000;

export interface SourceIndex {
  byId: Map<string, SourceDocument>;
  byUrl: Map<string, string>;
}

export interface ResolvedEvidence {
  sourceIds: string[];
  quotes: string[];
  /** Sources this evidence needs created; add them to the index only once the tie is accepted. */
  newSources: SourceDocument[];
  problems: string[];
}

export function createSourceIndex(sources: Iterable<SourceDocument>): SourceIndex {
  const index: SourceIndex = { byId: new Map(), byUrl: new Map() };
  addSources(index, sources);
  return index;
}

export function addSources(index: SourceIndex, sources: Iterable<SourceDocument>): void {
  for (const source of sources) {
    index.byId.set(source.id, source);
    if (source.url && !index.byUrl.has(source.url)) index.byUrl.set(source.url, source.id);
  }
}

/** An API evidence item as an evidence row: `{ source, quote }` or `{ url, note }` (a `quote` may stand for the note). */
export function evidenceRow(input: EvidenceInput, index: number): EvidenceRow | string {
  if (input.source !== undefined && input.url !== undefined) return `evidence[${index}]: give either source (with quote) or url (with note), not both`;
  if (input.source !== undefined) {
    if (input.note !== undefined || input.title !== undefined) return `evidence[${index}]: note and title go with url; a source needs a quote`;
    return { source: input.source, quote: input.quote ?? null, url: null, title: null, publisher: null };
  }
  if (input.url !== undefined) {
    if (input.note !== undefined && input.quote !== undefined) return `evidence[${index}]: give a note or a quote, not both`;
    return { source: null, quote: input.note ?? input.quote ?? null, url: input.url, title: input.title ?? null, publisher: null };
  }
  return `evidence[${index}] needs a source and quote, or a url and note`;
}

function webSourceId(url: string, taken: { has(id: string): boolean }): string {
  const page = url.replace(/^https?:\/\/(www\.)?/i, '').replace(/[?#].*$/, '');
  return uniqueSlug(`web-${slugify(page, 'page').slice(0, 60).replace(/-+$/, '')}`, taken);
}

/**
 * `createNamedSources`: an unknown source id may be created when the row describes it (title from an export of
 * another database); API writes only name sources that exist.
 */
export function resolveEvidence(items: readonly EvidenceRow[], index: SourceIndex, createNamedSources: boolean, field = 'evidence'): ResolvedEvidence {
  const resolved: ResolvedEvidence = { sourceIds: [], quotes: [], newSources: [], problems: [] };
  const created = new Map<string, SourceDocument>();
  if (items.length === 0) {
    resolved.problems.push(`missing evidence: a tie needs at least one { source, quote } or { url, note }`);
  }
  items.forEach((item, position) => {
    const at = `${field}[${position}]`;
    if (!item.quote || !item.quote.trim()) {
      resolved.problems.push(item.source || !item.url ? `${at} has no quote (the exact sentence of the source)` : `${at} has no note (what the page says)`);
      return;
    }
    if (item.quote.length > MAX_QUOTE_LENGTH) {
      resolved.problems.push(`${at} is longer than ${MAX_QUOTE_LENGTH} characters`);
      return;
    }
    let sourceId: string | undefined;
    if (item.source) {
      const badId = idProblem(item.source, `${at}.source`);
      if (badId) {
        resolved.problems.push(badId);
        return;
      }
      if (index.byId.has(item.source) || created.has(item.source)) sourceId = item.source;
      else if (createNamedSources && item.title) {
        if (item.url && !isHttpUrl(item.url)) {
          resolved.problems.push(`${at}.url must be an http(s) URL`);
          return;
        }
        created.set(item.source, { id: item.source, title: item.title, publisher: item.publisher, url: item.url, date: null });
        sourceId = item.source;
      } else {
        resolved.problems.push(`${at}.source: unknown source "${item.source}" (see /api/meta sources, or give a url and note)`);
        return;
      }
    } else if (item.url) {
      if (!isHttpUrl(item.url)) {
        resolved.problems.push(`${at}.url must be an http(s) URL`);
        return;
      }
      sourceId = index.byUrl.get(item.url) ?? [...created.values()].find((source) => source.url === item.url)?.id;
      if (!sourceId) {
        sourceId = webSourceId(item.url, { has: (id) => index.byId.has(id) || created.has(id) });
        created.set(sourceId, { id: sourceId, title: item.title ?? item.url, publisher: null, url: item.url, date: null });
      }
    } else {
      resolved.problems.push(`${at} needs a source and quote, or a url and note`);
      return;
    }
    resolved.sourceIds.push(sourceId);
    resolved.quotes.push(item.quote);
  });
  resolved.newSources = [...created.values()];
  return resolved;
}
