import { useCallback, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * A modal dialog whose contents are drawn only while it is open: drawn closed, they were redrawn
 * at every step (and adopted with the first screen) for no one to see. `show` draws them first, so
 * the dialog opens with them, and its focus, in place.
 */
export function useModalDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const show = useCallback(() => {
    flushSync(() => setOpen(true));
    ref.current?.showModal();
  }, []);
  const onClose = useCallback(() => setOpen(false), []);
  return { ref, open, show, onClose };
}
