/**
 * What the shipped page gives tough-cookie in place of tldts (vite.config.ts aliases `tldts` to
 * this file for the build; tests use the real tldts). Every host of the simulated world is under
 * a special-use name (`shop.example`, `evil.example`), for which tough-cookie answers itself and
 * never asks tldts. tldts is asked only about a typed `Domain` outside them, and then any answer
 * ends in the same refusal the student sees ("not this site's domain"), as
 * public-suffix.test.ts checks against the real list. So the 30 KB Public Suffix List stays out.
 *
 * This is the list's default rule (`*`): the registrable domain is the last two labels.
 */
const IP = /^(\d{1,3}\.){3}\d{1,3}$|:/;

export function getDomain(hostname: string): string | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (!host || IP.test(host)) return null;
  const labels = host.split('.');
  if (labels.length < 2 || labels.some((l) => l === '')) return null;
  return labels.slice(-2).join('.');
}
