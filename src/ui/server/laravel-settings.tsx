import { useTranslation } from '../../i18n/react';
import { LARAVEL_DEFAULTS } from '../../sim/server/session/laravel-file';
import { DEFAULT_APP } from '../../sim/server/shop';
import { useLesson } from '../../state/lesson-store';
import { useWorld } from '../common/use-lesson-view';
import { formatDuration } from './format-duration';
import { laravelSessionCode } from './laravel-session-code';
import { codeComments, OptionCheckbox, StackSettings } from './settings-parts';

const LIFETIMES = [5, 30, 120, 1440];
/** Never, Laravel's default, every request. */
const LOTTERIES: [number, number][] = [
  [0, 100],
  [2, 100],
  [1, 1],
];

/** config/session.php as a form and as code: the next request follows a change. */
export function LaravelSettingsCode() {
  const { t } = useTranslation();
  const world = useWorld();
  const act = useLesson((s) => s.act);
  const s = world.server.laravel ?? LARAVEL_DEFAULTS;
  const app = world.server.app ?? DEFAULT_APP;
  const lotteries = LOTTERIES.some(([a, b]) => a === s.lottery[0] && b === s.lottery[1])
    ? LOTTERIES
    : [...LOTTERIES, s.lottery];
  return (
    <StackSettings
      testId="laravel-settings"
      title={t('stacks.settings.laravelTitle')}
      note={t('stacks.settings.laravelNote')}
    >
      <form className="options-form" onSubmit={(e) => e.preventDefault()}>
        <label className="option-select">
          <span>
            <code>lifetime</code> — {t('stacks.settings.lifetime')}
          </span>
          <select
            value={s.lifetime}
            onChange={(e) =>
              void act({ type: 'set-laravel', settings: { lifetime: Number(e.target.value) } })
            }
          >
            {[...new Set([...LIFETIMES, s.lifetime])].map((min) => (
              <option key={min} value={min}>
                {formatDuration(min * 60_000, t as never)}
              </option>
            ))}
          </select>
        </label>
        <label className="option-select">
          <span>
            <code>lottery</code> — {t('stacks.settings.lottery')}
          </span>
          <select
            value={s.lottery.join('/')}
            onChange={(e) => {
              const [wins, of] = e.target.value.split('/').map(Number);
              void act({ type: 'set-laravel', settings: { lottery: [wins!, of!] } });
            }}
          >
            {lotteries.map(([wins, of]) => (
              <option key={`${wins}/${of}`} value={`${wins}/${of}`}>
                [{wins}, {of}]
              </option>
            ))}
          </select>
        </label>
        <OptionCheckbox
          name="regenerate()"
          checked={app.regenerateOnLogin}
          onChange={(on) => void act({ type: 'set-app', app: { regenerateOnLogin: on } })}
        >
          {t('stacks.settings.laravelRegenerate')}
        </OptionCheckbox>
      </form>
      <p className="settings-code-title">{t('settings.code')}</p>
      <pre>
        <code>{laravelSessionCode(s, app.regenerateOnLogin, codeComments(t, 'laravelCode'))}</code>
      </pre>
    </StackSettings>
  );
}
