/**
 * Three libraries do, while the page starts, work that costs a long task on a slow machine and
 * buys the lesson nothing. The build changes those few lines (and only in the build: tests run the
 * libraries as published, and check that the changed lines behave the same). Each patch knows how
 * many places it changes: another number means the library changed, and the build stops.
 */
import type { Plugin } from 'vite';

interface Patch {
  /** The file, as the build resolves it. */
  file: RegExp;
  /** What to replace, how many times it occurs, and with what. */
  find: RegExp;
  count: number;
  replace: (match: string, ...groups: string[]) => string;
  /** Plain JavaScript appended to the file, in its scope (function declarations are hoisted). */
  append: string;
}

/**
 * React's DOM renderer makes five Error objects while its module loads: markers it throws and
 * catches itself (a component suspending, a hydration mismatch…) and compares by identity; no
 * student ever sees them. With a debugger listening in (DevTools, Playwright), V8 records where in
 * the source each Error is made, and to find that place it parses the renderer's whole 180 KB
 * factory again: 25–44 ms in one task on a 2-core machine. Made without a stack (still
 * `instanceof Error`, same message), the markers cost nothing to make.
 */
export const REACT_MARKERS: Patch = {
  file: /[\\/]react-dom[\\/]cjs[\\/]react-dom-client\.production\.js$/,
  find: /\b(HydrationMismatchException|SuspenseException|SuspenseyCommitException|SuspenseActionException|SelectiveHydrationException) = Error\(formatProdErrorMessage\((\d+)\)\)/g,
  count: 5,
  replace: (_all, name, number) => `${name} = stacklessError(formatProdErrorMessage(${number}))`,
  append: `
function stacklessError(message) {
  return Object.create(Error.prototype, {
    message: { value: message, writable: true, configurable: true },
  });
}
`,
};

/**
 * tough-cookie asks whether a domain is an IPv6 address with one large regular expression; the
 * first test compiles it, 7–14 ms in the task of the lesson's first request. Every address that
 * expression matches has a colon, and no domain name does: testing for one first gives the same
 * answer, and the expression is only compiled for a student who types an IPv6 address.
 */
export const TOUGH_COOKIE_IPV6: Patch = {
  file: /[\\/]tough-cookie[\\/]dist[\\/]index\.js$/,
  find: /\bIP_V6_REGEX_OBJECT\.test\(/g,
  count: 4,
  replace: () => 'looksLikeIPv6(',
  append: `
function looksLikeIPv6(value) {
  return String(value).includes(":") && IP_V6_REGEX_OBJECT.test(value);
}
`,
};

/**
 * msw notes where each request handler was made, for its own messages, from a new Error's stack.
 * With a debugger listening in (Lighthouse, Playwright), making that Error has V8 parse the whole
 * file that made the handler again to place it: 6–7 ms of the simulated server's start, in one
 * task. The lesson never shows that place; the handler is made without it (`callFrame` is
 * `undefined`, as msw's own type allows when no frame is found).
 */
export const MSW_CALL_FRAME: Patch = {
  file: /[\\/]msw[\\/]lib[\\/]_chunks[\\/]request-handler\.js$/,
  find: /\bgetCallFrame\(\/\* @__PURE__ \*\/ new Error\(\)\)/g,
  count: 1,
  replace: () => 'undefined',
  append: '',
};

export const PATCHES = { REACT_MARKERS, TOUGH_COOKIE_IPV6, MSW_CALL_FRAME };

/** `code` with `patch` applied; throws when the places to change are not all there. */
export function applyPatch(patch: Patch, code: string): string {
  let found = 0;
  const out = code.replace(patch.find, (match: string, ...groups: string[]) => {
    found += 1;
    return patch.replace(match, ...groups);
  });
  if (found !== patch.count) {
    throw new Error(
      `library-patches: expected ${patch.count} places to change in ${patch.file}, found ${found}. ` +
        'The library changed: check what the patch is for and update scripts/library-patches.ts.',
    );
  }
  return out + patch.append;
}

export function libraryPatches(): Plugin {
  const patches = Object.values(PATCHES);
  return {
    name: 'session-guestbook:library-patches',
    apply: 'build',
    transform: {
      filter: { id: patches.map((p) => p.file) },
      handler(code, id) {
        const patch = patches.find((p) => p.file.test(id));
        return patch ? { code: applyPatch(patch, code), map: null } : null;
      },
    },
  };
}
