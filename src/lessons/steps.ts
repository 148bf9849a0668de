/**
 * The course: its chapters in order, each from its own folder. Entering a step applies its
 * actions to the world of the step before; `focus` says which part of the screen it is about.
 * Only the steps are here, for the first screen; challenges and quizzes are in activities.ts.
 */
import { cluster } from './chapters/cluster/steps';
import { authz } from './chapters/authz/steps';
import { stateless } from './chapters/stateless/steps';
import { secure } from './chapters/secure/steps';
import { kinds } from './chapters/kinds/steps';
import { xss } from './chapters/xss/steps';
import { crossSite } from './chapters/cross-site/steps';
import { cookieStore } from './chapters/cookie-store/steps';
import { crowd } from './chapters/crowd/steps';
import { everywhere } from './chapters/everywhere/steps';
import { expiry } from './chapters/expiry/steps';
import { life } from './chapters/life/steps';
import { security } from './chapters/security/steps';
import { storage } from './chapters/storage/steps';
import type { ChapterId, ChapterSteps, Step } from './model';

export type { Challenge, ChapterId, Focus, Question, QuizAnswer, Step } from './model';

export const COURSE: ChapterSteps[] = [
  life,
  crowd,
  security,
  expiry,
  storage,
  cluster,
  cookieStore,
  authz,
  everywhere,
  stateless,
  secure,
  kinds,
  xss,
  crossSite,
];

export const CHAPTERS: ChapterId[] = COURSE.map((c) => c.id);

export const STEPS: Step[] = COURSE.flatMap((c) => c.steps.map((s) => ({ ...s, chapter: c.id })));

export const stepIndexById = (id: string) => STEPS.findIndex((s) => s.id === id);

export const isChapter = (id: string): id is ChapterId => CHAPTERS.includes(id as ChapterId);

/** The chapter's last step: where its quiz is offered, and where the lesson waits during it. */
export const lastStepOf = (chapter: ChapterId): number =>
  STEPS.findLastIndex((s) => s.chapter === chapter);

/** The challenges and quizzes, loaded when one is near (activities.ts). */
export const loadActivities = () => import('./activities');
