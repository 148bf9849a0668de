import { useTranslation } from '../../i18n/react';
import { PHP_DEFAULTS, type PhpSettings } from '../../sim/server/session/php-file';
import { DEFAULT_APP } from '../../sim/server/shop';
import { useLesson } from '../../state/lesson-store';
import { useWorld } from '../common/use-lesson-view';
import { phpSessionCode } from './php-session-code';
import { codeComments, OptionCheckbox, StackSettings } from './settings-parts';

/** php.ini's session settings as a form and as code: change one and the next request obeys it. */
export function PhpSettingsCode() {
  const { t } = useTranslation();
  const world = useWorld();
  const act = useLesson((s) => s.act);
  const ini = world.server.php ?? PHP_DEFAULTS;
  const app = world.server.app ?? DEFAULT_APP;
  const toggle = (key: 'useStrictMode' | 'cookieHttponly', name: string) => (
    <OptionCheckbox
      name={name}
      checked={ini[key]}
      onChange={(on) => void act({ type: 'set-php', settings: { [key]: on } })}
    >
      {t(`stacks.settings.${key}`)}
    </OptionCheckbox>
  );
  return (
    <StackSettings
      testId="php-settings"
      title={t('stacks.settings.phpTitle')}
      note={t('stacks.settings.phpNote')}
    >
      <form className="options-form" onSubmit={(e) => e.preventDefault()}>
        {toggle('useStrictMode', 'session.use_strict_mode')}
        {toggle('cookieHttponly', 'session.cookie_httponly')}
      </form>
      <p className="settings-code-title">{t('settings.code')}</p>
      <pre>
        <code>
          {phpSessionCode(ini as PhpSettings, app.regenerateOnLogin, codeComments(t, 'phpCode'))}
        </code>
      </pre>
    </StackSettings>
  );
}
