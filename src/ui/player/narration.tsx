import { renderTagged, useTranslation } from '../../i18n/react';
import { useLesson } from '../../state/lesson-store';
import { glossaryTags } from '../common/glossary';
import { CHALLENGES } from '../../lessons/steps';
import { useStep } from '../common/use-lesson-view';
import { ChallengeInvite, ChallengePanel } from './challenge-panel';

/** The step's explanation. A live region, so screen readers announce each new step. */
export function Narration() {
  const { t } = useTranslation();
  const { step, index, total } = useStep();
  const freePlay = useLesson((s) => s.freePlay);
  const run = useLesson((s) => s.challenge);
  if (run) return <ChallengePanel run={run} />;
  const invites = CHALLENGES.filter((c) => c.after === step.id);
  return (
    <section className="narration" aria-labelledby="step-title" id="narration" tabIndex={-1}>
      <p className="narration-meta">
        <span className="chapter-name">{t(`chapters.${step.chapter}`)}</span>
        <span aria-hidden="true"> · </span>
        <span>{t('controls.stepOf', { n: index + 1, total })}</span>
      </p>
      <div aria-live="polite" aria-atomic="true">
        <h2 id="step-title">{t(`steps.${step.id}.title`)}</h2>
        <p className="narration-body">{renderTagged(t(`steps.${step.id}.body`), glossaryTags)}</p>
      </div>
      {freePlay && <p className="free-play">{t('controls.freePlay')}</p>}
      {invites.map((c) => (
        <ChallengeInvite key={c.id} id={c.id} />
      ))}
    </section>
  );
}
