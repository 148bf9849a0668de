/** The challenges and quizzes, for the parts of the first screen that invite to them. */
import { startTransition, useEffect, useState } from 'react';
import { loadActivities } from '../../lessons/steps';
import { nextTask } from '../../state/scheduling';

type Activities = Awaited<ReturnType<typeof loadActivities>>;

let loaded: Activities | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

function load() {
  loading ??= loadActivities()
    .then((module) => {
      loaded = module;
      listeners.forEach((l) => l());
    })
    .catch(() => {
      loading = null; // tried again by the next part that asks
    });
}

/**
 * The activities once loaded (asked for after the first paint), null until then. The prerendered
 * page has none: the first render in the browser agrees, then they appear, drawn as a transition
 * (in slices, not in one long task as an external store's change is).
 */
export function useActivities(): Activities | null {
  const [activities, setActivities] = useState<Activities | null>(null);
  useEffect(() => {
    const update = () => startTransition(() => setActivities(loaded));
    const unsubscribe = subscribe(update);
    if (loaded) update();
    // In a task of its own: asked for in the effects of the first render, its loading (a file
    // asked for per module it imports) lengthened that render's task.
    else void nextTask().then(load);
    return unsubscribe;
  }, []);
  return activities;
}
