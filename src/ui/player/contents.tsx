import { Suspense, useEffect, useState } from 'react';
import { lateTexts } from '../../i18n/i18n';
import { useTranslation } from '../../i18n/react';
import { whenIdle } from '../../state/scheduling';
import { deferred } from '../common/deferred';
import { Icon } from '../common/icon';
import { useModalDialog } from '../common/use-modal-dialog';

/**
 * The list, every step's title and link, is code of its own (the first screen's budget): asked
 * for once the page is idle, and awaited before the dialog opens, so it opens with its list and
 * its focus in place; so are the later chapters' and the challenges' texts it shows.
 */
const ContentsChapters = deferred(() =>
  Promise.all([import('./contents-chapters'), lateTexts()]).then(([m]) => m.ContentsChapters),
);

/** Table of contents: every chapter and step, each a real link (`?step=login`) that can be shared. */
export function Contents() {
  const { t } = useTranslation();
  // The list is drawn only while the dialog is open.
  const { ref: dialog, open, show, onClose } = useModalDialog();
  // Its code could not be fetched (offline): the dialog opens and says so. Browsers keep a module
  // that failed to load as failed until the page reloads, so the message asks for a reload.
  const [failed, setFailed] = useState(false);
  useEffect(() => whenIdle(() => void ContentsChapters.preload().catch(() => {})), []);
  const openDialog = (loaded: boolean) => {
    setFailed(!loaded);
    show();
    // It opens where the student is: the current step's link, in the middle of the list, focused.
    const current = dialog.current?.querySelector<HTMLElement>('a[aria-current="step"]');
    current?.focus({ preventScroll: true });
    current?.scrollIntoView({ block: 'center' });
  };
  return (
    <>
      <button
        type="button"
        onClick={() =>
          void ContentsChapters.preload().then(
            () => openDialog(true),
            () => openDialog(false),
          )
        }
      >
        <Icon name="menu" />
        {t('controls.contents')}
      </button>
      <dialog ref={dialog} className="contents" aria-labelledby="contents-title" onClose={onClose}>
        {/* The list is long (every step of every chapter): its title and Close stay in view. */}
        <div className="dialog-head">
          <h2 id="contents-title">{t('controls.contents')}</h2>
          <form method="dialog">
            <button type="submit">{t('app.close')}</button>
          </form>
        </div>
        <ol className="chapters">
          {open && !failed && (
            <Suspense>
              <ContentsChapters close={() => dialog.current?.close()} />
            </Suspense>
          )}
        </ol>
        {failed && <p role="alert">{t('controls.contentsFailed')}</p>}
      </dialog>
    </>
  );
}
