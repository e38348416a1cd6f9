import type { Peer } from './peer.js';

export type PeerName = 'minisearch_default' | 'flexsearch' | 'orama';
export const PEER_NAMES: readonly PeerName[] = ['minisearch_default', 'flexsearch', 'orama'];

/** A fresh peer by name, its library loaded only when asked for. */
export async function createPeer(name: PeerName): Promise<Peer> {
  if (name === 'minisearch_default') return new (await import('./minisearch-peer.js')).MiniSearchPeer();
  if (name === 'flexsearch') return new (await import('./flexsearch-peer.js')).FlexSearchPeer();
  return new (await import('./orama-peer.js')).OramaPeer();
}
