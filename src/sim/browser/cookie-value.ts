/** What DevTools lets a person type as a cookie's value. Light: no cookie library. */
/**
 * A value a browser keeps as typed: no control characters (NUL, CR, LF…), no `;` that would
 * start attributes, no spaces at either end that parsing would trim.
 */
export const isStorableCookieValue = (value: string): boolean =>
  ![...value].some((ch) => ch < ' ' || ch === '\u007f' || ch === ';') && value === value.trim();
