/**
 * What a chapter is made of: steps the student walks through, challenges the student solves by
 * acting, and a quiz at its end. A chapter keeps its content in its own folder
 * (`chapters/<id>/`: `steps.ts` for the first screen, `activities.ts` for later); its words live
 * in i18n under `steps.<id>`, `challenges.<id>` and `quiz.<questionId>`.
 */
import { MINUTE } from '../sim/clock';
import type { Action, World } from '../sim/world';

export type ChapterId =
  | 'life'
  | 'crowd'
  | 'security'
  | 'expiry'
  | 'storage'
  | 'cluster'
  | 'cookie-store'
  | 'everywhere'
  | 'authz'
  | 'stateless'
  | 'secure'
  | 'kinds'
  | 'xss'
  | 'cross-site';

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
  | 'settings'
  /** The three sessions on one timeline, under the wire (chapter "kinds"). */
  | 'timeline'
  /** What another guest on the café's Wi-Fi reads off the latest request (chapter "secure"). */
  | 'eavesdropper';

export interface Step {
  /** Stable slug: names the narration keys and reads well in a URL. */
  id: string;
  chapter: ChapterId;
  actions: Action[];
  focus: Focus[];
  /** The visitor the step is about (its browser tab is shown). */
  visitor: string;
  /** Asked before the step plays: the student predicts its outcome, then sees it. */
  predict?: Prediction;
  /**
   * Which detail of a part taller than the screen the camera shows (`data-camera-point="<name>"`),
   * when it is not the part's usual one (the changed row, the server that answered…).
   */
  point?: string;
  /**
   * The parts one request (beat) of the step is about, by its index, when not the step's own: a
   * beat about the response's Set-Cookie in a step about the request.
   */
  beatFocus?: Record<number, Focus[]>;
}

/** The parts the step is about at a beat (`null`: the step as a whole). */
export const focusAt = (step: Pick<Step, 'focus' | 'beatFocus'>, beat: number | null): Focus[] =>
  (beat !== null && step.beatFocus?.[beat]) || step.focus;

/**
 * What a prediction asks about the step's last exchange (or its guest book); `predictions.ts`
 * reads the true answer off the world, so a test can hold every `answer` to it.
 */
export type PredictionAsks =
  /** The response's status code: '200', '401'… */
  | 'status'
  /** Whether the request carried the session cookie: 'yes' or 'no'. */
  | 'cookie-sent'
  /** Whether the response set the session cookie: 'yes' or 'no'. */
  | 'set-cookie'
  /** What the step did to the guest book's rows: 'added', 'removed', 'replaced' or 'same'. */
  | 'guest-book'
  /** Whose page the response showed: a user_id ('152') or 'none'. */
  | 'user'
  /** Whether evil.example received the session cookie during the step: 'yes' or 'no'. */
  | 'stolen';

/** A prediction: its words live in i18n under `predictions.<id>` (`.prompt`, `.options.<o>`, `.why`). */
export interface Prediction {
  /** Stable slug: names the texts and the remembered answer. */
  id: string;
  asks: PredictionAsks;
  /** Option IDs in the order shown; each is a value `asks` can read off the world. */
  options: string[];
  answer: string;
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

/**
 * A quiz question, by kind. Its words live in i18n under `quiz.<id>`: `.prompt`, `.explain`,
 * and `.options.<optionId>` for the options (choose) or the items (order). `revisit` names the
 * step to go back to when the answer was wrong.
 */
interface QuestionBase {
  /** Stable slug: names the texts and the saved answers. */
  id: string;
  revisit: string;
}

/** Choose one of the options. */
export interface ChooseQuestion extends QuestionBase {
  kind: 'choose';
  /** Option IDs in the order shown. */
  options: string[];
  answer: string;
}

/** Put the items in order. */
export interface OrderQuestion extends QuestionBase {
  kind: 'order';
  /** Item IDs in the right order (they are shown scrambled). */
  items: string[];
}

/** Spot the wrong header line in a raw HTTP message. */
export interface SpotHeaderQuestion extends QuestionBase {
  kind: 'spot-header';
  /** The message as it travels: start line first, then one header per line. */
  message: string[];
  /** Index of the wrong line (a header, never the start line). */
  wrong: number;
}

export type Question = ChooseQuestion | OrderQuestion | SpotHeaderQuestion;

/** A student's answer: an option ID, the items in the chosen order, or a line's index. */
export type QuizAnswer = string | string[] | number;

/** A chapter's steps: what the first screen needs (`chapters/<id>/steps.ts`). */
export interface ChapterSteps {
  id: ChapterId;
  steps: Omit<Step, 'chapter'>[];
}

/**
 * What the student does in a chapter beside its steps (`chapters/<id>/activities.ts`): loaded
 * when a challenge or quiz is near, so the first screen does not grow with the course.
 */
export interface ChapterActivities {
  challenges: Omit<Challenge, 'chapter'>[];
  /** The chapter's quiz, offered at its last step and in Contents. */
  quiz: Question[];
}

/** A chapter written in one file, steps and activities together (all on the first screen). */
export type Chapter = ChapterSteps & ChapterActivities;

/** The i18n key of a step's line for one of its requests (`beat`, counted from 0). */
export const beatLineKey = (stepId: string, beat: number) => `steps.${stepId}.beat${beat + 1}`;

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

/**
 * A chapter's start on a new express-session server with the shop's usual code and options (a
 * login renews the ID, sessions kept from the first visit, idle time renewed by each request),
 * whatever the chapters before it changed; only the cookie is the chapter's own.
 */
export const freshShop = (cookie: SessionCookieChoice): Action[] => [
  { type: 'set-cluster', mode: null },
  { type: 'set-engine', engine: 'express-session' },
  { type: 'set-app', app: { regenerateOnLogin: true } },
  {
    type: 'set-options',
    options: { resave: false, saveUninitialized: true, rolling: true, cookie },
  },
];

/** The cookie block of express-session's options, as a chapter sets it. */
type SessionCookieChoice = NonNullable<
  Extract<Action, { type: 'set-options' }>['options']['cookie']
>;

export const step = (
  id: string,
  actions: Action[],
  focus: Focus[],
  visitor = CHROME,
  predict?: Prediction,
): Omit<Step, 'chapter'> => ({ id, actions, focus, visitor, ...(predict && { predict }) });

export const predict = (
  id: string,
  asks: PredictionAsks,
  options: string[],
  answer: string,
): Prediction => ({ id, asks, options, answer });

export const choose = (
  id: string,
  options: string[],
  answer: string,
  revisit: string,
): Question => ({ kind: 'choose', id, options, answer, revisit });

export const order = (id: string, items: string[], revisit: string): Question => ({
  kind: 'order',
  id,
  items,
  revisit,
});

export const spotHeader = (
  id: string,
  message: string[],
  wrong: number,
  revisit: string,
): Question => ({ kind: 'spot-header', id, message, wrong, revisit });

/** Whether an answer is right. */
export function isCorrect(question: Question, answer: QuizAnswer | undefined): boolean {
  switch (question.kind) {
    case 'choose':
      return answer === question.answer;
    case 'order':
      return (
        Array.isArray(answer) &&
        answer.length === question.items.length &&
        answer.every((id, i) => id === question.items[i])
      );
    case 'spot-header':
      return answer === question.wrong;
  }
}

/** The order an order question's items are first shown in: fixed, and never already right. */
export function scrambled(items: string[]): string[] {
  if (items.length < 2) return items.slice();
  // Every second item from the end, then the rest: a shuffle that reads the same every time.
  const odd = items.filter((_, i) => i % 2 === 1).reverse();
  const even = items.filter((_, i) => i % 2 === 0);
  return [...odd, ...even];
}
