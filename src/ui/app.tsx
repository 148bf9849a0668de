import { memo, Suspense, useEffect } from 'react';
import { useTranslation } from '../i18n/react';
import { useLesson } from '../state/lesson-store';
import { usePrefs } from '../state/prefs-store';
import { deferred } from './common/deferred';
import { HeaderBar } from './header-bar';
import { NetworkNotice } from './network-notice';
import { Narration, StepInvites } from './player/narration';
import { StepControls } from './player/step-controls';

/**
 * The three regions load after the shell (the first screen's budget), with the parts of theirs the
 * first step shows: React adopts the prerendered stage whole, with nothing left to load.
 */
export const Stage = deferred(() =>
  import('./stage').then(async (m) => {
    await m.stageParts();
    return m.Stage;
  }),
);

/**
 * Never re-drawn by the shell: while the prerendered stage waits for its code, an update from
 * above would make React give up adopting it and draw it again. (The texts reach it all the same,
 * through TextsProvider's context, as a transition: React waits for the stage's code to adopt it
 * first, so a language switch in that moment shows when the code has arrived.)
 */
const StageSlot = memo(function StageSlot() {
  return (
    <Suspense fallback={<div className="stage" />}>
      <Stage />
    </Suspense>
  );
});

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
  const { t, lang } = useTranslation();
  const presenter = usePrefs((s) => s.presenter);
  useEffect(() => {
    // Only a real change: setting it restyles every element that a :lang() rule could match.
    if (document.documentElement.lang !== lang) document.documentElement.lang = lang;
    document.title = `${t('app.title')} · ${t('app.tagline')}`;
  }, [lang, t]);
  // A speaker view (a second window) follows this one: its link loads after the first screen.
  useEffect(() => {
    let stop: (() => void) | undefined;
    let gone = false;
    void import('../state/speaker-sync').then((sync) => {
      if (!gone) stop = sync.startSpeakerSync();
    });
    return () => {
      gone = true;
      stop?.();
    };
  }, []);
  useEffect(() => {
    const page = document.documentElement.dataset;
    // The lesson's controls answer from the first commit on (`<html data-shell-live>`); the stage
    // may still wait for its code (it marks the page whole live, stage.tsx).
    page.shellLive = '';
    // Presenter mode scales the root font size, so every rem on the page grows together.
    if (page.presenter !== String(presenter)) page.presenter = String(presenter);
  }, [presenter]);
  return (
    <div className={presenter ? 'app presenter' : 'app'} data-presenter={presenter}>
      <a className="skip-link" href="#narration">
        {t('app.skip')}
      </a>
      <HeaderBar />
      <main>
        <div className="lesson-bar">
          <Narration />
          <StepControls />
          <StepInvites />
        </div>
        <RestoreNotice />
        <NetworkNotice />
        <StageSlot />
      </main>
    </div>
  );
}
