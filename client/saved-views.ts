// Saved views over HTTP: opening one needs no token (a shared link opens for anyone who may read); saving,
// listing, renaming and deleting send the editor's token. The short link is /v/<id>.
import { getJson } from './api.ts';
import { currentToken } from './curation/session.ts';
import { send } from './curation/write-request.ts';
import type { SavedView, SavedViewSummary } from '../server/views/saved-views.ts';

export type { SavedView, SavedViewSummary };

const SHORT_LINK = /^\/v\/([A-Za-z0-9]{10})\/?$/;

/** The saved view's id when the page was opened from its short link. */
export function savedViewIdIn(pathname: string): string | null {
  return SHORT_LINK.exec(pathname)?.[1] ?? null;
}

export const shortLink = (id: string, origin = location.origin) => `${origin}/v/${id}`;

const json = async <T>(response: Response) => (await response.json()) as T;
const viewPath = (id: string) => `/api/views/${encodeURIComponent(id)}`;

export const savedViews = {
  open: (id: string) => getJson<SavedView>(viewPath(id)),
  save: async (body: Pick<SavedView, 'name' | 'search' | 'layout'>) => json<SavedView>(await send(currentToken(), 'POST', '/api/views', JSON.stringify(body))),
  list: async () => (await json<{ views: SavedViewSummary[] }>(await send(currentToken(), 'GET', '/api/views'))).views,
  rename: async (id: string, name: string) => json<SavedViewSummary>(await send(currentToken(), 'PATCH', viewPath(id), JSON.stringify({ name }))),
  remove: async (id: string) => {
    await send(currentToken(), 'DELETE', viewPath(id));
  },
};
