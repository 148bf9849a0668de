/**
 * What the UI needs of Tomcat's sessions without the engine: the context's settings and how the
 * session manager shows a session. Small, because the guest book on the first screen uses it.
 */
import type { GuestBookRow } from '../guest-book';
import { dataOf } from './php-file';

export interface TomcatSettings {
  /** <session-timeout> / setMaxInactiveInterval(), in seconds: the server ends an idle session. */
  maxInactiveInterval: number;
  /** The context's useHttpOnly (on by default). */
  useHttpOnly: boolean;
}

/** Tomcat 10's defaults: conf/web.xml's <session-timeout>30</session-timeout>, HttpOnly on. */
export const TOMCAT_DEFAULTS: TomcatSettings = { maxInactiveInterval: 1800, useHttpOnly: true };

/** A session as the manager holds it: its times and its attributes. */
export function tomcatSessionText(row: GuestBookRow): string {
  const native = row.native;
  if (native?.engine !== 'tomcat') return '';
  const data = dataOf(row);
  const attrs = Object.entries(data).map(([k, v]) =>
    Array.isArray(v) ? `${k}=[${v.join(', ')}]` : `${k}=${String(v)}`,
  );
  return [
    `StandardSession[${row.id}]`,
    `  creationTime       = ${native.creationTime}`,
    `  lastAccessedTime   = ${native.lastAccessedTime}`,
    `  maxInactiveInterval = ${native.maxInactiveInterval}`,
    `  attributes: {${attrs.join(', ')}}`,
  ].join('\n');
}
