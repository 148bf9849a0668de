/** The Flask app's session set-up as Python, with comments in the student's language. */
import type { FlaskSettings } from '../../sim/server/session/flask-file';
import type { CodeComment } from './php-session-code';

const py = (on: boolean) => (on ? 'True' : 'False');

export function flaskSessionCode(s: FlaskSettings, c: CodeComment): string {
  const files = s.sessionType === 'filesystem';
  return [
    '# app.py',
    'import os',
    'from flask import Flask, session',
    ...(files ? ['from flask_session import Session'] : []),
    '',
    'app = Flask(__name__)',
    `app.secret_key = os.environ["SECRET_KEY"]  # ${c('secret')}`,
    ...(files
      ? [
          `app.config["SESSION_TYPE"] = "filesystem"  # ${c('filesystem')}`,
          `app.config["SESSION_PERMANENT"] = ${py(s.sessionPermanent)}  # ${c('permanent')}`,
          `app.config["SESSION_USE_SIGNER"] = ${py(s.useSigner)}  # ${c('signer')}`,
          'Session(app)',
        ]
      : [`# ${c('cookie')}`]),
    '',
    '@app.post("/login")',
    'def login():',
    '    ...',
    `    # ${c(files ? 'loginFiles' : 'login')}`,
    '    session["user_id"] = user.id',
    `    ${s.permanentOnLogin ? '' : '# '}session.permanent = True  # ${c('permanentLogin')}`,
    '',
    '@app.post("/logout")',
    'def logout():',
    `    session.clear()  # ${c('logout')}`,
  ].join('\n');
}
