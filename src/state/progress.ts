/**
 * Which challenges this student has solved, and how each chapter quiz went, kept in this browser
 * (localStorage) so Contents can show them next time. A solution only watched ("Show me") does
 * not count.
 */
import type { ChapterId, QuizAnswer } from '../lessons/steps';

const KEY = 'session-guestbook.progress.v1';

export function solvedChallenges(): Set<string> {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return new Set(Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : []);
  } catch {
    return new Set();
  }
}

export function markSolved(id: string): Set<string> {
  const solved = solvedChallenges();
  solved.add(id);
  try {
    localStorage.setItem(KEY, JSON.stringify([...solved]));
  } catch {
    /* storage full or off: solved for this visit only */
  }
  return solved;
}

/** A chapter quiz as last finished here: its answers and score, and the best score so far. */
export interface QuizResult {
  answers: Record<string, QuizAnswer>;
  score: number;
  best: number;
  total: number;
}

const QUIZ_KEY = 'session-guestbook.quizzes.v1';

const isAnswer = (a: unknown): a is QuizAnswer =>
  typeof a === 'string' ||
  typeof a === 'number' ||
  (Array.isArray(a) && a.every((x) => typeof x === 'string'));

function isResult(r: unknown): r is QuizResult {
  if (typeof r !== 'object' || r === null) return false;
  const { answers, score, best, total } = r as Record<string, unknown>;
  return (
    typeof score === 'number' &&
    typeof best === 'number' &&
    typeof total === 'number' &&
    typeof answers === 'object' &&
    answers !== null &&
    Object.values(answers).every(isAnswer)
  );
}

/** Quiz results by chapter; a damaged entry is left out. */
export function quizResults(): Partial<Record<ChapterId, QuizResult>> {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(QUIZ_KEY) ?? '{}');
    if (typeof raw !== 'object' || raw === null) return {};
    return Object.fromEntries(Object.entries(raw).filter(([, r]) => isResult(r)));
  } catch {
    return {};
  }
}

/** Keeps a finished quiz's answers and score (and the best score), returning all results. */
export function saveQuizResult(
  chapter: ChapterId,
  answers: Record<string, QuizAnswer>,
  score: number,
  total: number,
): Partial<Record<ChapterId, QuizResult>> {
  const results = quizResults();
  const best = Math.max(score, results[chapter]?.best ?? 0);
  results[chapter] = { answers, score, best, total };
  try {
    localStorage.setItem(QUIZ_KEY, JSON.stringify(results));
  } catch {
    /* storage full or off: kept for this visit only */
  }
  return results;
}

/** Predictions answered here, by prediction ID: the option chosen, or null when skipped. */
export type PredictionAnswers = Record<string, string | null>;

const PREDICTIONS_KEY = 'session-guestbook.predictions.v1';

export function predictionAnswers(): PredictionAnswers {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(PREDICTIONS_KEY) ?? '{}');
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
    return Object.fromEntries(
      Object.entries(raw).filter(([, a]) => typeof a === 'string' || a === null),
    ) as PredictionAnswers;
  } catch {
    return {};
  }
}

/** Keeps (or, with undefined, forgets) one prediction's answer, returning all of them. */
export function savePrediction(id: string, answer: string | null | undefined): PredictionAnswers {
  const answers = predictionAnswers();
  if (answer === undefined) delete answers[id];
  else answers[id] = answer;
  try {
    localStorage.setItem(PREDICTIONS_KEY, JSON.stringify(answers));
  } catch {
    /* storage full or off: kept for this visit only */
  }
  return answers;
}
