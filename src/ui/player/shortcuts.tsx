import { useEffect, useRef } from 'react';
import { useTranslation } from '../../i18n/react';
import { useLesson } from '../../state/lesson-store';
import { STEPS } from '../../lessons/steps';
import { usePrefs } from '../../state/prefs-store';
import { Icon } from '../common/icon';

const INTERACTIVE =
  'input, textarea, select, button, a, summary, [role="tab"], [contenteditable="true"]';
const TYPING = 'input, textarea, select, [contenteditable="true"]';

export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/** Presenter keys: →/Space next, ← previous, Home/End, P presenter, F full screen, ? this list. */
export function Shortcuts() {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest(TYPING) || target?.closest('dialog[open]')) return;
      // Inside a quiz the keys answer it: they must not move the lesson (and end the quiz).
      if (target?.closest('[data-quiz]')) return;
      const prefs = usePrefs.getState();
      const act = (fn: () => void) => {
        e.preventDefault();
        fn();
      };
      switch (e.key) {
        case 'ArrowRight':
        case 'PageDown':
          if (!target?.closest('[role="tablist"]')) act(() => void useLesson.getState().next());
          break;
        case ' ':
          if (!target?.closest(INTERACTIVE)) act(() => void useLesson.getState().next());
          break;
        case 'ArrowLeft':
        case 'PageUp':
          if (!target?.closest('[role="tablist"]')) act(() => void useLesson.getState().prev());
          break;
        case 'Home':
          act(() => void useLesson.getState().goTo(0));
          break;
        case 'End':
          act(() => void useLesson.getState().goTo(STEPS.length - 1));
          break;
        case 'p':
        case 'P':
          act(() => prefs.setPresenter(!prefs.presenter));
          break;
        case 'f':
        case 'F':
          act(toggleFullscreen);
          break;
        case '?':
          act(() => dialog.current?.showModal());
          break;
        case 'k':
        case 'K':
          act(() => prefs.setPlaying(!prefs.playing));
          break;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const rows: [string, string][] = [
    ['→ / Space', t('shortcuts.next')],
    ['←', t('shortcuts.prev')],
    ['Home', t('shortcuts.first')],
    ['End', t('shortcuts.last')],
    ['K', t('shortcuts.play')],
    ['P', t('shortcuts.presenter')],
    ['F', t('shortcuts.fullscreen')],
    ['?', t('shortcuts.help')],
  ];
  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()} aria-keyshortcuts="?">
        <Icon name="keyboard" />
        {t('controls.shortcuts')}
      </button>
      <dialog ref={dialog} className="shortcuts" aria-labelledby="shortcuts-title">
        <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
        <table>
          <tbody>
            {rows.map(([key, what]) => (
              <tr key={key}>
                <th scope="row">
                  <kbd>{key}</kbd>
                </th>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <form method="dialog">
          <button type="submit">{t('app.close')}</button>
        </form>
      </dialog>
    </>
  );
}
