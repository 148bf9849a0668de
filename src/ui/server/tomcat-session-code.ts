/** Tomcat's session settings as web.xml and servlet code, with comments in the student's language. */
import type { TomcatSettings } from '../../sim/server/session/tomcat-file';
import type { CodeComment } from './php-session-code';

export function tomcatSessionCode(
  s: TomcatSettings,
  regenerateOnLogin: boolean,
  c: CodeComment,
): string {
  const minutes = Math.round(s.maxInactiveInterval / 60);
  return [
    '<!-- WEB-INF/web.xml -->',
    '<session-config>',
    `  <session-timeout>${minutes}</session-timeout> <!-- ${c('timeout')} -->`,
    '</session-config>',
    `<!-- context.xml: <Context useHttpOnly="${s.useHttpOnly}"> ${c(s.useHttpOnly ? 'httpOnly' : 'noHttpOnly')} -->`,
    '',
    '// ShopServlet.java',
    `HttpSession session = request.getSession(); // ${c('getSession')}`,
    '',
    '// POST /login',
    `${regenerateOnLogin ? '' : '// '}request.changeSessionId(); // ${c('login')}`,
    'session.setAttribute("userId", user.id());',
    '',
    '// POST /logout',
    `session.invalidate(); // ${c('logout')}`,
    'Cookie gone = new Cookie("JSESSIONID", "");',
    'gone.setMaxAge(0);',
    'gone.setPath("/");',
    `response.addCookie(gone); // ${c('clear')}`,
  ].join('\n');
}
