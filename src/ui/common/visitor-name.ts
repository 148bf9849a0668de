/** How the lesson names a visitor, so two windows of one browser can be told apart. */
import type { Visitor } from '../../sim/browser/visitor';

/** The visitor's number, as its ID counts them ("v5" → 5). */
const numberOf = (v: Visitor) => v.id.replace(/^\D+/, '');

/** "Chrome", or "Chrome #5" while another Chrome is open beside it. */
export function visitorName(visitor: Visitor, visitors: readonly Visitor[]): string {
  const twins = visitors.filter((v) => v.browser === visitor.browser).length > 1;
  return twins ? `${visitor.browser} #${numberOf(visitor)}` : visitor.browser;
}

const decoded = (value: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

/**
 * Which of the browsers named `browser` holds this session's ID in its jar. The server cannot
 * know this (it sees only the User-Agent); the simulation can, and says it.
 */
export function holderOf(
  sessionId: string,
  browser: string,
  visitors: readonly Visitor[],
): Visitor | undefined {
  return visitors.find(
    (v) => v.browser === browser && v.cookies.some((c) => decoded(c.value).includes(sessionId)),
  );
}
