import { useTranslation } from '../../i18n/react';
import { formatTimestamp, MINUTE } from '../../sim/clock';
import { useLesson } from '../../state/lesson-store';
import { FocusMark } from '../common/focus-mark';
import { useFocus, useWorld } from '../common/use-lesson-view';

/** The simulated clock and the control that jumps it forward, so expiry takes seconds. */
export function ClockPanel() {
  const { t } = useTranslation();
  const world = useWorld();
  const act = useLesson((s) => s.act);
  const focus = useFocus('clock');
  const minutes = Math.round(world.server.options.idleTimeoutMs / MINUTE);
  return (
    <div className="clock-panel" data-focus={focus}>
      <span className="clock" role="timer" aria-label={t('clock.label')}>
        <span aria-hidden="true">🕘 </span>
        <time dateTime={new Date(world.now).toISOString()} data-testid="clock">
          {formatTimestamp(world.now)}
        </time>
      </span>
      <button type="button" onClick={() => void act({ type: 'advance-clock', ms: 5 * MINUTE })}>
        {t('clock.plus5')}
      </button>
      <button type="button" onClick={() => void act({ type: 'advance-clock', ms: 30 * MINUTE })}>
        {t('clock.plus30')}
      </button>
      <span className="muted">
        {t('clock.idleTimeout', {
          duration:
            minutes >= 1440
              ? t('settings.days', { count: minutes / 1440 })
              : t('settings.minutes', { count: minutes }),
        })}
      </span>
      <FocusMark on={focus} />
    </div>
  );
}
