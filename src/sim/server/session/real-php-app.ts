/**
 * The shop as a real PHP app on php-cli's built-in server with PHP's own session module and
 * files store, for the differential suite (`php-session.diff.test.ts`) only: it runs in Node,
 * never in the browser build. The routes are the simulated shop's written the ordinary PHP way
 * (session_start(), $_SESSION, session_regenerate_id(true), session_destroy() and the PHP
 * manual's setcookie() on logout). The php.ini settings a scenario changes are read from
 * config.json on every request, before session_start().
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WireRequest } from '../../http/wire';
import { INPUT_LIMITS } from '../limits';
import { USERS } from '../users';
import { sendOverHttp, type RealResponse } from './diff-client';
import { freePort, stopProcess, untilAnswers } from './real-process';

export interface PhpConfig {
  strict: boolean;
  httponly: boolean;
  maxlifetime: number;
  probability: number;
  divisor: number;
  regenerate: boolean;
}

const ROUTER = String.raw`<?php
$cfg = json_decode(file_get_contents(__DIR__ . '/config.json'), true);
ini_set('session.use_strict_mode', $cfg['strict'] ? '1' : '0');
ini_set('session.cookie_httponly', $cfg['httponly'] ? '1' : '0');
ini_set('session.gc_maxlifetime', (string) $cfg['maxlifetime']);
ini_set('session.gc_probability', (string) $cfg['probability']);
ini_set('session.gc_divisor', (string) $cfg['divisor']);
$users = json_decode(file_get_contents(__DIR__ . '/users.json'), true);
$limits = json_decode(file_get_contents(__DIR__ . '/limits.json'), true);

session_start();
$active = session_status() === PHP_SESSION_ACTIVE;

function public_user($id) {
    global $users;
    foreach ($users as $u) {
        if ($u['id'] === $id) return ['id' => $u['id'], 'name' => $u['displayName']];
    }
    return null;
}
function field($name) { $v = $_POST[$name] ?? ''; return is_array($v) ? '' : $v; }
// The shop's input rules: empty (after trim) or longer than the limit, counted in UTF-16 units.
function refuse($name) {
    global $limits, $status;
    $v = field($name);
    $reason = trim($v) === '' ? 'empty'
        : (strlen(iconv('UTF-8', 'UTF-16LE', $v)) / 2 > $limits[$name] ? 'too-long' : null);
    if ($reason) $status = 400;
    return $reason;
}

$status = 200;
$path = strtolower(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
$path = preg_replace('#(.)/$#', '$1', $path);
switch ($_SERVER['REQUEST_METHOD'] . ' ' . $path) {
    case 'GET /':
        $page = ['page' => 'home', 'user' => public_user($_SESSION['user_id'] ?? null)];
        break;
    case 'GET /me':
        $user = public_user($_SESSION['user_id'] ?? null);
        if ($user) {
            $page = ['page' => 'me', 'user' => $user, 'cart' => $_SESSION['cart'] ?? []];
        } else {
            $status = 401;
            $page = ['page' => 'login', 'error' => 'login-required'];
        }
        break;
    case 'POST /cart':
        $user = public_user($_SESSION['user_id'] ?? null);
        $rejected = refuse('item');
        if ($rejected || !$active) {
            $page = ['page' => 'cart', 'user' => $user, 'cart' => $_SESSION['cart'] ?? [],
                'error' => $rejected ?? 'empty', 'field' => 'item'];
            break;
        }
        $_SESSION['cart'] = array_merge($_SESSION['cart'] ?? [], [field('item')]);
        $page = ['page' => 'cart', 'user' => $user, 'cart' => $_SESSION['cart']];
        break;
    case 'POST /login':
        $usernameError = refuse('username');
        $inputError = $usernameError ?? refuse('password');
        if ($inputError) {
            $page = ['page' => 'login', 'error' => $inputError,
                'field' => $usernameError ? 'username' : 'password'];
            break;
        }
        $user = null;
        foreach ($users as $u) if ($u['username'] === field('username')) $user = $u;
        if (!$user || $user['password'] !== field('password') || !$active) {
            $status = 401;
            $page = ['page' => 'login', 'error' => 'bad-credentials'];
            break;
        }
        $cart = $_SESSION['cart'] ?? null;
        if ($cfg['regenerate']) {
            session_regenerate_id(true);
            if ($cart) $_SESSION['cart'] = $cart;
        }
        $_SESSION['user_id'] = $user['id'];
        $page = ['page' => 'me', 'user' => ['id' => $user['id'], 'name' => $user['displayName']],
            'cart' => $cart ?? []];
        break;
    case 'POST /logout':
        if ($active) session_destroy();
        $params = session_get_cookie_params();
        setcookie(session_name(), '', time() - 42000, $params['path'], $params['domain'],
            $params['secure'], $params['httponly']);
        $page = ['page' => 'home', 'user' => null, 'loggedOut' => true];
        break;
    default:
        $status = 404;
        $page = ['page' => 'not-found'];
}
// What the end of the script does anyway, before the answer leaves: the file is on disk
// when the client reads the store.
if (session_status() === PHP_SESSION_ACTIVE) session_write_close();
http_response_code($status);
header('Content-Type: application/json');
echo json_encode($page, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
`;

export interface RealPhp {
  configure(config: PhpConfig): void;
  send(req: WireRequest): Promise<RealResponse>;
  /** The files store: every `sess_<id>` file and its text. */
  store(): Map<string, string>;
  /** Deletes every session file (a new scenario starts with an empty store). */
  clear(): void;
  stop(): Promise<void>;
}

export const hasPhp = () => spawnSync('php', ['-v']).status === 0;

export async function startRealPhp(): Promise<RealPhp> {
  const dir = mkdtempSync(join(tmpdir(), 'shop-php-'));
  const sessions = join(dir, 'sessions');
  spawnSync('mkdir', [sessions]);
  writeFileSync(join(dir, 'router.php'), ROUTER);
  writeFileSync(join(dir, 'users.json'), JSON.stringify(USERS));
  writeFileSync(join(dir, 'limits.json'), JSON.stringify(INPUT_LIMITS));
  const port = await freePort();
  // The php.ini php-cli really loads (Debian's), with only the store's folder and error display
  // changed: warnings go to the server's log, not into the page.
  const child: ChildProcess = spawn(
    'php',
    [
      '-d',
      `session.save_path=${sessions}`,
      '-d',
      'display_errors=0',
      '-S',
      `127.0.0.1:${port}`,
      'router.php',
    ],
    { cwd: dir, stdio: 'ignore' },
  );
  const send = (req: WireRequest) => sendOverHttp(port, req);
  const clear = () => {
    for (const f of readdirSync(sessions)) rmSync(join(sessions, f));
  };
  const php: RealPhp = {
    configure(config) {
      writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
    },
    send,
    store() {
      const files = new Map<string, string>();
      for (const f of readdirSync(sessions).sort()) {
        if (f.startsWith('sess_')) files.set(f.slice(5), readFileSync(join(sessions, f), 'utf8'));
      }
      return files;
    },
    clear,
    stop: () => stopProcess(child, dir),
  };
  // Ready when it answers.
  php.configure({
    strict: false,
    httponly: false,
    maxlifetime: 1440,
    probability: 0,
    divisor: 1000,
    regenerate: true,
  });
  await untilAnswers(
    () => send({ method: 'GET', url: `http://127.0.0.1:${port}/nothing`, headers: [], body: '' }),
    100,
    50,
  );
  clear();
  return php;
}
