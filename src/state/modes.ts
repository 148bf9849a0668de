/**
 * What the student is doing, as an explicit state machine: following the guided lesson, solving
 * a challenge, or playing freely in the sandbox. Presenter mode is not a mode: it is a way of
 * showing any of them (prefs-store's `presenter`). A quiz opens over the guided lesson.
 */
export type Mode = 'guided' | 'challenge' | 'sandbox';

export type ModeEvent =
  /** A challenge starts (from its invitation, Contents or a link). */
  | 'start-challenge'
  /** The student leaves the challenge, or moves in the lesson. */
  | 'leave-challenge'
  /** "Try it yourself": the sandbox opens from the step on screen. */
  | 'open-sandbox'
  | 'leave-sandbox'
  /** Start over: the course from its first step. */
  | 'restart';

/** Every transition there is; an event a mode does not list leaves it as it is. */
export const TRANSITIONS: Record<Mode, Partial<Record<ModeEvent, Mode>>> = {
  guided: { 'start-challenge': 'challenge', 'open-sandbox': 'sandbox', restart: 'guided' },
  challenge: {
    'start-challenge': 'challenge',
    'leave-challenge': 'guided',
    'open-sandbox': 'sandbox',
    restart: 'guided',
  },
  sandbox: {
    'start-challenge': 'challenge',
    'leave-sandbox': 'guided',
    'open-sandbox': 'sandbox',
    restart: 'guided',
  },
};

export const MODES = Object.keys(TRANSITIONS) as Mode[];

/** The mode after `event`, or null when `mode` does not take it. */
export function nextMode(mode: Mode, event: ModeEvent): Mode | null {
  return TRANSITIONS[mode][event] ?? null;
}
