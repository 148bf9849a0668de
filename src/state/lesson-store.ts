/**
 * The lesson's state: one world snapshot per step, the current step, and hand-made changes
 * ("free play"). The UI only dispatches; everything on screen is derived from here.
 */
import { create, type StoreApi } from 'zustand';
import { stepIndexById, STEPS, type ChapterId, type QuizAnswer } from '../lessons/steps';
import { createWorld, type Action, type World } from '../sim/world';
import { currentTransport, loadEngine, startNetwork, type NetworkStatus } from './network';
import { atFirstSignOfLife, whenIdle } from './scheduling';
import { nextMode, type Mode, type ModeEvent } from './modes';
import { clearLesson, loadLesson, maskWorld, saveLesson } from './persistence';
import { usePrefs } from './prefs-store';
import {
  predictionAnswers,
  quizResults,
  savePrediction,
  type PredictionAnswers,
  solvedChallenges,
  type QuizResult,
} from './progress';
import type { SandboxRun } from './sandbox';
import {
  challengeFromUrl,
  quizFromUrl,
  sandboxLinkFromUrl,
  stepFromUrl,
  writeChallengeToUrl,
  writeQuizToUrl,
  writeSandboxToUrl,
  writeStepToUrl,
  sandboxLinkWaiting,
} from './url';

/** A challenge under way: its own world, checked after every action the student takes. */
export interface ChallengeRun {
  id: string;
  /** The world the challenge began with ("Start over" returns to it). */
  start: World;
  world: World;
  hintsShown: number;
  /** A word on a known wrong path, or null. */
  nudge: string | null;
  solved: boolean;
  /** The solution is playing, or was played ("Show me"): not the student's own success. */
  shown: boolean;
}

/** A chapter quiz under way, in place of the narration; the lesson waits underneath. */
export interface QuizRun {
  chapter: ChapterId;
  /** Answers given so far, by question ID. An answered question shows its explanation. */
  answers: Record<string, QuizAnswer>;
  /** The question shown. */
  index: number;
  /** Every question answered: the recap shows. */
  finished: boolean;
}

export interface LessonState {
  /** What the student is doing (modes.ts): the guided lesson, a challenge or the sandbox. */
  mode: Mode;
  step: number;
  /**
   * worlds[i] is the world after step i, exactly as the step's link opens it: hand-made changes
   * never land here (null: not computed, or not kept by a reload).
   */
  worlds: (World | null)[];
  /**
   * A step's worlds one request at a time, where it sends several: stepBeats[i][b] is the world
   * after the b-th request of step i, the last one the step's own (null: one request, or not kept).
   */
  stepBeats: (World[] | null)[];
  /** The beat on screen while Next walks a step's requests; null: the whole step, at once. */
  beat: number | null;
  /** The world changed by hand at this step (free play), shown instead of the step's own. */
  hand: World | null;
  /** `hand` is shown: the narration says the world was changed by hand. */
  freePlay: boolean;
  /** The saved place could not be restored on load (the step started afresh). */
  restoreFailed: boolean;
  /** A step or action is being computed. Input is never blocked by it: actions queue. */
  busy: boolean;
  network: NetworkStatus;
  error: string | null;
  /** Exchange ids new in the latest transition: the wire animates these. */
  fresh: number[];
  /** Bumps on every transition, so animations restart (and finish at once when cut short). */
  transition: number;
  /** The challenge the student is solving; the lesson waits underneath at its start step. */
  challenge: ChallengeRun | null;
  /** Challenges solved in this browser. */
  solved: Set<string>;
  startChallenge(id: string): Promise<void>;
  leaveChallenge(): void;
  showHint(): void;
  retryChallenge(): void;
  showSolution(): Promise<void>;
  /**
   * A prediction is open: the step is entered and its world computed, but this one (the world
   * before it) is shown until the student answers or skips; then the step plays.
   */
  held: World | null;
  /** Predictions answered in this browser (null: skipped). */
  predictions: PredictionAnswers;
  /**
   * Answers the open prediction with an option; the step plays (once its world is worked out:
   * the question shows before it is).
   */
  predict(choice: string): Promise<void>;
  /** "Just show me": the step plays, and the prediction is remembered as skipped. */
  skipPrediction(): Promise<void>;
  /** Plays the held step without remembering anything (predictions were turned off). */
  showHeld(): Promise<void>;
  /** Forgets this step's answer and asks again, from the world before the step. */
  predictAgain(): void;
  /** The sandbox the student is playing in (mode 'sandbox'); the lesson waits at its step. */
  sandbox: SandboxRun | null;
  /** Opens the sandbox from the step on screen (its own world, as the step's link opens it). */
  openSandbox(): Promise<void>;
  /** Opens a sandbox link: the step's world, then its actions replayed on a new server. */
  openSandboxLink(from: string, actions: Action[], damaged: boolean): Promise<void>;
  leaveSandbox(): void;
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** To the world after the first `position` actions (the history list). */
  jumpInSandbox(position: number): Promise<void>;
  /** Back to the sandbox's start, its history cleared. */
  resetSandbox(): void;
  /** Guided lesson changed by hand: back to the step's own world. */
  returnToStep(): void;
  /** The chapter quiz the student is taking (never at the same time as a challenge). */
  quiz: QuizRun | null;
  /** How each chapter's quiz went, as kept in this browser. */
  quizResults: Partial<Record<ChapterId, QuizResult>>;
  startQuiz(chapter: ChapterId): void;
  /** Answers the question shown (once: a second answer to it is ignored). */
  answerQuiz(answer: QuizAnswer): void;
  /** On to the next question, or to the recap after the last one (the score is kept). */
  nextQuestion(): void;
  retryQuiz(): void;
  leaveQuiz(): void;
  goTo(target: number): Promise<void>;
  next(): Promise<void>;
  prev(): Promise<void>;
  act(action: Action): Promise<void>;
  restart(): Promise<void>;
}

let queue: Promise<unknown> = Promise.resolve();
/** Jobs asked for and not finished: a click's job may wait behind others before it sets `busy`. */
let pending = 0;
/** Called when the last job asked for has finished: the lesson is at rest (startLesson sets it). */
let atRest = () => {};
const track = <T>(run: Promise<T>): Promise<T> => {
  pending++;
  return run.finally(() => {
    // A job's last change of state comes before this: a listener of the store sees it pending.
    if (--pending === 0) atRest();
  });
};
/** Runs jobs one after another, so rapid clicks apply in order and never overlap. */
function enqueue<T>(job: () => Promise<T>): Promise<T> {
  const run = track(queue.then(job, job));
  queue = run.catch(() => undefined);
  return run;
}

export const freshBetween = (before: World | undefined, after: World) =>
  after.exchanges.slice(before?.exchanges.length ?? 0).map((e) => e.id);

/**
 * The step's world after each of its requests (its beats): the actions before a request go with
 * it, those after the last one with the last. A step without requests is one beat.
 */
async function applyStepBeats(world: World, index: number): Promise<World[]> {
  const step = STEPS[index];
  if (!step) return [world];
  const { applyAction } = await loadEngine();
  const beats: World[] = [];
  let next = world;
  for (const action of step.actions) {
    next = await applyAction(next, action, currentTransport());
    if (action.type === 'request') beats.push(next);
  }
  if (beats.length === 0) return [next];
  beats[beats.length - 1] = next;
  return beats;
}

async function applyStep(world: World, index: number): Promise<World> {
  return (await applyStepBeats(world, index)).at(-1)!;
}

function initialWorlds(): World[] {
  return [createWorld()];
}

/** The prediction a step asks before it plays, unless turned off or answered already. */
function openPrediction(s: Pick<LessonState, 'predictions'>, index: number) {
  const prediction = STEPS[index]?.predict;
  return prediction && usePrefs.getState().predict && !(prediction.id in s.predictions)
    ? prediction
    : null;
}

/**
 * The world on screen in the sandbox, as sandbox.ts's `sandboxWorld`: restated here so that
 * module (the sandbox's history) stays off the first screen.
 */
const sandboxWorld = (run: SandboxRun): World => run.snapshots[run.cursor]!;

/** The mode after `event` (an event the mode does not take leaves it as it is). */
export const modeAfter = (s: Pick<LessonState, 'mode'>, event: ModeEvent): Mode =>
  nextMode(s.mode, event) ?? s.mode;

/** The store's inside, for the code of challenges, quizzes and the sandbox (activities.ts). */
export interface LessonKit {
  set: StoreApi<LessonState>['setState'];
  get: () => LessonState;
  /** Moves in the lesson (`ask`: stepping forward may hold the step for a prediction). */
  moveTo(target: number, ask?: boolean): Promise<void>;
  /** Plays a held step; `answer` is remembered unless undefined. */
  reveal(answer: string | null | undefined): void;
  leaveSandboxNow(): void;
}

/** That code loads when the student starts a challenge, a quiz question or the sandbox. */
const activities = () => import('./activities');
/** An activity's own work (a quiz answer, a hint), counted as pending until it is done. */
const withActivities = (job: (a: Awaited<ReturnType<typeof activities>>) => unknown): void =>
  void track(activities().then(job));

export const useLesson = create<LessonState>()((set, get) => {
  const kit = (): LessonKit => ({ set, get, moveTo, reveal, leaveSandboxNow });

  /** Shows the held step's own world: the wire animates what it sent. */
  const reveal = (answer: string | null | undefined) =>
    set((s) => {
      if (!s.held) return {};
      const prediction = STEPS[s.step]?.predict;
      const after = s.hand ?? s.worlds[s.step];
      return {
        held: null,
        predictions:
          prediction && answer !== undefined
            ? savePrediction(prediction.id, answer)
            : s.predictions,
        fresh: after ? freshBetween(s.held, after) : [],
        transition: s.transition + 1,
      };
    });

  const leaveSandboxNow = () => {
    set((s) => ({
      sandbox: null,
      mode: modeAfter(s, 'leave-sandbox'),
      fresh: [],
      transition: s.transition + 1,
    }));
    writeSandboxToUrl(null, null);
  };

  /** `ask`: stepping forward into a step with an open prediction holds it (a jump never does). */
  const moveTo = async (target: number, ask = false) => {
    const to = Math.max(0, Math.min(target, STEPS.length - 1));
    // Moving in the lesson leaves a challenge: its step's own world shows again.
    if (get().challenge) {
      set((s) => ({
        challenge: null,
        mode: modeAfter(s, 'leave-challenge'),
        fresh: [],
        transition: s.transition + 1,
      }));
      writeChallengeToUrl(null);
    }
    // …and a quiz, and the sandbox.
    if (get().quiz) {
      set({ quiz: null });
      writeQuizToUrl(null);
    }
    if (get().sandbox) leaveSandboxNow();
    const { step: from, worlds: known, hand } = get();
    // The step itself, whole: a beat under way is finished at once. (Its world may be missing:
    // a reload that could keep only a hand-made world, since left for the sandbox. Then it is
    // computed again below.)
    if (to === from && known[to]) {
      if (get().beat !== null)
        set((s) => ({ beat: null, fresh: [], transition: s.transition + 1 }));
      return;
    }
    const asked = ask && to === from + 1 && openPrediction(get(), to) !== null;
    set({ busy: true, error: null });
    try {
      // Next from a world changed by hand goes on from it, and the narration keeps saying so.
      if (hand && to === from + 1) {
        const next = await applyStep(hand, to);
        usePrefs.getState().chooseVisitor(null);
        set((s) => ({
          step: to,
          beat: null,
          hand: next,
          held: asked ? hand : null,
          freePlay: true,
          fresh: asked ? [] : freshBetween(hand, next),
          transition: s.transition + 1,
        }));
        return;
      }
      // Anywhere else, the step's own world: the hand-made one is left behind.
      const worlds = known.slice();
      const stepBeats = get().stepBeats.slice();
      let k = to;
      while (k > 0 && !worlds[k]) k--;
      if (!worlds[k]) worlds[0] = createWorld();
      if (k < to) {
        // Later snapshots would not follow from the new ones.
        worlds.length = k + 1;
        stepBeats.length = Math.min(stepBeats.length, k + 1);
      }
      const before = asked ? worlds[from] : null;
      // One step on into a question, its world still to work out: the question shows at once, on
      // the world before the step (what it shows anyway), and the step's world is worked out while
      // it is read; an answer waits for it (the queue). The first Next waited for it: 80–90 ms.
      const askAtOnce = before != null && k === from;
      if (askAtOnce) {
        usePrefs.getState().chooseVisitor(null);
        set((s) => ({
          worlds: worlds.slice(),
          stepBeats: stepBeats.slice(),
          beat: null,
          step: to,
          hand: null,
          held: before,
          freePlay: false,
          fresh: [],
          transition: s.transition + 1,
        }));
      }
      for (; k < to; k++) {
        const beats = await applyStepBeats(worlds[k]!, k + 1);
        worlds[k + 1] = beats.at(-1)!;
        stepBeats[k + 1] = beats.length > 1 ? beats : null;
      }
      if (askAtOnce) {
        set({ worlds, stepBeats });
        return;
      }
      // One step on, a step of several requests shows its first; a prediction shows it whole.
      const first = to === from + 1 && !before ? stepBeats[to]?.[0] : undefined;
      const fresh =
        to === from + 1 && !before
          ? freshBetween(worlds[from] ?? undefined, first ?? worlds[to]!)
          : [];
      usePrefs.getState().chooseVisitor(null);
      set((s) => ({
        worlds,
        stepBeats,
        beat: first ? 0 : null,
        step: to,
        hand: null,
        held: before ?? null,
        freePlay: false,
        fresh,
        transition: s.transition + 1,
      }));
    } catch (e) {
      set({ error: e instanceof Error ? e.message : String(e) });
    } finally {
      set({ busy: false });
    }
  };

  return {
    mode: 'guided',
    step: 0,
    worlds: initialWorlds(),
    stepBeats: [],
    beat: null,
    hand: null,
    freePlay: false,
    restoreFailed: false,
    busy: false,
    network: 'starting',
    error: null,
    fresh: [],
    transition: 0,

    // Targets are worked out inside the queue, so two quick clicks on Next are two steps.
    goTo: (target) => enqueue(() => moveTo(target)),
    // Next while a prediction is open is "Just show me": it never steps past it unseen.
    // Within a step of several requests, Next and Previous walk them one at a time (beats).
    next: () =>
      enqueue(async () => {
        const s = get();
        const beats = s.stepBeats[s.step];
        if (s.held) reveal(null);
        else if (walkingBeats(s) && beats && s.beat !== null && s.beat < beats.length - 1) {
          const beat = s.beat + 1;
          usePrefs.getState().chooseVisitor(null);
          set((st) => ({
            beat,
            fresh: freshBetween(beats[beat - 1], beats[beat]!),
            transition: st.transition + 1,
          }));
        } else await moveTo(s.step + 1, true);
      }),
    prev: () =>
      enqueue(async () => {
        const s = get();
        const beats = s.stepBeats[s.step];
        const at = s.beat ?? (beats ? beats.length - 1 : 0);
        if (walkingBeats(s) && beats && at > 0)
          set((st) => ({ beat: at - 1, fresh: [], transition: st.transition + 1 }));
        else await moveTo(s.step - 1);
      }),

    challenge: null,
    solved: new Set(),

    startChallenge: (id) => enqueue(async () => (await activities()).startChallenge(kit(), id)),

    held: null,
    predictions: {},
    // After whatever is under way: the step's world may still be being worked out (moveTo).
    predict: (choice) => enqueue(async () => reveal(choice)),
    skipPrediction: () => enqueue(async () => reveal(null)),
    showHeld: () => enqueue(async () => reveal(undefined)),
    predictAgain: () =>
      set((s) => {
        const prediction = STEPS[s.step]?.predict;
        const before = s.worlds[s.step - 1];
        if (!prediction || !before || s.hand || s.held || s.challenge || s.quiz) return {};
        return {
          held: before,
          predictions: savePrediction(prediction.id, undefined),
          fresh: [],
          transition: s.transition + 1,
        };
      }),

    sandbox: null,
    openSandbox: () =>
      enqueue(async () => (await activities()).startSandbox(kit(), get().step, [], false)),
    openSandboxLink: (from, actions, damaged) =>
      enqueue(async () =>
        (await activities()).startSandbox(
          kit(),
          Math.max(0, stepIndexById(from)),
          actions,
          damaged,
        ),
      ),
    leaveSandbox: () => {
      if (!get().sandbox) return;
      leaveSandboxNow();
      // The step's own world comes back; if it was never kept, it is computed again.
      if (!get().worlds[get().step]) void get().goTo(get().step);
    },
    undo: () => enqueue(async () => (await activities()).moveSandbox(kit(), (r) => r.cursor - 1)),
    redo: () => enqueue(async () => (await activities()).moveSandbox(kit(), (r) => r.cursor + 1)),
    jumpInSandbox: (position) =>
      enqueue(async () => (await activities()).moveSandbox(kit(), () => position)),
    resetSandbox: () => withActivities((a) => a.resetSandbox(kit())),
    returnToStep: () =>
      set((s) =>
        s.hand && !s.sandbox && !s.challenge
          ? { hand: null, beat: null, freePlay: false, fresh: [], transition: s.transition + 1 }
          : {},
      ),

    quiz: null,
    quizResults: {},

    startQuiz: (chapter) => {
      if (get().challenge) get().leaveChallenge();
      reveal(undefined);
      set({ quiz: { chapter, answers: {}, index: 0, finished: false } });
      writeQuizToUrl(chapter);
    },

    answerQuiz: (answer) => withActivities((a) => a.answerQuiz(kit(), answer)),
    nextQuestion: () => withActivities((a) => a.nextQuestion(kit())),
    retryQuiz: () => withActivities((a) => a.retryQuiz(kit())),

    leaveQuiz: () => {
      set({ quiz: null });
      writeQuizToUrl(null);
    },

    leaveChallenge: () => {
      set((s) => ({
        challenge: null,
        mode: modeAfter(s, 'leave-challenge'),
        fresh: [],
        transition: s.transition + 1,
      }));
      writeChallengeToUrl(null);
      if (!get().worlds[get().step]) void get().goTo(get().step);
    },

    showHint: () => withActivities((a) => a.showHint(kit())),
    retryChallenge: () => withActivities((a) => a.retryChallenge(kit())),
    showSolution: async () => (await activities()).showSolution(kit()),

    act: (action) =>
      enqueue(async () => {
        set({ busy: true, error: null });
        try {
          const { applyAction } = await loadEngine();
          // Acting in the shop during a prediction plays the step first (not counted as an answer).
          reveal(undefined);
          const sandbox = get().sandbox;
          if (sandbox) {
            await (await activities()).actInSandbox(kit(), sandbox, action);
            return;
          }
          const run = get().challenge;
          if (run) {
            await (await activities()).actInChallenge(kit(), run, action);
            return;
          }
          const before = currentWorld(get());
          const after = await applyAction(before, action, currentTransport());
          set((s) => ({
            hand: after,
            beat: null,
            freePlay: true,
            fresh: freshBetween(before, after),
            transition: s.transition + 1,
          }));
        } catch (e) {
          set({ error: e instanceof Error ? e.message : String(e) });
        } finally {
          set({ busy: false });
        }
      }),

    restart: () =>
      enqueue(async () => {
        clearLesson();
        writeChallengeToUrl(null);
        writeQuizToUrl(null);
        writeSandboxToUrl(null, null);
        set((s) => ({
          mode: modeAfter(s, 'restart'),
          sandbox: null,
          challenge: null,
          quiz: null,
          held: null,
          step: 0,
          worlds: initialWorlds(),
          stepBeats: [],
          beat: null,
          hand: null,
          freePlay: false,
          fresh: [],
          transition: s.transition + 1,
        }));
      }),
  };
});

/** Beats are walked in the guided lesson, on the step's own world (not one changed by hand). */
const walkingBeats = (s: LessonState) =>
  s.mode === 'guided' && !s.hand && !s.held && !s.challenge && !s.sandbox && !s.quiz;

/**
 * The guided lesson (its own world, or a prediction about it open) rests on a step whose next
 * world is not known yet, and the network has started.
 */
const canLookAhead = (s: LessonState) =>
  !halted &&
  // Sent through the network the student's steps use (not the page's own server meanwhile).
  s.network !== 'starting' &&
  s.mode === 'guided' &&
  !s.hand &&
  !s.challenge &&
  !s.sandbox &&
  !s.quiz &&
  !s.busy &&
  pending === 0 &&
  s.step + 1 < STEPS.length &&
  s.worlds[s.step] != null &&
  s.worlds[s.step + 1] == null;

/**
 * While the student reads a step, the next step's world is worked out, exactly as Next would
 * (from this step's own world), so Next has only to show it. A change by hand, a jump or a
 * challenge still computes its own. Nothing on screen changes, so it is not `busy`; anything the
 * student does meanwhile waits in the queue for it (Next then has nothing left to compute).
 */
export function lookAhead(): Promise<void> {
  if (!canLookAhead(useLesson.getState())) return Promise.resolve();
  const run = queue.then(async () => {
    const s = useLesson.getState();
    if (!canLookAhead(s)) return;
    const from = s.step;
    const base = s.worlds[from]!;
    const beats = await applyStepBeats(base, from + 1);
    useLesson.setState((now) => {
      // Moved on, restarted or computed meanwhile: this one no longer follows.
      if (now.worlds[from] !== base || now.worlds[from + 1] != null) return {};
      const worlds = now.worlds.slice();
      const stepBeats = now.stepBeats.slice();
      while (stepBeats.length < from + 1) stepBeats.push(null);
      worlds[from + 1] = beats.at(-1)!;
      stepBeats[from + 1] = beats.length > 1 ? beats : null;
      return { worlds, stepBeats };
    });
  });
  // A failure here is Next's to report, when it computes the step again.
  const settled = run.catch(() => undefined);
  queue = settled;
  return settled;
}

/** The lesson could not be drawn (the recovery screen shows): nothing more is worked out. */
let halted = false;
export function haltLookingAhead(): void {
  halted = true;
}

/**
 * Looks ahead (in a moment `soon` picks) whenever the lesson comes to rest and `allowed()`: on
 * every change of the store, and once the last job asked for has finished (a job's own last
 * change comes while it still counts as pending). Returns the check, to run at other moments too.
 */
export function lookAheadAtRest(
  soon: (job: () => void) => void,
  allowed: () => boolean = () => true,
): () => void {
  let lookingSoon = false;
  const lookSoon = () => {
    if (!allowed() || lookingSoon || !canLookAhead(useLesson.getState())) return;
    lookingSoon = true;
    soon(() => {
      lookingSoon = false;
      void lookAhead();
    });
  };
  useLesson.subscribe(lookSoon);
  atRest = lookSoon;
  return lookSoon;
}

/** Shown for the moment a step's world is being computed and no other world was ever kept. */
let blank: World | undefined;

export const currentWorld = (s: LessonState): World =>
  s.challenge?.world ??
  (s.sandbox && sandboxWorld(s.sandbox)) ??
  s.held ??
  s.hand ??
  (s.beat !== null ? s.stepBeats[s.step]?.[s.beat] : undefined) ??
  s.worlds[s.step] ??
  s.worlds.findLast(Boolean) ??
  (blank ??= createWorld());

declare global {
  interface Window {
    /** For curious students (and the tests): the simulated world, read-only, from the console. */
    guestbook?: {
      world(): World;
      step(): number;
      /**
       * What the student asked for (steps, actions) is still being worked out, or the address has
       * yet to follow. Looking ahead at the next step does not count: nothing on screen changes.
       */
      busy(): boolean;
      /**
       * The step, the request of it on show (`beat`; null: the step whole), and whether Next
       * (Previous) still has requests of it to walk.
       */
      beat(): { step: number; beat: number | null; more: boolean; back: boolean };
    };
  }
}

/** Restores the place (reload) or opens the linked step, then keeps URL and storage current. */
export function startLesson(): void {
  // The address follows the step just after the new step is painted (the browser takes a few
  // milliseconds to change it, which Next need not wait for); saving first catches up with it.
  let unwritten: number | null = null;
  window.guestbook = {
    // As the inspector shows it: a typed password is masked.
    world: () => structuredClone(maskWorld(currentWorld(useLesson.getState()))),
    step: () => useLesson.getState().step,
    busy: () =>
      useLesson.getState().busy || pending > 0 || unwritten !== null || sandboxLinkWaiting(),
    beat: () => {
      const s = useLesson.getState();
      const beats = walkingBeats(s) ? s.stepBeats[s.step] : null;
      const at = s.beat ?? (beats ? beats.length - 1 : 0);
      return {
        step: s.step,
        beat: s.beat,
        more: !!beats && s.beat !== null && s.beat < beats.length - 1,
        back: !!beats && at > 0,
      };
    },
  };
  startNetwork((network) => useLesson.setState({ network }));
  useLesson.setState({
    solved: solvedChallenges(),
    quizResults: quizResults(),
    predictions: predictionAnswers(),
  });
  const saved = loadLesson();
  const linked = stepFromUrl();
  if (saved === 'invalid') {
    // Damaged or from another version of the lesson: the step starts afresh, and says so.
    useLesson.setState({ restoreFailed: true });
  }
  if (saved && saved !== 'invalid' && (linked === null || linked === saved.step)) {
    const { step, worlds, hand } = saved;
    // Reloaded while a prediction was open: it is still open.
    const before = !hand && openPrediction(useLesson.getState(), step) ? worlds[step - 1] : null;
    useLesson.setState({ step, worlds, hand, freePlay: hand !== null, held: before ?? null });
  } else if (linked !== null && linked > 0) {
    // The address keeps naming the linked step while the lesson is replayed up to it.
    void useLesson.getState().goTo(linked);
  }
  // The address names the step once the page is idle: written at once, it cost the start up to
  // 18 ms here (the browser's own bookkeeping of a changed address) before the page answered.
  if (linked === null || linked === useLesson.getState().step)
    unwritten = useLesson.getState().step;
  const challenge = challengeFromUrl();
  if (challenge) void useLesson.getState().startChallenge(challenge);
  const quiz = quizFromUrl();
  if (quiz && !challenge) useLesson.getState().startQuiz(quiz);
  const sandbox = sandboxLinkFromUrl();
  if (sandbox) {
    void import('./sandbox-link')
      .then(({ decodeActions }) =>
        sandbox.code ? decodeActions(sandbox.code) : { actions: [], damaged: false },
      )
      .then(({ actions, damaged }) =>
        useLesson.getState().openSandboxLink(sandbox.from, actions, damaged),
      );
  }
  // Whenever the lesson comes to rest, the next step is worked out in a moment the page is idle:
  // from the student's first sign of life on (a pointer, a click, a key, a touch, a step), or once
  // the page's own start (adopting the first screen, starting the network) has left the main thread
  // idle. Waiting for a sign of life alone, a student who read and then pressed Next without
  // touching anything got a first step computed cold (Next 1 → 2: 110–130 ms here, then 60–80).
  let awake = false;
  const lookSoon = lookAheadAtRest(whenIdle, () => awake);
  const wake = atFirstSignOfLife(() => {
    awake = true;
    lookSoon();
  });
  // Saving serialises every snapshot (a busy day holds 1,000 rows), so it is done only when the
  // page is hidden or goes away (reload, navigation, closing the tab), never during a step.
  const writeUrl = () => {
    const step = unwritten;
    unwritten = null;
    try {
      if (step !== null) writeStepToUrl(step);
    } catch {
      // Refused (too many changes in a moment, in some browsers): the next step writes it.
    }
  };
  const saveNow = () => {
    const s = useLesson.getState();
    saveLesson({ step: s.step, worlds: s.worlds, hand: s.hand });
    writeUrl();
  };
  if (unwritten !== null) whenIdle(writeUrl);
  addEventListener('pagehide', saveNow);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') saveNow();
  });
  let lastStep = useLesson.getState().step;
  useLesson.subscribe((s) => {
    if (s.step !== lastStep) {
      // Moving in the lesson is a sign of life too (the speaker view moves it from afar).
      wake();
      const first = unwritten === null;
      unwritten = s.step;
      // A hidden page paints no frame (a speaker view may move it meanwhile): at once then.
      if (document.visibilityState === 'hidden') writeUrl();
      else if (first) requestAnimationFrame(() => setTimeout(writeUrl));
    }
    lastStep = s.step;
  });
}
