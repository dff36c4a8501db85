// The network selector in the header: every network of the database by label (with its size); choosing one opens
// the explorer on it. Hidden while the database holds only the default network.
import { getJson } from '../api.ts';
import { addressOf, currentNetwork } from '../network.ts';
import { h } from '../dom.ts';

interface NetworkSummary {
  id: string;
  label: string;
  organisations: number;
}

export async function createNetworkSelector(element: HTMLElement, open: (address: string) => void = (address) => window.location.assign(address)): Promise<void> {
  const { networks } = await getJson<{ networks: NetworkSummary[] }>('/api/networks');
  if (networks.length < 2) return;
  const select = h('select', { attrs: { id: 'network-select' } }, networks.map((network) =>
    h('option', { text: `${network.label} (${network.organisations})`, attrs: { value: network.id } })));
  select.value = currentNetwork;
  select.addEventListener('change', () => open(addressOf(select.value)));
  element.replaceChildren(h('label', { class: 'network-label', text: 'Network', attrs: { for: 'network-select' } }), select);
  element.hidden = false;
}
