import { useTranslation } from '../../i18n/react';
import { FLASK_DEFAULTS, type FlaskSettings } from '../../sim/server/session/flask-file';
import { useLesson } from '../../state/lesson-store';
import { useWorld } from '../common/use-lesson-view';
import { flaskSessionCode } from './flask-session-code';
import { codeComments, OptionCheckbox, StackSettings } from './settings-parts';

/** The Flask app's session settings as a form and as code: the next request obeys a change. */
export function FlaskSettingsCode() {
  const { t } = useTranslation();
  const world = useWorld();
  const act = useLesson((s) => s.act);
  const s = world.server.flask ?? FLASK_DEFAULTS;
  const set = (settings: Partial<FlaskSettings>) => void act({ type: 'set-flask', settings });
  return (
    <StackSettings
      testId="flask-settings"
      title={t('stacks.settings.flaskTitle')}
      note={t('stacks.settings.flaskNote')}
    >
      <form className="options-form" onSubmit={(e) => e.preventDefault()}>
        <label className="option-select">
          <span>
            <code>SESSION_TYPE</code> — {t('stacks.settings.sessionType')}
          </span>
          <select
            value={s.sessionType}
            onChange={(e) => set({ sessionType: e.target.value as FlaskSettings['sessionType'] })}
          >
            <option value="cookie">{t('stacks.settings.sessionTypeCookie')}</option>
            <option value="filesystem">{t('stacks.settings.sessionTypeFilesystem')}</option>
          </select>
        </label>
        <OptionCheckbox
          name="session.permanent"
          checked={s.permanentOnLogin}
          onChange={(on) => set({ permanentOnLogin: on })}
        >
          {t('stacks.settings.permanentOnLogin')}
        </OptionCheckbox>
        {s.sessionType === 'filesystem' && (
          <>
            <OptionCheckbox
              name="SESSION_PERMANENT"
              checked={s.sessionPermanent}
              onChange={(on) => set({ sessionPermanent: on })}
            >
              {t('stacks.settings.sessionPermanent')}
            </OptionCheckbox>
            <OptionCheckbox
              name="SESSION_USE_SIGNER"
              checked={s.useSigner}
              onChange={(on) => set({ useSigner: on })}
            >
              {t('stacks.settings.useSigner')}
            </OptionCheckbox>
          </>
        )}
      </form>
      <p className="settings-code-title">{t('settings.code')}</p>
      <pre>
        <code>{flaskSessionCode(s, codeComments(t, 'pyCode'))}</code>
      </pre>
    </StackSettings>
  );
}
