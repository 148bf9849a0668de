/**
 * For the lessons' tests: a world after some actions, or after the course up to a step, computed
 * as the lesson computes it (the in-page transport; nothing here is bundled).
 */
import { applyAction } from '../sim/engine';
import { inPageTransport } from '../sim/network/transport';
import { createWorld, type Action, type World } from '../sim/world';
import { STEPS, stepIndexById } from './steps';

export async function run(world: World, actions: Action[]): Promise<World> {
  for (const action of actions) world = await applyAction(world, action, inPageTransport);
  return world;
}

/** The world a link to `stepId` opens: every step's actions up to it, from a new world. */
export async function worldAfter(stepId: string): Promise<World> {
  let world = createWorld();
  for (const step of STEPS.slice(0, stepIndexById(stepId) + 1))
    world = await run(world, step.actions);
  return world;
}
