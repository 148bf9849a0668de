/**
 * A sandbox as a link: the step it began from and the actions taken since, compressed into the
 * URL (`?sandbox=login&actions=…`). Opening the link replays the actions on a new server, so the
 * server's secret never travels (each world makes its own), and neither does a typed password:
 * a login only says whether its password was the right one.
 */
import { isAction } from '../sim/actions';
import { findUser } from '../sim/server/users';
import type { Action } from '../sim/world';
import { MAX_SANDBOX_ACTIONS } from './sandbox';

/** A link longer than this is not read (browsers and chat apps cut long URLs anyway). */
export const MAX_LINK_CODE = 200_000;
const VERSION = '1';
const RIGHT = '\u0000right';
const WRONG = '\u0000wrong:';

function hidePassword(action: Action): Action {
  if (action.type !== 'request' || action.form?.password === undefined) return action;
  const { username = '', password } = action.form;
  const right = findUser(username)?.password === password;
  return {
    ...action,
    form: { ...action.form, password: right ? RIGHT : `${WRONG}${password.length}` },
  };
}

function restorePassword(action: Action): Action {
  const password = action.type === 'request' ? action.form?.password : undefined;
  if (action.type !== 'request' || password === undefined) return action;
  const { username = '' } = action.form!;
  let typed = password;
  if (password === RIGHT) typed = findUser(username)?.password ?? '';
  else if (password.startsWith(WRONG)) {
    const length = Math.min(Number(password.slice(WRONG.length)) || 0, 1000);
    typed = '•'.repeat(length);
  }
  return { ...action, form: { ...action.form, password: typed } };
}

async function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream) {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

const toBase64Url = (bytes: Uint8Array) =>
  btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

function fromBase64Url(code: string): Uint8Array {
  const b64 = code.replace(/-/g, '+').replace(/_/g, '/');
  return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
}

/** The actions as the `actions` parameter: a version, then compressed JSON. */
export async function encodeActions(actions: Action[]): Promise<string> {
  const json = JSON.stringify(actions.map(hidePassword));
  const packed = await transform(
    new TextEncoder().encode(json),
    new CompressionStream('deflate-raw'),
  );
  return `${VERSION}.${toBase64Url(packed)}`;
}

export interface DecodedActions {
  actions: Action[];
  /** Part of the link could not be read: the actions before the damage are kept. */
  damaged: boolean;
}

/** Reads an `actions` parameter; anything unreadable is reported as damage, never thrown. */
export async function decodeActions(code: string): Promise<DecodedActions> {
  const none = { actions: [], damaged: true };
  if (code.length > MAX_LINK_CODE || !code.startsWith(`${VERSION}.`)) return none;
  let parsed: unknown;
  try {
    const bytes = await transform(
      fromBase64Url(code.slice(VERSION.length + 1)),
      new DecompressionStream('deflate-raw'),
    );
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return none;
  }
  if (!Array.isArray(parsed)) return none;
  const actions: Action[] = [];
  for (const item of parsed.slice(0, MAX_SANDBOX_ACTIONS)) {
    if (!isAction(item)) return { actions, damaged: true };
    actions.push(restorePassword(item));
  }
  return { actions, damaged: parsed.length > MAX_SANDBOX_ACTIONS };
}

/** The link to this sandbox, from the page's own address (the language kept, nothing else). */
export async function sandboxLink(from: string, actions: Action[]): Promise<string> {
  const url = new URL(location.href);
  const lang = url.searchParams.get('lang');
  url.search = '';
  url.hash = '';
  url.searchParams.set('sandbox', from);
  if (actions.length) url.searchParams.set('actions', await encodeActions(actions));
  if (lang) url.searchParams.set('lang', lang);
  return url.href;
}
