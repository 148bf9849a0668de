// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { ko } from '../i18n/ko';
import { MODES, type Mode } from '../state/modes';
import { COMMANDS, commandForKey, type KeyBinding } from './commands';

const press = (key: string, mods: Partial<KeyboardEvent> = {}) =>
  ({
    key,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...mods,
  }) as KeyboardEvent;

const lookup = (tree: unknown, key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], tree);

describe('the command registry', () => {
  it('names every command in both languages', () => {
    for (const c of COMMANDS) {
      expect(typeof lookup(en, c.label), `${c.id} in English`).toBe('string');
      expect(typeof lookup(ko, c.label), `${c.id} in Korean`).toBe('string');
    }
  });

  it('gives each key one command in each mode', () => {
    const seen = new Map<string, string>();
    const id = (k: KeyBinding) =>
      `${k.mod ? 'mod+' : ''}${k.shift ? 'shift+' : ''}${k.key.toLowerCase()}`;
    for (const mode of MODES)
      for (const c of COMMANDS.filter((c) => !c.modes || c.modes.includes(mode)))
        for (const k of c.keys) {
          const where = `${mode}:${id(k)}`;
          expect(
            seen.get(where),
            `${where} is both ${seen.get(where)} and ${c.id}`,
          ).toBeUndefined();
          seen.set(where, c.id);
        }
  });

  it('finds the command a key gives, by mode', () => {
    const at = (e: KeyboardEvent, mode: Mode) => commandForKey(e, mode)?.id ?? null;
    expect(at(press('ArrowRight'), 'guided')).toBe('next');
    // In a challenge the lesson's keys work as its buttons do: moving leaves the challenge.
    expect(at(press('End'), 'challenge')).toBe('last');
    expect(at(press(' '), 'guided')).toBe('next');
    // The sandbox has no steps to walk: the arrows do nothing there, Ctrl+Z undoes.
    expect(at(press('ArrowRight'), 'sandbox')).toBeNull();
    expect(at(press('z', { ctrlKey: true }), 'sandbox')).toBe('undo');
    expect(at(press('Z', { ctrlKey: true, shiftKey: true }), 'sandbox')).toBe('redo');
    expect(at(press('y', { metaKey: true }), 'sandbox')).toBe('redo');
    expect(at(press('z', { ctrlKey: true }), 'guided')).toBeNull();
    expect(at(press('S', { shiftKey: true }), 'guided')).toBeNull();
    expect(at(press('s'), 'guided')).toBe('sandbox');
    expect(at(press('s'), 'sandbox')).toBe('sandbox');
    expect(at(press('?', { shiftKey: true }), 'challenge')).toBe('shortcuts');
    expect(at(press('p', { altKey: true }), 'guided')).toBeNull();
    expect(at(press('p', { ctrlKey: true }), 'guided')).toBeNull();
  });

  it('leaves keys to what has focus: typing, a dialog, a quiz, tabs, a button under Space, a box that scrolls', () => {
    document.body.innerHTML = `
      <input id="typing"><dialog open><button id="in-dialog">x</button></dialog>
      <div data-quiz><button id="in-quiz">a</button></div>
      <div role="tablist"><button role="tab" id="tab">t</button></div>
      <button id="button">b</button><p id="text">words</p>
      <div id="long" tabindex="0" style="overflow: auto" data-scroll-keys></div>
      <div id="short" tabindex="0" style="overflow: auto" data-scroll-keys></div>
      <div id="narration" tabindex="0" style="overflow: auto"></div>`;
    // jsdom lays nothing out: the long boxes have ten times the room they show, the short one fits.
    for (const [id, height] of [
      ['long', 1000],
      ['short', 100],
      ['narration', 1000],
    ] as const) {
      Object.defineProperty(document.getElementById(id)!, 'scrollHeight', { value: height });
      Object.defineProperty(document.getElementById(id)!, 'clientHeight', { value: 100 });
    }
    const on = (id: string, key: string, mods: Partial<KeyboardEvent> = {}) => {
      const e = new KeyboardEvent('keydown', { key, bubbles: true, ...mods });
      let found: string | null = 'not dispatched';
      document.getElementById(id)!.addEventListener('keydown', (ev) => {
        found = commandForKey(ev, 'guided')?.id ?? null;
      });
      document.getElementById(id)!.dispatchEvent(e);
      return found;
    };
    expect(on('typing', 'p')).toBeNull();
    expect(on('in-dialog', 'ArrowRight')).toBeNull();
    expect(on('in-quiz', 'ArrowRight')).toBeNull();
    expect(on('tab', 'ArrowRight')).toBeNull();
    expect(on('tab', 'p')).toBe('presenter');
    expect(on('button', ' ')).toBeNull();
    expect(on('button', 'ArrowRight')).toBe('next');
    expect(on('text', ' ')).toBe('next');
    for (const key of ['End', 'Home', 'PageDown', 'PageUp', ' '])
      expect(on('long', key)).toBeNull();
    expect(on('long', 'ArrowRight')).toBe('next');
    expect(on('short', 'End')).toBe('last');
    // A box that scrolls without asking (the narration) leaves them to the lesson: a clicker goes on.
    expect(on('narration', 'PageDown')).toBe('next');
    expect(on('narration', 'End')).toBe('last');
  });
});
