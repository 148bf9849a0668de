import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import type { TFunction } from '../../i18n/i18n';
import type { Prediction } from '../../lessons/model';
import type { Step } from '../../lessons/steps';
import { useLesson } from '../../state/lesson-store';
import { useStep } from '../common/use-lesson-view';

/**
 * Predict, then reveal: before a step plays, the student chooses what will happen; the step
 * plays on the answer (or on "Just show me"), and the narration says whether it was right and
 * why. All by keyboard: the options are a radio group, Enter checks.
 */

/** An option in words: the prediction's own, else the shared words for its kind ("401: …"). */
export function optionText(t: TFunction, p: Prediction, option: string): string {
  const own = `predictions.${p.id}.options.${option}`;
  const shared = `predictUi.${p.asks}.${option}`;
  const text = t(own);
  return text === own ? t(shared) : text;
}

/** Set on an answer, so the verdict that replaces the question takes the keyboard focus. */
let justAnswered = false;

export function PredictionPanel({ step, prediction }: { step: Step; prediction: Prediction }) {
  const { t, i18n } = useTranslation();
  const { index, total } = useStep();
  const [choice, setChoice] = useState<string | null>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const ready = i18n.exists(`predictions.${prediction.id}.prompt`);
  // A new question takes the focus, so the keyboard starts from it.
  useEffect(() => {
    if (ready) title.current?.focus();
  }, [ready, prediction.id]);
  const meta = (
    <p className="narration-meta">
      <span className="chapter-name">{t(`chapters.${step.chapter}`)}</span>
      <span aria-hidden="true"> · </span>
      <span>{t('controls.stepOf', { n: index + 1, total })}</span>
      {ready && (
        <>
          <span aria-hidden="true"> · </span>
          <span>{t('predictUi.label')}</span>
        </>
      )}
    </p>
  );
  if (!ready)
    return (
      <section className="narration prediction" id="narration" aria-busy="true">
        {meta}
      </section>
    );
  const { predict, skipPrediction } = useLesson.getState();
  return (
    <section
      className="narration quiz prediction"
      aria-labelledby="prediction-title"
      id="narration"
      tabIndex={-1}
      data-testid="prediction"
      data-prediction={prediction.id}
    >
      {meta}
      <h2 id="prediction-title" ref={title} tabIndex={-1}>
        {t(`predictions.${prediction.id}.prompt`)}
      </h2>
      <p className="quiz-help">{t('predictUi.help')}</p>
      <form
        className="quiz-form"
        aria-labelledby="prediction-title"
        onSubmit={(e) => {
          e.preventDefault();
          if (choice === null) return;
          justAnswered = true;
          predict(choice);
        }}
      >
        <fieldset className="quiz-options">
          <legend className="visually-hidden">{t('predictUi.choose')}</legend>
          {prediction.options.map((id) => (
            <label key={id} className={choice === id ? 'quiz-option chosen' : 'quiz-option'}>
              <input
                type="radio"
                name={`predict-${prediction.id}`}
                value={id}
                checked={choice === id}
                onChange={() => setChoice(id)}
              />
              <span>{optionText(t, prediction, id)}</span>
            </label>
          ))}
        </fieldset>
        <div className="challenge-actions">
          <button type="submit" className="primary" disabled={choice === null}>
            {t('predictUi.check')}
          </button>
          <button
            type="button"
            onClick={() => {
              justAnswered = true;
              skipPrediction();
            }}
          >
            {t('predictUi.skip')}
          </button>
        </div>
      </form>
    </section>
  );
}

/**
 * After the step played: the student's prediction, right or wrong in words (not colour alone),
 * what happened and why; kept, so it shows again on a later visit.
 */
export function PredictionResult({
  prediction,
  answer,
  canAskAgain,
}: {
  prediction: Prediction;
  /** The option chosen, or null when skipped. */
  answer: string | null;
  canAskAgain: boolean;
}) {
  const { t, i18n } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!justAnswered) return;
    justAnswered = false;
    box.current?.focus();
  }, []);
  if (!i18n.exists(`predictions.${prediction.id}.why`)) return null;
  const right = answer === prediction.answer;
  const verdict = answer === null ? 'skipped' : right ? 'right' : 'wrong';
  return (
    <div
      className={`prediction-result quiz-feedback ${verdict}`}
      ref={box}
      tabIndex={-1}
      data-testid="prediction-result"
      data-verdict={verdict}
    >
      <p>
        <strong className="quiz-verdict">
          {answer !== null && <span aria-hidden="true">{right ? '✓ ' : '✗ '}</span>}
          {t(answer === null ? 'predictUi.skipped' : right ? 'predictUi.right' : 'predictUi.wrong')}
        </strong>{' '}
        {answer !== null && t('predictUi.youChose', { answer: optionText(t, prediction, answer) })}
      </p>
      {!right && (
        <p>
          <strong>
            {t('predictUi.actual', { answer: optionText(t, prediction, prediction.answer) })}
          </strong>
        </p>
      )}
      <p>{t(`predictions.${prediction.id}.why`)}</p>
      {canAskAgain && (
        <button type="button" onClick={() => useLesson.getState().predictAgain()}>
          {t('predictUi.again')}
        </button>
      )}
    </div>
  );
}
