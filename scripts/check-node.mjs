// Says plainly when this Node.js is too old, instead of an obscure error later on.
// The range is package.json's "engines" (what the dependencies ask for, e.g. jsdom and vitest).
import { readFileSync } from 'node:fs';

const { engines } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const [major, minor, patch] = process.versions.node.split('.').map(Number);
const atLeast = (a, b, c) =>
  major > a || (major === a && (minor > b || (minor === b && patch >= c)));
const ok = major === 22 ? atLeast(22, 22, 2) : major === 24 ? atLeast(24, 15, 0) : major > 24;
if (!ok) {
  console.error(
    [
      `Session Guestbook needs Node.js ${engines.node}; this is ${process.version}.`,
      'Install a newer Node.js (nvm install 24, or your package manager), or without root:',
      '  npm install --prefix ~/.cache/node24 node@24',
      '  export PATH=~/.cache/node24/node_modules/.bin:$PATH',
    ].join('\n'),
  );
  process.exit(1);
}
