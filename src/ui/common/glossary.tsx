/**
 * Glossary terms inside narration: `<sid>session ID</sid>` in a message becomes a button that
 * explains the term on hover and on keyboard focus (WCAG 1.4.13: dismissable with Escape).
 */
import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/react';
import type { Messages } from '../../i18n/en';

export type GlossaryKey = keyof Messages['glossary'];

export function Term({ id, children }: { id: GlossaryKey; children?: ReactNode }) {
  const { t } = useTranslation();
  const tipId = useId();
  const [open, setOpen] = useState(false);
  const tip = useRef<HTMLSpanElement>(null);
  // Keep the explanation on screen: shifted left when the term is near the right edge, and above
  // the term when there is room, so it does not cover the lines (and terms) the reader goes on to.
  useLayoutEffect(() => {
    const el = tip.current;
    if (!open || !el) return;
    el.style.translate = '';
    el.classList.remove('above');
    const margin = 8;
    const { left, right, height } = el.getBoundingClientRect();
    const over = right - (document.documentElement.clientWidth - margin);
    const room = el.parentElement!.getBoundingClientRect().top - margin;
    if (room > height) el.classList.add('above');
    if (over > 0) el.style.translate = `${-Math.min(over, Math.max(0, left - margin))}px 0`;
  }, [open]);
  // Escape closes it wherever the keyboard is, also when it opened under the mouse (WCAG 1.4.13).
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  return (
    <span
      className="term-wrap"
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
    >
      <button
        type="button"
        className="term"
        aria-describedby={tipId}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onClick={() => setOpen((o) => !o)}
      >
        {children}
      </button>
      <span role="tooltip" id={tipId} ref={tip} className={open ? 'tooltip open' : 'tooltip'}>
        {t(`glossary.${id}`)}
      </span>
    </span>
  );
}

// An object, not a list, so the compiler insists every glossary entry has its tag.
const TAGGED: Record<GlossaryKey, true> = {
  book: true,
  store: true,
  stateless: true,
  cookie: true,
  sid: true,
  userid: true,
  setcookie: true,
  httponly: true,
  memcookie: true,
  lastactivity: true,
  regenerate: true,
  fixation: true,
  auth: true,
  idle: true,
  status401: true,
  xss: true,
  signature: true,
  hijack: true,
  secure: true,
  expires: true,
  persistent: true,
  volatile: true,
  redis: true,
  jsessionid: true,
  lb: true,
  sticky: true,
  replication: true,
};
const KEYS = Object.keys(TAGGED) as GlossaryKey[];

/** Tag → glossary term, for `renderTagged`. */
export const glossaryTags = Object.fromEntries(
  KEYS.map((k) => [
    k,
    (children: string, key: number) => (
      <Term key={key} id={k}>
        {children}
      </Term>
    ),
  ]),
);
