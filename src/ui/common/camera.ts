/**
 * The camera: when the step changes, the part it is about scrolls into view. It moves the page
 * only, never the keyboard focus, and it keeps still while the student scrolls, types or presses.
 */
import { useEffect, useRef } from 'react';
import { focusAt } from '../../lessons/model';
import { STEPS } from '../../lessons/steps';
import { useLesson } from '../../state/lesson-store';
import { usePrefs } from '../../state/prefs-store';
import { FOCUS_TARGETS, pointSelector, primaryFocus } from './focus-targets';
import { useTiming } from './use-lesson-view';

/** Room around the part, so its outline and "Look here" show too. */
const MARGIN = 16;
/** While the lesson plays by itself, how long the student's own scrolling keeps the camera still. */
const HANDS_OFF_MS = 4000;
/** How many frames to wait for a part that loads lazily (the settings, DevTools). */
const MAX_WAIT_FRAMES = 90;
/** How long after aiming the camera follows the part if the page moves under it. */
const SETTLE_MS = 1500;
const TYPING = 'input, textarea, select, [contenteditable="true"]';

/**
 * The page never moves under a pressed pointer: a click whose press and release land on different
 * places is lost (Next pressed as the camera moves the step bar away did nothing). A press stops
 * the camera's glide where it is; the camera aims again once the pointer is released.
 */
let pressedAt: number | null = null;
/** A release the page never heard of (the pointer let go outside it) frees the camera after this. */
const PRESS_LIMIT_MS = 5000;
const pressed = () => pressedAt !== null && performance.now() - pressedAt < PRESS_LIMIT_MS;

/**
 * The camera's glide, a frame at a time from the page's own script. The browser's smooth scroll
 * runs beside the page, a frame ahead of where the page thinks it is: stopped by a press, it still
 * caught up that frame, and a button pressed at its edge was released over something else (the
 * click went nowhere). Moved by the page, the page is where it shows and stops where it is.
 */
let glide: { to: number; frame: number } | null = null;
const stopGlide = () => {
  if (glide) cancelAnimationFrame(glide.frame);
  glide = null;
};
/** Longer for a longer way, as the browser's own: 0.25 s for a few lines, at most 0.6 s. */
const glideMs = (distance: number) => Math.min(600, 200 + 12 * Math.sqrt(distance));
const easeInOut = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);
function glideTo(to: number) {
  stopGlide();
  const from = scrollY;
  const ms = glideMs(Math.abs(to - from));
  let start: number | null = null;
  let last = from;
  const step = (now: number) => {
    // Moved meanwhile by something else (the scroll bar dragged, a search on the page): it wins.
    if (Math.abs(scrollY - last) > 1) {
      glide = null;
      return;
    }
    start ??= now;
    const t = Math.min(1, (now - start) / ms);
    window.scrollTo({ top: from + (to - from) * easeInOut(t), behavior: 'instant' });
    last = scrollY;
    if (t < 1 && glide) glide.frame = requestAnimationFrame(step);
    else glide = null;
  };
  glide = { to, frame: requestAnimationFrame(step) };
}

const press = () => {
  pressedAt = performance.now();
  stopGlide();
};
const release = () => {
  pressedAt = null;
};

let studentScrolledAt = -Infinity;
const studentScrolls = () => {
  studentScrolledAt = performance.now();
  stopGlide();
};
// Space, Page Up/Down, Home and End move the lesson (see shortcuts.tsx); the arrows up and down
// scroll the page.
const studentKeys = (e: KeyboardEvent) => {
  if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
  if (e.target instanceof Element && e.target.closest(TYPING)) return;
  studentScrolls();
};

/** The marked element of a part, if it is on the page. */
function targetOf(selectors: string[]): Element | null {
  for (const selector of selectors) {
    const marked = document.querySelector(`${selector}[data-focus="true"]`);
    if (marked) return marked;
  }
  return null;
}

/**
 * How far to scroll so [top, bottom] (viewport coordinates) shows: not at all when it already
 * does, else the least that shows it whole, else its top at the top.
 */
export function scrollNeeded(top: number, bottom: number, viewport: number): number {
  // Less room around a part that fits the screen only without all of it.
  const spare = viewport - (bottom - top);
  const margin = spare < 0 ? MARGIN : Math.min(MARGIN, spare / 2);
  const from = top - margin;
  const to = bottom + margin;
  if (from >= 0 && to <= viewport) return 0;
  if (to - from <= viewport) return from < 0 ? from : to - viewport;
  // Taller than the screen: its top at the top, unless its top already shows near the top.
  return from >= 0 && from < viewport / 3 ? 0 : from;
}

/** How much of the top of the screen a step bar that stays in place covers (presenter mode). */
export function coveredTop(): number {
  const bar = document.querySelector('.lesson-bar');
  if (!bar || getComputedStyle(bar).position !== 'sticky') return 0;
  return bar.getBoundingClientRect().height;
}

type Box = { top: number; bottom: number };
/** A part as the camera measures it: its box and, if it names one, its point (`data-camera-point`). */
export interface Framed {
  whole: Box;
  point: Box | null;
}

/**
 * What of a part must show: all of it when it fits the screen; else from its top down to its point
 * (the row that changed, the server that answered), or the point alone when that is too tall too.
 */
function mustShow({ whole, point }: Framed, viewport: number): Box {
  if (!point || whole.bottom - whole.top <= viewport) return whole;
  return point.bottom - whole.top + 2 * MARGIN <= viewport
    ? { top: whole.top, bottom: point.bottom }
    : point;
}

const span = (boxes: Box[]): Box => ({
  top: Math.min(...boxes.map((b) => b.top)),
  bottom: Math.max(...boxes.map((b) => b.bottom)),
});

/**
 * Where to scroll (`by`) so the step's parts show, and what then shows (`shown`), in coordinates
 * below the step bar. Both parts when they fit together; else the first part and the second one's
 * point (a changed row matters more than a table's heading); else from the top of both, as long
 * as the first part the step names still shows whole; else that first part alone.
 */
export function framing(parts: Framed[], viewport: number): { shown: Box; by: number } {
  const fits = (b: Box) => b.bottom - b.top + 2 * MARGIN <= viewport;
  const first = mustShow(parts[0]!, viewport);
  const all = span(parts.map((p) => mustShow(p, viewport)));
  if (fits(all)) return { shown: all, by: scrollNeeded(all.top, all.bottom, viewport) };
  const points = parts.slice(1).flatMap((p) => (p.point ? [p.point] : []));
  const withPoints = span([first, ...points]);
  if (points.length > 0 && fits(withPoints)) {
    return { shown: withPoints, by: scrollNeeded(withPoints.top, withPoints.bottom, viewport) };
  }
  const fromTop = all.top - MARGIN;
  if (first.bottom - fromTop + MARGIN <= viewport) {
    return { shown: { top: all.top, bottom: first.bottom }, by: fromTop };
  }
  return { shown: first, by: scrollNeeded(first.top, first.bottom, viewport) };
}

/** The parts' boxes, `from` pixels down the screen taken as their top. */
function measure(elements: Element[], point: string | undefined, from: number): Framed[] {
  const below = (r: DOMRect): Box => ({ top: r.top - from, bottom: r.bottom - from });
  return elements.flatMap((e): Framed[] => {
    const whole = e.getBoundingClientRect();
    if (whole.height === 0) return [];
    const detail = e.querySelector(pointSelector(point))?.getBoundingClientRect();
    return [{ whole: below(whole), point: detail && detail.height > 0 ? below(detail) : null }];
  });
}

/**
 * The step bar has not reached the top yet (the page near its top, as it opens), and below it the
 * first part shows whole, and each other part does too or would stay off the screen scrolled `to`
 * (a phone, where the server is far below): the page stays where it is.
 */
function showsAlready(elements: Element[], point: string | undefined, to: number): boolean {
  const bar = document.querySelector('.lesson-bar')!.getBoundingClientRect();
  if (bar.top <= 0.5) return false;
  const room = window.innerHeight - bar.bottom;
  const [first, ...others] = measure(elements, point, bar.bottom);
  const whole = (p: Framed) => p.whole.top >= 0 && p.whole.bottom <= room;
  if (!first || !whole(first)) return false;
  const moved = to - window.scrollY;
  return others.every((p) => whole(p) || p.whole.top + bar.bottom - moved >= window.innerHeight);
}

function aim(elements: Element[], smooth: boolean, point: string | undefined) {
  // Measured below the step bar when it stays on the screen: that is where the part must show.
  const covered = coveredTop();
  const viewport = window.innerHeight - covered;
  const parts = measure(elements, point, covered);
  if (parts.length === 0) return;
  const { shown, by } = framing(parts, viewport);
  const to = clearOfHeader(window.scrollY + by, window.scrollY, shown, covered, viewport);
  if (Math.abs(to - window.scrollY) < 1) return;
  if (covered > 0 && showsAlready(elements, point, to)) return;
  // Already on its way there: the glide goes on as it was.
  if (glide && Math.abs(glide.to - to) < 1) return;
  if (smooth) glideTo(to);
  else {
    stopGlide();
    window.scrollTo({ top: to, behavior: 'instant' });
  }
}

/**
 * A scroll that would stop with the page's header half on the screen (above the step bar, before
 * the bar reaches the top) stops where the header is gone, or at the very top, whichever still
 * shows what must show (`shown`: below-the-bar coordinates at the scroll `from`).
 */
function clearOfHeader(
  to: number,
  from: number,
  shown: { top: number; bottom: number },
  covered: number,
  viewport: number,
): number {
  const main = document.querySelector('main');
  if (!main || covered === 0) return to;
  const end = main.getBoundingClientRect().top + from;
  if (to <= 0.5 || to >= end - 0.5) return to;
  // Scrolled to `end`, the bar has just reached the top: the model of `aim` holds exactly.
  if (shown.top - (end - from) >= 0 && shown.bottom - (end - from) <= viewport) return end;
  // At the top nothing is covered: the part shows where the page puts it.
  if (shown.bottom + covered + from <= window.innerHeight) return 0;
  return to;
}

/**
 * The camera, as a part of the stage (whose parts it frames): it loads with the stage's code, not
 * with the first screen, and redraws nothing but itself when it moves.
 */
export function Camera(): null {
  useCamera();
  return null;
}

/** Brings the step's marked parts into view whenever the step, its beat or presenter mode changes. */
function useCamera() {
  const index = useLesson((s) => s.step);
  // Each request of a step (a beat) grows the page: the camera frames the part again.
  const beat = useLesson((s) => s.beat);
  // Nothing to frame in free play, a challenge, a quiz, or while a prediction waits for its answer
  // (the camera moves once it is answered and the step plays).
  const calm = useLesson(
    (s) => s.freePlay || s.challenge !== null || s.quiz !== null || s.held !== null,
  );
  const presenter = usePrefs((s) => s.presenter);
  const { reduced } = useTiming();
  // Read when the camera moves; changing the animation setting is no reason to move it.
  const smooth = useRef(!reduced);
  useEffect(() => {
    smooth.current = !reduced;
  }, [reduced]);

  useEffect(() => {
    addEventListener('wheel', studentScrolls, { passive: true });
    addEventListener('touchmove', studentScrolls, { passive: true });
    addEventListener('keydown', studentKeys);
    addEventListener('pointerdown', press, { capture: true, passive: true });
    addEventListener('pointerup', release, { capture: true, passive: true });
    addEventListener('pointercancel', release, { capture: true, passive: true });
    // A release the page never hears of (the window lost the focus meanwhile) is a release too.
    addEventListener('blur', release);
    return () => {
      removeEventListener('wheel', studentScrolls);
      removeEventListener('touchmove', studentScrolls);
      removeEventListener('keydown', studentKeys);
      removeEventListener('pointerdown', press, { capture: true });
      removeEventListener('pointerup', release, { capture: true });
      removeEventListener('pointercancel', release, { capture: true });
      removeEventListener('blur', release);
      stopGlide();
    };
  }, []);

  // The camera comes with the stage's code: a student may have scrolled the prerendered first
  // step meanwhile, and that first look is theirs.
  const arrived = useRef(true);
  useEffect(() => {
    const step = STEPS[index];
    const first = arrived.current;
    arrived.current = false;
    const prerendered = document.documentElement.dataset.prerendered;
    if (first && scrollY > 0 && prerendered && prerendered !== 'none') return;
    if (calm || !step) return;
    const parts = primaryFocus(focusAt(step, beat));
    const changedAt = performance.now();
    let frames = 0;
    let frame = 0;
    const look = () => {
      // The student's own scrolling or typing wins.
      const handsOff = usePrefs.getState().playing ? HANDS_OFF_MS : 0;
      if (studentScrolledAt > changedAt - handsOff) return;
      if (document.activeElement?.closest(TYPING)) return;
      if (pressed()) {
        frame = requestAnimationFrame(look);
        return;
      }
      const found = parts.map((p) => targetOf(FOCUS_TARGETS[p]));
      const elements = found.filter((e): e is Element => e !== null);
      if (elements.length < parts.length && frames++ < MAX_WAIT_FRAMES) {
        frame = requestAnimationFrame(look);
        return;
      }
      aim(elements, smooth.current, step.point);
      settle(elements[0]);
    };
    /**
     * Panels that load or fold after the aim (another server stack's settings, the busy day's
     * costs) and the step bar's new height move the part: while they settle, whenever the page
     * stands still, the camera aims again (it does nothing when the part shows as it should).
     */
    const settle = (first: Element | undefined) => {
      if (!first) return;
      const until = performance.now() + SETTLE_MS;
      let last = scrollY;
      const watch = () => {
        if (performance.now() > until || studentScrolledAt > changedAt) return;
        if (document.activeElement?.closest(TYPING)) return;
        if (scrollY === last && !pressed()) {
          const elements = parts
            .map((p) => targetOf(FOCUS_TARGETS[p]))
            .filter((e): e is Element => e !== null);
          aim(elements, smooth.current, step.point);
        }
        last = scrollY;
        frame = requestAnimationFrame(watch);
      };
      frame = requestAnimationFrame(watch);
    };
    // Two frames: the step's regions have rendered and laid out.
    frame = requestAnimationFrame(() => (frame = requestAnimationFrame(look)));
    return () => cancelAnimationFrame(frame);
  }, [index, beat, calm, presenter]);
}
