/**
 * The course: its chapters in order, each from its own file. Entering a step applies its
 * actions to the world of the step before; `focus` says which part of the screen it is about.
 */
import { cluster } from './chapters/cluster';
import { cookieStore } from './chapters/cookie-store';
import { crowd } from './chapters/crowd';
import { expiry } from './chapters/expiry';
import { life } from './chapters/life';
import { security } from './chapters/security';
import { storage } from './chapters/storage';
import type { Challenge, Chapter, ChapterId, Question, Step } from './model';

export type { Challenge, ChapterId, Focus, Question, QuizAnswer, Step } from './model';

const COURSE: Chapter[] = [life, crowd, security, expiry, storage, cluster, cookieStore];

export const CHAPTERS: ChapterId[] = COURSE.map((c) => c.id);

export const STEPS: Step[] = COURSE.flatMap((c) => c.steps.map((s) => ({ ...s, chapter: c.id })));

export const CHALLENGES: Challenge[] = COURSE.flatMap((c) =>
  c.challenges.map((ch) => ({ ...ch, chapter: c.id })),
);

export const stepIndexById = (id: string) => STEPS.findIndex((s) => s.id === id);

export const challengeById = (id: string) => CHALLENGES.find((c) => c.id === id);

/** Each chapter's quiz, offered at the chapter's last step. */
export const QUIZZES: Record<ChapterId, Question[]> = Object.fromEntries(
  COURSE.map((c) => [c.id, c.quiz]),
) as Record<ChapterId, Question[]>;

export const quizFor = (chapter: ChapterId): Question[] => QUIZZES[chapter];

export const isChapter = (id: string): id is ChapterId => CHAPTERS.includes(id as ChapterId);

/** The chapter's last step: where its quiz is offered, and where the lesson waits during it. */
export const lastStepOf = (chapter: ChapterId): number =>
  STEPS.findLastIndex((s) => s.chapter === chapter);
