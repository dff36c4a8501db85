// Source documents as records: list, read (with text), add, edit and delete, each write in one transaction with its
// history. A document's text never changes once stored, since quotes cite it; a cited document cannot be deleted.
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../neo4j-connection.ts';
import type { QueryStore } from '../cypher/query-store.ts';
import { badRequest, HttpError, notFound } from '../errors.ts';
import type { CurationStore } from '../writes/curation-store.ts';
import { sourceChange } from '../writes/history.ts';
import { slugify, uniqueSlug } from '../writes/slug.ts';
import type { Source, SourcePatch, SourceSummary } from '../schemas/sources.ts';
import { textChecksum } from './text-checksum.ts';
import { isPartialDate } from '../contract/in-force.ts';

type Row = Record<string, unknown>;

/** A new document as the ingest hands it over: its text already plain. */
export interface NewSource {
  title: string;
  text: string;
  publisher?: string | null;
  publisherId?: string | null;
  url?: string | null;
  date?: string | null;
  retrieved?: string | null;
}

const DESCRIPTIVE_FIELDS = ['title', 'publisher', 'publisherId', 'url', 'date', 'retrieved'] as const;

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const count = (value: unknown): number => Number(value ?? 0);

export function toSourceSummary(row: Row): SourceSummary {
  return {
    id: String(row.id),
    title: String(row.title ?? row.id),
    publisher: text(row.publisher),
    publisherId: text(row.publisherId),
    url: text(row.url),
    date: text(row.date),
    retrieved: text(row.retrieved),
    checksum: text(row.checksum),
    length: row.length === null || row.length === undefined ? (typeof row.text === 'string' ? row.text.length : null) : count(row.length),
    citations: Array.isArray(row.citations) ? row.citations.length : count(row.citations),
  };
}

function toSource(row: Row): Source {
  const citedBy = Array.isArray(row.citations) ? row.citations.map(String) : [];
  return { ...toSourceSummary(row), text: text(row.text), citedBy };
}

/** Characters no text document holds: NUL and other C0 controls, and the replacement character of a failed decoding. */
const BINARY = /[\u0000-\u0008\u000B\u000E-\u001F\uFFFD]/u;

export function textProblem(value: string, field: string): string | null {
  if (!/\S/u.test(value)) return `${field} is empty`;
  const binary = BINARY.exec(value);
  if (binary) return `${field} looks binary (character U+${binary[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} at position ${binary.index}); send plain text or HTML`;
  return null;
}

/** Days the calendar lacks (2023-02-30): the patterns let them through. */
function dateProblem(fields: { date?: string | null; retrieved?: string | null }): string | null {
  for (const field of ['date', 'retrieved'] as const) {
    const value = fields[field];
    if (typeof value === 'string' && !isPartialDate(value)) return `${field} (${value}) is not a day that exists`;
  }
  return null;
}

export function createSourceRepository(database: Database, queries: QueryStore, store: CurationStore) {
  async function readSource(tx: ManagedTransaction, id: string, lock: boolean): Promise<Source> {
    if (lock) await tx.run(queries.get('sources/lock-source'), { id });
    const result = await tx.run(queries.get('sources/get-source'), { id });
    const row = result.records[0]?.get('source') as Row | undefined;
    if (!row) throw notFound(`No source with id "${id}"`);
    return toSource(row);
  }

  async function publisherProblem(tx: ManagedTransaction, publisherId: string | null | undefined): Promise<string | null> {
    if (!publisherId) return null;
    const missing = await store.missingOrganisations(tx, [publisherId]);
    return missing.length ? `publisherId: no organisation with id "${publisherId}"` : null;
  }

  return {
    async list(): Promise<SourceSummary[]> {
      return database.read(async (tx) => {
        const result = await tx.run(queries.get('sources/list-source-records'));
        return result.records.map((record) => toSourceSummary(record.get('source') as Row));
      });
    },

    get: (id: string): Promise<Source> => database.read((tx) => readSource(tx, id, false)),

    /** A document inside the caller's transaction (ingest reads it again to propose). */
    read: (tx: ManagedTransaction, id: string): Promise<Source> => readSource(tx, id, false),

    /**
     * Stores a new document inside the caller's transaction, so an ingest writes it and its proposals together.
     * 409 names the document that already holds the same text.
     */
    async create(tx: ManagedTransaction, input: NewSource, actor: string): Promise<Source> {
      const problem = textProblem(input.text, 'text') ?? dateProblem(input) ?? (await publisherProblem(tx, input.publisherId));
      if (problem) throw badRequest(problem);
      const checksum = textChecksum(input.text);
      const duplicate = (await tx.run(queries.get('sources/find-source-by-checksum'), { checksum })).records[0];
      if (duplicate) {
        throw new HttpError(409, `text: this document is already stored as source "${String(duplicate.get('id'))}" ("${String(duplicate.get('title'))}")`);
      }
      const base = slugify(input.title, 'source');
      const taken = (await tx.run(queries.get('sources/find-taken-source-ids'), { base })).records[0]?.get('ids') as string[];
      const record = {
        id: uniqueSlug(base, new Set(taken)),
        title: input.title,
        publisher: input.publisher ?? null,
        publisherId: input.publisherId ?? null,
        url: input.url ?? null,
        date: input.date ?? null,
        retrieved: input.retrieved ?? new Date().toISOString().slice(0, 10),
        text: input.text,
        checksum,
      };
      await tx.run(queries.get('sources/create-source'), { source: record });
      await store.recordChanges(tx, [sourceChange('create', null, record, [])], { actor });
      return { ...record, length: record.text.length, citations: 0, citedBy: [] };
    },

    async update(id: string, patch: SourcePatch, actor: string): Promise<Source> {
      return database.write(async (tx) => {
        const before = await readSource(tx, id, true);
        const problem = dateProblem(patch) ?? (patch.publisherId === undefined ? null : await publisherProblem(tx, patch.publisherId));
        if (problem) throw badRequest(problem);
        const after = { ...before, ...patch };
        const fields = DESCRIPTIVE_FIELDS.filter((name) => before[name] !== after[name]);
        if (fields.length === 0) return before;
        await tx.run(queries.get('sources/update-source'), { source: Object.fromEntries([['id', id], ...DESCRIPTIVE_FIELDS.map((name) => [name, after[name]])]) });
        const { citedBy: _before, ...beforeRecord } = before;
        const { citedBy: _after, ...afterRecord } = after;
        await store.recordChanges(tx, [sourceChange('update', beforeRecord, afterRecord, fields)], { actor });
        return after;
      });
    },

    async delete(id: string, actor: string): Promise<{ id: string }> {
      return database.write(async (tx) => {
        const before = await readSource(tx, id, true);
        if (before.citedBy.length) {
          const shown = before.citedBy.slice(0, 5).join(', ');
          throw new HttpError(409, `Source "${id}" is cited by ${before.citedBy.length} tie(s) (${shown}${before.citedBy.length > 5 ? ', …' : ''}); change their evidence first`);
        }
        await tx.run(queries.get('proposals/delete-source-proposals'), { sourceId: id });
        await tx.run(queries.get('sources/delete-source'), { id });
        const { citedBy: _citedBy, ...record } = before;
        await store.recordChanges(tx, [sourceChange('delete', record, null, [])], { actor });
        return { id };
      });
    },
  };
}

export type SourceRepository = ReturnType<typeof createSourceRepository>;
