// Writes public/icons.svg: the few Lucide icons the lesson uses, as one sprite of <symbol>s.
// A sprite, not components: the icons cost the first screen no JavaScript, and every machine
// draws them (an emoji needs an emoji font). Run after changing ICONS: node scripts/build-icons.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The lesson's name for an icon → Lucide's name. Keep in step with IconName in icon.tsx. */
export const ICONS = {
  book: 'notebook-tabs',
  server: 'server',
  monitor: 'monitor',
  mail: 'mail',
  scale: 'scale',
  clock: 'clock',
  eraser: 'eraser',
  lock: 'lock',
  cookie: 'cookie',
  shop: 'shopping-bag',
  alert: 'triangle-alert',
  eye: 'eye',
  presenter: 'presentation',
  restart: 'rotate-ccw',
  menu: 'menu',
  keyboard: 'keyboard',
  play: 'play',
  pause: 'pause',
  plus: 'plus',
  pencil: 'pencil',
  trash: 'trash-2',
  inbox: 'inbox',
  signature: 'signature',
  search: 'search',
  sparkles: 'sparkles',
  key: 'key-round',
  renew: 'refresh-cw',
  user: 'user',
  door: 'door-closed',
  save: 'save',
  send: 'send',
  globe: 'globe',
  compass: 'compass',
  waves: 'waves',
  flame: 'flame',
  question: 'circle-help',
  file: 'file-text',
  info: 'info',
  fullscreen: 'maximize',
  sandbox: 'shovel',
  undo: 'undo-2',
  redo: 'redo-2',
  link: 'link',
  cart: 'shopping-cart',
  ban: 'ban',
  skip: 'skip-forward',
  download: 'download',
};

const require = createRequire(import.meta.url);
const root = dirname(require.resolve('lucide-static/package.json'));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const symbols = Object.entries(ICONS).map(([name, lucide]) => {
  const svg = readFileSync(join(root, 'icons', `${lucide}.svg`), 'utf8');
  const body = svg
    .replace(/^[\s\S]*?<svg[^>]*>/, '')
    .replace(/<\/svg>\s*$/, '')
    .replace(/\s*\n\s*/g, '')
    .replace(/ \/>/g, '/>');
  return `<symbol id="${name}" viewBox="0 0 24 24">${body}</symbol>`;
});

writeFileSync(
  new URL('../public/icons.svg', import.meta.url),
  `<svg xmlns="http://www.w3.org/2000/svg"><!-- Lucide ${version}, ISC licence: https://lucide.dev/license -->\n${symbols.join('\n')}\n</svg>\n`,
);
console.log(`public/icons.svg: ${symbols.length} icons from Lucide ${version}`);
