import { useEffect, useRef } from 'react';
import { useTranslation } from '../../i18n/react';
import { challengeById } from '../../lessons/activities';
import { useLesson, type ChallengeRun } from '../../state/lesson-store';

/**
 * A challenge in place of the narration: the goal, hints one at a time, "Show me", and a clear
 * moment when the simulator sees the goal reached. The student acts through the same screen.
 */
export function ChallengePanel({ run }: { run: ChallengeRun }) {
  const { t } = useTranslation();
  const challenge = challengeById(run.id)!;
  const { showHint, showSolution, retryChallenge, leaveChallenge } = useLesson.getState();
  const success = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (run.solved) success.current?.focus();
  }, [run.solved]);
  const key = (part: string) => `challenges.${run.id}.${part}`;
  return (
    <section
      className="narration challenge"
      aria-labelledby="challenge-title"
      id="narration"
      tabIndex={-1}
      data-testid="challenge"
      data-solved={run.solved}
    >
      <p className="narration-meta">
        <span className="chapter-name">{t(`chapters.${challenge.chapter}`)}</span>
        <span aria-hidden="true"> · </span>
        <span>{t('challenge.label')}</span>
      </p>
      <h2 id="challenge-title">{t(key('title'))}</h2>
      <p className="narration-body">
        <strong>{t('challenge.goal')}: </strong>
        {t(key('goal'))}
      </p>
      {run.hintsShown > 0 && (
        <ol className="hints" aria-label={t('challenge.hint')}>
          {Array.from({ length: run.hintsShown }, (_, i) => (
            <li key={i}>{t(key(`hints.${i}`))}</li>
          ))}
        </ol>
      )}
      <div role="status" aria-live="polite">
        {run.nudge && !run.solved && <p className="nudge">{t(key(`nudges.${run.nudge}`))}</p>}
      </div>
      {run.solved && (
        <div className="solved" ref={success} tabIndex={-1} role="status" data-testid="solved">
          <p className="solved-title">✓ {t('challenge.solvedTitle')}</p>
          <p>{t(key('solved'))}</p>
        </div>
      )}
      <div className="challenge-actions">
        {!run.solved && (
          <button
            type="button"
            onClick={showHint}
            data-testid="hint"
            disabled={run.hintsShown >= challenge.hints}
            title={run.hintsShown >= challenge.hints ? t('challenge.noMoreHints') : undefined}
          >
            {t(run.hintsShown === 0 ? 'challenge.hint' : 'challenge.nextHint')}
          </button>
        )}
        {!run.solved && (
          <button type="button" onClick={() => void showSolution()} disabled={run.shown}>
            {run.shown ? t('challenge.playing') : t('challenge.showMe')}
          </button>
        )}
        <button type="button" onClick={retryChallenge}>
          {t('challenge.again')}
        </button>
        <button type="button" className="primary" onClick={leaveChallenge}>
          {t('challenge.back')}
        </button>
      </div>
    </section>
  );
}
