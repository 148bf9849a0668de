/**
 * The course: its chapters in order, each from its own file. Entering a step applies its
 * actions to the world of the step before; `focus` says which part of the screen it is about.
 */
import { cluster } from './chapters/cluster';
import { crowd } from './chapters/crowd';
import { expiry } from './chapters/expiry';
import { life } from './chapters/life';
import { security } from './chapters/security';
import { storage } from './chapters/storage';
import type { Challenge, Chapter, ChapterId, Step } from './model';

export type { Challenge, ChapterId, Focus, Step } from './model';

const COURSE: Chapter[] = [life, crowd, security, expiry, storage, cluster];

export const CHAPTERS: ChapterId[] = COURSE.map((c) => c.id);

export const STEPS: Step[] = COURSE.flatMap((c) => c.steps.map((s) => ({ ...s, chapter: c.id })));

export const CHALLENGES: Challenge[] = COURSE.flatMap((c) =>
  c.challenges.map((ch) => ({ ...ch, chapter: c.id })),
);

export const stepIndexById = (id: string) => STEPS.findIndex((s) => s.id === id);

export const challengeById = (id: string) => CHALLENGES.find((c) => c.id === id);
