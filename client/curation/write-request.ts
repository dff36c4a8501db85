// One authorised request (bearer token), and the check made at sign-in: a dry run of an empty import, which needs
// a valid token and changes nothing. Kept apart from the write calls, which load only when editing starts.
import { ApiError, queryString, request } from '../api.ts';

const WRITES_DISABLED = 'This server does not accept changes: no access token is configured on it (API_TOKEN).';

export async function send(token: string | null, method: string, path: string, body?: BodyInit, contentType = 'application/json'): Promise<Response> {
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
