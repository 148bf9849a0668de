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
  // The explanation is fixed to the window, or the narration's scroll box would cut it off. It
  // goes under that box (or the paragraph), so the lines (and terms) the reader goes on to stay
  // uncovered, or above the term when there is no room below; kept on screen sideways. A bridge
  // as wide as the term joins the two, so the pointer can go over to it without it closing
  // (WCAG 1.4.13).
  useLayoutEffect(() => {
    const el = tip.current;
    if (!open || !el) return;
    const margin = 8;
    const term = el.parentElement!.getBoundingClientRect();
    const { width, height } = el.getBoundingClientRect();
    const under =
      (el.closest('.narration-text') ?? el.closest('p') ?? el).getBoundingClientRect().bottom + 2;
    const above = under + height > innerHeight - margin && term.top - margin > height;
    const top = above ? term.top - height - 2 : under;
    const left = Math.max(
      margin,
      Math.min(term.left, document.documentElement.clientWidth - margin - width),
    );
    el.classList.toggle('above', above);
    el.style.cssText = `top:${top}px;left:${left}px;--x:${term.left - left}px;--w:${term.width}px;--h:${above ? 2 : top - term.bottom}px`;
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
