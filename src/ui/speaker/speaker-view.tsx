/**
 * The speaker view (`?view=speaker`): the instructor's own window beside the projected lesson.
 * It shows what to say at this step, the next step, and the time since the talk began; its
 * Previous and Next move the lesson window, and the lesson window's steps move it.
 */
import { StrictMode, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { addTexts, changeLanguage, i18n, LANGUAGES, type Language } from '../../i18n/i18n';
import { TextsProvider, useTranslation } from '../../i18n/react';
import { STEPS, stepIndexById } from '../../lessons/steps';
import { beatLineKey } from '../../lessons/model';
import { connectSpeaker, type LessonPosition } from '../../state/speaker-sync';
import { writeLanguageToUrl } from '../../state/url';
import { LANGUAGE_NAMES, LanguageName } from '../common/language-name';

// The notes are data, fetched as JSON: only an instructor's window ever asks for them.
import speakerEnUrl from '../../i18n/speaker-en.json?url&no-inline';
import speakerKoUrl from '../../i18n/speaker-ko.json?url&no-inline';

const SPEAKER_TEXTS: Record<Language, string> = { en: speakerEnUrl, ko: speakerKoUrl };

/** Adds the speaker view's texts (labels and notes) to a language. */
async function loadSpeakerTexts(lang: Language): Promise<void> {
  const response = await fetch(SPEAKER_TEXTS[lang]);
  addTexts(lang, (await response.json()) as object);
}
const STARTED_KEY = 'session-guestbook.talk-started';
const INTERACTIVE = 'button, a, input, select, textarea, summary';

/** When the talk began, kept in this browser so a reload of either window keeps counting. */
function talkStartedAt(): number {
  try {
    const saved = Number(localStorage.getItem(STARTED_KEY));
    if (saved > 0 && saved <= Date.now()) return saved;
  } catch {
    /* storage off: counts from now */
  }
  return restartTalk();
}

function restartTalk(): number {
  const now = Date.now();
  try {
    localStorage.setItem(STARTED_KEY, String(now));
  } catch {
    /* not remembered */
  }
  return now;
}

/** 0:05, 12:34, 1:02:03. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** A step's narration without its glossary tags, first sentence only: the next step's preview. */
export function previewOf(body: string): string {
  const plain = body.replace(/<\/?[a-z0-9]+>/g, '');
  const end = plain.search(/[.!?。](\s|$)/);
  return end >= 0 ? plain.slice(0, end + 1) : plain;
}

function Timer() {
  const { t } = useTranslation();
  const [startedAt, setStartedAt] = useState(talkStartedAt);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <div className="speaker-timer">
      <span>{t('speaker.timer')}</span>
      <span role="timer" data-testid="speaker-timer" className="speaker-elapsed">
        {formatElapsed(now - startedAt)}
      </span>
      <button
        type="button"
        onClick={() => {
          setStartedAt(restartTalk());
          setNow(Date.now());
        }}
      >
        {t('speaker.reset')}
      </button>
    </div>
  );
}

export function SpeakerView() {
  const { t, lang, i18n } = useTranslation();
  const [position, setPosition] = useState<LessonPosition | null>(null);
  const link = useRef<ReturnType<typeof connectSpeaker> | null>(null);
  useEffect(() => {
    const connection = connectSpeaker(setPosition);
    link.current = connection;
    return () => connection.close();
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t('speaker.title')} · ${t('app.title')}`;
  }, [lang, t]);
  // Keys as in the lesson window, and a presenter's clicker (Page Down / Page Up).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      const target = e.target instanceof Element ? e.target : null;
      const move = (fn: () => void) => {
        e.preventDefault();
        fn();
      };
      if (e.key === 'ArrowRight' || e.key === 'PageDown') move(() => link.current?.next());
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') move(() => link.current?.prev());
      else if (e.key === ' ' && !target?.closest(INTERACTIVE)) move(() => link.current?.next());
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);

  const index = position ? stepIndexById(position.step) : -1;
  const step = STEPS[index];
  const next = STEPS[index + 1];
  const beat = position?.beat ?? null;
  const beats = position?.beats ?? 1;
  // Next walks the step's requests first, then moves on.
  const moreBeats = beat !== null && beat < beats - 1;
  return (
    <div className="speaker-view">
      <header className="speaker-header">
        <h1>{t('speaker.title')}</h1>
        <Timer />
        <div role="group" aria-label={t('controls.language')} className="lang-switch">
          {LANGUAGES.map((l) => (
            <button
              key={l}
              type="button"
              lang={l}
              aria-label={LANGUAGE_NAMES[l]}
              aria-pressed={lang === l}
              onClick={() => {
                void changeLanguage(l)
                  .then(() => loadSpeakerTexts(l))
                  .then(() => writeLanguageToUrl(l));
              }}
            >
              <LanguageName language={l} />
            </button>
          ))}
        </div>
      </header>
      <main>
        <p className="speaker-status" role="status">
          {step ? t('speaker.connected') : t('speaker.waiting')}
        </p>
        {step && (
          <>
            <section className="speaker-now" aria-labelledby="speaker-step-title">
              <p className="narration-meta">
                <span className="chapter-name">{t(`chapters.${step.chapter}`)}</span>
                <span aria-hidden="true"> · </span>
                <span>{t('controls.stepOf', { n: index + 1, total: STEPS.length })}</span>
                {beat !== null && (
                  <span data-testid="speaker-beat-of">
                    <span aria-hidden="true"> · </span>
                    {t('controls.beatOf', { n: beat + 1, total: beats })}
                  </span>
                )}
              </p>
              <h2 id="speaker-step-title" data-step={step.id}>
                {t(`steps.${step.id}.title`)}
              </h2>
              {beat !== null && (
                <p className="beat-line" data-testid="speaker-beat-line">
                  {t(beatLineKey(step.id, beat))}
                </p>
              )}
              {position?.predicting && (
                <p className="speaker-predicting">{t('speaker.predicting')}</p>
              )}
              {i18n.exists(`notes.${step.id}`) && (
                <>
                  <h3>{t('speaker.notes')}</h3>
                  <p className="speaker-notes" data-testid="speaker-notes">
                    {t(`notes.${step.id}`)}
                  </p>
                </>
              )}
            </section>
            <nav className="speaker-controls" aria-label={t('speaker.title')}>
              <button type="button" onClick={() => link.current?.prev()} disabled={index <= 0}>
                <span aria-hidden="true">← </span>
                {t('controls.prev')}
              </button>
              <button
                type="button"
                className="primary"
                onClick={() => link.current?.next()}
                disabled={index >= STEPS.length - 1 && !position?.predicting}
              >
                {t('controls.next')}
                <span aria-hidden="true"> →</span>
              </button>
            </nav>
            <section className="speaker-next" aria-labelledby="speaker-next-title">
              <h3 id="speaker-next-title">{t('speaker.nextUp')}</h3>
              {moreBeats ? (
                <>
                  <p className="speaker-next-step" data-testid="speaker-next">
                    {t('controls.beatOf', { n: beat + 2, total: beats })}
                  </p>
                  <p className="speaker-preview">{t(beatLineKey(step.id, beat + 1))}</p>
                </>
              ) : next ? (
                <>
                  <p className="speaker-next-step" data-testid="speaker-next">
                    {t(`steps.${next.id}.title`)}
                  </p>
                  <p className="speaker-preview">{previewOf(t(`steps.${next.id}.body`))}</p>
                </>
              ) : (
                <p>{t('speaker.lastStep')}</p>
              )}
            </section>
          </>
        )}
      </main>
    </div>
  );
}

/** Draws the speaker view in place of the lesson, once its words have loaded. */
export async function mountSpeakerView(): Promise<void> {
  await loadSpeakerTexts(i18n.language);
  let root = document.getElementById('root');
  if (!root) {
    root = document.createElement('div');
    root.id = 'root';
    document.body.prepend(root);
  }
  createRoot(root).render(
    <StrictMode>
      <TextsProvider prerendered={false}>
        <SpeakerView />
      </TextsProvider>
    </StrictMode>,
  );
}
