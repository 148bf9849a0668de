/**
 * The shop as a real Flask 2.2 app (Debian's python3-flask, run by /usr/bin/python3 on
 * Werkzeug's development server), for the differential suite (`flask-session.diff.test.ts`)
 * only: it runs in Node, never in the browser build. The routes are the simulated shop's
 * written the ordinary Flask way (`session.get`, `session['cart'] = …`, `session.clear()` on
 * logout). The session is Flask's own signed cookie, or Flask-Session 0.3.2's filesystem store
 * (Debian's python3-flask-session), as config.json says; it is read on every request.
 *
 * Time: itsdangerous, Flask and cachelib read the clock through time.time() and datetime.now();
 * the app points those at the lesson's clock, sent as `X-Lesson-Clock` (epoch ms) with each
 * request, so the timestamps inside the signed cookie, Expires and the store's expiry equal
 * the simulator's to the second.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WireRequest } from '../../http/wire';
import { INPUT_LIMITS } from '../limits';
import { USERS } from '../users';
import { sendOverHttp, type RealResponse } from './diff-client';
import { freePort, stopProcess, untilAnswers } from './real-process';

export const PYTHON = '/usr/bin/python3';

export interface FlaskConfig {
  /** SESSION_TYPE: Flask's own signed cookie, or Flask-Session's files. */
  type: 'cookie' | 'filesystem';
  /** `session.permanent = True` on login. */
  permanentOnLogin: boolean;
  /** Flask-Session's SESSION_PERMANENT. */
  sessionPermanent: boolean;
  /** Flask-Session's SESSION_USE_SIGNER. */
  useSigner: boolean;
  secretKey: string;
  /** A new run numbers its session IDs from 1 again. */
  run: number;
}

const APP = String.raw`
import hashlib, json, os, re, sys, time as _time, uuid
from datetime import datetime

import cachelib.file
import flask.sessions
import flask_session.sessions
import itsdangerous.timed
from flask import Flask, Response, request, session
from flask.sessions import SecureCookieSessionInterface
from flask_session import Session

HERE = os.path.dirname(os.path.abspath(__file__))
CLOCK = {'now': None}


class LessonTime:
    """time.time() on the lesson's clock when the request names it."""

    @staticmethod
    def time():
        return CLOCK['now'] if CLOCK['now'] is not None else _time.time()


class LessonDatetime(datetime):
    @classmethod
    def now(cls, tz=None):
        return datetime.fromtimestamp(LessonTime.time(), tz)


itsdangerous.timed.time = LessonTime
flask.sessions.datetime = LessonDatetime
cachelib.file.time = LessonTime.time

# Session IDs the simulator can make too: uuid4's form from sha256('session <n>'), n from 1 in
# each run of the test.
IDS = {'run': None, 'n': 0}


def lesson_uuid4():
    IDS['n'] += 1
    digest = hashlib.sha256(('session %d' % IDS['n']).encode()).digest()
    return uuid.UUID(bytes=digest[:16], version=4)


flask_session.sessions.uuid4 = lesson_uuid4

app = Flask(__name__)
with open(os.path.join(HERE, 'users.json')) as f:
    USERS = json.load(f)
with open(os.path.join(HERE, 'limits.json')) as f:
    LIMITS = json.load(f)


def configure():
    with open(os.path.join(HERE, 'config.json')) as f:
        cfg = json.load(f)
    app.secret_key = cfg['secretKey']
    if IDS['run'] != cfg['run']:
        IDS['run'], IDS['n'] = cfg['run'], 0
    app.config['PERMANENT_ON_LOGIN'] = cfg['permanentOnLogin']
    if cfg['type'] == 'filesystem':
        app.config.update(
            SESSION_TYPE='filesystem',
            SESSION_FILE_DIR=os.path.join(HERE, 'flask_session'),
            SESSION_PERMANENT=cfg['sessionPermanent'],
            SESSION_USE_SIGNER=cfg['useSigner'],
        )
        Session(app)
    else:
        app.session_interface = SecureCookieSessionInterface()


class LessonClock:
    def __init__(self, wsgi):
        self.wsgi = wsgi

    def __call__(self, environ, start_response):
        now = environ.get('HTTP_X_LESSON_CLOCK')
        CLOCK['now'] = int(now) / 1000 if now else None
        configure()
        return self.wsgi(environ, start_response)


app.wsgi_app = LessonClock(app.wsgi_app)


def public_user(uid):
    for u in USERS:
        if u['id'] == uid:
            return {'id': u['id'], 'name': u['displayName']}
    return None


def answer(status, page):
    body = json.dumps(page, ensure_ascii=False, separators=(',', ':'))
    return Response(body, status=status, mimetype='application/json')


@app.route('/', defaults={'path': ''}, methods=['GET', 'POST'])
@app.route('/<path:path>', methods=['GET', 'POST'])
def shop(path):
    status = 200

    # The shop's input rules: empty (after trim) or longer than the limit in UTF-16 units.
    def refuse(name):
        nonlocal status
        v = request.form.get(name, '')
        reason = 'empty' if v.strip() == '' else (
            'too-long' if len(v.encode('utf-16-le')) // 2 > LIMITS[name] else None)
        if reason:
            status = 400
        return reason

    route = request.method + ' ' + re.sub(r'(.)/$', r'\1', ('/' + path).lower())
    if route == 'GET /':
        page = {'page': 'home', 'user': public_user(session.get('user_id'))}
    elif route == 'GET /me':
        user = public_user(session.get('user_id'))
        if user:
            page = {'page': 'me', 'user': user, 'cart': session.get('cart', [])}
        else:
            status = 401
            page = {'page': 'login', 'error': 'login-required'}
    elif route == 'POST /cart':
        user = public_user(session.get('user_id'))
        rejected = refuse('item')
        if rejected:
            page = {'page': 'cart', 'user': user, 'cart': session.get('cart', []),
                    'error': rejected, 'field': 'item'}
        else:
            session['cart'] = session.get('cart', []) + [request.form['item']]
            page = {'page': 'cart', 'user': user, 'cart': session['cart']}
    elif route == 'POST /login':
        username_error = refuse('username')
        input_error = username_error or refuse('password')
        user = next((u for u in USERS if u['username'] == request.form.get('username')), None)
        if input_error:
            page = {'page': 'login', 'error': input_error,
                    'field': 'username' if username_error else 'password'}
        elif not user or user['password'] != request.form.get('password'):
            status = 401
            page = {'page': 'login', 'error': 'bad-credentials'}
        else:
            # Flask has no session ID to renew: a cookie session is new bytes on every change.
            cart = session.get('cart')
            session['user_id'] = user['id']
            if app.config['PERMANENT_ON_LOGIN']:
                session.permanent = True
            page = {'page': 'me', 'user': {'id': user['id'], 'name': user['displayName']},
                    'cart': cart or []}
    elif route == 'POST /logout':
        session.clear()
        page = {'page': 'home', 'user': None, 'loggedOut': True}
    else:
        status = 404
        page = {'page': 'not-found'}
    return answer(status, page)


if __name__ == '__main__':
    configure()
    app.run(host='127.0.0.1', port=int(sys.argv[1]), threaded=False)
`;

/** The IDs the real app makes: uuid4's form of sha256('session <n>'), n = 1, 2, … per run. */
export function lessonIds(): () => string {
  let n = 0;
  return () => {
    const b = createHash('sha256').update(`session ${++n}`).digest().subarray(0, 16);
    b[6] = (b[6]! & 0x0f) | 0x40;
    b[8] = (b[8]! & 0x3f) | 0x80;
    const hex = b.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
}

/** Reads Flask-Session's files: each one's expiry (seconds) and the pickled session. */
const READ_STORE = String.raw`
import json, os, pickle, struct, sys
from cachelib.file import FileSystemCache
d = sys.argv[1]
out = {}
if os.path.isdir(d):
    mgmt = os.path.basename(FileSystemCache(d)._get_filename('__wz_cache_count'))
    for name in sorted(os.listdir(d)):
        if name == mgmt or name.endswith('.__wz_cache'):
            continue
        with open(os.path.join(d, name), 'rb') as f:
            expires = struct.unpack('I', f.read(4))[0]
            out[name] = {'expires': expires, 'data': pickle.load(f)}
print(json.dumps(out, sort_keys=True))
`;

export interface FlaskFile {
  expires: number;
  data: Record<string, unknown>;
}

export interface RealFlask {
  configure(config: FlaskConfig): void;
  /** Sends the request with the lesson's clock (epoch ms) for the app to read. */
  send(req: WireRequest, now: number): Promise<RealResponse>;
  /** Flask-Session's files by name (md5 of `session:<sid>`). */
  store(): Record<string, FlaskFile>;
  /** Deletes every session file (a new scenario starts with an empty store). */
  clear(): void;
  stop(): Promise<void>;
}

/** Flask and Flask-Session as Debian installs them, for the interpreter that has them. */
export const hasFlask = () =>
  spawnSync(PYTHON, ['-c', 'import flask, flask_session, cachelib']).status === 0;

export async function startRealFlask(config: FlaskConfig): Promise<RealFlask> {
  const dir = mkdtempSync(join(tmpdir(), 'shop-flask-'));
  const files = join(dir, 'flask_session');
  writeFileSync(join(dir, 'app.py'), APP);
  writeFileSync(join(dir, 'users.json'), JSON.stringify(USERS));
  writeFileSync(join(dir, 'limits.json'), JSON.stringify(INPUT_LIMITS));
  const configure = (c: FlaskConfig) => writeFileSync(join(dir, 'config.json'), JSON.stringify(c));
  configure(config);
  const port = await freePort();
  const child: ChildProcess = spawn(PYTHON, ['app.py', String(port)], {
    cwd: dir,
    stdio: 'ignore',
  });
  const send = (req: WireRequest, now: number) =>
    sendOverHttp(port, req, { 'X-Lesson-Clock': String(now) });
  const clear = () => {
    rmSync(files, { recursive: true, force: true });
    mkdirSync(files);
  };
  await untilAnswers(
    () => send({ method: 'GET', url: `http://127.0.0.1:${port}/`, headers: [], body: '' }, 0),
    100,
    50,
  );
  clear();
  return {
    configure,
    send,
    store() {
      if (readdirSync(files).length === 0) return {};
      const out = spawnSync(PYTHON, ['-c', READ_STORE, files], { encoding: 'utf8' });
      if (out.status !== 0) throw new Error(out.stderr);
      return JSON.parse(out.stdout) as Record<string, FlaskFile>;
    },
    clear,
    stop: () => stopProcess(child, dir),
  };
}
