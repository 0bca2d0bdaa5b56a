// Registry entry for ../shared/bench: `node run.mjs --peer-config <repo>/bench/peers.mjs --peer gapline,…`
// after `node bench/gapline-peer.mjs dist /tmp/gapline-peer`.
export const PEERS = {
  gapline: { dir: '/tmp/gapline-peer', page: 'bench.html', label: 'gapline (Leptos/WASM)' },
};
