import type { StackMessages } from './stacks-en';

/** 다른 서버 스택(PHP, Tomcat)의 한국어 문구: 학생이 스택을 바꿀 때만 보이므로 첫 화면 뒤에 불러옵니다. */
export const stacksKo: StackMessages = {
  stacks: {
    about:
      '서버 스택은 PHP 8.2(데비안 php.ini 설정 그대로, 세션 파일을 쓰는 세션 모듈)나 Tomcat 10(메모리에 있는 세션 매니저)으로도 바꿀 수 있고, 테스트가 진짜 php와 진짜 Tomcat을 시뮬레이션과 나란히 돌려 비교합니다. 단순화한 점: 오가는 헤더는 세션과 앱이 쓴 것만 보여 주고 웹 서버 자체의 헤더(Connection 등)는 뺐습니다. 그리고 서버가 받기에 너무 큰 요청은 어느 스택에서든 Node처럼 거절합니다(431, 413).',
    aboutFlask:
      'Flask 2.2로도 돌릴 수 있습니다. Flask 기본 세션은 세션 전체를 서명해서 쿠키에 담고(itsdangerous, HMAC-SHA1, 암호화는 안 함), Flask-Session 0.3.2를 쓰면 서버의 파일에 둡니다. 테스트가 같은 비밀 키와 같은 시계로 진짜 Flask를 시뮬레이션과 나란히 돌려 쿠키를 바이트 단위까지 비교합니다. Flask에서는 개발 서버가 보내는 헤더(Server, Connection)도 모두 보여 주고, 다른 스택에서는 웹 서버 자체의 헤더를 뺐습니다.',
    aboutLaravel:
      'Laravel 8.83으로도 돌릴 수 있습니다. laravel_session 쿠키는 앱의 APP_KEY로 암호화되고(AES-256-CBC, MAC 포함), 세션 ID는 40자이며, 세션마다 데이터베이스 sessions 테이블에 줄이 하나씩 생기고, 오래된 줄은 [2, 100] 추첨으로 지웁니다. 테스트에서 실제 Illuminate 코드(EncryptCookies, StartSession, SQLite 위의 DatabaseSessionHandler, SessionGuard)를 같은 APP_KEY, 같은 시계로 시뮬레이터 옆에서 돌려 비교합니다. 단순화한 점: 쇼핑몰의 Laravel 앱은 VerifyCsrfToken 미들웨어 없이 돌기 때문에 XSRF-TOKEN 쿠키가 없고, 폼의 _token도 검사하지 않습니다.',
    central: {
      mode: {
        php: '공유 저장소 하나: 모든 서버가 같은 세션 파일을 읽고 씁니다(네트워크 디스크의 폴더)',
        tomcat:
          '공유 저장소 하나: 모든 서버가 같은 저장소에 세션을 두고, 만료는 Tomcat 규칙을 따릅니다',
        laravel: '공유 저장소 하나: 모든 서버가 같은 데이터베이스의 sessions 테이블을 씁니다',
        'flask-cookie':
          '공유할 것이 없습니다: Flask는 세션 전체를 쿠키에 담으므로 어느 서버든 읽을 수 있습니다',
        'flask-filesystem':
          '공유 저장소 하나: 모든 서버가 같은 Flask-Session 파일을 읽고 씁니다(네트워크 디스크의 폴더)',
      },
      store: {
        php: '공유 폴더의 세션 파일',
        tomcat: 'Tomcat의 공유 세션 저장소',
        laravel: '데이터베이스의 sessions 테이블',
        'flask-cookie': '서버 쪽 저장소 없음(세션은 쿠키 안에)',
        'flask-filesystem': '공유 폴더의 Flask-Session 파일',
      },
      noMemory: '이 서버의 메모리에는 세션이 없습니다. 모두 공유 저장소에 있습니다.',
      redisOnly: 'Redis와 그 명령은 express-session(connect-redis)에서만 보여 줍니다.',
    },
    trace: {
      'adopt-id':
        'PHP: 클라이언트가 보낸 처음 보는 ID({{id}})를 그대로 새 세션으로 씀 — 세션 고정 공격이 통함(use_strict_mode 꺼짐)',
      'invalid-id-new-id': 'PHP: ID에 위험한 문자가 있어 없는 셈 치고 새 ID를 만듦',
      'invalid-id-no-session':
        'PHP: “Session ID is too long or contains illegal characters” — session_start() 실패, 세션 없음',
      gc: 'PHP 가비지 컬렉션 실행: 오래된 세션 파일 {{count}}개 삭제',
      'php-file-create': 'sess_{{id}} 파일 생성',
      'php-file-write': '바뀐 데이터를 sess_{{id}}에 기록',
      'php-file-touch': '데이터가 그대로라(lazy_write) sess_{{id}}의 수정 시각(mtime)만 갱신',
      'php-file-lost': '이 요청 중에 GC가 sess_{{id}}를 지움: 아무것도 남지 않음',
      'tomcat-access':
        'Tomcat: {{id}}의 lastAccessedTime을 지금으로 갱신, {{minutes}}분 동안 안 쓰면 만료(maxInactiveInterval)',
      'flask-cookie-read':
        'Flask: 서명을 확인하고 세션을 쿠키에서 바로 읽음 — 저장소는 찾아보지도 않음',
      'flask-cookie-expired':
        'Flask: 서명한 지 PERMANENT_SESSION_LIFETIME이 지난 쿠키라 거절, 빈 세션으로 시작',
      'flask-cookie-write':
        'Flask: 세션 전체를 Set-Cookie에 다시 실어 보냄(서명만 했을 뿐 암호화는 안 됨)',
      'flask-cookie-keep':
        'Flask: 세션이 그대로라 Set-Cookie를 보내지 않음, 브라우저는 갖고 있던 쿠키를 계속 씀',
      'flask-cookie-delete': 'Flask: session.clear()로 세션이 비어서 Flask가 쿠키를 지움',
      'flask-file-adopt':
        'Flask-Session: {{id}} 파일이 없어서 클라이언트가 보낸 ID로 새 세션을 만듦 — 세션 고정 공격이 통함',
      'flask-file-write':
        'Flask-Session: 세션을 pickle로 파일에 씀(flask_session/md5("session:{{id}}"))',
      'flask-file-skip': 'Flask-Session: 세션이 비어 있어 파일도 쿠키도 만들지 않음',
      'flask-no-regenerate-cookie':
        '새로 바꿀 ID가 없습니다. 쿠키 세션에는 처음부터 ID가 없고, 서명된 쿠키는 어차피 데이터가 바뀔 때마다 새로 만들어집니다.',
      'flask-no-regenerate-filesystem':
        'Flask-Session 0.3.2에는 ID를 바꾸는 기능이 없음: 로그인 전 ID가 그대로 남음',
      'laravel-decrypt-ok':
        'EncryptCookies: APP_KEY로 laravel_session을 풀었고 MAC도 맞습니다. 안에 세션 ID가 들어 있습니다.',
      'laravel-decrypt-bad':
        'EncryptCookies: APP_KEY로 laravel_session을 풀 수 없거나 MAC이 맞지 않습니다. 쿠키가 없는 것으로 봅니다.',
      'laravel-expired':
        '{{id}} 줄이 lifetime보다 오래됐습니다. 빈 세션으로 읽혀 로그아웃 상태가 되지만, ID는 그대로 다시 씁니다.',
      'laravel-adopt': '{{id}} 줄이 없습니다. (진짜로 암호화된) 쿠키 속 ID로 새 세션을 만듭니다.',
      'laravel-gc':
        '이번 요청이 추첨에 뽑혔습니다. lifetime보다 오래된 줄 {{count}}개를 지웠습니다.',
      'laravel-lost':
        '이 요청 도중 GC가 {{id}} 줄을 지웠습니다. 마지막 UPDATE는 아무것도 쓰지 못합니다.',
    },
    guestBook: {
      phpTitle: '손님 기록부 (/var/lib/php/sessions의 세션 파일)',
      phpNote:
        'PHP 파일 저장소가 이 세션에 대해 보관하는 내용: $_SESSION을 PHP 직렬화 형식으로 담은 sess_<ID> 파일입니다. 오가는 건 ID뿐이고, 이 내용은 서버에만 있습니다.',
      staleMark: 'GC 삭제 대상',
      staleAt: '{{time}}에 gc_maxlifetime 지남: GC가 파일을 지우기 전까지는 계속 쓰임',
      staleFrom: '{{time}}부터 GC가 파일을 지울 수 있음',
      tomcatTitle: '손님 기록부 (Tomcat 세션 매니저, 메모리)',
      tomcatNote:
        'Tomcat의 StandardManager가 이 세션에 대해 메모리에 들고 있는 내용: 시각들과 속성(attribute)입니다. 오가는 건 ID뿐이고, 이 내용은 서버에만 있습니다.',
      flaskTitle: '손님 기록부 (flask_session/의 Flask-Session 파일)',
      flaskNote:
        'Flask-Session 파일 저장소가 이 세션에 대해 보관하는 내용: 파일의 만료 시각과 pickle로 저장한 세션 딕셔너리입니다. 오가는 건 ID뿐이고, 이 내용은 서버에만 있습니다.',
      flaskCookieTitle: '손님 기록부 (비어 있음: Flask는 세션을 쿠키에 담습니다)',
      flaskCookieEmpty:
        '줄이 없고, 앞으로도 생기지 않습니다. Flask 기본 세션은 서버에 아무것도 남기지 않습니다. 세션 전체가 서명된 session 쿠키에 실려 오가고, 쿠키를 가진 사람이면 누구나 내용을 읽을 수 있습니다.',
      flaskCookieNone: '방금 요청한 브라우저에는 세션을 담은 쿠키가 없습니다.',
      flaskCookieRead: '{{browser}}의 session 쿠키를 base64만 풀어 본 내용(키가 없어도 보임):',
      flaskCookieCompressed: '(zlib으로 압축됨: 한 단계만 더 풀면 보임)',
      flaskCookieSigned:
        '{{time}}에 서명됨. 서명(비밀 키로 만든 HMAC-SHA1)은 서버가 만든 쿠키라는 것만 증명합니다',
      laravelTitle: '손님 기록부 (데이터베이스의 sessions 테이블)',
      laravelNote:
        '이 줄의 payload 열을 푼 내용입니다. PHP의 serialize()로 적은 세션에 CSRF 토큰(_token), 마지막 URL(_previous), 로그인한 사용자(login_web_…)가 들어 있습니다. 그 아래는 테이블에 실제로 저장된 base64 값입니다. 오가는 것은 암호화된 ID뿐이고, 이 내용은 서버에만 있습니다.',
    },
    clock: {
      tomcatGc: 'backgroundProcess(): 유휴 세션 만료',
      tomcatGcHint:
        'Tomcat은 요청이 세션을 찾는 순간 유휴 시간이 지난 세션을 만료시키고, 나머지는 백그라운드 스레드가 1분쯤마다 정리합니다.',
      tomcatLifetime:
        '{{duration}} 동안 안 쓰면 세션 만료(maxInactiveInterval, 서버가 관리하고 쿠키에는 만료 시각이 없음)',
      phpGc: 'session_gc(): gc_maxlifetime 지난 파일 정리',
      phpGcHint:
        'PHP는 가비지 컬렉션이 돌 때만 오래된 세션 파일을 지웁니다. session_start() 때 정해진 확률로 돌거나(gc_probability / gc_divisor, 데비안 php.ini에서는 0), 30분마다 도는 데비안 cron 작업이 돌립니다.',
      phpLifetime:
        '마지막 사용 후 {{duration}}이 지나면 GC가 세션 파일을 지울 수 있음(gc_maxlifetime). 그 전까지는 계속 쓰임',
      flaskCookieLifetime:
        '서버에는 아무것도 없으므로 서버에서 만료되는 것도 없습니다. 서명한 지 {{duration}}(PERMANENT_SESSION_LIFETIME)이 지난 쿠키는 거절합니다.',
      flaskFileLifetime:
        '세션 파일은 마지막으로 쓴 뒤 {{duration}} 동안 유효합니다(PERMANENT_SESSION_LIFETIME)',
      flaskGc: 'cachelib: 만료된 파일 정리',
      flaskGcHint:
        'Flask-Session 파일 저장소는 파일이 500개를 넘어야(SESSION_FILE_THRESHOLD) 만료된 파일을 지웁니다. 그 전까지 만료된 파일은 그냥 읽히지 않을 뿐입니다.',
      laravelGc: 'gc(): lifetime 지난 줄 정리',
      laravelGcHint:
        'Laravel은 오래된 줄을 추첨으로 지웁니다. 요청마다 100분의 2 확률(lottery [2, 100])로 DELETE FROM sessions WHERE last_activity <= 지금 − lifetime을 실행합니다.',
      laravelLifetime:
        '요청 없이 {{duration}}이 지나면 세션이 끝납니다 (lifetime: 줄의 last_activity 기준, 쿠키의 Max-Age도 같은 값)',
    },
    settings: {
      laravelTitle: 'Laravel 세션 설정 (config/session.php)',
      laravelNote:
        '설정을 바꾼 다음 쇼핑몰에서 요청을 보내 보세요. (DevTools에서 laravel_session 값을 한 글자만 바꿔 보세요. MAC 검사에서 걸려 Laravel이 새 세션을 시작합니다.)',
      lifetime: '요청 없이 세션이 유지되는 시간(분). 쿠키의 Max-Age도 이 값입니다',
      lottery: '요청 하나가 오래된 줄을 지울 확률',
      laravelRegenerate:
        '로그인할 때 Auth::attempt() 다음에: 새 ID와 새 CSRF 토큰 (ID는 Auth::login()이 이미 한 번 바꿉니다)',
      laravelCode: {
        env: '모든 쿠키를 이 키로 암호화 (AES-256-CBC)',
        driver: '세션마다 sessions 테이블에 줄 하나',
        lifetime: '요청 없이 버티는 분 수, 쿠키 Max-Age도 같음',
        lottery: '요청마다 {{of}}분의 {{wins}} 확률로 오래된 줄 삭제',
        start:
          "'web' 미들웨어 그룹(EncryptCookies, StartSession)이 laravel_session을 풀어 줄을 읽고, 응답마다 쿠키를 다시 보냄",
        login: 'Auth::login()이 이미 ID를 바꾸고(migrate(true)) 옛 줄을 지움',
        regenerate: 'ID를 한 번 더 바꾸고 CSRF 토큰도 새로 만듦',
        logout: '줄을 지우고, 새 ID로 빈 세션을 새로 시작',
        token: 'CSRF 토큰도 새로',
      },
      tomcatTitle: 'Tomcat 세션 설정 (web.xml)',
      tomcatNote:
        '설정을 바꾼 뒤 쇼핑몰에서 요청을 보내 보세요. 새로 만드는 세션부터 적용됩니다. (DevTools에서 JSESSIONID를 아무렇게나 지어 넣어 보세요. Tomcat은 받아들이지 않습니다.)',
      useHttpOnly: '페이지 스크립트가 JSESSIONID를 못 읽게 함 (기본값은 켜짐)',
      maxInactiveInterval: '세션이 쓰이지 않고 버틸 수 있는 시간',
      javaCode: {
        timeout: '이만큼(분) 안 쓰면 서버가 세션을 만료시킴',
        httpOnly: '페이지 스크립트가 JSESSIONID를 못 읽음',
        noHttpOnly: '페이지 스크립트가 JSESSIONID를 읽을 수 있음',
        getSession: 'JSESSIONID를 읽고, 모르는 ID면 새 세션과 새 ID를 만듦',
        login: 'ID만 새로, 속성은 그대로. 예전 ID는 더 못 씀',
        logout: '세션 매니저에서 세션이 사라짐',
        clear: '쿠키는 앱이 직접 지움',
      },
      phpTitle: 'PHP 세션 설정 (php.ini)',
      phpNote:
        '설정을 바꾼 뒤 쇼핑몰에서 요청을 보내 보세요. 다음 요청부터 바로 적용됩니다. (DevTools에서 PHPSESSID를 아무렇게나 지어 넣고, use_strict_mode를 껐을 때와 켰을 때를 비교해 보세요.)',
      useStrictMode: '서버가 만든 적 없는 세션 ID는 거부 (기본값은 꺼짐: PHP가 그대로 받아들임)',
      cookieHttponly: '페이지 스크립트가 PHPSESSID를 못 읽게 함 (기본값은 꺼짐)',
      phpCode: {
        ini: '데비안 php.ini: /var/lib/php/sessions에 파일 저장, ID는 26자',
        strictOff: '꺼짐: 클라이언트가 지어낸 ID로도 세션이 생김(세션 고정)',
        strictOn: '켜짐: 모르는 ID는 거부하고 새 ID로 바꿈',
        httponlyOff: '꺼짐: document.cookie에 PHPSESSID가 보임',
        httponlyOn: '켜짐: 페이지 스크립트가 PHPSESSID를 못 읽음',
        gc: '{{minutes}}분 동안 안 쓰면 GC 대상, gc_probability {{probability}} / {{divisor}}',
        start: 'PHPSESSID를 읽고 sess_<ID>를 열며, 새 세션이면 Set-Cookie를 보냄',
        login: 'ID만 새로, 데이터는 그대로. 예전 파일은 삭제',
        logout: 'sess_<ID>를 지우지만 쿠키는 보내지 않음',
        clear: '쿠키는 앱이 직접 지움',
      },
      flaskTitle: 'Flask 세션 설정 (app.config)',
      flaskNote:
        '설정을 바꾼 뒤 쇼핑몰에서 요청을 보내 보세요. (세션을 쿠키에 두는 방식이라면 개발자 도구에서 session 쿠키 값을 복사해 아무 base64 디코더에 넣어 보세요. 장바구니와 user_id가 그대로 보입니다. 서버의 파일에 두는 방식이면 쿠키에는 ID만 들어 있습니다.)',
      sessionType: '세션을 두는 곳',
      sessionTypeCookie: '서명된 쿠키 (Flask 기본)',
      sessionTypeFilesystem: '서버의 파일 (Flask-Session)',
      permanentOnLogin: '로그인하면 세션을 permanent로: Expires가 붙은 31일짜리 쿠키',
      sessionPermanent: '모든 세션을 permanent로 (Flask-Session 기본값)',
      useSigner: '쿠키에 담는 세션 ID에도 서명 (기본값은 꺼짐)',
      pyCode: {
        secret: '쿠키에 서명하는 키. 이 키를 아는 사람은 어떤 세션이든 위조할 수 있음',
        cookie:
          'SESSION_TYPE 없음: Flask 기본 세션. JSON을 서명해서 쿠키에 담고, 서버에는 아무것도 저장하지 않음',
        filesystem: 'Flask-Session: 세션은 파일에, 쿠키에는 uuid4 ID만',
        permanent: 'Flask-Session은 따로 정하지 않으면 모든 세션을 permanent로 만듦',
        signer: 'True면 쿠키에 담는 ID에도 서명',
        login: '바꿀 ID가 없음: regenerate() 같은 기능 자체가 없음',
        loginFiles: 'Flask-Session 0.3.2는 ID를 바꿀 수 없음: 로그인 전 ID가 그대로 남음',
        permanentLogin: 'Expires = 지금 + PERMANENT_SESSION_LIFETIME(31일)',
        logout: '세션이 비면 Flask가 알아서 쿠키를 지움',
      },
    },
  },
};
