import { useRef, useState } from 'react';
import { useTranslation } from '../i18n/react';
import { changeLanguage, LANGUAGES } from '../i18n/i18n';
import { useLesson } from '../state/lesson-store';
import { usePrefs, type MotionPreference } from '../state/prefs-store';
import { writeLanguageToUrl } from '../state/url';
import { Contents } from './player/contents';
import { Shortcuts } from './player/shortcuts';
import { ariaKeys, command } from './commands';
import { Icon } from './common/icon';
import { LANGUAGE_NAMES, LanguageName } from './common/language-name';

export function HeaderBar() {
  // The language the texts on show are in (during a switch, the old one until the new one shows).
  const { t, i18n, lang } = useTranslation();
  const presenter = usePrefs((s) => s.presenter);
  const mode = useLesson((s) => s.mode);
  const motion = usePrefs((s) => s.motion);
  const setMotion = usePrefs((s) => s.setMotion);
  const restart = useLesson((s) => s.restart);
  const about = useRef<HTMLDialogElement>(null);
  // The server stacks' words load after the first paint: asked for only once About opens, so
  // the prerendered page and the first render in the browser agree.
  const [aboutOpened, setAboutOpened] = useState(false);
  return (
    <header className="app-header">
      <div className="brand">
        <h1>
          <Icon name="book" />
          {t('app.title')}
        </h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      {/* On a phone the toolbar folds behind this button (styles.css), so that the step and its
          part fit the first screen; elsewhere the button is hidden and the toolbar shows. */}
      <button type="button" className="menu-toggle" popoverTarget="toolbar">
        <Icon name="menu" />
        {t('controls.menu')}
      </button>
      <div className="toolbar" id="toolbar" popover="auto">
        <Contents />
        <div role="group" aria-label={t('modes.label')} className="mode-switch">
          <button
            type="button"
            aria-pressed={mode !== 'sandbox'}
            onClick={() => {
              // Back to the guided lesson, at the step, from the sandbox or a challenge.
              const lesson = useLesson.getState();
              if (lesson.sandbox) lesson.leaveSandbox();
              else if (lesson.challenge) lesson.leaveChallenge();
            }}
            data-testid="mode-lesson"
          >
            <Icon name="book" />
            {t(mode === 'challenge' ? 'modes.challenge' : 'modes.guided')}
          </button>
          <button
            type="button"
            aria-pressed={mode === 'sandbox'}
            onClick={() => void (mode !== 'sandbox' && useLesson.getState().openSandbox())}
            aria-keyshortcuts={ariaKeys('sandbox')}
            data-testid="mode-sandbox"
          >
            <Icon name="sandbox" />
            {t('modes.sandbox')}
          </button>
        </div>
        <div role="group" aria-label={t('controls.language')} className="lang-switch">
          {LANGUAGES.map((l) => (
            <button
              key={l}
              type="button"
              lang={l}
              aria-label={LANGUAGE_NAMES[l]}
              aria-pressed={lang === l}
              onClick={() => {
                void changeLanguage(l).then(() => writeLanguageToUrl(l));
              }}
            >
              <LanguageName language={l} />
            </button>
          ))}
        </div>
        <label className="motion-select">
          <span>{t('controls.motion')}</span>
          <select value={motion} onChange={(e) => setMotion(e.target.value as MotionPreference)}>
            <option value="system">{t('controls.motionSystem')}</option>
            <option value="reduce">{t('controls.motionReduce')}</option>
            <option value="full">{t('controls.motionFull')}</option>
          </select>
        </label>
        <button
          type="button"
          aria-pressed={presenter}
          onClick={command('presenter').run}
          aria-keyshortcuts={ariaKeys('presenter')}
        >
          <Icon name="presenter" />
          {t('controls.presenter')}
        </button>
        <button
          type="button"
          onClick={command('speaker').run}
          aria-keyshortcuts={ariaKeys('speaker')}
          data-testid="open-speaker-view"
        >
          <Icon name="file" />
          {t('controls.speakerView')}
        </button>
        <button
          type="button"
          onClick={command('fullscreen').run}
          aria-keyshortcuts={ariaKeys('fullscreen')}
          className="hide-presenter-small"
        >
          <Icon name="fullscreen" />
          {t('controls.fullscreen')}
        </button>
        <Shortcuts />
        <button
          type="button"
          onClick={() => {
            setAboutOpened(true);
            about.current?.showModal();
          }}
        >
          <Icon name="info" />
          {t('app.about')}
        </button>
        <button type="button" onClick={() => void restart()}>
          <Icon name="restart" />
          {t('controls.restart')}
        </button>
      </div>
      <dialog ref={about} aria-labelledby="about-title" className="about">
        <h2 id="about-title">{t('app.about')}</h2>
        <p>{t('app.aboutBody')}</p>
        {aboutOpened && i18n.exists('stacks.about') && <p>{t('stacks.about')}</p>}
        {aboutOpened && i18n.exists('stacks.aboutFlask') && <p>{t('stacks.aboutFlask')}</p>}
        {aboutOpened && i18n.exists('stacks.aboutLaravel') && <p>{t('stacks.aboutLaravel')}</p>}
        {aboutOpened && i18n.exists('cookieStore.about') && <p>{t('cookieStore.about')}</p>}
        {aboutOpened && i18n.exists('crossSite.about') && <p>{t('crossSite.about')}</p>}
        {aboutOpened && i18n.exists('xss.aboutDialog') && <p>{t('xss.aboutDialog')}</p>}
        <form method="dialog">
          <button type="submit">{t('app.close')}</button>
        </form>
      </dialog>
    </header>
  );
}
