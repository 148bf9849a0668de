import { useTranslation } from '../../i18n/react';
import { TOMCAT_DEFAULTS } from '../../sim/server/session/tomcat-file';
import { DEFAULT_APP } from '../../sim/server/shop';
import { useLesson } from '../../state/lesson-store';
import { useWorld } from '../common/use-lesson-view';
import { formatDuration } from './format-duration';
import { codeComments, OptionCheckbox, StackSettings } from './settings-parts';
import { tomcatSessionCode } from './tomcat-session-code';

const TIMEOUTS = [5 * 60, 30 * 60, 60 * 60];

/** Tomcat's session settings as a form and as code: a new session follows a change. */
export function TomcatSettingsCode() {
  const { t } = useTranslation();
  const world = useWorld();
  const act = useLesson((s) => s.act);
  const s = world.server.tomcat ?? TOMCAT_DEFAULTS;
  const app = world.server.app ?? DEFAULT_APP;
  return (
    <StackSettings
      testId="tomcat-settings"
      title={t('stacks.settings.tomcatTitle')}
      note={t('stacks.settings.tomcatNote')}
    >
      <form className="options-form" onSubmit={(e) => e.preventDefault()}>
        <OptionCheckbox
          name="useHttpOnly"
          checked={s.useHttpOnly}
          onChange={(on) => void act({ type: 'set-tomcat', settings: { useHttpOnly: on } })}
        >
          {t('stacks.settings.useHttpOnly')}
        </OptionCheckbox>
        <label className="option-select">
          <span>
            <code>session-timeout</code> — {t('stacks.settings.maxInactiveInterval')}
          </span>
          <select
            value={s.maxInactiveInterval}
            onChange={(e) =>
              void act({
                type: 'set-tomcat',
                settings: { maxInactiveInterval: Number(e.target.value) },
              })
            }
          >
            {[...new Set([...TIMEOUTS, s.maxInactiveInterval])].map((sec) => (
              <option key={sec} value={sec}>
                {formatDuration(sec * 1000, t as never)}
              </option>
            ))}
          </select>
        </label>
      </form>
      <p className="settings-code-title">{t('settings.code')}</p>
      <pre>
        <code>{tomcatSessionCode(s, app.regenerateOnLogin, codeComments(t, 'javaCode'))}</code>
      </pre>
    </StackSettings>
  );
}
