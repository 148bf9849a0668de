/**
 * Whether a value from outside (a sandbox link someone may have edited) is an action the world
 * can take, with every field of the type the engine expects. One check per action type: a new
 * type does not compile until it says how it is checked.
 */
import { BROWSER_NAMES } from './browser/visitor';
import { MAX_CROWD } from './server/limits';
import { ENGINE_NAMES } from './server/session/engine';
import { PHP_DEFAULTS } from './server/session/php-file';
import { TOMCAT_DEFAULTS } from './server/session/tomcat-file';
import { DEFAULT_APP } from './server/shop';
import type { Action } from './world';

type Fields = Record<string, unknown>;

const isObject = (v: unknown): v is Fields =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
/** Typed text has limits in the shop; a link's text is held to a generous one. */
const isText = (v: unknown, max = 4096): v is string => typeof v === 'string' && v.length <= max;
const isId = (v: unknown) => isText(v, 16);
const isCount = (v: unknown, max: number) =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;

/** Every key is one of `template`'s, with a value of the same kind. */
function sameShape(value: unknown, template: Fields): boolean {
  return (
    isObject(value) &&
    Object.entries(value).every(
      ([k, v]) =>
        Object.hasOwn(template, k) &&
        typeof v === typeof template[k] &&
        (typeof v !== 'number' || Number.isFinite(v)) &&
        (typeof v !== 'string' || isText(v, 256)),
    )
  );
}

const oneOf =
  <T>(values: readonly T[]) =>
  (v: unknown): boolean =>
    values.includes(v as T);

/** express-session's options a person may set (never the secret), with what each may hold. */
const OPTION_CHECKS: Record<string, (v: unknown) => boolean> = {
  name: (v) => isText(v, 64) && v.length > 0,
  resave: (v) => typeof v === 'boolean',
  saveUninitialized: (v) => typeof v === 'boolean',
  rolling: (v) => typeof v === 'boolean',
};
const COOKIE_CHECKS: Record<string, (v: unknown) => boolean> = {
  path: (v) => isText(v, 256) && v.startsWith('/'),
  httpOnly: (v) => typeof v === 'boolean',
  secure: oneOf([true, false, 'auto']),
  sameSite: oneOf(['strict', 'lax', 'none', undefined]),
  maxAge: (v) => v === undefined || (typeof v === 'number' && Number.isFinite(v) && v >= 0),
  domain: (v) => v === undefined || isText(v, 256),
  partitioned: (v) => v === undefined || typeof v === 'boolean',
  priority: oneOf(['low', 'medium', 'high', undefined]),
};

function checks(value: unknown, table: Record<string, (v: unknown) => boolean>): boolean {
  return (
    isObject(value) &&
    Object.entries(value).every(([k, v]) => Object.hasOwn(table, k) && table[k]!(v))
  );
}

/** A cookie block replaces the whole of `cookie`, so it must say at least these. */
const isCookie = (c: unknown) =>
  checks(c, COOKIE_CHECKS) &&
  ['path', 'httpOnly', 'secure'].every((k) => Object.hasOwn(c as Fields, k));

const isOptions = (v: unknown) =>
  isObject(v) &&
  checks({ ...v, cookie: undefined }, { ...OPTION_CHECKS, cookie: (c) => c === undefined }) &&
  (v.cookie === undefined || isCookie(v.cookie));

const isForm = (v: unknown) =>
  v === undefined || (isObject(v) && Object.values(v).every((field) => isText(field)));

const ACTION_CHECKS: { [T in Action['type']]: (a: Fields) => boolean } = {
  request: (a) =>
    isId(a.visitorId) &&
    oneOf(['GET', 'POST'])(a.method) &&
    isText(a.path, 2048) &&
    String(a.path).startsWith('/') &&
    isForm(a.form) &&
    (a.scheme === undefined || a.scheme === 'http') &&
    (a.from === undefined || a.from === 'evil.example') &&
    (a.subresource === undefined || a.subresource === true),
  'advance-clock': (a) => isCount(a.ms, 10 * 365 * 24 * 3600_000),
  'add-visitor': (a) => oneOf(BROWSER_NAMES)(a.browser),
  'remove-visitor': (a) => isId(a.visitorId),
  'edit-cookie': (a) => isId(a.visitorId) && isText(a.name, 256) && isText(a.value),
  'add-cookie': (a) => isId(a.visitorId) && isText(a.name, 256) && isText(a.value),
  'delete-cookie': (a) => isId(a.visitorId) && isText(a.name, 256),
  'copy-cookie': (a) => isId(a.from) && isId(a.to) && isText(a.name, 256),
  'close-browser': (a) => isId(a.visitorId),
  'open-site': (a) => isId(a.visitorId) && (a.site === null || a.site === 'evil.example'),
  'block-cookies': (a) => isId(a.visitorId) && typeof a.blocked === 'boolean',
  'run-console': (a) => isId(a.visitorId),
  'restart-server': () => true,
  'collect-garbage': () => true,
  'set-options': (a) => isOptions(a.options),
  'set-app': (a) => sameShape(a.app, { ...DEFAULT_APP }),
  crowd: (a) => isCount(a.count, MAX_CROWD),
  'set-cluster': (a) =>
    oneOf(['per-server', 'sticky', 'replicated', 'central', null])(a.mode) &&
    (a.size === undefined || isCount(a.size, 3)),
  'set-engine': (a) => oneOf(ENGINE_NAMES)(a.engine),
  'set-php': (a) => sameShape(a.settings, { ...PHP_DEFAULTS }),
  'set-tomcat': (a) => sameShape(a.settings, { ...TOMCAT_DEFAULTS }),
  'set-flask': (a) =>
    checks(a.settings, {
      sessionType: oneOf(['cookie', 'filesystem']),
      permanentOnLogin: (v) => typeof v === 'boolean',
      sessionPermanent: (v) => typeof v === 'boolean',
      useSigner: (v) => typeof v === 'boolean',
    }),
  'set-laravel': (a) =>
    checks(a.settings, {
      lifetime: (v) => isCount(v, 525_600) && (v as number) > 0,
      lottery: (v) =>
        Array.isArray(v) && v.length === 2 && v.every((n) => isCount(n, 1_000_000)) && v[1] > 0,
    }),
};

export function isAction(value: unknown): value is Action {
  if (!isObject(value) || typeof value.type !== 'string') return false;
  const check = (ACTION_CHECKS as Record<string, (a: Fields) => boolean>)[value.type];
  return check !== undefined && Object.hasOwn(ACTION_CHECKS, value.type) && check(value);
}
