/** The table of contents' chapters: each step, challenge and quiz, a real link each. */
import { useLesson } from '../../state/lesson-store';
import { useTranslation } from '../../i18n/react';
import { CHAPTERS, STEPS } from '../../lessons/steps';
import { useActivities } from '../common/use-activities';
import { useStep } from '../common/use-lesson-view';

export function ContentsChapters({ close }: { close: () => void }) {
  const { t } = useTranslation();
  const { index } = useStep();
  const solved = useLesson((s) => s.solved);
  const quizzes = useLesson((s) => s.quizResults);
  const activities = useActivities();
  const link = (id: string) => {
    const url = new URL(location.href);
    url.searchParams.set('step', id);
    return url.search;
  };
  return CHAPTERS.map((chapter) => (
    <li key={chapter}>
      <h3>{t(`chapters.${chapter}`)}</h3>
      <ol>
        {STEPS.map((s, n) =>
          s.chapter !== chapter ? null : (
            <li key={s.id} value={n + 1}>
              <a
                href={link(s.id)}
                aria-current={n === index ? 'step' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  close();
                  void useLesson.getState().goTo(n);
                }}
              >
                {t(`steps.${s.id}.title`)}
              </a>
            </li>
          ),
        )}
      </ol>
      <ul className="contents-challenges" aria-label={t('quizUi.contents')}>
        {activities?.CHALLENGES.filter((c) => c.chapter === chapter).map((c) => (
          <li key={c.id}>
            <a
              href={`?challenge=${c.id}`}
              onClick={(e) => {
                e.preventDefault();
                close();
                void useLesson.getState().startChallenge(c.id);
              }}
            >
              {t('challenge.label')}: {t(`challenges.${c.id}.title`)}
            </a>
            {solved.has(c.id) && (
              <span className="badge badge-inserted">{t('challenge.done')}</span>
            )}
          </li>
        ))}
        <li>
          <a
            href={`?quiz=${chapter}`}
            onClick={(e) => {
              e.preventDefault();
              close();
              useLesson.getState().startQuiz(chapter);
            }}
          >
            {t('quizUi.label')}: {t(`chapters.${chapter}`)}
          </a>{' '}
          <span className="badge" data-testid={`quiz-best-${chapter}`}>
            {quizzes[chapter]
              ? t('quizUi.best', {
                  score: quizzes[chapter].best,
                  total: quizzes[chapter].total,
                })
              : t('quizUi.notTaken')}
          </span>
        </li>
      </ul>
    </li>
  ));
}
