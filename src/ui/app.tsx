import { LazyMotion } from 'motion/react';
import { useEffect } from 'react';
import { useTranslation } from '../i18n/react';
import { useLesson } from '../state/lesson-store';
import { usePrefs } from '../state/prefs-store';
import { BrowserRegion } from './browser/browser-region';
import { useCamera } from './common/camera';
import { HeaderBar } from './header-bar';
import { NetworkNotice } from './network-notice';
import { Narration } from './player/narration';
import { StepControls } from './player/step-controls';
import { ServerRegion } from './server/server-region';
import { WireRegion } from './wire/wire-region';

const motionFeatures = () => import('./motion-features').then((m) => m.default);

/** Says that the saved place could not be restored (the step started afresh). */
function RestoreNotice() {
  const { t } = useTranslation();
  const failed = useLesson((s) => s.restoreFailed);
  if (!failed) return null;
  return (
    <p className="notice" role="status" style={{ background: 'var(--warn-bg)' }}>
      {t('recovery.restoreFailed')}{' '}
      <button
        type="button"
        className="link"
        onClick={() => useLesson.setState({ restoreFailed: false })}
      >
        {t('recovery.dismiss')}
      </button>
    </p>
  );
}

export function App() {
  const { t, i18n } = useTranslation();
  const presenter = usePrefs((s) => s.presenter);
  useCamera();
  useEffect(() => {
    document.documentElement.lang = i18n.resolvedLanguage ?? 'en';
    document.title = `${t('app.title')} · ${t('app.tagline')}`;
  }, [i18n.resolvedLanguage, t]);
  // Presenter mode scales the root font size, so every rem on the page grows together.
  useEffect(() => {
    document.documentElement.dataset.presenter = String(presenter);
  }, [presenter]);
  return (
    <LazyMotion features={motionFeatures} strict>
      <div className={presenter ? 'app presenter' : 'app'} data-presenter={presenter}>
        <a className="skip-link" href="#narration">
          {t('app.skip')}
        </a>
        <HeaderBar />
        <main>
          <div className="lesson-bar">
            <Narration />
            <StepControls />
          </div>
          <RestoreNotice />
          <NetworkNotice />
          <div className="stage">
            <BrowserRegion />
            <WireRegion />
            <ServerRegion />
          </div>
        </main>
      </div>
    </LazyMotion>
  );
}
