/**
 * How the build cuts the stage's code into files. Left to itself, the bundler made a file of every
 * set of modules the lazily loaded parts share: the page fetched 12 files for the stage, DevTools
 * and the simulator's engine (a few KB each) beside the entry's 6 before it answered, and on this
 * 2-core machine each request costs the browser several milliseconds (navigation → first step
 * 510 → 485 ms with one file). They go into one file, `stage`, fetched beside the entry
 * (vite.config.ts `firstPaint`). The first screen's own modules make three files: the entry,
 * React's renderer and `start` (the rest; as one file with the renderer, each took one long task
 * to run: Lighthouse's blocking time ~170 → ~265 ms). The rest (sandbox, quizzes, the other
 * stacks' panels, the service worker's transport) is left to the bundler, loaded when asked for.
 */
import { REACT_DOM } from './js-budget.ts';

interface ModuleGraph {
  getModuleInfo(id: string): {
    importedIds: readonly string[];
    dynamicallyImportedIds: readonly string[];
  } | null;
}

/**
 * Modules `roots` import, directly or not: statically, or also lazily (`lazy`); never entering
 * `outside`.
 */
function importedFrom(
  graph: ModuleGraph,
  roots: Iterable<string>,
  { lazy = false, outside }: { lazy?: boolean; outside?: Set<string> } = {},
) {
  const reached = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (reached.has(id) || outside?.has(id)) continue;
    reached.add(id);
    const info = graph.getModuleInfo(id);
    if (!info) continue;
    stack.push(...info.importedIds);
    if (lazy) stack.push(...info.dynamicallyImportedIds);
  }
  return reached;
}

/** The stage's file: what `stageParts` import beyond the first screen's modules (`firstScreen`). */
function stageModules(
  graph: ModuleGraph,
  entry: string,
  firstScreen: Set<string>,
  stageParts: readonly string[],
) {
  const everything = [...importedFrom(graph, [entry], { lazy: true })];
  const roots = stageParts.map((part) => {
    const id = everything.find((m) => m.endsWith(part));
    if (!id) throw new Error(`chunk groups: no module ${part}`);
    return id;
  });
  return importedFrom(graph, roots, { outside: firstScreen });
}

const RENDERER = /\/node_modules\/(react-dom|scheduler)\//;

/** Rolldown's `output.codeSplitting`: the first screen's and the stage's files, once per build. */
export function lessonCodeSplitting(entry: string, stageParts: readonly string[]) {
  let stage: Set<string> | undefined;
  let start: Set<string> | undefined; // what the entry imports at once
  return {
    groups: [
      // React's DOM renderer in a file of its own, which the entry imports at once (src/main.tsx):
      // evaluated with the entry's modules, the two were one task of 40–47 ms on this machine.
      {
        name: (id: string) => (RENDERER.test(id) ? REACT_DOM : null),
        debugName: REACT_DOM,
        includeDependenciesRecursively: false,
      },
      // The rest of what the entry imports at once in one file, `start`: cut where the lazily
      // loaded parts share it, it was five files (a few KB each) beside the entry's and the
      // renderer's, and a static host speaking HTTP/1.1 opens six connections to a host, so the
      // last of the first screen's files waited for one to free (first step 15–27 ms sooner).
      {
        name: (id: string, graph: ModuleGraph) => {
          start ??= importedFrom(graph, [entry]);
          return id !== entry && start.has(id) && !RENDERER.test(id) ? 'start' : null;
        },
        debugName: 'start',
        includeDependenciesRecursively: false,
      },
      {
        name: (id: string, graph: ModuleGraph) => {
          start ??= importedFrom(graph, [entry]);
          stage ??= stageModules(graph, entry, start, stageParts);
          return stage.has(id) ? 'stage' : null;
        },
        debugName: 'stage',
        includeDependenciesRecursively: false,
      },
    ],
  };
}
