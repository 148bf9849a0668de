/** Laravel's session settings as .env, config/session.php and routes, commented in the student's language. */
import { APP_KEY, type LaravelSettings } from '../../sim/server/session/laravel-file';
import type { CodeComment } from './php-session-code';

export function laravelSessionCode(
  s: LaravelSettings,
  regenerateOnLogin: boolean,
  c: CodeComment,
): string {
  const [wins, of] = s.lottery;
  return [
    '# .env',
    `APP_KEY=${APP_KEY}  # ${c('env')}`,
    `SESSION_DRIVER=database  # ${c('driver')}`,
    '',
    '// config/session.php',
    `'lifetime' => ${s.lifetime},  // ${c('lifetime')}`,
    `'lottery' => [${wins}, ${of}],  // ${c('lottery', { wins, of })}`,
    "'cookie' => 'laravel_session',",
    "'http_only' => true,",
    "'same_site' => 'lax',",
    '',
    '// routes/web.php',
    `// ${c('start')}`,
    "Route::post('/login', function (Request $request) {",
    "    if (Auth::attempt($request->only('username', 'password'))) {",
    `        // ${c('login')}`,
    `        ${regenerateOnLogin ? '' : '// '}$request->session()->regenerate(); // ${c('regenerate')}`,
    '    }',
    '});',
    "Route::post('/logout', function (Request $request) {",
    '    Auth::logout();',
    `    $request->session()->invalidate(); // ${c('logout')}`,
    `    $request->session()->regenerateToken(); // ${c('token')}`,
    '});',
  ].join('\n');
}
