/** PHP's session settings as the code that sets them up, with comments in the student's language. */
import type { PhpSettings } from '../../sim/server/session/php-file';

/** A comment's text by its key under settings.phpCode. */
export type CodeComment = (key: string, vars?: Record<string, string | number>) => string;

const flag = (on: boolean) => (on ? "'1'" : "'0'");

export function phpSessionCode(s: PhpSettings, regenerateOnLogin: boolean, c: CodeComment): string {
  return [
    '<?php',
    `// ${c('ini')}`,
    `ini_set('session.use_strict_mode', ${flag(s.useStrictMode)}); // ${c(s.useStrictMode ? 'strictOn' : 'strictOff')}`,
    `ini_set('session.cookie_httponly', ${flag(s.cookieHttponly)}); // ${c(s.cookieHttponly ? 'httponlyOn' : 'httponlyOff')}`,
    `// session.gc_maxlifetime = ${s.gcMaxlifetime}: ${c('gc', { minutes: Math.round(s.gcMaxlifetime / 60), probability: s.gcProbability, divisor: s.gcDivisor })}`,
    `session_start(); // ${c('start')}`,
    '',
    '// POST /login',
    `${regenerateOnLogin ? '' : '// '}session_regenerate_id(true); // ${c('login')}`,
    "$_SESSION['user_id'] = $user['id'];",
    '',
    '// POST /logout',
    `session_destroy(); // ${c('logout')}`,
    '$p = session_get_cookie_params();',
    `setcookie(session_name(), '', time() - 42000, $p['path']); // ${c('clear')}`,
  ].join('\n');
}
