/**
 * Keeps the student's place across a reload: the step snapshots go to sessionStorage
 * (this tab only, never the URL: they hold session IDs and the server's secret). What a student
 * typed into a password field is masked before it is stored.
 *
 * What is read back is checked before the lesson uses it: a place saved by another version of
 * the lesson, or damaged, starts the step afresh instead of breaking the page.
 */
import { STEPS } from '../lessons/steps';
import { maskedBody } from '../sim/http/mask';
import type { World } from '../sim/world';

/** Bump when the saved shape changes: older saves are then set aside, never misread. */
const VERSION = 2;
export const LESSON_KEY = 'session-guestbook.lesson';
/** Where version 1 kept the place (typed passwords included): read as a place not restorable. */
const OLD_KEY = 'session-guestbook.lesson.v1';

export interface SavedLesson {
  step: number;
  /** worlds[i]: the world after step i, as its link opens it (null: computed again when needed). */
  worlds: (World | null)[];
  /** The world changed by hand at this step (free play), or null. */
  hand: World | null;
}

/** The world with every typed password masked in its exchanges (the rest shared, not copied). */
export function maskWorld(world: World): World {
  let changed = false;
  const exchanges = world.exchanges.map((e) => {
    const body = maskedBody(e.request);
    if (body === e.request.body) return e;
    changed = true;
    return { ...e, request: { ...e.request, body } };
  });
  return changed ? { ...world, exchanges } : world;
}

let saving = true;

/** After a failure to draw the lesson, the place is not saved again (a reload would repeat it). */
export function stopSaving(): void {
  saving = false;
}

export function saveLesson({ step, worlds, hand }: SavedLesson): void {
  if (!saving) return;
  const masked = (w: World | null | undefined) => (w ? maskWorld(w) : null);
  const write = (lesson: SavedLesson) =>
    sessionStorage.setItem(LESSON_KEY, JSON.stringify({ version: VERSION, ...lesson }));
  // Worlds past the step (one looked ahead, or left by Previous) are not kept: their requests one
  // by one (beats) are not saved, so Next computes them again and walks them.
  const kept = worlds.slice(0, step + 1);
  try {
    write({ step, worlds: kept.map(masked), hand: masked(hand) });
  } catch {
    // Storage full or disabled: only the current world is worth keeping then.
    try {
      const only = kept.map((w, i) => (i === step && !hand ? masked(w) : null));
      write({ step, worlds: only, hand: masked(hand) });
    } catch {
      // Not even that fits: an older place must not come back in its stead. The step stays in
      // the address, and a reload replays it from there.
      clearLesson();
    }
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown) => typeof v === 'string';
const isNumber = (v: unknown) => typeof v === 'number';
const listOf = (v: unknown, item: (x: unknown) => boolean) => Array.isArray(v) && v.every(item);
const isMessage = (m: unknown) =>
  isObject(m) &&
  listOf(m.headers, (h) => Array.isArray(h) && isString(h[0]) && isString(h[1])) &&
  isString(m.body);

/** The parts of a world the lesson reads before anything else (a structural check, not a proof). */
function isWorld(w: unknown): w is World {
  return (
    isObject(w) &&
    isNumber(w.now) &&
    isNumber(w.nextVisitorNumber) &&
    isObject(w.server) &&
    isObject(w.server.options) &&
    listOf(w.server.guestBook, (r) => isObject(r) && isString(r.id)) &&
    (w.cluster === null || isObject(w.cluster)) &&
    listOf(w.visitors, (v) => isObject(v) && isString(v.id) && Array.isArray(v.cookies)) &&
    (w.visitors as unknown[]).length > 0 &&
    listOf(
      w.exchanges,
      (e) =>
        isObject(e) &&
        isNumber(e.id) &&
        isMessage(e.request) &&
        isMessage(e.response) &&
        Array.isArray(e.trace),
    ) &&
    isObject(w.lastDiff)
  );
}

function isLesson(v: unknown): v is SavedLesson {
  return (
    isObject(v) &&
    v.version === VERSION &&
    Number.isInteger(v.step) &&
    (v.step as number) >= 0 &&
    (v.step as number) < STEPS.length &&
    Array.isArray(v.worlds) &&
    v.worlds.length <= STEPS.length &&
    v.worlds.every((w) => w === null || isWorld(w)) &&
    (v.hand === null || isWorld(v.hand)) &&
    (v.hand ?? v.worlds[v.step as number]) != null
  );
}

/**
 * The saved place: the lesson, null when there is none, or 'invalid' when one was there but
 * could not be used (it is removed, so it is never read or saved again).
 */
export function loadLesson(): SavedLesson | 'invalid' | null {
  let raw: string | null;
  let old: boolean;
  try {
    old = sessionStorage.getItem(OLD_KEY) !== null;
    sessionStorage.removeItem(OLD_KEY);
    raw = sessionStorage.getItem(LESSON_KEY);
  } catch {
    return null;
  }
  if (raw === null) return old ? 'invalid' : null;
  try {
    const saved: unknown = JSON.parse(raw);
    // (A place saved by an earlier version may hold worlds past its step: not those.)
    if (isLesson(saved))
      return { step: saved.step, worlds: saved.worlds.slice(0, saved.step + 1), hand: saved.hand };
  } catch {
    /* not JSON: invalid */
  }
  clearLesson();
  return 'invalid';
}

export function clearLesson(): void {
  try {
    sessionStorage.removeItem(LESSON_KEY);
  } catch {
    /* ignore */
  }
}
