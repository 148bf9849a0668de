/** Selectors the regions share: the world on screen, the step, and how to animate. */
import { useSyncExternalStore } from 'react';
import { focusAt } from '../../lessons/model';
import { STEPS, type Focus } from '../../lessons/steps';
import { currentWorld, useLesson } from '../../state/lesson-store';
import { usePrefs } from '../../state/prefs-store';
import { primaryFocus } from './focus-targets';

export function useWorld() {
  return useLesson(currentWorld);
}

export function useStep() {
  const index = useLesson((s) => s.step);
  return { index, step: STEPS[index]!, total: STEPS.length };
}

/** The request of the step on screen while Next walks them one by one (null: the whole step). */
export function useBeat() {
  const beat = useLesson((s) => s.beat);
  const beats = useLesson((s) => s.stepBeats[s.step]?.length ?? 1);
  return { beat, beats, more: beat !== null && beat < beats - 1 };
}

/** The parts the step is about now: its own, or those of the request (beat) on show. */
export function useStepFocus(): Focus[] {
  const { step } = useStep();
  const beat = useLesson((s) => s.beat);
  return focusAt(step, beat);
}

/** Whether the step marks this part: only its first two parts, so the eye has one place to go. */
export function useFocus(region: Focus): boolean {
  const focus = useStepFocus();
  // While a prediction is open the screen shows the world before the step: nothing to look at yet.
  const calm = useLesson(
    (s) => s.freePlay || s.challenge !== null || s.sandbox !== null || s.held !== null,
  );
  return !calm && primaryFocus(focus).includes(region);
}

/** Whether the step lists this part at all (marked or calm): it still opens what shows it. */
export function useListedFocus(region: Focus): boolean {
  const focus = useStepFocus();
  const calm = useLesson((s) => s.freePlay || s.challenge !== null || s.sandbox !== null);
  return !calm && focus.includes(region);
}

/** The visitor whose browser is shown: the one chosen by hand, else the step's own. */
export function useShownVisitor() {
  const world = useWorld();
  const { step } = useStep();
  const chosen = usePrefs((s) => s.chosenVisitor);
  // A beat is one visitor's request: that visitor's browser tells its story.
  const sender = useLesson((s) => (s.beat !== null ? world.exchanges.at(-1)?.visitorId : null));
  return (
    world.visitors.find((v) => v.id === chosen) ??
    world.visitors.find((v) => v.id === sender) ??
    world.visitors.find((v) => v.id === step.visitor) ??
    world.visitors[0]!
  );
}

// One query for the page: every animated part reads it on every render, and a new matchMedia()
// each time was the costliest call of the first screen's adoption.
let reduceQuery: MediaQueryList | undefined;
const reduced = () => (reduceQuery ??= matchMedia('(prefers-reduced-motion: reduce)'));
const subscribeReduced = (onChange: () => void) => {
  const query = reduced();
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};

/** The system's "reduce motion" setting, live. */
function useSystemReducedMotion(): boolean {
  // The prerendered first screen is drawn without motion; the real setting applies right after.
  return useSyncExternalStore(
    subscribeReduced,
    () => reduced().matches,
    () => false,
  );
}

/** Seconds for one leg of the journey; 0 when motion is reduced, so everything shows at once. */
export function useTiming() {
  const system = useSystemReducedMotion();
  const motion = usePrefs((s) => s.motion);
  const speed = usePrefs((s) => s.speed);
  const reduced = motion === 'reduce' || (motion === 'system' && system);
  const leg = reduced ? 0 : 0.7 / speed;
  return { reduced, leg, tick: reduced ? 0 : 0.14 / speed };
}

/**
 * The order things happen in, so no result shows before its moment: the request crosses the wire
 * (one leg), the server's steps light up one tick each, the store changes, the response crosses
 * back (one leg), then the browser shows the page and stores its cookies.
 */
export function useArrivals() {
  const { exchange, animate } = useLatestExchange();
  const { leg, tick, reduced } = useTiming();
  const playing = !reduced && exchange !== undefined && animate;
  const inside = exchange ? exchange.trace.length * tick : 0;
  return {
    exchange: playing ? exchange : undefined,
    /** When the store (the guest book) changes: after the server's steps. */
    store: playing ? leg + inside : 0,
    /** When the response reaches the browser. */
    browser: playing ? 2 * leg + inside : 0,
    duration: 0.4 * leg,
  };
}

/** When the visitor's latest exchange is being animated: when its answer reaches the page. */
export function usePageArrival(visitorId: string): { delay: number; duration: number } | null {
  const { exchange, browser, duration } = useArrivals();
  return exchange?.visitorId === visitorId ? { delay: browser, duration } : null;
}

/**
 * When the visitor's latest exchange is being animated and brought Set-Cookie: how long to wait
 * before the cookie lands in the jar (after the response has crossed the wire). Null otherwise.
 */
export function useCookieArrival(visitorId: string): { delay: number; duration: number } | null {
  const { exchange, browser, duration } = useArrivals();
  if (exchange?.visitorId !== visitorId) return null;
  if (!exchange.response.headers.some(([n]) => n.toLowerCase() === 'set-cookie')) return null;
  return { delay: browser, duration };
}

/**
 * The exchange on the wire: the latest of the visitor on show, so the browser, the wire and the
 * server's trace tell one story; `animate` when this transition sent it, and a `key` that changes
 * with every transition, so a cut-short animation restarts finished.
 */
export function useLatestExchange() {
  const world = useWorld();
  const shown = useShownVisitor();
  const fresh = useLesson((s) => s.fresh);
  const transition = useLesson((s) => s.transition);
  const exchange = world.exchanges.findLast((e) => e.visitorId === shown.id);
  // Sent before a step that does something else (waits, closes the browser): not its news. A step
  // that does nothing at all goes on explaining the request before it.
  const earlier = useLesson(
    (s) =>
      exchange !== undefined &&
      s.hand === null &&
      (STEPS[s.step]?.actions.length ?? 0) > 0 &&
      (s.worlds[s.step - 1]?.exchanges.some((e) => e.id === exchange.id) ?? false),
  );
  return {
    exchange,
    earlier,
    fresh,
    animate: exchange !== undefined && fresh.includes(exchange.id),
    key: `${transition}-${exchange?.id ?? 0}`,
  };
}
