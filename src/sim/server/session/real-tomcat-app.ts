/**
 * The shop as a real servlet on a real Tomcat 10 (Debian's tomcat10 package), for the
 * differential suite (`tomcat-session.diff.test.ts`) only: it runs in Node, never in the browser
 * build. The test compiles the servlet with javac against Tomcat's servlet API, writes a
 * CATALINA_BASE in a temporary folder (Debian's context.xml and global web.xml, a connector on a
 * free loopback port, the app as ROOT) and starts Tomcat once.
 *
 * The routes are the simulated shop's written the ordinary servlet way: request.getSession() on
 * every request (what a JSP page does), changeSessionId() on login, invalidate() on logout and a
 * Max-Age=0 cookie to clear it. A listener keeps a list of the manager's sessions for the test
 * (`/__sessions`, which creates none): IDs, attributes, idle limit.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WireRequest } from '../../http/wire';
import { INPUT_LIMITS } from '../limits';
import { USERS } from '../users';
import { sendOverHttp, type RealResponse } from './diff-client';
import { freePort, stopProcess, untilAnswers } from './real-process';

export const CATALINA_HOME = '/usr/share/tomcat10';
const SERVLET_API = '/usr/share/java/tomcat10-servlet-api.jar';

export const hasTomcat = () =>
  existsSync(join(CATALINA_HOME, 'bin/bootstrap.jar')) &&
  existsSync(SERVLET_API) &&
  spawnSync('javac', ['-version']).status === 0;

const javaString = (s: string) => JSON.stringify(s);

const SERVLET = `
import jakarta.servlet.*;
import jakarta.servlet.http.*;
import java.io.*;
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.ConcurrentHashMap;

public class Shop extends HttpServlet {
  static final Map<String, HttpSession> SESSIONS = new ConcurrentHashMap<>();
  static final String[][] USERS = { ${USERS.map((u) => `{ "${u.id}", ${javaString(u.username)}, ${javaString(u.password)}, ${javaString(u.displayName)} }`).join(', ')} };

  /** The test's view of the session manager. */
  public static class Tracker implements HttpSessionListener, HttpSessionIdListener {
    public void sessionCreated(HttpSessionEvent e) { SESSIONS.put(e.getSession().getId(), e.getSession()); }
    public void sessionDestroyed(HttpSessionEvent e) { SESSIONS.remove(e.getSession().getId()); }
    public void sessionIdChanged(HttpSessionEvent e, String oldId) {
      SESSIONS.remove(oldId);
      SESSIONS.put(e.getSession().getId(), e.getSession());
    }
  }

  static String json(String s) {
    StringBuilder b = new StringBuilder("\\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\\\') b.append('\\\\').append(c);
      else if (c < 0x20) b.append(String.format("\\\\u%04x", (int) c));
      else b.append(c);
    }
    return b.append('"').toString();
  }
  static String user(Integer id) {
    if (id == null) return "null";
    for (String[] u : USERS) if (Integer.parseInt(u[0]) == id) return "{\\"id\\":" + u[0] + ",\\"name\\":" + json(u[3]) + "}";
    return "null";
  }
  static String list(List<String> items) {
    StringJoiner j = new StringJoiner(",", "[", "]");
    if (items != null) for (String i : items) j.add(json(i));
    return j.toString();
  }
  static String field(HttpServletRequest req, String name) {
    String v = req.getParameter(name);
    return v == null ? "" : v;
  }
  int status;
  static final Map<String, Integer> LIMITS = Map.of(${Object.entries(INPUT_LIMITS)
    .map(([k, v]) => `"${k}", ${v}`)
    .join(', ')});
  static String refuse(HttpServletRequest req, String name, int[] status) {
    String v = field(req, name);
    String reason = v.strip().isEmpty() ? "empty" : v.length() > LIMITS.get(name) ? "too-long" : null;
    if (reason != null) status[0] = 400;
    return reason;
  }

  @SuppressWarnings("unchecked")
  protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
    req.setCharacterEncoding("UTF-8");
    Properties cfg = new Properties();
    try (Reader r = Files.newBufferedReader(Paths.get(System.getProperty("shop.config")))) { cfg.load(r); }
    String path = req.getRequestURI().toLowerCase().replaceAll("(.)/$", "$1");
    if (path.equals("/__sessions")) {
      StringBuilder out = new StringBuilder();
      for (HttpSession s : new TreeMap<>(SESSIONS).values()) {
        try {
          // Idle past its limit: expired, whether or not the background processor has run yet.
          if (System.currentTimeMillis() - s.getLastAccessedTime() > s.getMaxInactiveInterval() * 1000L) continue;
          out.append(s.getId()).append(' ').append(s.getMaxInactiveInterval()).append(' ')
             .append(s.getAttribute("userId")).append(' ').append(list((List<String>) s.getAttribute("cart"))).append('\\n');
        } catch (IllegalStateException gone) { /* invalidated meanwhile */ }
      }
      res.setContentType("text/plain;charset=UTF-8");
      res.getWriter().write(out.toString());
      return;
    }
    HttpSession session = req.getSession();
    if (session.isNew()) session.setMaxInactiveInterval(Integer.parseInt(cfg.getProperty("maxInactive")));
    int[] status = { 200 };
    String page;
    switch (req.getMethod() + " " + path) {
      case "GET /":
        page = "{\\"page\\":\\"home\\",\\"user\\":" + user((Integer) session.getAttribute("userId")) + "}";
        break;
      case "GET /me": {
        String u = user((Integer) session.getAttribute("userId"));
        if (!u.equals("null")) {
          page = "{\\"page\\":\\"me\\",\\"user\\":" + u + ",\\"cart\\":" + list((List<String>) session.getAttribute("cart")) + "}";
        } else {
          status[0] = 401;
          page = "{\\"page\\":\\"login\\",\\"error\\":\\"login-required\\"}";
        }
        break;
      }
      case "POST /cart": {
        String u = user((Integer) session.getAttribute("userId"));
        String rejected = refuse(req, "item", status);
        List<String> cart = (List<String>) session.getAttribute("cart");
        if (rejected != null) {
          page = "{\\"page\\":\\"cart\\",\\"user\\":" + u + ",\\"cart\\":" + list(cart) + ",\\"error\\":\\"" + rejected + "\\",\\"field\\":\\"item\\"}";
          break;
        }
        List<String> next = new ArrayList<>(cart == null ? List.of() : cart);
        next.add(field(req, "item"));
        session.setAttribute("cart", next);
        page = "{\\"page\\":\\"cart\\",\\"user\\":" + u + ",\\"cart\\":" + list(next) + "}";
        break;
      }
      case "POST /login": {
        String usernameError = refuse(req, "username", status);
        String inputError = usernameError != null ? usernameError : refuse(req, "password", status);
        if (inputError != null) {
          page = "{\\"page\\":\\"login\\",\\"error\\":\\"" + inputError + "\\",\\"field\\":\\"" + (usernameError != null ? "username" : "password") + "\\"}";
          break;
        }
        String[] found = null;
        for (String[] u : USERS) if (u[1].equals(field(req, "username"))) found = u;
        if (found == null || !found[2].equals(field(req, "password"))) {
          status[0] = 401;
          page = "{\\"page\\":\\"login\\",\\"error\\":\\"bad-credentials\\"}";
          break;
        }
        List<String> cart = (List<String>) session.getAttribute("cart");
        if (Boolean.parseBoolean(cfg.getProperty("regenerate"))) req.changeSessionId();
        session.setAttribute("userId", Integer.parseInt(found[0]));
        page = "{\\"page\\":\\"me\\",\\"user\\":" + user(Integer.parseInt(found[0])) + ",\\"cart\\":" + list(cart) + "}";
        break;
      }
      case "POST /logout": {
        session.invalidate();
        Cookie clear = new Cookie("JSESSIONID", "");
        clear.setPath("/");
        clear.setMaxAge(0);
        clear.setHttpOnly(true);
        res.addCookie(clear);
        page = "{\\"page\\":\\"home\\",\\"user\\":null,\\"loggedOut\\":true}";
        break;
      }
      default:
        status[0] = 404;
        page = "{\\"page\\":\\"not-found\\"}";
    }
    res.setStatus(status[0]);
    res.setContentType("application/json;charset=UTF-8");
    res.getWriter().write(page);
  }
}
`;

const WEB_XML = `<?xml version="1.0" encoding="UTF-8"?>
<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0" metadata-complete="true">
  <listener><listener-class>Shop$Tracker</listener-class></listener>
  <servlet><servlet-name>shop</servlet-name><servlet-class>Shop</servlet-class></servlet>
  <servlet-mapping><servlet-name>shop</servlet-name><url-pattern>/</url-pattern></servlet-mapping>
</web-app>
`;

const serverXml = (port: number) => `<?xml version="1.0" encoding="UTF-8"?>
<Server port="-1" shutdown="SHUTDOWN">
  <Service name="Catalina">
    <Connector port="${port}" address="127.0.0.1" protocol="HTTP/1.1" connectionTimeout="20000" />
    <Engine name="Catalina" defaultHost="localhost">
      <Host name="localhost" appBase="webapps" unpackWARs="false" autoDeploy="false" />
    </Engine>
  </Service>
</Server>
`;

export interface TomcatConfig {
  /** Seconds: what the app sets on every new session (setMaxInactiveInterval). */
  maxInactive: number;
  regenerate: boolean;
}

export interface TomcatSession {
  id: string;
  maxInactiveInterval: number;
  userId: number | null;
  cart: string;
}

export interface RealTomcat {
  configure(config: TomcatConfig): void;
  send(req: WireRequest): Promise<RealResponse>;
  /** The manager's live sessions as the app's listener saw them, sorted by ID. */
  sessions(): Promise<TomcatSession[]>;
  stop(): Promise<void>;
}

export async function startRealTomcat(): Promise<RealTomcat> {
  const base = mkdtempSync(join(tmpdir(), 'shop-tomcat-'));
  for (const d of ['conf', 'logs', 'temp', 'work', 'webapps/ROOT/WEB-INF/classes']) {
    mkdirSync(join(base, d), { recursive: true });
  }
  const port = await freePort();
  writeFileSync(join(base, 'conf/server.xml'), serverXml(port));
  // Debian's context.xml (the default StandardManager) and Tomcat's global web.xml.
  copyFileSync('/etc/tomcat10/context.xml', join(base, 'conf/context.xml'));
  copyFileSync('/etc/tomcat10/web.xml', join(base, 'conf/web.xml'));
  const classes = join(base, 'webapps/ROOT/WEB-INF/classes');
  writeFileSync(join(base, 'webapps/ROOT/WEB-INF/web.xml'), WEB_XML);
  writeFileSync(join(base, 'Shop.java'), SERVLET);
  const javac = spawnSync('javac', [
    '-cp',
    SERVLET_API,
    '-d',
    classes,
    '-encoding',
    'UTF-8',
    join(base, 'Shop.java'),
  ]);
  if (javac.status !== 0) throw new Error(`javac failed: ${javac.stderr.toString()}`);
  const config = join(base, 'shop.properties');
  const tomcat: RealTomcat = {
    configure(c) {
      writeFileSync(config, `maxInactive=${c.maxInactive}\nregenerate=${c.regenerate}\n`);
    },
    send: (req) => sendOverHttp(port, req),
    async sessions() {
      const res = await sendOverHttp(port, {
        method: 'GET',
        url: 'http://127.0.0.1/__sessions',
        headers: [],
        body: '',
      });
      return res.body
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const [id, max, userId, cart] = line.split(' ');
          return {
            id: id!,
            maxInactiveInterval: Number(max),
            userId: userId === 'null' ? null : Number(userId),
            cart: cart!,
          };
        });
    },
    stop: () => stopProcess(child, base),
  };
  tomcat.configure({ maxInactive: 1800, regenerate: true });
  const child: ChildProcess = spawn(
    'java',
    [
      '-cp',
      `${CATALINA_HOME}/bin/bootstrap.jar:${CATALINA_HOME}/bin/tomcat-juli.jar`,
      `-Dcatalina.home=${CATALINA_HOME}`,
      `-Dcatalina.base=${base}`,
      `-Djava.io.tmpdir=${join(base, 'temp')}`,
      // Start-up without waiting for the system's entropy pool.
      '-Djava.security.egd=file:/dev/./urandom',
      `-Dshop.config=${config}`,
      'org.apache.catalina.startup.Bootstrap',
      'start',
    ],
    { cwd: base, stdio: 'ignore' },
  );
  await untilAnswers(() => tomcat.sessions(), 600, 100);
  return tomcat;
}
