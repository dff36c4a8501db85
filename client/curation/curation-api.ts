// The write side of the API, with the bearer token of the signed-in curator: organisations, ties and imports.
// A refused token (401) signs out, so the edit controls go away at once.
import { networkParam } from '../network.ts';
import { ApiError, queryString } from '../api.ts';
import type { AppState } from '../app-state.ts';
import type { Store } from '../store.ts';
import type { ImportReport, OrganisationCreate, OrganisationPatch, Tie, TieCreate, TieEnd, VersionedOrganisation } from '../types.ts';
import type { ImportFormat } from '../types.ts';
import { currentToken, signOut } from './session.ts';
import { send } from './write-request.ts';

const TOKEN_REFUSED = 'Your access token was not accepted. Sign in again (Edit tab) to make changes.';

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
    createOrganisation: (body: OrganisationCreate) => write<VersionedOrganisation>('POST', `/api/organisations${queryString(networkParam())}`, body),
    updateOrganisation: (id: string, body: OrganisationPatch) => write<VersionedOrganisation>('PATCH', `/api/organisations/${encodeURIComponent(id)}`, body),
    /** `version`: 409 if someone changed the organisation since it was read. */
    deleteOrganisation: (id: string, version: number) =>
      write<{ id: string; ties: string[] }>('DELETE', `/api/organisations/${encodeURIComponent(id)}${queryString({ version })}`),
    createTie: (body: TieCreate) => write<Tie>('POST', '/api/ties', body),
    endTie: (id: string, body: TieEnd) => write<Tie>('POST', `${tiePath(id)}/end`, body),
    deleteTie: (id: string) => write<{ id: string }>('DELETE', tiePath(id)),

    /** Sends the file as it is. A rejected real run (422) still answers with its report. */
    async importFile(file: Blob, format: ImportFormat, dryRun: boolean): Promise<ImportReport> {
      try {
        const response = await send(currentToken(), 'POST', `/api/import${queryString({ format, dryRun: String(dryRun), ...networkParam() })}`, file, 'application/octet-stream');
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
        // A batched import that stopped part-way: the server's words say how far it got and how to resume or undo it.
        if (error instanceof ApiError && error.serverMessage && (error.body as { importId?: unknown } | null)?.importId) {
          throw new ApiError(error.status, error.serverMessage, error.serverMessage, error.body);
        }
        throw error;
      }
    },
  };
}

export type CurationApi = ReturnType<typeof createCurationApi>;
