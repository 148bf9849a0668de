/** Where on the page each part a step can be about is drawn (no React: e2e tests read it too). */
import type { Focus } from '../../lessons/model';

/** A step marks (outline and "Look here") at most this many of its parts; the rest stay calm. */
export const MARKED_PER_STEP = 2;

/** The parts a step marks and the camera brings into view: the first ones it lists. */
export const primaryFocus = (focus: readonly Focus[]): Focus[] => focus.slice(0, MARKED_PER_STEP);

/** Selectors for each part, the most precise first (an envelope before the whole wire). */
export const FOCUS_TARGETS: Record<Focus, string[]> = {
  shop: ['.browser-region'],
  request: ['[data-testid="envelope-request"]', '.wire-region'],
  response: ['[data-testid="envelope-response"]', '.wire-region'],
  trace: ['.trace'],
  'guest-book': ['.guest-book'],
  jar: ['.devtools'],
  console: ['.devtools'],
  clock: ['.clock-panel'],
  cluster: ['.cluster'],
  settings: ['.settings-code'],
  timeline: ['.session-timeline'],
  eavesdropper: ['[data-testid="eavesdropper"]'],
};

/**
 * The detail of a part taller than the screen that the camera shows: the step's own `point`, or
 * else the part's usual one (`data-camera-point=""`: the changed row, the server that answered).
 */
export const pointSelector = (point: string | undefined) => `[data-camera-point="${point ?? ''}"]`;

/** The region each part is drawn in: presenter mode widens the region a step is about. */
export const REGION_OF: Record<Focus, 'browser' | 'wire' | 'server'> = {
  shop: 'browser',
  jar: 'browser',
  console: 'browser',
  request: 'wire',
  response: 'wire',
  trace: 'server',
  'guest-book': 'server',
  clock: 'server',
  cluster: 'server',
  settings: 'server',
  timeline: 'wire',
  eavesdropper: 'wire',
};
