// The access token of a curator who signed in to edit: kept in sessionStorage only (this tab, until it closes or
// "Sign out"), never in the store, the URL or a log, and sent only as a bearer header on write requests.
import type { AppState } from '../app-state.ts';
import type { Store } from '../store.ts';

const KEY = 'partnership-graph.edit-token';

/** A browser that refuses storage (some private modes): the token then lives only as long as the page. */
let memory: string | null = null;

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** The token for a write, or null when signed out. */
export function currentToken(): string | null {
  try {
    return storage()?.getItem(KEY) || memory;
  } catch {
    return memory;
  }
}

export function signIn(store: Store<AppState>, token: string): void {
  memory = token;
  try {
    storage()?.setItem(KEY, token);
  } catch {
    // Refused or full: `memory` holds it for this page.
  }
  store.update({ editing: true });
}

export function signOut(store: Store<AppState>): void {
  memory = null;
  try {
    storage()?.removeItem(KEY);
  } catch {
    // Nothing was stored.
  }
  store.update({ editing: false });
}
