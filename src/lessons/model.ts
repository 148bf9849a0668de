/**
 * What a chapter is made of: steps the student walks through, and challenges the student
 * solves by acting. A chapter keeps all of its content in one file (`chapters/<id>.ts`);
 * its words live in i18n under `steps.<id>` and `challenges.<id>`.
 */
import { MINUTE } from '../sim/clock';
import type { Action, World } from '../sim/world';

export type ChapterId = 'life' | 'crowd' | 'security' | 'expiry' | 'storage' | 'cluster';

export type Focus =
  | 'shop'
  | 'request'
  | 'response'
  | 'trace'
  | 'guest-book'
  | 'jar'
  | 'clock'
  | 'console'
  | 'cluster'
  | 'settings';

export interface Step {
  /** Stable slug: names the narration keys and reads well in a URL. */
  id: string;
  chapter: ChapterId;
  actions: Action[];
  focus: Focus[];
  /** The visitor the step is about (its browser tab is shown). */
  visitor: string;
}

export interface Challenge {
  /** Stable slug: names the texts (`challenges.<id>.goal`, `.hints.<n>`, `.solved`). */
  id: string;
  chapter: ChapterId;
  /** The challenge starts from the world after this step of the lesson… */
  after: string;
  /** …with these actions applied first. */
  setup: Action[];
  /** The visitor whose tab is shown at the start. */
  visitor: string;
  /** Solved when this holds; `start` is the world the challenge began with. */
  goal: (world: World, start: World) => boolean;
  /** How many hints there are (texts `challenges.<id>.hints.0` …). */
  hints: number;
  /** What "Show me" plays, one action at a time, through the same engine. */
  solution: Action[];
  /**
   * A wrong attempt worth a word: the name of a nudge (text `challenges.<id>.nudges.<name>`),
   * or null when the student is on no known wrong path.
   */
  nudge?: (world: World, start: World) => string | null;
}

export interface Chapter {
  id: ChapterId;
  steps: Omit<Step, 'chapter'>[];
  challenges: Omit<Challenge, 'chapter'>[];
}

export const CHROME = 'v1';

export const get = (path: string, visitorId = CHROME): Action => ({
  type: 'request',
  visitorId,
  method: 'GET',
  path,
});

export const post = (
  path: string,
  form: Record<string, string> = {},
  visitorId = CHROME,
): Action => ({ type: 'request', visitorId, method: 'POST', path, form });

export const wait = (minutes: number): Action => ({ type: 'advance-clock', ms: minutes * MINUTE });

export const MINA = { username: 'mina', password: 'sesame' };
export const JOON = { username: 'joon', password: 'tiger' };

export const step = (
  id: string,
  actions: Action[],
  focus: Focus[],
  visitor = CHROME,
): Omit<Step, 'chapter'> => ({ id, actions, focus, visitor });
