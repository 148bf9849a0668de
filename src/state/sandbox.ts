/**
 * The sandbox's history: the world it began from (a lesson step's), every action the student
 * took since, and how many of them are applied (undo moves back, redo forward). The actions are
 * the truth; world snapshots are a cache, kept only near the present so a long session stays
 * small in memory. A position without one is replayed from the nearest earlier snapshot.
 */
import type { Action, World } from '../sim/world';

/** Snapshots kept behind the current position (undo that far is instant; further replays). */
export const SNAPSHOTS_KEPT = 50;
/** Actions a sandbox holds at most: a link or a session never grows past it. */
export const MAX_SANDBOX_ACTIONS = 5000;

export interface SandboxRun {
  /** The ID of the step whose world the sandbox began from. */
  from: string;
  /** Every action taken, in order; the first `cursor` of them make the world on screen. */
  actions: Action[];
  cursor: number;
  /** snapshots[k]: the world after the first k actions, or null when not kept. [0] is always kept. */
  snapshots: (World | null)[];
  /** The link the sandbox was opened from was damaged: the part that could be read was kept. */
  damagedLink: boolean;
}

export type Apply = (world: World, action: Action) => Promise<World>;

export function openSandbox(from: string, start: World): SandboxRun {
  return { from, actions: [], cursor: 0, snapshots: [start], damagedLink: false };
}

/** The world on screen (the current position always has its snapshot). */
export const sandboxWorld = (run: SandboxRun): World => run.snapshots[run.cursor]!;

export const canUndo = (run: SandboxRun) => run.cursor > 0;
export const canRedo = (run: SandboxRun) => run.cursor < run.actions.length;

/** Drops snapshots far behind `cursor` (never the start), so memory stays bounded. */
function trimmed(snapshots: (World | null)[], cursor: number): (World | null)[] {
  const keepFrom = cursor - SNAPSHOTS_KEPT;
  if (keepFrom <= 1) return snapshots;
  return snapshots.map((w, k) => (k === 0 || k >= keepFrom ? w : null));
}

/** A new action at the current position: anything that was undone is gone (as in any editor). */
export function recordAction(run: SandboxRun, action: Action, after: World): SandboxRun {
  if (run.cursor >= MAX_SANDBOX_ACTIONS) return run;
  const cursor = run.cursor + 1;
  const actions = [...run.actions.slice(0, run.cursor), action];
  const snapshots = [...run.snapshots.slice(0, cursor), after];
  return { ...run, actions, cursor, snapshots: trimmed(snapshots, cursor) };
}

/** The run at position `target` (0 … actions.length), replaying from a snapshot when needed. */
export async function moveTo(run: SandboxRun, target: number, apply: Apply): Promise<SandboxRun> {
  const to = Math.max(0, Math.min(target, run.actions.length));
  if (to === run.cursor) return run;
  const snapshots = run.snapshots.slice();
  let k = to;
  while (k > 0 && !snapshots[k]) k--;
  let world = snapshots[k]!;
  for (; k < to; k++) {
    world = await apply(world, run.actions[k]!);
    snapshots[k + 1] = world;
  }
  return { ...run, cursor: to, snapshots: trimmed(snapshots, to) };
}

/**
 * A run that replays `actions` from `start`; an action the engine refuses (a hand-edited link)
 * ends the replay there, and the run says its link was damaged.
 */
export async function replay(
  from: string,
  start: World,
  actions: Action[],
  apply: Apply,
  damaged = false,
): Promise<SandboxRun> {
  let run = openSandbox(from, start);
  for (const action of actions.slice(0, MAX_SANDBOX_ACTIONS)) {
    let after: World;
    try {
      after = await apply(sandboxWorld(run), action);
    } catch {
      return { ...run, damagedLink: true };
    }
    run = recordAction(run, action, after);
  }
  return { ...run, damagedLink: damaged || actions.length > MAX_SANDBOX_ACTIONS };
}
