/**
 * What the student does beside the guided lesson — a challenge, a quiz, the sandbox — as the
 * store carries it out. It loads when the student starts one of them, not with the first screen;
 * `LessonKit` is the store's inside it works with (lesson-store.ts).
 */
import { isCorrect } from '../lessons/model';
import { challengeById, quizFor } from '../lessons/activities';
import { STEPS, stepIndexById, type QuizAnswer } from '../lessons/steps';
import type { Action, World } from '../sim/world';
import {
  currentWorld,
  freshBetween,
  modeAfter,
  type ChallengeRun,
  type LessonKit,
} from './lesson-store';
import { currentTransport, loadEngine } from './network';
import { usePrefs } from './prefs-store';
import { markSolved, saveQuizResult } from './progress';
import {
  moveTo as moveInSandbox,
  recordAction,
  replay,
  sandboxWorld,
  type SandboxRun,
} from './sandbox';
import { encodeActions } from './sandbox-link';
import { writeChallengeToUrl, writeSandboxToUrl } from './url';

/** Between the actions of "Show me", so the student can follow each one. */
const SOLUTION_PACE_MS = 900;

const errorOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

async function engineApply() {
  const { applyAction } = await loadEngine();
  return (world: World, action: Action) => applyAction(world, action, currentTransport());
}

// --- Challenges ----------------------------------------------------------------------------------

export async function startChallenge(
  { set, get, moveTo, reveal, leaveSandboxNow }: LessonKit,
  id: string,
) {
  const challenge = challengeById(id);
  if (!challenge) {
    writeChallengeToUrl(null); // a link to a challenge that does not exist (any more)
    return;
  }
  await moveTo(stepIndexById(challenge.after));
  reveal(undefined);
  set({ busy: true, error: null });
  try {
    const apply = await engineApply();
    let start = currentWorld(get());
    for (const action of challenge.setup) start = await apply(start, action);
    usePrefs.getState().chooseVisitor(challenge.visitor);
    if (get().quiz) get().leaveQuiz();
    if (get().sandbox) leaveSandboxNow();
    set((s) => ({
      mode: modeAfter(s, 'start-challenge'),
      challenge: {
        id,
        start,
        world: start,
        hintsShown: 0,
        nudge: null,
        solved: false,
        shown: false,
      },
      fresh: [],
      transition: s.transition + 1,
    }));
    writeChallengeToUrl(id);
  } catch (e) {
    set({ error: errorOf(e) });
  } finally {
    set({ busy: false });
  }
}

/** An action in a challenge: applied to its world, then its goal (and known wrong paths) checked. */
export async function actInChallenge({ set }: LessonKit, run: ChallengeRun, action: Action) {
  const after = await (await engineApply())(run.world, action);
  const challenge = challengeById(run.id);
  const solved = challenge?.goal(after, run.start) ?? false;
  const nudge = solved ? null : (challenge?.nudge?.(after, run.start) ?? null);
  set((s) => ({
    challenge: { ...run, world: after, solved: run.solved || solved, nudge },
    solved: solved && !run.shown ? markSolved(run.id) : s.solved,
    fresh: freshBetween(run.world, after),
    transition: s.transition + 1,
  }));
}

export function showHint({ set }: LessonKit) {
  set((s) => {
    const run = s.challenge;
    const max = run ? (challengeById(run.id)?.hints ?? 0) : 0;
    return run ? { challenge: { ...run, hintsShown: Math.min(run.hintsShown + 1, max) } } : {};
  });
}

export function retryChallenge({ set }: LessonKit) {
  set((s) =>
    s.challenge
      ? {
          challenge: {
            ...s.challenge,
            world: s.challenge.start,
            nudge: null,
            solved: false,
            shown: false,
          },
          fresh: [],
          transition: s.transition + 1,
        }
      : {},
  );
}

export async function showSolution({ set, get }: LessonKit) {
  const run = get().challenge;
  const challenge = run && challengeById(run.id);
  if (!run || !challenge) return;
  set((s) => ({
    challenge: { ...run, world: run.start, nudge: null, solved: false, shown: true },
    transition: s.transition + 1,
  }));
  for (const action of challenge.solution) {
    await new Promise((resolve) => setTimeout(resolve, SOLUTION_PACE_MS));
    // The student may have left or restarted meanwhile: then the show stops.
    if (get().challenge?.id !== run.id || !get().challenge?.shown) return;
    await get().act(action);
  }
}

// --- Quizzes -------------------------------------------------------------------------------------

export function answerQuiz({ set }: LessonKit, answer: QuizAnswer) {
  set((s) => {
    const run = s.quiz;
    const question = run && quizFor(run.chapter)[run.index];
    if (!run || !question || run.finished || question.id in run.answers) return {};
    return { quiz: { ...run, answers: { ...run.answers, [question.id]: answer } } };
  });
}

export function nextQuestion({ set }: LessonKit) {
  set((s) => {
    const run = s.quiz;
    if (!run || run.finished) return {};
    const questions = quizFor(run.chapter);
    if (run.index < questions.length - 1) return { quiz: { ...run, index: run.index + 1 } };
    const score = questions.filter((q) => isCorrect(q, run.answers[q.id])).length;
    return {
      quiz: { ...run, finished: true },
      quizResults: saveQuizResult(run.chapter, run.answers, score, questions.length),
    };
  });
}

export function retryQuiz({ set }: LessonKit) {
  set((s) => (s.quiz ? { quiz: { ...s.quiz, answers: {}, index: 0, finished: false } } : {}));
}

// --- The sandbox ---------------------------------------------------------------------------------

/** Shows the sandbox at `run`'s position; the wire animates what that move sent. */
function showSandbox({ set }: LessonKit, run: SandboxRun, before: World | null) {
  const after = sandboxWorld(run);
  set((s) => ({
    sandbox: run,
    fresh:
      before && after.exchanges.length > before.exchanges.length ? freshBetween(before, after) : [],
    transition: s.transition + 1,
  }));
  // The link stays in the address bar, so a reload (or a copy of it) opens the sandbox again.
  const { actions, cursor } = run;
  writeSandboxToUrl(run.from, cursor ? () => encodeActions(actions.slice(0, cursor)) : null);
}

/** Opens a sandbox on the step's own world, replaying `actions` (none: a fresh sandbox). */
export async function startSandbox(
  kit: LessonKit,
  stepIndex: number,
  actions: Action[],
  damaged: boolean,
) {
  const { set, get, moveTo, reveal } = kit;
  await moveTo(stepIndex);
  reveal(undefined);
  if (get().quiz) get().leaveQuiz();
  if (get().challenge) get().leaveChallenge();
  set({ busy: true, error: null });
  try {
    const s = get();
    const start = s.worlds[s.step] ?? currentWorld(s);
    const run = await replay(STEPS[s.step]!.id, start, actions, await engineApply(), damaged);
    usePrefs.getState().chooseVisitor(null);
    set((st) => ({ mode: modeAfter(st, 'open-sandbox'), hand: null, freePlay: false }));
    showSandbox(kit, run, null);
  } catch (e) {
    set({ error: errorOf(e) });
  } finally {
    set({ busy: false });
  }
}

/** Moves in the sandbox's history (undo, redo, the history list). */
export async function moveSandbox(kit: LessonKit, position: (run: SandboxRun) => number) {
  const { set, get } = kit;
  const run = get().sandbox;
  if (!run) return;
  const target = position(run);
  if (target < 0 || target > run.actions.length || target === run.cursor) return;
  set({ busy: true, error: null });
  try {
    const moved = await moveInSandbox(run, target, await engineApply());
    // Forward one action replays what it sent; going back shows the earlier world at once.
    showSandbox(kit, moved, target === run.cursor + 1 ? sandboxWorld(run) : null);
  } catch (e) {
    set({ error: errorOf(e) });
  } finally {
    set({ busy: false });
  }
}

export function resetSandbox(kit: LessonKit) {
  const run = kit.get().sandbox;
  if (!run) return;
  const start = run.snapshots[0]!;
  showSandbox(
    kit,
    { from: run.from, actions: [], cursor: 0, snapshots: [start], damagedLink: false },
    null,
  );
}

/** An action in the sandbox: applied to its world and kept in its history. */
export async function actInSandbox(kit: LessonKit, run: SandboxRun, action: Action) {
  const before = sandboxWorld(run);
  const after = await (await engineApply())(before, action);
  showSandbox(kit, recordAction(run, action, after), before);
}
