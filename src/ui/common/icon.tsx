/**
 * An icon from the sprite public/icons.svg (Lucide, built by scripts/build-icons.mjs): drawn as
 * SVG, so it shows on every machine (an emoji needs an emoji font), and decorative: the text
 * beside it says the same.
 */
export type IconName =
  | 'book'
  | 'server'
  | 'monitor'
  | 'mail'
  | 'scale'
  | 'clock'
  | 'eraser'
  | 'lock'
  | 'cookie'
  | 'shop'
  | 'alert'
  | 'eye'
  | 'presenter'
  | 'restart'
  | 'menu'
  | 'keyboard'
  | 'play'
  | 'pause'
  | 'plus'
  | 'pencil'
  | 'trash'
  | 'inbox'
  | 'signature'
  | 'search'
  | 'sparkles'
  | 'key'
  | 'renew'
  | 'user'
  | 'door'
  | 'save'
  | 'send'
  | 'globe'
  | 'compass'
  | 'waves'
  | 'flame'
  | 'question'
  | 'file'
  | 'info'
  | 'fullscreen'
  | 'sandbox'
  | 'undo'
  | 'redo'
  | 'link'
  | 'cart'
  | 'ban'
  | 'skip'
  | 'download';

// The sprite is inside index.html (vite.config.ts → iconSprite): no request, and a page opened
// from a file (file://), which may not read icons.svg, draws no broken reference.
const SPRITE = '#icon-';

/** `alone`: the only thing in its button (which then carries the name), so no gap after it. */
export function Icon({ name, alone = false }: { name: IconName; alone?: boolean }) {
  return (
    <svg
      className={alone ? 'icon alone' : 'icon'}
      aria-hidden="true"
      focusable="false"
      data-icon={name}
    >
      <use href={`${SPRITE}${name}`} />
    </svg>
  );
}
