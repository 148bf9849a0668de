import { afterEach, describe, expect, it, vi } from 'vitest';
import { STEPS } from '../lessons/steps';
import type { World } from '../sim/world';

const storage = () => {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
};

/** A store of its own, as a page load makes it; `predict`: the student's prediction setting. */
async function freshLesson(predict: boolean) {
  vi.stubGlobal('localStorage', storage());
  vi.stubGlobal('sessionStorage', storage());
  const page = { href: 'http://localhost/', search: '' };
  vi.stubGlobal('location', page);
  vi.stubGlobal('history', {
    state: null,
    replaceState: (_: unknown, __: string, url: URL) => {
      page.href = url.href;
      page.search = url.search;
    },
  });
  vi.resetModules();
  const { usePrefs } = await import('./prefs-store');
  usePrefs.getState().setPredict(predict);
  const lesson = await import('./lesson-store');
  // As once the page's network has started (here: the server inside the page).
  lesson.useLesson.setState({ network: 'in-page' });
  return lesson;
}

const requestsOf = (index: number) => STEPS[index]!.actions.filter((a) => a.type === 'request');
const rows = (w: World) => w.server.guestBook.length;

describe('looking ahead while the student reads', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('works out the next step, and Next then shows that very world', async () => {
    const { lookAhead, useLesson, currentWorld } = await freshLesson(false);
    const start = useLesson.getState().worlds[0]!;
    await lookAhead();
    const ahead = useLesson.getState().worlds[1]!;
    expect(ahead).toBeTruthy();
    expect(useLesson.getState().step).toBe(0);
    // Nothing on screen moved: the first step's world still shows.
    expect(currentWorld(useLesson.getState())).toBe(start);
    expect(ahead.exchanges.length).toBe(start.exchanges.length + requestsOf(1).length);
    await useLesson.getState().next();
    expect(useLesson.getState().step).toBe(1);
    expect(currentWorld(useLesson.getState())).toBe(ahead);
    // The wire animates the step's own requests, as when Next computes them.
    expect(useLesson.getState().fresh).toEqual(
      ahead.exchanges.slice(start.exchanges.length).map((e) => e.id),
    );
  });

  it('starts by itself once a Next has finished: the step after it is ready before the next click', async () => {
    const { lookAheadAtRest, useLesson } = await freshLesson(false);
    const jobs: (() => void)[] = [];
    lookAheadAtRest((job) => jobs.push(job));
    // At rest on the first step: asked for at once (the store's first change).
    useLesson.setState({ network: 'in-page' });
    expect(jobs).toHaveLength(1);
    jobs.shift()!();
    await vi.waitFor(() => expect(useLesson.getState().worlds[1]).toBeTruthy());
    await useLesson.getState().next();
    // Next's own last change came while it was still pending; finishing asks again.
    expect(jobs).toHaveLength(1);
    jobs.shift()!();
    await vi.waitFor(() => expect(useLesson.getState().worlds[2]).toBeTruthy());
    expect(useLesson.getState().step).toBe(1);
  });

  it('looks ahead while a prediction waits for its answer, and the answer plays the step', async () => {
    const { lookAhead, useLesson, currentWorld } = await freshLesson(true);
    expect(STEPS[1]!.predict).toBeDefined();
    await useLesson.getState().next();
    const s = useLesson.getState();
    expect(s.held).toBe(s.worlds[0]);
    await lookAhead();
    expect(useLesson.getState().worlds[2]).toBeTruthy();
    // Still the world before the step, until the student answers.
    expect(currentWorld(useLesson.getState())).toBe(s.worlds[0]);
    await useLesson.getState().skipPrediction();
    expect(currentWorld(useLesson.getState())).toBe(s.worlds[1]);
  });

  it('Next into a question shows it at once, and an answer given before the step is worked out plays it', async () => {
    const { useLesson, currentWorld } = await freshLesson(true);
    const before = useLesson.getState().worlds[0];
    // The first state showing the step, and the answer given the moment it shows.
    let asked: ReturnType<typeof useLesson.getState> | undefined;
    let answered: Promise<void> | undefined;
    const stop = useLesson.subscribe((s) => {
      if (s.step !== 1 || asked) return;
      asked = s;
      answered = s.predict('added');
    });
    await useLesson.getState().next();
    stop();
    // The question, on the world before the step, while the step was still being worked out.
    expect(asked?.held).toBe(before);
    expect(asked?.busy).toBe(true);
    expect(asked?.worlds[1]).toBeFalsy();
    await answered;
    const s = useLesson.getState();
    expect(s.worlds[1]).toBeTruthy();
    expect(s.held).toBeNull();
    expect(currentWorld(s)).toBe(s.worlds[1]);
    expect(rows(s.worlds[1]!)).toBe(1);
    expect(s.fresh).toEqual(s.worlds[1]!.exchanges.map((e) => e.id));
    expect(s.predictions['first-visit-row']).toBe('added');
  });

  it('leaves a world changed by hand alone: Next goes on from it', async () => {
    const { lookAhead, useLesson, currentWorld } = await freshLesson(false);
    await useLesson.getState().act({ type: 'request', visitorId: 'v1', method: 'GET', path: '/' });
    const hand = useLesson.getState().hand!;
    expect(rows(hand)).toBe(1);
    await lookAhead();
    expect(useLesson.getState().worlds[1]).toBeFalsy();
    await useLesson.getState().next();
    const shown = currentWorld(useLesson.getState());
    expect(useLesson.getState().freePlay).toBe(true);
    // The hand-made request and the step's own both went to the same server.
    expect(shown.exchanges.length).toBe(hand.exchanges.length + requestsOf(1).length);
  });

  it('stops once the lesson could not be drawn (the recovery screen shows)', async () => {
    const { lookAhead, haltLookingAhead, useLesson } = await freshLesson(false);
    haltLookingAhead();
    await lookAhead();
    expect(useLesson.getState().worlds[1]).toBeFalsy();
  });

  it('waits while the network starts: the step then goes the way Next sends it', async () => {
    const { lookAhead, useLesson } = await freshLesson(false);
    useLesson.setState({ network: 'starting' });
    await lookAhead();
    expect(useLesson.getState().worlds[1]).toBeFalsy();
    useLesson.setState({ network: 'in-page' });
    await lookAhead();
    expect(useLesson.getState().worlds[1]).toBeTruthy();
  });

  it('does not outlive a restart made while it works', async () => {
    const { lookAhead, useLesson } = await freshLesson(false);
    await useLesson.getState().next();
    const working = lookAhead();
    const restarted = useLesson.getState().restart();
    await Promise.all([working, restarted]);
    const s = useLesson.getState();
    expect(s.step).toBe(0);
    expect(s.worlds).toHaveLength(1);
    // Looking ahead again starts from the new first world.
    await lookAhead();
    expect(useLesson.getState().worlds[1]!.exchanges.length).toBe(requestsOf(1).length);
  });
});
