// The documents API as the reader and the review queue use it: sources with their text, ingest, and decisions on
// proposals (writes carry the signed-in token).
import { request } from '../api.ts';
import { currentToken } from '../curation/session.ts';

export interface SourceSummary {
  id: string;
  title: string;
  publisher: string | null;
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
  accept: (items: { id: string; type?: string }[]) => json<{ proposals: Proposal[] }>('/api/proposals/accept', { method: 'POST', body: JSON.stringify({ items }) }),
  merge: (id: string, into: string) => json<{ proposals: Proposal[] }>(`/api/proposals/${encodeURIComponent(id)}/merge`, { method: 'POST', body: JSON.stringify({ into }) }),
  reject: (ids: string[]) => json<{ proposals: Proposal[] }>('/api/proposals/reject', { method: 'POST', body: JSON.stringify({ ids }) }),
};
