import { useEffect } from 'react';
import { useTranslation } from '../../i18n/react';
import { useLesson } from '../../state/lesson-store';
import { SPEEDS, usePrefs, type Speed } from '../../state/prefs-store';
import { useBeat, useStep } from '../common/use-lesson-view';
import { Icon } from '../common/icon';
import { ariaKeys, command } from '../commands';

/** Reading time for a step at 1×: long narration gets longer. */
const dwellMs = (text: string) => Math.min(14_000, Math.max(5_000, text.length * 45));

function useAutoplay(body: string) {
  const playing = usePrefs((s) => s.playing);
  const speed = usePrefs((s) => s.speed);
  const setPlaying = usePrefs((s) => s.setPlaying);
  const { index, total } = useStep();
  const { beat, more } = useBeat();
  const busy = useLesson((s) => s.busy);
  // An open prediction waits for the class's answer (or Next).
  const held = useLesson((s) => s.held !== null);
  // Only the guided lesson plays itself: a challenge or the sandbox waits for the student.
  const guided = useLesson((s) => s.mode === 'guided');
  useEffect(() => {
    if (!playing || busy || held || !guided) return;
    if (index >= total - 1 && !more) {
      setPlaying(false);
      return;
    }
    // A beat is one request of the step: a shorter wait than a whole step's reading.
    const wait = more ? dwellMs(body) / 2 : dwellMs(body);
    const timer = setTimeout(() => void useLesson.getState().next(), wait / speed);
    return () => clearTimeout(timer);
  }, [playing, busy, held, guided, index, total, speed, body, setPlaying, beat, more]);
}

export function StepControls() {
  const { t } = useTranslation();
  const { index, total, step } = useStep();
  const { beat, more } = useBeat();
  const playing = usePrefs((s) => s.playing);
  const speed = usePrefs((s) => s.speed);
  const setSpeed = usePrefs((s) => s.setSpeed);
  const predict = usePrefs((s) => s.predict);
  const sandbox = useLesson((s) => s.mode === 'sandbox');
  useAutoplay(t(`steps.${step.id}.body`));
  // The sandbox has its own bar (undo, redo, its history): the lesson waits at its step.
  if (sandbox) return null;
  return (
    <nav className="step-controls" aria-label={t('controls.stepOf', { n: index + 1, total })}>
      <button
        type="button"
        onClick={command('prev').run}
        aria-keyshortcuts={ariaKeys('prev')}
        disabled={index === 0 && !beat}
      >
        <span aria-hidden="true">← </span>
        <span className="control-label">{t('controls.prev')}</span>
      </button>
      <progress
        max={total}
        value={index + 1}
        aria-label={t('controls.stepOf', { n: index + 1, total })}
      />
      <button
        type="button"
        className="primary"
        onClick={command('next').run}
        aria-keyshortcuts={ariaKeys('next')}
        disabled={index >= total - 1 && !more}
        data-testid="next"
      >
        {t('controls.next')}
        <span aria-hidden="true"> →</span>
      </button>
      <button
        type="button"
        aria-pressed={playing}
        onClick={command('play').run}
        aria-keyshortcuts={ariaKeys('play')}
        disabled={!playing && index >= total - 1}
      >
        <Icon name={playing ? 'pause' : 'play'} />
        <span className="control-label">{playing ? t('controls.pause') : t('controls.play')}</span>
      </button>
      <button
        type="button"
        aria-pressed={predict}
        onClick={() => {
          usePrefs.getState().setPredict(!predict);
          // Turned off mid-question: the step plays, and nothing is remembered.
          if (predict) useLesson.getState().showHeld();
        }}
        data-testid="predict-toggle"
      >
        <Icon name="question" />
        <span className="control-label">{t('controls.predict')}</span>
      </button>
      <label className="speed">
        <span className="control-label">{t('controls.speed')}</span>
        <select value={speed} onChange={(e) => setSpeed(Number(e.target.value) as Speed)}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
    </nav>
  );
}
