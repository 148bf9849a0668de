/**
 * React's DOM renderer makes five Error objects while its module loads: markers it throws and
 * catches itself (a component suspending, a hydration mismatch…) and compares by identity; no
 * student ever sees them. With a debugger listening in (DevTools, Lighthouse, Playwright), V8
 * records where in the source each Error is made, and to find that place it parses the renderer's
 * whole 180 KB factory again: 25–35 ms in one task on a 2-core machine, which Lighthouse's 4×
 * CPU model turns into most of its blocking time. Made without a stack (still `instanceof Error`,
 * same message), the markers cost nothing to make.
 */
import type { Plugin } from 'vite';

/** The renderer's file, as shipped (`react-dom/client` in production). */
export const RENDERER_FILE = /[\\/]react-dom[\\/]cjs[\\/]react-dom-client\.production\.js$/;

const MARKER =
  /\b(HydrationMismatchException|SuspenseException|SuspenseyCommitException|SuspenseActionException|SelectiveHydrationException) = Error\(formatProdErrorMessage\((\d+)\)\)/g;

/** How many markers this React makes; another number means React changed: look again. */
export const MARKERS = 5;

/** Appended to the renderer's source (plain JavaScript, in its scope). */
export const STACKLESS_ERROR = `
function stacklessError(message) {
  return Object.create(Error.prototype, {
    message: { value: message, writable: true, configurable: true },
  });
}
`;

/** The renderer's source with its markers made without a stack; throws when they are not found. */
export function stacklessMarkers(code: string): string {
  let found = 0;
  const out = code.replace(MARKER, (_all, name: string, number: string) => {
    found += 1;
    return `${name} = stacklessError(formatProdErrorMessage(${number}))`;
  });
  if (found !== MARKERS) {
    throw new Error(
      `react-sentinels: expected ${MARKERS} error markers made at load in react-dom-client, found ${found}. ` +
        'React changed: check which Errors it makes while loading and update scripts/react-sentinels.ts.',
    );
  }
  // A function declaration: hoisted, so the markers above it can call it.
  return out + STACKLESS_ERROR;
}

export function reactSentinels(): Plugin {
  return {
    name: 'session-guestbook:react-sentinels',
    apply: 'build',
    transform: {
      filter: { id: RENDERER_FILE },
      handler(code) {
        return { code: stacklessMarkers(code), map: null };
      },
    },
  };
}
