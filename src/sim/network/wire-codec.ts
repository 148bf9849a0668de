/**
 * Page scripts may not send `Cookie` nor read `Set-Cookie` (forbidden header names in the
 * Fetch standard), so the wire headers ride in one header of our own, percent-encoded JSON.
 * The student always sees them under their real names.
 */
import type { HeaderList } from '../http/wire';
import type { TraceStep } from '../trace';

export const WIRE_HEADERS = 'x-guestbook-wire-headers';
export const WIRE_TRACE = 'x-guestbook-trace';
export const WIRE_EXCHANGE = 'x-guestbook-exchange';
/**
 * The simulated status line. The real fetch always answers 200, so the browser's own console
 * stays quiet about the 401s the lesson is made of.
 */
export const WIRE_STATUS = 'x-guestbook-status';

export const encodeHeaders = (headers: HeaderList) => encodeURIComponent(JSON.stringify(headers));
export const decodeHeaders = (value: string | null): HeaderList =>
  value ? (JSON.parse(decodeURIComponent(value)) as HeaderList) : [];
export const encodeTrace = (trace: TraceStep[]) => encodeURIComponent(JSON.stringify(trace));
export const decodeTrace = (value: string | null): TraceStep[] =>
  value ? (JSON.parse(decodeURIComponent(value)) as TraceStep[]) : [];
