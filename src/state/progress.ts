/**
 * Which challenges this student has solved, kept in this browser (localStorage) so Contents can
 * mark them next time. A solution only watched ("Show me") does not count.
 */
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
