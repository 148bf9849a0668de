/**
 * A browser rendering the shop's review page: what the reviews' markup would do, worked out by
 * page-markup.ts and never run. A script that reads `document.cookie` and sends it away makes
 * this browser send one request to that address, carrying what `document.cookie` returns here
 * (HttpOnly cookies are not in it). evil.example's server keeps each request it receives.
 */
import { SITE_ORIGIN } from '../http/wire';
import type { World } from '../world';
import { readMarkup, requestAddress, type ScriptTrigger } from './page-markup';
import { documentCookie } from './visitor';

/** One request as evil.example's server received it. */
export interface EvilRequest {
  /** The browser that sent it (the victim's, when the attack works). */
  visitorId: string;
  at: number;
  ip: string;
  userAgent: string;
  /** The address, query and all: where the stolen cookies travel. */
  url: string;
  /** The page whose markup sent it, and what in it ran. */
  referer: string;
  trigger: ScriptTrigger;
}

/** The visitor's browser renders the review page it just received, and runs what would run. */
export function renderReviewPage(world: World, visitorId: string): World {
  const visitor = world.visitors.find((v) => v.id === visitorId);
  const page = visitor?.page;
  if (!visitor || page?.page !== 'reviews') return world;
  const cookie = documentCookie(visitor.cookies);
  const received: EvilRequest[] = [];
  for (const review of page.reviews) {
    for (const run of readMarkup(review.html).runs) {
      const url = requestAddress(run, cookie);
      if (!url || !/^https?:$/.test(new URL(url).protocol)) continue;
      // Only evil.example's own log is kept: the lesson has no other server out there.
      if (new URL(url).hostname !== 'evil.example') continue;
      received.push({
        visitorId,
        at: world.now,
        ip: visitor.ip,
        userAgent: visitor.userAgent,
        url,
        // Chrome's default referrer policy sends the page's origin to another site.
        referer: `${SITE_ORIGIN}/`,
        trigger: run.trigger,
      });
    }
  }
  if (received.length === 0) return world;
  return { ...world, evilLog: [...(world.evilLog ?? []), ...received] };
}

/**
 * The cookies a request to evil.example carried in its address (`?c=name=value; …`), as a thief
 * reads them back: `document.cookie` joined raw (only its spaces encoded by the URL parser), or
 * through encodeURIComponent() once.
 */
export function cookiesInAddress(url: string): { name: string; value: string }[] {
  let query: string;
  try {
    query = new URL(url).search.replace(/^\?[^=]*=/, '');
  } catch {
    return [];
  }
  if (!query.includes('=')) {
    try {
      query = decodeURIComponent(query);
    } catch {
      return [];
    }
  }
  return query
    .replaceAll('%20', ' ')
    .split(/;\s*/)
    .filter((pair) => pair.includes('='))
    .map((pair) => ({
      name: pair.slice(0, pair.indexOf('=')).trim(),
      value: pair.slice(pair.indexOf('=') + 1),
    }));
}
