/**
 * What the student does beside the steps: every chapter's challenges and quiz. Loaded after the
 * first paint (and at once by a link into one), so the first screen does not grow with them.
 */
import { activities as authz } from './chapters/authz/activities';
import { activities as stateless } from './chapters/stateless/activities';
import { activities as xss } from './chapters/xss/activities';
import { activities as crossSite } from './chapters/cross-site/activities';
import { activities as secure } from './chapters/secure/activities';
import { activities as kinds } from './chapters/kinds/activities';
import { activities as cluster } from './chapters/cluster/activities';
import { activities as cookieStore } from './chapters/cookie-store/activities';
import { activities as crowd } from './chapters/crowd/activities';
import { activities as everywhere } from './chapters/everywhere/activities';
import { activities as expiry } from './chapters/expiry/activities';
import { activities as life } from './chapters/life/activities';
import { activities as security } from './chapters/security/activities';
import { activities as storage } from './chapters/storage/activities';
import type { Challenge, ChapterActivities, ChapterId, Question } from './model';
import { CHAPTERS, COURSE } from './steps';

const BY_CHAPTER: Partial<Record<ChapterId, ChapterActivities>> = {
  life,
  crowd,
  security,
  expiry,
  storage,
  cluster,
  'cookie-store': cookieStore,
  authz,
  everywhere,
  stateless,
  xss,
  secure,
  kinds,
  'cross-site': crossSite,
};

/** A chapter still written in one file carries its activities with its steps. */
const activitiesOf = (chapter: ChapterId): ChapterActivities => {
  const inline = COURSE.find((c) => c.id === chapter) as Partial<ChapterActivities> | undefined;
  return BY_CHAPTER[chapter] ?? { challenges: inline?.challenges ?? [], quiz: inline?.quiz ?? [] };
};

export const CHALLENGES: Challenge[] = CHAPTERS.flatMap((chapter) =>
  activitiesOf(chapter).challenges.map((c) => ({ ...c, chapter })),
);

export const challengeById = (id: string) => CHALLENGES.find((c) => c.id === id);

/** Each chapter's quiz, offered at the chapter's last step. */
export const QUIZZES: Record<ChapterId, Question[]> = Object.fromEntries(
  CHAPTERS.map((chapter) => [chapter, activitiesOf(chapter).quiz]),
) as Record<ChapterId, Question[]>;

export const quizFor = (chapter: ChapterId): Question[] => QUIZZES[chapter] ?? [];
