// The gapline entry for the shared timeline benchmark harness (../shared/bench): the built site
// in dist/, whose bench.html (from www/bench.html) follows the harness's page contract.
//   scripts/build.sh
//   node run.mjs --peer-config <this repo>/bench/peers.mjs --peer gapline,vis-timeline,timelinejs …
// See docs/bench/timeline.md.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');

export const PEERS = {
  gapline: { dir: dist, page: 'bench.html', label: 'gapline (Leptos/WASM)' },
};
