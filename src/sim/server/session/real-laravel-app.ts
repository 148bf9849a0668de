/**
 * The shop as a real Laravel 8.83 app for the differential suite (`laravel-session.diff.test.ts`)
 * only: Debian's php-laravel-framework (Illuminate's components without a full app skeleton) on
 * php-cli's built-in server. The front controller wires what a new Laravel app's `web` group
 * runs for sessions — Illuminate\Cookie\Middleware\EncryptCookies around
 * Illuminate\Session\Middleware\StartSession, SessionManager's database driver on SQLite
 * through Capsule, config/session.php's defaults — and a controller that logs in with
 * SessionGuard::attempt() and `$request->session()->regenerate()`, logs out with logout(),
 * invalidate() and regenerateToken(). Every path is a route (the shop's or a fallback), so a GET
 * stores `_previous.url` as in an app. Time: the `X-Test-Now` header pins Carbon's clock to the
 * simulator's (Carbon::setTestNow), so expiry after 120 minutes needs no waiting.
 * Node only (tests), never in the browser build.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WireRequest } from '../../http/wire';
import { INPUT_LIMITS } from '../limits';
import { USERS } from '../users';
import { sendOverHttp, type RealResponse } from './diff-client';
import { APP_KEY } from './laravel-file';
import { freePort, stopProcess, untilAnswers } from './real-process';

/** Where Debian's php-laravel-framework puts Illuminate. */
const ILLUMINATE = '/usr/share/php/Illuminate/autoload.php';

export interface LaravelConfig {
  /** config/session.php 'lifetime', in minutes. */
  lifetime: number;
  lottery: [number, number];
  /** `$request->session()->regenerate()` after Auth::attempt() in the login route. */
  regenerate: boolean;
  appKey: string;
}

const FRONT_CONTROLLER = String.raw`<?php
// The shop as a Laravel 8.83 app: Illuminate's own EncryptCookies and StartSession middleware
// around the routes, sessions in a SQLite 'sessions' table, users logged in by SessionGuard.
require '/usr/share/php/Illuminate/autoload.php';

use Illuminate\Auth\GenericUser;
use Illuminate\Auth\SessionGuard;
use Illuminate\Config\Repository;
use Illuminate\Container\Container;
use Illuminate\Contracts\Auth\Authenticatable;
use Illuminate\Contracts\Auth\Guard;
use Illuminate\Contracts\Auth\UserProvider;
use Illuminate\Cookie\Middleware\EncryptCookies;
use Illuminate\Database\Capsule\Manager as Capsule;
use Illuminate\Encryption\Encrypter;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Routing\Route;
use Illuminate\Session\Middleware\StartSession;
use Illuminate\Session\SessionManager;
use Illuminate\Support\Carbon;
use Illuminate\Support\DateFactory;
use Illuminate\Support\Facades\Facade;

$cfg = json_decode(file_get_contents(__DIR__ . '/config.json'), true);
$users = json_decode(file_get_contents(__DIR__ . '/users.json'), true);
$limits = json_decode(file_get_contents(__DIR__ . '/limits.json'), true);

// The test's clock: the simulator's time, pinned for this request.
if (isset($_SERVER['HTTP_X_TEST_NOW'])) {
    Carbon::setTestNow(Carbon::createFromTimestamp((int) $_SERVER['HTTP_X_TEST_NOW']));
}

$app = new Container;
Container::setInstance($app);
Facade::setFacadeApplication($app);
$app->instance('date', new DateFactory);
// config/session.php of a new Laravel 8 app, SESSION_DRIVER=database.
$app->instance('config', new Repository(['session' => [
    'driver' => 'database', 'lifetime' => $cfg['lifetime'], 'expire_on_close' => false,
    'encrypt' => false, 'connection' => null, 'table' => 'sessions',
    'lottery' => $cfg['lottery'], 'cookie' => 'laravel_session', 'path' => '/',
    'domain' => null, 'secure' => null, 'http_only' => true, 'same_site' => 'lax',
]]));
$capsule = new Capsule;
$capsule->addConnection(['driver' => 'sqlite', 'database' => __DIR__ . '/database.sqlite']);
$app->instance('db', $capsule->getDatabaseManager());

$request = Request::capture();
// The site is served over https (the simulator's origin); php -S speaks plain HTTP.
$request->server->set('HTTPS', 'on');
$app->instance('request', $request);

class ShopUsers implements UserProvider {
    public function __construct(private array $users) {}
    private function user($u) {
        return $u ? new GenericUser($u + ['remember_token' => null]) : null;
    }
    public function retrieveById($id) {
        foreach ($this->users as $u) if ($u['id'] === $id) return $this->user($u);
        return null;
    }
    public function retrieveByToken($id, $token) { return null; }
    public function updateRememberToken(Authenticatable $user, $token) {}
    public function retrieveByCredentials(array $c) {
        foreach ($this->users as $u) if ($u['username'] === $c['username']) return $this->user($u);
        return null;
    }
    public function validateCredentials(Authenticatable $user, array $c) {
        return $user->getAuthPassword() === $c['password'];
    }
}

$manager = new SessionManager($app);
$encrypter = new Encrypter(base64_decode(substr($cfg['appKey'], 7)), 'AES-256-CBC');

function field($name) {
    $v = Container::getInstance()->make('request')->input($name) ?? '';
    return is_array($v) ? '' : $v;
}

$shop = function (Request $request) use ($app, $manager, $users, $limits, $cfg) {
    $session = $request->session();
    $guard = new SessionGuard('web', new ShopUsers($users), $session, $request);
    $app->instance(Guard::class, $guard);
    $public = fn ($u) => $u ? ['id' => $u->id, 'name' => $u->displayName] : null;
    $status = 200;
    $refuse = function ($name) use ($limits, &$status) {
        $v = field($name);
        $reason = trim($v) === '' ? 'empty'
            : (strlen(iconv('UTF-8', 'UTF-16LE', $v)) / 2 > $limits[$name] ? 'too-long' : null);
        if ($reason) $status = 400;
        return $reason;
    };
    $path = preg_replace('#(.)/$#', '$1', strtolower('/' . ltrim($request->getPathInfo(), '/')));
    switch ($request->getMethod() . ' ' . $path) {
        case 'GET /':
            $page = ['page' => 'home', 'user' => $public($guard->user())];
            break;
        case 'GET /me':
            if ($user = $guard->user()) {
                $page = ['page' => 'me', 'user' => $public($user), 'cart' => $session->get('cart', [])];
            } else {
                $status = 401;
                $page = ['page' => 'login', 'error' => 'login-required'];
            }
            break;
        case 'POST /cart':
            $user = $public($guard->user());
            if ($rejected = $refuse('item')) {
                $page = ['page' => 'cart', 'user' => $user, 'cart' => $session->get('cart', []),
                    'error' => $rejected, 'field' => 'item'];
                break;
            }
            $session->push('cart', field('item'));
            $page = ['page' => 'cart', 'user' => $user, 'cart' => $session->get('cart')];
            break;
        case 'POST /login':
            $usernameError = $refuse('username');
            if ($inputError = $usernameError ?? $refuse('password')) {
                $page = ['page' => 'login', 'error' => $inputError,
                    'field' => $usernameError ? 'username' : 'password'];
                break;
            }
            if (! $guard->attempt(['username' => field('username'), 'password' => field('password')])) {
                $status = 401;
                $page = ['page' => 'login', 'error' => 'bad-credentials'];
                break;
            }
            if ($cfg['regenerate']) $session->regenerate();
            $page = ['page' => 'me', 'user' => $public($guard->user()), 'cart' => $session->get('cart', [])];
            break;
        case 'POST /logout':
            $guard->logout();
            $session->invalidate();
            $session->regenerateToken();
            $page = ['page' => 'home', 'user' => null, 'loggedOut' => true];
            break;
        default:
            $status = 404;
            $page = ['page' => 'not-found'];
    }
    return new JsonResponse($page, $status, [], JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
};

// Every path is a route (the shop's, or its fallback), so StartSession remembers GET URLs.
$route = new Route([$request->getMethod()], $request->path(), $shop);
$request->setRouteResolver(fn () => $route);

$start = new StartSession($manager);
$cookies = new EncryptCookies($encrypter);
$response = $cookies->handle($request, fn ($r) => $start->handle($r, $shop));
$response->send();
`;

/** The `sessions` table as `php artisan session:table` makes it. */
const MIGRATION = String.raw`<?php
require '/usr/share/php/Illuminate/autoload.php';
$db = new Illuminate\Database\Capsule\Manager;
$db->addConnection(['driver' => 'sqlite', 'database' => $argv[1]]);
$schema = $db->getConnection()->getSchemaBuilder();
$schema->dropIfExists('sessions');
$schema->create('sessions', function ($table) {
    $table->string('id')->primary();
    $table->foreignId('user_id')->nullable()->index();
    $table->string('ip_address', 45)->nullable();
    $table->text('user_agent')->nullable();
    $table->longText('payload');
    $table->integer('last_activity')->index();
});
`;

/** What the table holds, read with PHP's PDO as rows of its columns. */
const DUMP = String.raw`<?php
$db = new PDO('sqlite:' . $argv[1]);
echo json_encode($db->query('SELECT * FROM sessions ORDER BY rowid')->fetchAll(PDO::FETCH_ASSOC));
`;

export interface SessionsRow {
  id: string;
  user_id: number | null;
  ip_address: string | null;
  user_agent: string | null;
  payload: string;
  last_activity: number;
}

export interface RealLaravel {
  configure(config: LaravelConfig): void;
  /** Sends the request with Carbon's clock pinned to `now` (epoch ms). */
  send(req: WireRequest, now: number): Promise<RealResponse>;
  /** The `sessions` table, in insertion order. */
  store(): SessionsRow[];
  /** An empty table (a new scenario). */
  clear(): void;
  stop(): Promise<void>;
}

export const hasLaravel = () =>
  existsSync(ILLUMINATE) &&
  spawnSync('php', [
    '-r',
    'exit(extension_loaded("pdo_sqlite") && extension_loaded("mbstring") ? 0 : 1);',
  ]).status === 0;

export async function startRealLaravel(): Promise<RealLaravel> {
  const dir = mkdtempSync(join(tmpdir(), 'shop-laravel-'));
  const database = join(dir, 'database.sqlite');
  writeFileSync(join(dir, 'index.php'), FRONT_CONTROLLER);
  writeFileSync(join(dir, 'migrate.php'), MIGRATION);
  writeFileSync(join(dir, 'dump.php'), DUMP);
  writeFileSync(join(dir, 'users.json'), JSON.stringify(USERS));
  writeFileSync(join(dir, 'limits.json'), JSON.stringify(INPUT_LIMITS));
  writeFileSync(database, '');
  const clear = () => {
    const r = spawnSync('php', ['migrate.php', database], { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`migration failed: ${r.stderr}${r.stdout}`);
  };
  clear();
  const port = await freePort();
  const child: ChildProcess = spawn(
    'php',
    ['-d', 'display_errors=0', '-S', `127.0.0.1:${port}`, 'index.php'],
    { cwd: dir, stdio: 'ignore' },
  );
  const laravel: RealLaravel = {
    configure(config) {
      writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
    },
    send: (req, now) => sendOverHttp(port, req, { 'X-Test-Now': String(Math.floor(now / 1000)) }),
    store() {
      const r = spawnSync('php', ['dump.php', database], { cwd: dir, encoding: 'utf8' });
      return JSON.parse(r.stdout) as SessionsRow[];
    },
    clear,
    stop: () => stopProcess(child, dir),
  };
  laravel.configure({ lifetime: 120, lottery: [0, 100], regenerate: true, appKey: APP_KEY });
  await untilAnswers(() => fetch(`http://127.0.0.1:${port}/`).then((r) => r.status), 100, 50);
  clear();
  return laravel;
}
