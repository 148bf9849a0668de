import { useEffect } from 'react';
import { useTranslation } from '../../i18n/react';
import { useLesson } from '../../state/lesson-store';
import { ariaKeys, commandForKey, COMMANDS, onShowShortcutList } from '../commands';
import { Icon } from '../common/icon';
import { useModalDialog } from '../common/use-modal-dialog';

/** The keys of every command (commands.ts), and the list of them behind "?". */
export function Shortcuts() {
  const { t } = useTranslation();
  // The list is drawn only while the dialog is open: drawn closed, it was a fifth of the first
  // screen, adopted by the page's script before Next could answer.
  const { ref: dialog, open, show, onClose } = useModalDialog();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const command = commandForKey(e, useLesson.getState().mode);
      if (!command) return;
      e.preventDefault();
      command.run();
    };
    window.addEventListener('keydown', onKey);
    const forget = onShowShortcutList(show);
    return () => {
      window.removeEventListener('keydown', onKey);
      forget();
    };
  }, [show]);
  return (
    <>
      <button type="button" onClick={show} aria-keyshortcuts={ariaKeys('shortcuts')}>
        <Icon name="keyboard" />
        {t('controls.shortcuts')}
      </button>
      <dialog
        ref={dialog}
        className="shortcuts"
        aria-labelledby="shortcuts-title"
        onClose={onClose}
      >
        <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
        {open && (
          <table>
            <tbody>
              {COMMANDS.filter((c) => c.keys.length > 0).map((c) => (
                <tr key={c.id} data-command={c.id}>
                  <th scope="row">
                    {c.keys.map((k, i) => (
                      <span key={k.shown}>
                        {i > 0 && ' / '}
                        <kbd>{k.shown}</kbd>
                      </span>
                    ))}
                  </th>
                  <td>
                    {t(c.label)}
                    {c.modes?.length === 1 && c.modes[0] !== 'guided' && (
                      <span className="shortcut-mode"> ({t(`modes.${c.modes[0]}`)})</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <form method="dialog">
          <button type="submit">{t('app.close')}</button>
        </form>
      </dialog>
    </>
  );
}
