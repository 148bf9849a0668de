/**
 * The part of Mock Service Worker the shop's handler is written with. Loaded (and evaluated) a
 * task before msw-transport.ts, which adds msw's browser part: one task for both was too long.
 */
export { http, HttpResponse } from 'msw';
