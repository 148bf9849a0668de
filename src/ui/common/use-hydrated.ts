/**
 * False on the server (the prerendered first screen) and while React adopts that markup; true
 * right after, and at once when the page is drawn afresh. Parts that depend on the browser
 * (the address bar, texts that arrive after the first paint) wait for it, so the adopted markup
 * always matches.
 */
import { useSyncExternalStore } from 'react';

const never = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
