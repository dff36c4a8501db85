// Typed wrappers around the same-origin JSON API. Every failure becomes an ApiError whose message can be shown
// to a person as it is ("The database is unavailable — retrying").
import { networkParam } from './network.ts';
import type { ErrorBody, FieldError } from '../server/contract/field-errors.ts';
import type { Change, CommonPartner, Comparison, ExportFormat, Health, Meta, OrganisationDetail, Path, PathMode, SearchResult, Subgraph } from './types.ts';

export class ApiError extends Error {
  /** HTTP status, or 0 when the server could not be reached at all. */
  readonly status: number;
  /** The server's own message, as sent (forms point at the field it names). */
  readonly serverMessage: string | undefined;
  /** The whole error body (an import's 422 carries its report). */
  readonly body: unknown;
  constructor(status: number, message: string, serverMessage?: string, body?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.serverMessage = serverMessage;
    this.body = body;
  }
  /** What a 400 says about each field of the request (none when it is about the request as a whole). */
  get fieldErrors(): FieldError[] {
    const errors = (this.body as ErrorBody | undefined)?.errors;
    return Array.isArray(errors) ? errors : [];
  }
  /** Worth retrying by itself: the server or its database is away for now. */
  get transient(): boolean {
    return this.status === 0 || this.status === 429 || this.status === 502 || this.status === 503;
  }
}

export const isAbort = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';

/** Words for a failed response; the server's own message is used when it is one a person can act on. */
export function describeFailure(status: number, serverMessage: string | undefined): string {
  if (status === 0) return 'Cannot reach the server. Check your connection — retrying.';
  if (status === 503) return 'The database is unavailable — retrying.';
  if (status === 504) return serverMessage ?? 'The query took too long and was stopped. Try fewer hops or tie types.';
  if (status === 404) return serverMessage ?? 'Not found.';
  if (status === 400) return serverMessage ? `The request was not accepted: ${serverMessage}` : 'The request was not accepted.';
  if (status === 413) return 'Too many organisations for one request. Narrow the view first.';
  if (status === 429) return 'Too many requests in a short time. Wait a moment and try again.';
  if (status === 401 || status === 403) return serverMessage ?? 'This server asks for an access token.';
  if (status === 409) return serverMessage ?? 'Someone else changed this meanwhile. Reload to see their change.';
  if (status === 422) return serverMessage ?? 'The request was understood but cannot be carried out.';
  return serverMessage ? `The server had a problem: ${serverMessage}` : `The server had a problem (HTTP ${status}).`;
}

async function failure(response: Response): Promise<ApiError> {
  let message: string | undefined;
  let body: unknown;
  try {
    body = await response.json();
    const text = (body as { message?: unknown } | null)?.message;
    if (typeof text === 'string') message = text;
  } catch {
    // Not JSON (a proxy page, say): the status alone has to do.
  }
  return new ApiError(response.status, describeFailure(response.status, message), message, body);
}

export async function request(path: string, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { Accept: 'application/json', ...(init.headers ?? {}) } });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError(0, describeFailure(0, undefined));
  }
  if (!response.ok) throw await failure(response);
  return response;
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await request(path, signal ? { signal } : {});
  return (await response.json()) as T;
}

/** Query string from optional parameters; lists are comma-separated as the API expects, empty values left out. */
export function queryString(params: Record<string, string | number | boolean | readonly string[] | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined) continue;
    const text = Array.isArray(value) ? value.join(',') : String(value);
    if (text !== '') search.set(key, text);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export interface GraphQuery {
  centre?: string | null;
  depth?: number;
  tieTypes?: readonly string[];
  kinds?: readonly string[];
  limit?: number;
  /** A year, month or date: only ties and organisations in force then. */
  asOf?: string | null;
  /** false: the ties come without their evidence (see evidenceNeeded in app-state.ts). */
  evidence?: boolean;
}

export interface PathRequest {
  from: string;
  to: string;
  mode: PathMode;
  k: number;
  maxHops: number;
  tieTypes: readonly string[];
  avoid: readonly string[];
  asOf?: string | null;
}

export interface ExportRequest {
  format: ExportFormat;
  ids?: readonly string[];
  centre?: string;
  depth?: number;
  tieTypes?: readonly string[];
  kinds?: readonly string[];
  asOf?: string;
  /** Where the view draws each organisation: GEXF, GraphML and Cytoscape files keep the layout. */
  positions?: ReadonlyArray<{ id: string; x: number; y: number }>;
  /** Each organisation's network measures and community as attributes (for Gephi and the like). */
  measures?: boolean;
}

export interface Download {
  blob: Blob;
  fileName: string;
}

/** The file name from Content-Disposition (`attachment; filename="x.graphml"`), or a fallback. */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  const match = disposition?.match(/filename\*?=(?:UTF-8'')?"?([^";]+)"?/i);
  const name = match?.[1] ? decodeURIComponent(match[1]) : fallback;
  // Never let a header choose a path.
  return name.replace(/[\\/]/g, '_');
}

export const api = {
  health: async (signal?: AbortSignal): Promise<Health> => {
    // 503 still carries a Health body; read it rather than treating it as a failure.
    const response = await fetch('/api/health', signal ? { signal } : {}).catch((error: unknown) => {
      if (isAbort(error)) throw error;
      throw new ApiError(0, describeFailure(0, undefined));
    });
    return (await response.json()) as Health;
  },
  meta: (signal?: AbortSignal) => getJson<Meta>(`/api/meta${queryString(networkParam())}`, signal),
  search: async (q: string, signal?: AbortSignal, limit = 8): Promise<SearchResult[]> =>
    (await getJson<{ results: SearchResult[] }>(`/api/organisations${queryString({ q, limit, ...networkParam() })}`, signal)).results,
  organisation: (id: string, signal?: AbortSignal, asOf?: string | null) =>
    getJson<OrganisationDetail>(`/api/organisations/${encodeURIComponent(id)}${queryString({ asOf, ...networkParam() })}`, signal),
  graph: (query: GraphQuery, signal?: AbortSignal) =>
    getJson<Subgraph>(`/api/graph${queryString({ ...query, ...networkParam() })}`, signal),
  changes: (query: { from: string; to: string; centre?: string | null; depth?: number }, signal?: AbortSignal) =>
    getJson<Comparison>(`/api/changes${queryString({ ...query, ...networkParam() })}`, signal),
  history: async (id: string, signal?: AbortSignal, limit = 100): Promise<Change[]> =>
    (await getJson<{ changes: Change[] }>(`/api/organisations/${encodeURIComponent(id)}/history${queryString({ limit })}`, signal)).changes,
  paths: async (query: PathRequest, signal?: AbortSignal): Promise<Path[]> =>
    (await getJson<{ paths: Path[] }>(`/api/paths${queryString({ ...query, ...networkParam() })}`, signal)).paths,
  commonPartners: async (ids: readonly string[], signal?: AbortSignal): Promise<CommonPartner[]> =>
    (await getJson<{ partners: CommonPartner[] }>(`/api/analysis/common-partners${queryString({ ids, ...networkParam() })}`, signal)).partners,
  export: async (body: ExportRequest): Promise<Download> => {
    const response = await request('/api/export', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...body, ...networkParam() }),
    });
    return { blob: await response.blob(), fileName: fileNameFrom(response.headers.get('Content-Disposition'), `partnership-graph.${body.format}`) };
  },
};

export type Api = typeof api;
