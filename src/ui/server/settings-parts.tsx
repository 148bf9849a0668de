/** Pieces the settings panels share (express-session's, PHP's, Tomcat's). */
import { useState, type ReactNode } from 'react';
import type { useTranslation } from '../../i18n/react';
import { FocusMark } from '../common/focus-mark';
import { useFocus } from '../common/use-lesson-view';

type Translate = ReturnType<typeof useTranslation>['t'];

/** A setting turned on and off: its name as in the code, and what it does. */
export function OptionCheckbox(props: {
  name: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
}) {
  return (
    <label className="option">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <span>
        <code>{props.name}</code> — {props.children}
      </span>
    </label>
  );
}

/**
 * A stack's settings (express-session's too), closed until the student or a step about them opens
 * them: title, note, form and code. Drawn only while open: closed, express-session's were a third
 * of the stage's markup on the first screen, adopted by the page before Next answered.
 */
export function StackSettings(props: {
  testId: string;
  title: string;
  note: string;
  children: ReactNode;
}) {
  const focus = useFocus('settings');
  // Opened by the step that is about it, then left as the student leaves it.
  const [open, setOpen] = useState(focus);
  const [wasFocus, setWasFocus] = useState(focus);
  if (focus !== wasFocus) {
    setWasFocus(focus);
    if (focus) setOpen(true);
  }
  return (
    <details
      className="settings-code"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      data-testid={props.testId}
      data-focus={focus}
    >
      <summary
        onClick={(e) => {
          // Opened by the page, not the browser: the contents are drawn in the frame that opens it.
          e.preventDefault();
          setOpen(!open);
        }}
      >
        {props.title}
        <FocusMark on={focus} />
      </summary>
      {open && (
        <>
          <p className="hint">{props.note}</p>
          {props.children}
        </>
      )}
    </details>
  );
}

/** The comments written into a stack's code, in the student's language. */
export const codeComments =
  (t: Translate, section: 'phpCode' | 'javaCode' | 'pyCode' | 'laravelCode') =>
  (key: string, vars?: Record<string, string | number>) =>
    (t as (k: string, v?: Record<string, string | number>) => string)(
      `stacks.settings.${section}.${key}`,
      vars,
    );
