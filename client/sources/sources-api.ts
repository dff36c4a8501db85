// The documents API as the reader and the review queue use it: sources with their text, ingest, and decisions on
// proposals (writes carry the signed-in token).
import { request } from '../api.ts';
import { currentToken } from '../curation/session.ts';

/** What an edit can change (the text never changes: quotes cite it). */
export interface SourceEdit {
  title: string;
  publisher: string | null;
  /** The publishing organisation, when it is in the network. */
  publisherId: string | null;
  url: string | null;
  /** Publication date: year, month or day. */
  date: string | null;
  /** ISO day the text was captured. */
  retrieved: string | null;
}

export interface SourceSummary extends SourceEdit {
  id: string;
  length: number | null;
  citations: number;
}

export interface SourceDocument extends SourceSummary {
  text: string | null;
  citedBy: string[];
}

export interface Proposal {
  id: string;
  kind: 'organisation' | 'tie';
  status: 'open' | 'accepted' | 'rejected' | 'merged';
  sourceId: string;
  sentence: string;
  start: number;
  end: number;
  confidence: number;
  name: string | null;
  suggestedKind: string | null;
  /** Organisation proposals: `new:<slug>`, how tie proposals name it in `from` and `to`. */
  orgKey: string | null;
  from: string | null;
  to: string | null;
  type: string | null;
  resultId: string | null;
}

export interface Mention {
  /** Organisation id. */
  id: string;
  start: number;
  end: number;
}

/** The fields of a source that an edit would change (none: nothing to send). */
export function sourceChanges(before: SourceEdit, after: SourceEdit): Partial<SourceEdit> {
  return Object.fromEntries((Object.keys(after) as (keyof SourceEdit)[]).filter((key) => after[key] !== before[key]).map((key) => [key, after[key]]));
}

async function json<T>(path: string, init: RequestInit = {}): Promise<T> {
  const token = currentToken();
  const headers: Record<string, string> = { ...(init.body ? { 'Content-Type': 'application/json' } : {}), ...(token && init.method ? { Authorization: `Bearer ${token}` } : {}) };
  return (await (await request(path, { ...init, headers })).json()) as T;
}

export const sourcesApi = {
  list: () => json<{ sources: SourceSummary[] }>('/api/sources').then((answer) => answer.sources),
  get: (id: string) => json<SourceDocument>(`/api/sources/${encodeURIComponent(id)}`),
  mentions: (id: string) => json<{ mentions: Mention[] }>(`/api/sources/${encodeURIComponent(id)}/mentions`).then((answer) => answer.mentions),
  proposals: (sourceId: string) => json<{ proposals: Proposal[] }>(`/api/proposals?source=${encodeURIComponent(sourceId)}`).then((answer) => answer.proposals),
  ingest: (body: { title: string; text: string; publisherId?: string }) =>
    json<{ source: SourceDocument; proposals: Proposal[] }>('/api/sources', { method: 'POST', body: JSON.stringify(body) }),
  update: (id: string, edit: Partial<SourceEdit>) => json<SourceDocument>(`/api/sources/${encodeURIComponent(id)}`, { method: 'PATCH', body: JSON.stringify(edit) }),
  remove: (id: string) => json<{ id: string }>(`/api/sources/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  accept: (items: { id: string; type?: string }[]) => json<{ proposals: Proposal[] }>('/api/proposals/accept', { method: 'POST', body: JSON.stringify({ items }) }),
  merge: (id: string, into: string) => json<{ proposals: Proposal[] }>(`/api/proposals/${encodeURIComponent(id)}/merge`, { method: 'POST', body: JSON.stringify({ into }) }),
  reject: (ids: string[]) => json<{ proposals: Proposal[] }>('/api/proposals/reject', { method: 'POST', body: JSON.stringify({ ids }) }),
};
