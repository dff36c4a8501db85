// The network this page shows: `network=` in its address, left out for the default network. A page shows one
// network; choosing another opens the explorer afresh on it, since ids, filters and paths of one mean nothing in another.
import { DEFAULT_NETWORK, NETWORK_ID_PATTERN } from '../server/contract/networks.ts';

const NETWORK_ID = new RegExp(NETWORK_ID_PATTERN);

/** The network an address names (the default one when it names none, or nothing well-formed). */
export function networkOf(search: string): string {
  const id = new URLSearchParams(search).get('network');
  return id && NETWORK_ID.test(id) ? id : DEFAULT_NETWORK.id;
}

export const currentNetwork: string = typeof location === 'undefined' ? DEFAULT_NETWORK.id : networkOf(location.search);

/** `{ network }` for a request or link about `network`; nothing for the default one, so its addresses stay as they were. */
export const networkParam = (network: string = currentNetwork): { network?: string } => (network === DEFAULT_NETWORK.id ? {} : { network });

/** Where the explorer opens on `network`. */
export const addressOf = (network: string): string => (network === DEFAULT_NETWORK.id ? '/' : `/?network=${encodeURIComponent(network)}`);
