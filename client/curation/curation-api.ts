// The write side of the API, with the bearer token of the signed-in curator: organisations, ties, imports, and a
// harmless check that a token is accepted. A refused token (401) signs out, so the edit controls go away at once.
import { ApiError, queryString, request } from '../api.ts';
import type { AppState } from '../app-state.ts';
import type { Store } from '../store.ts';
import type { ImportReport, OrganisationCreate, OrganisationPatch, Tie, TieCreate, TieEnd, VersionedOrganisation } from '../types.ts';
import type { ImportFormat } from './forms.ts';
import { currentToken, signOut } from './session.ts';

const TOKEN_REFUSED = 'Your access token was not accepted. Sign in again (Edit tab) to make changes.';
const WRITES_DISABLED = 'This server does not accept changes: no access token is configured on it (API_TOKEN).';

async function send(token: string | null, method: string, path: string, body?: BodyInit, contentType = 'application/json'): Promise<Response> {
  if (!token) throw new ApiError(401, 'Sign in to edit first (Edit tab).');
  const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
  if (body !== undefined) headers['Content-Type'] = contentType;
  try {
    return await request(path, { method, headers, ...(body !== undefined ? { body } : {}) });
  } catch (error) {
    if (error instanceof ApiError && error.status === 403) throw new ApiError(403, WRITES_DISABLED, error.serverMessage, error.body);
    throw error;
  }
}

/** Answers whether `token` may write, with a dry run of an empty import: authorised, and it changes nothing. */
export async function checkToken(token: string): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    await send(token, 'POST', `/api/import${queryString({ format: 'json', dryRun: 'true' })}`, JSON.stringify({ nodes: [], links: [] }));
    return { ok: true };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.status === 401) return { ok: false, message: 'That token was not accepted. Check it and try again.' };
    return { ok: false, message: error.message };
  }
}

export function createCurationApi(store: Store<AppState>) {
  async function write<T>(method: string, path: string, body?: unknown): Promise<T> {
    try {
      const response = await send(currentToken(), method, path, body === undefined ? undefined : JSON.stringify(body));
      return (await response.json()) as T;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        signOut(store);
        throw new ApiError(401, TOKEN_REFUSED, error.serverMessage, error.body);
      }
      throw error;
    }
  }
  const tiePath = (id: string) => `/api/ties/${encodeURIComponent(id)}`;

  return {
    createOrganisation: (body: OrganisationCreate) => write<VersionedOrganisation>('POST', '/api/organisations', body),
    updateOrganisation: (id: string, body: OrganisationPatch) => write<VersionedOrganisation>('PATCH', `/api/organisations/${encodeURIComponent(id)}`, body),
    createTie: (body: TieCreate) => write<Tie>('POST', '/api/ties', body),
    endTie: (id: string, body: TieEnd) => write<Tie>('POST', `${tiePath(id)}/end`, body),
    deleteTie: (id: string) => write<{ id: string }>('DELETE', tiePath(id)),

    /** Sends the file as it is. A rejected real run (422) still answers with its report. */
    async importFile(file: Blob, format: ImportFormat, dryRun: boolean): Promise<ImportReport> {
      try {
        const response = await send(currentToken(), 'POST', `/api/import${queryString({ format, dryRun: String(dryRun) })}`, file, 'application/octet-stream');
        return (await response.json()) as ImportReport;
      } catch (error) {
        if (error instanceof ApiError && error.status === 422) {
          const report = (error.body as { report?: ImportReport } | null)?.report;
          if (report) return report;
        }
        if (error instanceof ApiError && error.status === 401) {
          signOut(store);
          throw new ApiError(401, TOKEN_REFUSED);
        }
        // The server names its upload limit; the generic words for 413 are about views.
        if (error instanceof ApiError && error.status === 413 && error.serverMessage) throw new ApiError(413, `${error.serverMessage}.`);
        throw error;
      }
    },
  };
}

export type CurationApi = ReturnType<typeof createCurationApi>;
