/**
 * Every command the student or instructor can give by button or key, in one registry: its ID,
 * its name in the shortcut list, its keys, the modes it works in, and what it does. The buttons
 * take their action and `aria-keyshortcuts` from here, the key handler its bindings, and the
 * shortcut list its rows, so the three never disagree.
 */
import { STEPS } from '../lessons/steps';
import { useLesson } from '../state/lesson-store';
import type { Mode } from '../state/modes';
import { usePrefs } from '../state/prefs-store';
import { openSpeakerView } from './player/speaker-window';

export interface KeyBinding {
  /** `KeyboardEvent.key` (letters in lower case: Shift is matched separately). */
  key: string;
  /** Ctrl (or ⌘ on a Mac). */
  mod?: boolean;
  shift?: boolean;
  /** As the shortcut list shows it. */
  shown: string;
  /** As `aria-keyshortcuts` names it. */
  aria: string;
}

export type CommandId =
  | 'next'
  | 'prev'
  | 'first'
  | 'last'
  | 'play'
  | 'undo'
  | 'redo'
  | 'sandbox'
  | 'presenter'
  | 'fullscreen'
  | 'speaker'
  | 'shortcuts';

export interface Command {
  id: CommandId;
  /** i18n key of its line in the shortcut list. */
  label: string;
  keys: KeyBinding[];
  /** The modes it works in; absent: all of them. */
  modes?: Mode[];
  run(): void;
}

const plain = (key: string, shown = key, aria = key): KeyBinding => ({ key, shown, aria });
const letter = (l: string): KeyBinding => ({
  key: l,
  shown: l.toUpperCase(),
  aria: l.toUpperCase(),
});

export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/** Set by the shortcut list while it is on the page. */
let showShortcutList: () => void = () => undefined;
export function onShowShortcutList(show: () => void): () => void {
  showShortcutList = show;
  return () => {
    if (showShortcutList === show) showShortcutList = () => undefined;
  };
}

const lesson = () => useLesson.getState();

export const COMMANDS: readonly Command[] = [
  {
    id: 'next',
    label: 'shortcuts.next',
    keys: [plain('ArrowRight', '→'), plain(' ', 'Space', 'Space'), plain('PageDown')],
    modes: ['guided', 'challenge'],
    run: () => void lesson().next(),
  },
  {
    id: 'prev',
    label: 'shortcuts.prev',
    keys: [plain('ArrowLeft', '←'), plain('PageUp')],
    modes: ['guided', 'challenge'],
    run: () => void lesson().prev(),
  },
  {
    id: 'first',
    label: 'shortcuts.first',
    keys: [plain('Home')],
    modes: ['guided', 'challenge'],
    run: () => void lesson().goTo(0),
  },
  {
    id: 'last',
    label: 'shortcuts.last',
    keys: [plain('End')],
    modes: ['guided', 'challenge'],
    run: () => void lesson().goTo(STEPS.length - 1),
  },
  {
    id: 'play',
    label: 'shortcuts.play',
    keys: [letter('k')],
    modes: ['guided'],
    run: () => usePrefs.getState().setPlaying(!usePrefs.getState().playing),
  },
  {
    id: 'undo',
    label: 'shortcuts.undo',
    keys: [{ key: 'z', mod: true, shown: 'Ctrl+Z', aria: 'Control+Z' }],
    modes: ['sandbox'],
    run: () => void lesson().undo(),
  },
  {
    id: 'redo',
    label: 'shortcuts.redo',
    keys: [
      { key: 'z', mod: true, shift: true, shown: 'Ctrl+Shift+Z', aria: 'Control+Shift+Z' },
      { key: 'y', mod: true, shown: 'Ctrl+Y', aria: 'Control+Y' },
    ],
    modes: ['sandbox'],
    run: () => void lesson().redo(),
  },
  {
    id: 'sandbox',
    label: 'shortcuts.sandbox',
    keys: [letter('s')],
    run: () => (lesson().sandbox ? lesson().leaveSandbox() : void lesson().openSandbox()),
  },
  {
    id: 'presenter',
    label: 'shortcuts.presenter',
    keys: [letter('p')],
    run: () => usePrefs.getState().setPresenter(!usePrefs.getState().presenter),
  },
  {
    id: 'fullscreen',
    label: 'shortcuts.fullscreen',
    keys: [letter('f')],
    run: toggleFullscreen,
  },
  {
    id: 'speaker',
    label: 'shortcuts.speaker',
    keys: [letter('v')],
    run: openSpeakerView,
  },
  {
    id: 'shortcuts',
    label: 'shortcuts.help',
    keys: [plain('?')],
    run: () => showShortcutList(),
  },
];

export const command = (id: CommandId): Command => COMMANDS.find((c) => c.id === id)!;

/** `aria-keyshortcuts` for a command's button. */
export const ariaKeys = (id: CommandId): string =>
  command(id)
    .keys.map((k) => k.aria)
    .join(' ');

const TYPING = 'input, textarea, select, [contenteditable="true"]';
const INTERACTIVE = `${TYPING}, button, a, summary, [role="tab"]`;
/** The keys that scroll a page, which a box marked `data-scroll-keys` keeps when it has focus. */
const SCROLLING = new Set(['Home', 'End', 'PageUp', 'PageDown', ' ']);

/**
 * A box that asks for the scrolling keys (the guest book) and has more to show than room for.
 * Only such boxes: the narration scrolls too, but there a clicker's Page Down must go on.
 */
function scrollsItself(box: Element): boolean {
  if (!box.hasAttribute('data-scroll-keys') || box.scrollHeight <= box.clientHeight) return false;
  return /auto|scroll/.test(getComputedStyle(box).overflowY);
}

/** Where a key belongs to what has focus, not to the lesson. */
function keyBelongsToTarget(e: KeyboardEvent, target: Element | null): boolean {
  if (!target) return false;
  // Typing, a dialog, and a quiz (its keys answer it, and must not end it) keep every key.
  if (target.closest(TYPING) || target.closest('dialog[open]') || target.closest('[data-quiz]'))
    return true;
  // Arrows move between tabs; Space presses the button it is on.
  if (/^Arrow|^Page/.test(e.key) && target.closest('[role="tablist"]')) return true;
  // A focused box that asks for them takes Home, End, the page keys and Space, as a page would.
  if (SCROLLING.has(e.key) && scrollsItself(target)) return true;
  return e.key === ' ' && target.closest(INTERACTIVE) !== null;
}

const matches = (k: KeyBinding, e: KeyboardEvent) =>
  e.key.toLowerCase() === k.key.toLowerCase() &&
  (e.ctrlKey || e.metaKey) === Boolean(k.mod) &&
  (k.key.length > 1 || /[a-z]/i.test(k.key) ? e.shiftKey === Boolean(k.shift) : true);

/** The command a key press gives in `mode`, or null (the key is left to the page). */
export function commandForKey(e: KeyboardEvent, mode: Mode): Command | null {
  if (e.altKey || e.defaultPrevented) return null;
  const target = e.target instanceof Element ? e.target : null;
  if (keyBelongsToTarget(e, target)) return null;
  return (
    COMMANDS.find(
      (c) => (!c.modes || c.modes.includes(mode)) && c.keys.some((k) => matches(k, e)),
    ) ?? null
  );
}
