/**
 * Keeps the student's place across a reload: the step snapshots go to sessionStorage
 * (this tab only, never the URL: they hold session IDs and the server's secret).
 */
import type { World } from '../sim/world';

const KEY = 'session-guestbook.lesson.v1';

export interface SavedLesson {
  step: number;
  worlds: World[];
  freePlay: boolean;
}

export function saveLesson(lesson: SavedLesson): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(lesson));
  } catch {
    // Storage full or disabled: only the current world is worth keeping then.
    try {
      const current = lesson.worlds[lesson.step];
      const worlds = lesson.worlds.map((w, i) => (i === lesson.step ? w : null));
      sessionStorage.setItem(KEY, JSON.stringify({ ...lesson, worlds: current ? worlds : [] }));
    } catch {
      /* nothing more to do: the lesson still works, a reload replays it */
    }
  }
}

export function loadLesson(): SavedLesson | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const saved = JSON.parse(raw) as SavedLesson;
    return Number.isInteger(saved.step) && Array.isArray(saved.worlds) ? saved : null;
  } catch {
    return null;
  }
}

export function clearLesson(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    /* ignore */
  }
}
