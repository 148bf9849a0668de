import {
  lazy,
  startTransition,
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { renderTagged, useTranslation } from '../../i18n/react';
import { useLesson } from '../../state/lesson-store';
import { nextTask } from '../../state/scheduling';
import { usePrefs } from '../../state/prefs-store';
import { glossaryTags } from '../common/glossary';
import { STEPS, type ChapterId } from '../../lessons/steps';
import { beatLineKey } from '../../lessons/model';
import { deferred } from '../common/deferred';
import { useActivities } from '../common/use-activities';
import { useBeat, useStep, useWorld } from '../common/use-lesson-view';
import { visitorName } from '../common/visitor-name';

// The quiz loads when a student opens it, not with the first screen.
const QuizPanel = lazy(() => import('./quiz-panel').then((m) => ({ default: m.QuizPanel })));
// …and predictions once a step is about to ask one (preloaded, so the narration never blinks:
// neither the question nor, once answered, the verdict).
const predictions = () => import('./prediction-panel');
const PredictionPanel = deferred(() => predictions().then((m) => m.PredictionPanel));
const PredictionResult = deferred(() => predictions().then((m) => m.PredictionResult));
const preloadPredictions = () =>
  Promise.all([PredictionPanel.preload(), PredictionResult.preload()]).catch(() => {
    // Offline: the step that asks loads them again, and says so if it cannot.
  });
// …and a challenge or the sandbox when the student opens one.
const ChallengePanel = lazy(() =>
  import('./challenge-panel').then((m) => ({ default: m.ChallengePanel })),
);
const SandboxPanel = deferred(() => import('./sandbox-panel').then((m) => m.SandboxPanel));
/** A sandbox link opens the page on the sandbox: its panel is loaded before the page is drawn. */
export const preloadSandboxPanel = () => SandboxPanel.preload();

/** The step's explanation. A live region, so screen readers announce each new step. */
export function Narration() {
  const { t } = useTranslation();
  const { step, index, total } = useStep();
  const freePlay = useLesson((s) => s.freePlay);
  const run = useLesson((s) => s.challenge);
  const quiz = useLesson((s) => s.quiz);
  const sandbox = useLesson((s) => s.sandbox);
  const held = useLesson((s) => s.held !== null);
  const asking = usePrefs((s) => s.predict);
  const prediction = step.predict;
  const answer = useLesson((s) => (prediction ? s.predictions[prediction.id] : undefined));
  const canAskAgain = useLesson((s) => !s.hand && s.worlds[index - 1] != null);
  const { beat, beats } = useBeat();
  // The text's box: a callback ref, as the narration draws it afresh after a prediction, a quiz, a
  // challenge or the sandbox on the same step, and what watches it must follow.
  // Set as a transition: an update made while React commits is otherwise drawn at once, in the
  // same task, with every effect still waiting (adopting the first screen was one long task).
  const [text, setText] = useState<HTMLDivElement | null>(null);
  const followText = useCallback(
    (element: HTMLDivElement | null) => startTransition(() => setText(element)),
    [],
  );
  // The next step asks a prediction: its panel's code is fetched at once, in a task of its own,
  // while this one is read (a Next clicked the moment the page answers waited for it otherwise).
  const predictsNext = asking && STEPS[index + 1]?.predict !== undefined;
  useEffect(() => {
    if (predictsNext) void nextTask().then(preloadPredictions);
  }, [predictsNext]);
  // A narration longer than the step bar scrolls inside it, under the title; a new step starts at
  // its top. Only when the student scrolled it: setting scrollTop lays the whole page out in the
  // middle of the step's commit. (The line of the request on show stays under it, out of the
  // scroll.)
  const scrolled = useRef(false);
  useLayoutEffect(() => {
    if (text && scrolled.current) text.scrollTo({ top: 0, behavior: 'instant' });
    scrolled.current = false;
  }, [text, index]);
  // Text that scrolls can be scrolled from the keyboard too: it takes a tab stop while it does;
  // while it has more below, a "more" arrow shows under it (`data-more`, CSS). Measured
  // by the observer, which reports every size as it starts: after the frame's own layout, before
  // its paint (measuring in the commit forced a layout of its own; a state would show a frame late).
  useLayoutEffect(() => {
    if (!text) return;
    const check = () => {
      const scrolls = text.scrollHeight > text.clientHeight + 1;
      if (scrolls) text.tabIndex = 0;
      else text.removeAttribute('tabindex');
      // Room for the arrow under a text that scrolls, kept to its end: the page does not move.
      if (scrolls !== text.parentElement?.hasAttribute('data-scrolls'))
        text.parentElement?.toggleAttribute('data-scrolls', scrolls);
      scrolled.current = text.scrollTop > 0;
      const more = text.scrollTop + text.clientHeight < text.scrollHeight - 2;
      if (more !== text.parentElement?.hasAttribute('data-more'))
        text.parentElement?.toggleAttribute('data-more', more);
    };
    const watch = new ResizeObserver(check);
    watch.observe(text);
    for (const child of text.children) watch.observe(child);
    text.addEventListener('scroll', check, { passive: true });
    return () => {
      watch.disconnect();
      text.removeEventListener('scroll', check);
    };
  }, [text, index, beat]);
  if (run)
    return (
      <Suspense fallback={<section className="narration" id="narration" aria-busy="true" />}>
        <ChallengePanel run={run} />
      </Suspense>
    );
  if (sandbox)
    return (
      <Suspense fallback={<section className="narration" id="narration" aria-busy="true" />}>
        <SandboxPanel run={sandbox} />
      </Suspense>
    );
  if (quiz)
    return (
      <Suspense fallback={<section className="narration quiz" id="narration" aria-busy="true" />}>
        <QuizPanel run={quiz} />
      </Suspense>
    );
  if (held && prediction)
    return (
      <Suspense fallback={<section className="narration" id="narration" aria-busy="true" />}>
        <PredictionPanel key={prediction.id} step={step} prediction={prediction} />
      </Suspense>
    );
  return (
    <section className="narration" aria-labelledby="step-title" id="narration" tabIndex={-1}>
      <p className="narration-meta">
        <span className="chapter-name meta-part">{t(`chapters.${step.chapter}`)}</span>
        <span aria-hidden="true"> · </span>
        <span className="meta-part">{t('controls.stepOf', { n: index + 1, total })}</span>
        {beat !== null && (
          <span data-testid="beat-of">
            <span aria-hidden="true"> · </span>
            <span className="meta-part">{t('controls.beatOf', { n: beat + 1, total: beats })}</span>
          </span>
        )}
      </p>
      <div aria-live="polite" aria-atomic="true">
        <h2 id="step-title">{t(`steps.${step.id}.title`)}</h2>
        <div className="narration-scroll">
          <div className="narration-text" ref={followText}>
            {prediction && asking && answer !== undefined && (
              <Suspense fallback={null}>
                <PredictionResult
                  prediction={prediction}
                  answer={answer}
                  canAskAgain={canAskAgain && !freePlay}
                />
              </Suspense>
            )}
            <p className="narration-body">
              {renderTagged(t(`steps.${step.id}.body`), glossaryTags)}
            </p>
          </div>
          {/* For the mouse: the keyboard scrolls the text itself (it takes a tab stop), and a
              screen reader reads it whole; hidden from both, so it is never announced. */}
          <button
            type="button"
            className="more-text"
            aria-hidden="true"
            tabIndex={-1}
            title={t('controls.moreText')}
            onClick={() => text?.scrollBy({ top: text.clientHeight * 0.8, behavior: 'smooth' })}
          >
            {t('controls.moreText')} ↓
          </button>
        </div>
        {beat !== null && <BeatLine stepId={step.id} beat={beat} />}
      </div>
      {freePlay && (
        <p className="free-play">
          {t('controls.freePlay')}{' '}
          <button
            type="button"
            className="link"
            onClick={() => useLesson.getState().returnToStep()}
            data-testid="return-to-step"
          >
            {t('controls.returnToStep')}
          </button>
        </p>
      )}
    </section>
  );
}

/**
 * What the student can do from this step (its challenges, the chapter's quiz at its end): beside
 * the step controls, so the step bar stays low.
 */
export function StepInvites() {
  const { step, index } = useStep();
  const activities = useActivities();
  const guided = useLesson(
    (s) => s.challenge === null && s.sandbox === null && s.quiz === null && s.held === null,
  );
  if (!guided) return null;
  const invites = activities?.CHALLENGES.filter((c) => c.after === step.id) ?? [];
  const lastOfChapter = STEPS[index + 1]?.chapter !== step.chapter;
  if (invites.length === 0 && !lastOfChapter) return null;
  return (
    <div className="step-invites">
      {invites.map((c) => (
        <ChallengeInvite key={c.id} id={c.id} />
      ))}
      {lastOfChapter && <QuizInvite chapter={step.chapter} />}
    </div>
  );
}

/**
 * The beat's own narration: what this request shows (written per beat, `steps.<id>.beat<n>`), and
 * the request itself in one line, as the wire and DevTools show it.
 */
function BeatLine({ stepId, beat }: { stepId: string; beat: number }) {
  const { t } = useTranslation();
  const world = useWorld();
  const exchange = world.exchanges.at(-1);
  const visitor = world.visitors.find((v) => v.id === exchange?.visitorId);
  if (!exchange) return null;
  return (
    <div className="beat">
      <p className="beat-line" data-testid="beat-line">
        {t(beatLineKey(stepId, beat))}
      </p>
      <p className="beat-request" data-testid="beat-request">
        {t('controls.beatRequest', {
          browser: visitor ? visitorName(visitor, world.visitors) : exchange.visitorId,
          method: exchange.request.method,
          path: new URL(exchange.request.url).pathname,
          status: exchange.response.status,
        })}
      </p>
    </div>
  );
}

/** Offered at a chapter's last step, with the best score so far. */
export function QuizInvite({ chapter }: { chapter: ChapterId }) {
  const { t } = useTranslation();
  const result = useLesson((s) => s.quizResults[chapter]);
  return (
    <p className="challenge-invite">
      <button
        type="button"
        onClick={() => useLesson.getState().startQuiz(chapter)}
        data-testid="start-quiz"
      >
        {t('quizUi.start')}
        {result && ` (${t('quizUi.best', { score: result.best, total: result.total })})`}
      </button>
    </p>
  );
}

/** Offered at the step a challenge starts from. */
export function ChallengeInvite({ id }: { id: string }) {
  const { t } = useTranslation();
  const solved = useLesson((s) => s.solved.has(id));
  return (
    <p className="challenge-invite">
      <button
        type="button"
        onClick={() => void useLesson.getState().startChallenge(id)}
        data-testid="start-challenge"
        data-challenge={id}
      >
        {t('challenge.start')}: {t(`challenges.${id}.title`)}
        {solved && ` ✓`}
      </button>
    </p>
  );
}
