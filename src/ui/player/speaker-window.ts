/** Opens the speaker view: a second window of the lesson, for the instructor's own screen. */
import { i18n } from '../../i18n/i18n';

/** The window's name: a second press brings the open speaker view to the front. */
const SPEAKER_WINDOW = 'session-guestbook-speaker';

export function openSpeakerView(): void {
  const url = new URL(location.href);
  url.search = '';
  url.hash = '';
  url.searchParams.set('view', 'speaker');
  url.searchParams.set('lang', i18n.language);
  const features = 'popup,width=960,height=720';
  let speaker = window.open(url, SPEAKER_WINDOW, features);
  // A speaker view closed a moment ago may still hold the name while it goes: open a fresh one.
  if (speaker?.closed) speaker = window.open(url, `${SPEAKER_WINDOW}-${Date.now()}`, features);
  speaker?.focus();
}
