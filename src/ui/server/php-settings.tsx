import { useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { PHP_DEFAULTS, type PhpSettings } from '../../sim/server/session/php-file';
import { DEFAULT_APP } from '../../sim/server/shop';
import { useLesson } from '../../state/lesson-store';
import { useWorld } from '../common/use-lesson-view';
import { phpSessionCode } from './php-session-code';

/** php.ini's session settings as a form and as code: change one and the next request obeys it. */
export function PhpSettingsCode() {
  const { t } = useTranslation();
  const world = useWorld();
  const act = useLesson((s) => s.act);
  const [open, setOpen] = useState(false);
  const ini = world.server.php ?? PHP_DEFAULTS;
  const app = world.server.app ?? DEFAULT_APP;
  const toggle = (key: 'useStrictMode' | 'cookieHttponly', name: string) => (
    <label className="option">
      <input
        type="checkbox"
        checked={ini[key]}
        onChange={(e) => void act({ type: 'set-php', settings: { [key]: e.target.checked } })}
      />
      <span>
        <code>{name}</code> — {t(`stacks.settings.${key}`)}
      </span>
    </label>
  );
  const comment = (key: string, vars?: Record<string, string | number>) =>
    (t as (k: string, v?: Record<string, string | number>) => string)(
      `stacks.settings.phpCode.${key}`,
      vars,
    );
  return (
    <details
      className="settings-code"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      data-testid="php-settings"
    >
      <summary>{t('stacks.settings.phpTitle')}</summary>
      <p className="hint">{t('stacks.settings.phpNote')}</p>
      <form className="options-form" onSubmit={(e) => e.preventDefault()}>
        {toggle('useStrictMode', 'session.use_strict_mode')}
        {toggle('cookieHttponly', 'session.cookie_httponly')}
      </form>
      <p className="settings-code-title">{t('settings.code')}</p>
      <pre>
        <code>{phpSessionCode(ini as PhpSettings, app.regenerateOnLogin, comment)}</code>
      </pre>
    </details>
  );
}
