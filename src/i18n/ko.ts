/** 한국어 메시지. <sid>…</sid> 같은 태그는 용어 사전 항목입니다 (ui/glossary.tsx). */
import type { Messages } from './en';

export const ko: Messages = {
  app: {
    title: '세션 방명록',
    tagline: '서버는 나를 어떻게 기억할까? 세션을 한 단계씩',
    skip: '수업 내용으로 건너뛰기',
    about: '이 시뮬레이션에 대하여',
    aboutBody:
      '이 화면의 모든 것은 여러분의 브라우저 안에서 돌아갑니다. 쇼핑몰과 서버, 방문자는 모두 시뮬레이션입니다. 웹 페이지의 스크립트는 Cookie 헤더를 보내거나 Set-Cookie를 읽을 수 없기 때문에(Fetch 표준이 둘 다 금지합니다), 시뮬레이션 속 방문자는 저마다 자기 쿠키 저장소를 갖고, 헤더는 페이지가 읽을 수 있는 형태로 오갑니다. 화면에는 언제나 실제 네트워크에서와 똑같은 이름과 값으로 보여 줍니다. 서버는 MemoryStore를 쓰는 express-session 1.19이고, 테스트가 실제 라이브러리를 나란히 돌려 둘이 같게 동작하는지 확인합니다. 단순하게 만든 부분도 있습니다. 쇼핑몰이 HTTPS를 직접 처리하고(앞단 프록시 없음), Connection·Keep-Alive 같은 연결 헤더는 생략했으며, 서버와 브라우저가 시계 하나를 함께 씁니다. 또 손님 기록부의 ip_address, user_agent, last_activity 열은 Laravel의 sessions 테이블에서 빌려 왔습니다. express-session은 세션 데이터만 저장하므로(줄의 ‘데이터’를 열어 보세요), 여기서는 이 열에 그 줄을 마지막으로 쓴 요청의 정보를 보여 줍니다.',
    close: '닫기',
    startingNetwork: '시뮬레이션 네트워크를 준비하는 중…',
    networkWorker: '요청은 브라우저 안의 서비스 워커를 거쳐 실제 fetch처럼 오갑니다.',
    networkInPage:
      '이 환경에서는 서비스 워커를 시작할 수 없어서(일부 시크릿 창, localhost가 아닌 일반 http 주소, 오래된 브라우저) 서버를 페이지 안에서 직접 실행합니다. 수업은 똑같이 진행됩니다. 온전히 체험하려면 http://localhost 나 https 주소로 열어 주세요.',
    networkError:
      '시뮬레이션에서 문제가 생겼습니다: {{message}}. 진행 위치는 그대로이니 이 단계를 다시 시도해 주세요.',
  },
  common: {
    lookHere: '여기를 보세요',
  },
  controls: {
    next: '다음 단계',
    prev: '이전 단계',
    first: '첫 단계',
    last: '마지막 단계',
    play: '자동 재생',
    pause: '일시 정지',
    speed: '속도',
    stepOf: '{{total}}단계 중 {{n}}단계',
    contents: '목차',
    presenter: '발표 모드',
    fullscreen: '전체 화면',
    shortcuts: '단축키',
    language: '언어',
    motion: '애니메이션',
    motionSystem: '시스템 설정',
    motionReduce: '줄이기',
    motionFull: '전체',
    restart: '처음부터',
    exportHar: 'HAR 내보내기',
    freePlay: '직접 바꾼 상태입니다. 다음 단계는 여기서부터 이어집니다.',
  },
  shortcuts: {
    title: '단축키',
    next: '다음 단계',
    prev: '이전 단계',
    first: '첫 단계',
    last: '마지막 단계',
    presenter: '발표 모드 켜기/끄기',
    fullscreen: '전체 화면 켜기/끄기',
    help: '이 목록',
    play: '재생 / 일시 정지',
  },
  regions: {
    browser: '브라우저',
    wire: '네트워크',
    server: '서버',
  },
  chapters: {
    life: '한 방문자의 일생',
    crowd: '여러 방문자',
    security: '보안',
    expiry: '세션이 끝나는 때',
    storage: '세션은 어디에 사는가',
    cluster: '서버가 여러 대일 때',
  },
  steps: {
    welcome: {
      title: '쇼핑몰에 오신 것을 환영합니다',
      body: '작은 온라인 쇼핑몰과 그 서버입니다. 오른쪽은 서버의 <book>손님 기록부</book>, 곧 <store>세션 저장소</store>로, 방문자마다 한 줄씩 기록합니다. 아직 아무도 오지 않아 비어 있습니다. HTTP는 원래 <stateless>무상태(stateless)</stateless>라서 요청 하나하나가 따로 놉니다. 쿠키와 세션이 어떻게 서버가 여러분을 기억하게 만드는지 지켜봅시다.',
    },
    'first-visit': {
      title: '첫 방문',
      body: 'Chrome이 홈페이지를 요청합니다. 처음 온 곳이라 요청에 <cookie>Cookie</cookie> 헤더가 없습니다. 서버가 보기에는 낯선 사람이죠. 요청이 네트워크를 건너가는 모습과, 서버 안에서 처리 단계가 차례로 켜지는 모습을 따라가 보세요.',
    },
    'row-created': {
      title: '손님 기록부에 새 줄이 생겼습니다',
      body: '쿠키가 없으니 서버는 세션을 새로 만들고 기록부에 한 줄을 적었습니다. 무작위 <sid>세션 ID</sid>, 방문자의 IP 주소, 시각, User-Agent. <userid>user_id</userid>는 NULL입니다. 아직 로그인하지 않은 손님이라는 뜻입니다.',
    },
    'set-cookie': {
      title: '서버가 번호표를 건넵니다',
      body: '응답에 <setcookie>Set-Cookie</setcookie>가 실려 있습니다. connect.sid에는 세션 ID가 들어 있고, 서버의 비밀 키로 서명되어 있습니다(s: + ID + . + 서명, URL 인코딩). <httponly>HttpOnly</httponly>이므로 페이지의 스크립트는 이 값을 읽을 수 없습니다. <expires>Expires</expires>는 지금부터 30분 뒤입니다. 이 쇼핑몰은 cookie.maxAge를 30분으로 정해 두었고, express-session은 maxAge를 Expires 날짜로 바꿔 보냅니다.',
    },
    'jar-stores': {
      title: '브라우저가 쿠키를 보관합니다',
      body: 'Chrome이 쿠키를 저장했습니다. 개발자 도구의 Application → Cookies처럼 이름, 값, 도메인, 경로, 만료, 플래그가 보입니다. 브라우저에는 ID만 있고, 나머지 정보는 모두 서버에 있습니다.',
    },
    'cookie-returns': {
      title: '쿠키는 알아서 돌아갑니다',
      body: '3분 뒤 Chrome이 홈페이지를 다시 요청합니다. 브라우저가 스스로 요청에 <cookie>Cookie: connect.sid=…</cookie>를 붙입니다. 페이지의 코드는 아무것도 하지 않았습니다. 이제 서버는 누가 왔는지 압니다.',
    },
    'last-activity': {
      title: '서버가 방문자를 알아봅니다',
      body: '서버는 서명을 확인하고 ID로 세션을 찾았습니다. 새 줄은 생기지 않고 같은 세션이 이어집니다. 이 쇼핑몰은 rolling: true로 설정되어 있어서 응답에 Set-Cookie가 다시 실립니다. Expires가 다시 지금부터 30분 뒤로 밀리고, 저장소에 있는 cookie.expires도 함께 늦춰집니다(express-session은 이것을 touch라고 부릅니다). 요청이 올 때마다 30분을 처음부터 다시 세는 셈입니다. 이것이 <idle>유휴 시간 제한</idle>입니다. <lastactivity>last_activity</lastactivity> 열은 저장소가 이 줄을 마지막으로 쓴 시각입니다.',
    },
    login: {
      title: '로그인',
      body: '미나가 로그인합니다. 서버는 비밀번호를 확인한 뒤 <regenerate>세션 ID를 새로 발급</regenerate>합니다. 예전 줄은 지우고, <userid>user_id</userid> 152가 담긴 새 줄을 씁니다. 새 Set-Cookie가 예전 쿠키를 덮어씁니다. 로그인할 때 ID를 바꾸는 것은 OWASP가 요구하는 일이고, <fixation>세션 고정 공격</fixation>을 막습니다.',
    },
    me: {
      title: '로그인이 필요한 페이지도 그냥 열립니다',
      body: '마이페이지는 로그인한 사용자만 볼 수 있습니다. 미나는 비밀번호를 다시 입력하지 않습니다. 쿠키가 세션 ID를 가져오고, 기록부의 그 줄에 user_id 152가 있으니 서버는 200으로 답합니다. 이것이 <auth>세션 기반 인증</auth>입니다.',
    },
    idle: {
      title: '30분이 넘게 지났습니다',
      body: '미나가 점심을 먹으러 갔습니다. 시계가 31분 앞으로 갑니다. 쿠키의 Expires가 지났으니 Chrome은 쿠키를 버렸습니다(쿠키 저장소를 보세요). 서버에서도 세션의 cookie.expires가 지나서 그 줄에 ‘만료됨’ 표시가 붙었습니다. 응답할 때마다 새로 늘어나는 cookie.maxAge(rolling), 이것이 express-session의 <idle>유휴 시간 제한</idle>입니다.',
    },
    expired: {
      title: '세션이 끝났습니다',
      body: '미나가 마이페이지를 엽니다. Chrome에는 보낼 쿠키가 남아 있지 않으니, 서버가 보기에는 처음 온 방문자입니다. 새 익명 세션이 생기고 <status401>401</status401> “로그인해 주세요”가 돌아옵니다. express-session은 만료된 세션과 첫 방문을 구별하지 못하므로, 쇼핑몰은 “세션이 만료되었습니다”라고 확실하게 말할 수 없습니다. 미나의 예전 줄은 아직 기록부에 있습니다. MemoryStore는 만료된 세션을 누군가 읽을 때에야 지웁니다.',
    },
    'lazy-expiry': {
      title: '만료된 줄은 그대로 남습니다',
      body: '미나의 예전 세션을 다시 찾는 요청은 오지 않으니, MemoryStore는 이 줄을 메모리에 계속 둡니다(express-session도 MemoryStore는 메모리가 새므로 운영 환경에서 쓰지 말라고 경고합니다). 여기서는 쇼핑몰이 store.all()로 세션 목록을 읽습니다. 하나씩 읽어 가면서 MemoryStore가 만료된 줄을 지웁니다. 실제 저장소는 알아서 정리합니다. Redis는 TTL이 다 된 키를 지우고, Laravel은 일정한 확률로 가비지 컬렉션을 돌립니다.',
    },
    'login-again': {
      title: '다시 로그인',
      body: '미나가 한 번 더 로그인합니다. 이번에도 ID가 새로 발급되고, 새 줄에 user_id 152가 연결됩니다.',
    },
    logout: {
      title: '로그아웃',
      body: '로그아웃은 두 가지 일입니다. 서버는 기록부에서 그 줄을 지우고(express-session의 destroy()), 앱은 쿠키를 빈 값과 1970년의 Expires로 덮어써서 브라우저가 버리게 합니다. 서버는 브라우저의 쿠키를 직접 지울 수 없고, Set-Cookie로 부탁할 수만 있습니다.',
    },
    'after-logout': {
      title: '로그아웃한 뒤',
      body: '쿠키 저장소가 비었으니 요청에 Cookie가 없습니다. 마이페이지는 401로 답합니다: 먼저 로그인하세요. 새 익명 세션이 시작됩니다.',
    },
    stateless: {
      title: '두 번째 브라우저',
      body: 'Safari가 같은 쇼핑몰을 엽니다. Safari는 자기만의 쿠키 저장소를 갖고 있고 아직 비어 있어서, 서버가 새 세션 ID를 나눠 주기 전까지는 다른 누구와도 구별할 수 없습니다. 브라우저마다 자기 줄이 생깁니다.',
    },
    'second-browser': {
      title: '기록부가 채워집니다',
      body: 'Chrome이 다시 오고 Edge도 들어옵니다. 브라우저 셋, ID 셋, 줄 셋. 서버는 각 브라우저가 보내는 쿠키만으로 이들을 구별합니다.',
    },
    'two-logins': {
      title: '누가 로그인했을까요?',
      body: '준은 Edge에서, 미나는 Chrome에서 로그인합니다. 이제 기록부가 수업 자료의 표와 닮았습니다. user_id가 있는 줄(로그인한 회원)과 NULL인 줄(손님)이 섞여 있습니다.',
    },
    'own-jars': {
      title: '브라우저마다 자기 쿠키 저장소',
      body: 'Edge는 준의 페이지를 보고, 로그인한 적 없는 Safari는 401을 받습니다. 브라우저 탭을 바꿔 가며 Application → Cookies를 열어 보세요. 저장소마다 다른 ID가 들어 있습니다.',
    },
    httponly: {
      title: 'HttpOnly는 스크립트를 막습니다',
      body: '페이지의 스크립트가 document.cookie를 읽습니다. 세션 쿠키는 <httponly>HttpOnly</httponly>이므로 스크립트에는 아무것도 보이지 않습니다. 브라우저는 요청마다 이 쿠키를 보내는데도요. 그래서 <xss>XSS</xss> 공격이 세션 ID를 읽어 가지 못합니다.',
    },
    tamper: {
      title: '쿠키를 손으로 고치면',
      body: '누군가 Safari의 쿠키를 지어낸 ID로 고쳤습니다. 서버는 <signature>서명</signature>을 확인하고, 맞지 않으니 세션이 없는 요청으로 다룹니다. 401과 새 익명 세션. 오류도, 멈춤도 없고, 들어갈 방법도 없습니다.',
    },
    stolen: {
      title: '훔친 쿠키는 로그인과 같습니다',
      body: '공격자가 Chrome의 쿠키를 Firefox에 복사했습니다. Firefox가 마이페이지를 요청하자 비밀번호 없이 미나의 페이지가 열립니다. 서버는 올바른 세션 ID만 볼 뿐입니다. 이것이 <hijack>세션 하이재킹</hijack>입니다. 그 줄을 보세요: 이제 공격자의 IP가 적혀 있습니다.',
    },
    'logout-public-pc': {
      title: '공용 PC에서 로그아웃해야 하는 이유',
      body: '미나가 로그아웃합니다. 서버가 그 줄을 지웠으니 훔친 복사본은 쓸모가 없어졌습니다. Firefox는 이제 401을 받습니다. 로그아웃해야 그 ID를 가진 모든 사람의 세션이 끝납니다. <secure>Secure</secure>(HTTPS 전용) 쿠키는 네트워크에서 쿠키를 훔치기 훨씬 어렵게 합니다.',
    },
    fixation: {
      title: '세션 고정 공격과 ID 재발급',
      body: '공격자가 익명 ID를 하나 받아서 미나의 브라우저에 심어 둡니다. 미나가 로그인하지만… 서버가 로그인할 때 <regenerate>ID를 새로 발급</regenerate>하므로 심어 둔 ID는 지워집니다. 공격자의 요청은 401을 받습니다.',
    },
    'memory-cookie': {
      title: '브라우저를 닫을 때까지만 사는 쿠키',
      body: 'cookie.maxAge를 아예 정하지 않는 앱도 많습니다. express-session의 기본값이 그렇습니다. 쇼핑몰도 이제 그렇게 바꾸고, 미나가 다시 로그인합니다. Set-Cookie에 Expires가 없으니 <memcookie>세션(메모리) 쿠키</memcookie>입니다. maxAge가 없으면 서버에 있는 세션에도 만료 시각이 없습니다.',
    },
    'close-browser': {
      title: '브라우저를 닫으면',
      body: '미나가 Chrome을 닫습니다. 쿠키에 Expires가 없었으므로 브라우저가 잊어버립니다(시작할 때 이전 탭을 복원하는 브라우저라면 이런 쿠키도 되살릴 수 있습니다). 다시 연 Chrome은 낯선 사람이라 401을 받습니다. 기록부를 보세요. 미나의 예전 줄이 그대로 있습니다. maxAge가 없으니 이 세션은 만료되지 않고, MemoryStore는 서버가 재시작될 때까지 이 줄을 들고 있습니다. 서버는 브라우저가 닫혔는지 알 수 없습니다. 그래서 실제 저장소는 TTL을 둡니다(connect-redis는 기본 하루).',
    },
    'remember-me': {
      title: '영속 쿠키 (“로그인 상태 유지”)',
      body: '이제 서버가 cookie.maxAge를 7일로 정하고 rolling을 다시 켜며, Secure와 SameSite=Lax도 설정합니다. 로그인하면 Set-Cookie에 <expires>Expires</expires> 날짜가 붙습니다. 브라우저가 디스크에 저장하는 <persistent>영속 쿠키</persistent>입니다. (express-session은 maxAge를 Expires로 바꿔 보냅니다.)',
    },
    reopen: {
      title: '다시 브라우저를 닫으면',
      body: '미나가 Chrome을 닫고 한 시간 뒤에 다시 엽니다. 이번에는 Expires가 있어서 쿠키가 살아남고, 마이페이지가 바로 열립니다.',
    },
    restart: {
      title: '서버가 재시작됩니다',
      body: '세션 저장소는 서버의 메모리였습니다. 메모리는 빠르지만 <volatile>휘발성</volatile>이라, 서버가 다시 시작되면 모든 줄이 사라지고 모두 로그아웃됩니다. 미나의 쿠키는 여전히 도착하지만 가리키는 것이 없습니다. 그래서 실제 서비스는 <redis>Redis</redis> 같은 저장소에 세션을 둡니다.',
    },
    'busy-day': {
      title: '바쁜 하루',
      body: '방문자 천 명이 몰려옵니다. 이 쇼핑몰은 아무것도 담기지 않은 세션도 저장하므로(saveUninitialized: true), 로그인하지 않은 방문자도 한 명마다 서버 메모리에 한 줄씩 차지합니다. saveUninitialized: false였다면 로그인했거나 장바구니에 무언가 담은 방문자만 자리를 차지했을 것입니다. 세션이 많으면 메모리가 듭니다. 서버가 여러 대라면 중앙 저장소로 세션을 나눠 써야 합니다. 그러지 않으면 다른 서버에서 로그인한 사용자를 알아보지 못합니다.',
    },
    'two-servers': {
      title: '서버 둘, 메모리 둘',
      body: '쇼핑몰이 커져서 이제 서버 A와 B가 <lb>로드 밸런서</lb> 뒤에 있습니다. 로드 밸런서는 요청을 서버에 차례로 나눠 줍니다. 각 서버는 세션을 자기 메모리에 둡니다. 미나가 로그인하자 서버 A가 답하고 A의 메모리에 줄을 씁니다.',
    },
    'lost-login': {
      title: '로그인이 사라집니다',
      body: '미나가 마이페이지를 엽니다. 이번에는 로드 밸런서가 요청을 서버 B로 보냅니다. B는 이 세션 ID를 본 적이 없으니 401입니다. 게다가 B는 새 세션을 시작하고 새 쿠키를 보내서 A가 알던 쿠키를 덮어씁니다. 서버마다 메모리를 따로 쓰면 로그인이 사라집니다.',
    },
    sticky: {
      title: '스티키 세션',
      body: '<sticky>스티키 세션</sticky>에서는 로드 밸런서가 같은 방문자를 언제나 같은 서버로 보냅니다. 미나는 A에서 로그인하고 계속 A로 가니 마이페이지가 잘 열립니다. 하지만 A가 멈추면 A에 묶인 사람은 모두 로그아웃되고, 부하도 고르게 나뉘지 않습니다.',
    },
    replication: {
      title: '세션 복제',
      body: '<replication>세션 복제</replication>에서는 모든 서버가 모든 세션의 복사본을 갖습니다. 미나가 A에서 로그인하면 그 줄이 B에도 복사되어 B도 미나를 알아봅니다. 잘 되지만 모든 서버가 모든 세션을 들고 있으니, 서버 수만큼 메모리가 늘어납니다.',
    },
    'central-store': {
      title: '중앙 세션 저장소',
      body: '모든 서버가 <redis>Redis</redis> 같은 공용 저장소 하나에서 세션을 읽고 씁니다. 복사본은 하나이고, 어느 서버든 답할 수 있습니다. 큰 서비스 대부분이 이렇게 합니다. express-session에서는 옵션 하나면 됩니다: store: new RedisStore({ client }).',
    },
    frameworks: {
      title: '같은 원리, 다른 이름',
      body: '지금까지 express-session이 일하는 모습을 보았습니다. 손님 기록부 아래 ‘express-session 옵션’에서 서버의 옵션을 코드로 볼 수 있습니다. 다른 기술은 같은 것을 다른 이름으로 부릅니다. 자바의 <jsessionid>JSESSIONID</jsessionid>(HttpSession), PHP의 PHPSESSID, 그리고 이 기록부가 열 이름을 빌려 온 Laravel의 sessions 테이블이 그렇습니다. Flask는 기본 동작부터 다릅니다. 세션 데이터를 서명한 쿠키에 통째로 담고, 서버에는 줄을 남기지 않습니다.',
    },
  },
  challenges: {
    'forget-without-logout': {
      title: '로그아웃하지 않고 잊히기',
      goal: '미나가 Chrome에서 로그인해 있습니다. 로그아웃 버튼을 누르지 않고 서버가 미나의 세션을 잊게 만든 뒤, 마이페이지가 401로 답하는 것을 확인하세요.',
      hints: {
        '0': '이 쇼핑몰의 세션은 한동안 아무도 쓰지 않으면 저절로 끝납니다. 얼마 동안일까요?',
        '1': '시계 패널에서 시간을 앞으로 보낼 수 있습니다. +30분을 누르고 조금 더 보낸 뒤 마이페이지를 여세요.',
      },
      solved:
        '아무도 로그아웃하지 않았습니다. 유휴 시간 제한이 세션을 끝냈습니다. 쿠키의 Expires가 지나 브라우저가 쿠키를 버렸고, 기록부의 줄도 만료되었습니다.',
      nudges: {
        logout:
          '그건 로그아웃입니다. 미나가 부탁했으니 서버가 잊은 것이죠. 로그아웃 없이 해 보세요(처음부터 다시 시작한 뒤 시계를 써 보세요).',
      },
    },
    'two-users': {
      title: '두 사용자가 동시에',
      goal: '미나와 준이 각자 자기 브라우저에서 동시에 로그인해 있게 만드세요.',
      hints: {
        '0': '브라우저마다 쿠키 저장소가 따로 있으니, 세션도 따로 가질 수 있습니다.',
        '1': 'Chrome에서 mina / sesame로 로그인하고, Safari 탭으로 바꿔 joon / tiger로 로그인하세요.',
      },
      solved:
        '쿠키 둘, 세션 ID 둘, 기록부의 줄 둘. 한 줄은 user_id 152, 다른 줄은 214입니다. 서버는 브라우저가 보내는 쿠키만으로 둘을 구별합니다.',
      nudges: {},
    },
    'steal-without-password': {
      title: '비밀번호 없이 미나의 페이지를',
      goal: '미나의 비밀번호를 입력하지 않고 Firefox에서 미나의 마이페이지를 여세요.',
      hints: {
        '0': '서버는 올바른 세션 ID를 보내는 사람이면 누구든 믿습니다.',
        '1': 'Chrome에서 개발자 도구 → Application → Cookies를 열고 connect.sid 값을 복사하세요.',
        '2': 'Firefox로 바꿔 개발자 도구에서 이름이 connect.sid이고 값이 그 값인 쿠키를 추가한 뒤, 마이페이지를 여세요.',
      },
      solved:
        '이것이 세션 하이재킹입니다. Firefox가 미나의 세션 ID를 보냈고, 서버는 그것을 미나와 구별할 수 없었습니다. HttpOnly는 스크립트가 쿠키를 읽는 것은 막지만, 개발자 도구를 쓰는 사람이나 악성 코드까지 막지는 못합니다.',
      nudges: {
        password: '비밀번호를 입력하면 훔친 게 아니라 로그인한 것입니다. 쿠키만으로 해 보세요.',
      },
    },
    'stolen-worthless': {
      title: '훔친 쿠키를 쓸모없게',
      goal: 'Firefox가 미나의 쿠키 사본을 갖고 있습니다. Firefox의 쿠키는 건드리지 말고, 그 사본을 쓸모없게 만드세요. Firefox가 훔친 값을 그대로 보내는데도 마이페이지가 401로 답해야 합니다.',
      hints: {
        '0': '세션 ID는 서버가 그 세션을 갖고 있는 동안에만 쓸모가 있습니다.',
        '1': 'Chrome으로 바꿔 미나를 로그아웃시킨 뒤, Firefox에서 마이페이지를 다시 열어 보세요.',
      },
      solved:
        '로그아웃하면서 서버의 세션이 지워졌으니, 사본이 가리키는 것이 없습니다. 그래서 공용 컴퓨터에서는 꼭 로그아웃해야 합니다.',
      nudges: {
        'thief-side':
          '공격자의 쿠키를 바꿨군요. 공격자가 그렇게 해 줄 리는 없습니다. 미나 쪽이나 서버 쪽에서 훔친 값 자체를 쓸모없게 만드세요.',
      },
    },
    'stay-logged-in': {
      title: '브라우저를 닫아도 로그인 그대로',
      goal: 'Chrome을 닫아도 미나의 로그인이 유지되게 하세요. 로그인하고, 브라우저를 닫은 뒤에도 마이페이지가 열려야 합니다.',
      hints: {
        '0': 'Expires가 없는 쿠키는 브라우저와 함께 사라집니다. 무엇이 쿠키에 Expires를 줄까요?',
        '1': '기록부 아래 ‘express-session 옵션’을 열고 cookie.maxAge를 정하세요.',
        '2': 'cookie.maxAge를 정하고 다시 로그인한 뒤(새 세션이 새 옵션을 받습니다), Chrome을 닫고 마이페이지를 여세요.',
      },
      solved:
        'maxAge가 있으면 쿠키에 Expires 날짜가 붙어서, 브라우저를 닫아도 디스크에 남습니다. “로그인 상태 유지”와 같은 영속 쿠키입니다.',
      nudges: {},
    },
    'forget-everyone': {
      title: '모두를 한꺼번에 잊게',
      goal: '세션 천 개가 서버 메모리를 채우고 있습니다. 서버가 이 세션을 한꺼번에 모두 잊게 만드세요.',
      hints: {
        '0': '이 서버는 세션을 어디에 두고 있을까요?',
        '1': '세션은 프로세스의 메모리에 있습니다. 서버를 다시 시작하면 메모리는 어떻게 될까요?',
      },
      solved:
        '세션은 메모리에 있었고, 재시작하면 메모리는 비워집니다. 로그인했든 안 했든 모든 방문자가 다시 낯선 사람이 됩니다. 그래서 실제 서비스는 Redis 같은 저장소에 세션을 둡니다.',
      nudges: {},
    },
    'survive-two-servers': {
      title: '서버가 둘이어도 살아남는 로그인',
      goal: '서버가 둘인 상태에서 미나가 로그인한 뒤 마이페이지를 열 때, 로그인을 처리한 서버가 아닌 다른 서버가 200으로 답하게 만드세요.',
      hints: {
        '0': '서버마다 메모리를 따로 쓰면 로그인이 사라집니다. 로드 밸런서 패널에서 세션을 두는 방식을 바꿔 보세요.',
        '1': '복제나 중앙 저장소를 쓰면 어느 서버든 세션을 찾을 수 있습니다. 그다음 로그인하고 마이페이지를 여세요.',
      },
      solved:
        '다른 서버가 만든 세션인데도, 마이페이지에 답한 서버가 미나의 세션을 찾았습니다. 세션이 한 서버의 메모리에 갇히지 않고 함께 쓰이고 있습니다.',
      nudges: {},
    },
  },
  challenge: {
    label: '도전 과제',
    start: '도전 과제 풀기',
    hint: '힌트',
    nextHint: '힌트 하나 더',
    noMoreHints: '힌트가 더 없습니다.',
    showMe: '풀이 보기',
    back: '수업으로 돌아가기',
    again: '다시 하기',
    solvedTitle: '성공!',
    contents: '도전 과제',
    done: '성공',
    goal: '목표',
    playing: '풀이를 재생하는 중…',
  },
  quizUi: {
    label: '퀴즈',
    start: '이 장의 퀴즈 풀기',
    questionOf: '{{total}}문제 중 {{n}}번',
    chooseHelp: '답을 하나 고르세요.',
    orderHelp: '항목마다 있는 위로·아래로 버튼으로 올바른 순서를 맞추세요.',
    spotHelp: '잘못된 줄을 고르세요.',
    moveUp: '위로',
    moveDown: '아래로',
    moveUpItem: '위로 옮기기: {{item}}',
    moveDownItem: '아래로 옮기기: {{item}}',
    moved: '{{n}}번째로 옮겼습니다: {{item}}',
    line: '{{n}}번째 줄',
    check: '정답 확인',
    next: '다음 문제',
    finish: '정리 보기',
    right: '정답입니다!',
    wrong: '아쉽게도 틀렸습니다.',
    answerIs: '정답: {{answer}}',
    yourAnswer: '고른 답: {{answer}}',
    rightOrder: '올바른 순서:',
    recap: '정리',
    score: '{{total}}문제 중 {{score}}문제를 맞혔습니다.',
    answers: '문제별 풀이',
    revisit: '다시 볼 만한 단계',
    allRight: '모두 맞혔습니다. 다시 볼 단계가 없습니다.',
    retry: '퀴즈 다시 풀기',
    back: '수업으로 돌아가기',
    best: '최고 {{score}}/{{total}}',
    contents: '도전 과제와 퀴즈',
    notTaken: '아직 풀지 않음',
    resultRight: '정답',
    chosenWrong: '고른 답, 오답',
    misplaced: '순서가 틀림',
    resultWrong: '오답',
  },
  quiz: {
    'life-browser-holds': {
      prompt: '첫 방문이 끝난 뒤 Chrome은 이 쇼핑몰에 대해 무엇을 갖고 있을까요?',
      options: {
        data: '서버가 이 방문에 대해 아는 모든 정보',
        id: 'connect.sid 쿠키에 담긴, 서명된 세션 ID뿐',
        password: '다음에 로그인할 때 쓸 아이디와 비밀번호',
        row: '손님 기록부에서 자기 줄의 복사본',
      },
      explain:
        '쿠키에는 서명된 세션 ID만 들어 있습니다. user_id나 장바구니 같은 세션 데이터는 서버의 저장소에 그대로 있고, 서버는 ID로 그 데이터를 찾습니다.',
    },
    'life-cookie-header': {
      prompt: 'Chrome이 마이페이지를 요청합니다. 브라우저가 절대 보내지 않는 줄은 어느 것일까요?',
      explain:
        'Cookie 헤더에는 이름=값 쌍만 실립니다. Path, HttpOnly, Expires 같은 속성은 Set-Cookie로 받아 쿠키 저장소에 두고, 쿠키를 언제 보낼지 정하는 데만 씁니다. 서버로 되돌아가는 일은 없습니다.',
    },
    'life-idle': {
      prompt:
        '쇼핑몰은 cookie.maxAge를 30분으로, rolling을 true로 정해 두었습니다. 로그인한 미나가 두 시간 동안 10분마다 페이지를 엽니다. 어떻게 될까요?',
      options: {
        'after-30': '로그인하고 30분이 지나면 로그아웃된다',
        stays: '두 시간 내내 로그인 상태가 유지된다',
        'every-request': '페이지를 열 때마다 다시 로그인해야 한다',
        'two-hours': '정확히 두 시간 뒤에 로그아웃된다',
      },
      explain:
        '응답할 때마다 Set-Cookie가 30분 뒤의 Expires로 다시 오고 세션도 touch되므로, 요청이 올 때마다 30분을 처음부터 다시 셉니다. 이것이 유휴 시간 제한입니다. 요청 없이 30분이 지나야 끝납니다.',
    },
    'life-login': {
      prompt: '미나가 로그인하는 과정을 순서대로 놓으세요.',
      options: {
        post: 'Chrome이 입력한 폼과 예전 쿠키를 담아 POST /login을 보낸다',
        password: '서버가 아이디와 비밀번호를 확인한다',
        regenerate: '서버가 예전 세션을 지우고 새 ID로 세션을 시작한다',
        bind: '서버가 새 세션에 user_id 152를 적는다',
        'set-cookie': 'Set-Cookie가 새 ID를 Chrome에 건넨다',
      },
      explain:
        '제대로 로그인한 경우에만 새 세션을 주므로 비밀번호 확인이 먼저입니다. ID 재발급(regenerate)은 세션을 비우기 때문에 사용자는 그다음에 연결하고, 새 ID는 Set-Cookie로 돌아갑니다.',
    },
    'life-lazy': {
      prompt:
        'MemoryStore에 있는 미나의 세션이 만료되었고, 그 세션을 찾는 요청은 다시 오지 않습니다. 그 줄은 어떻게 될까요?',
      options: {
        timer: '만료되는 순간 타이머가 지운다',
        browser: '브라우저가 쿠키를 버릴 때 함께 지운다',
        lingers: 'store.all()처럼 누군가 읽을 때까지 메모리에 남는다',
        null: 'user_id가 NULL로 바뀐다',
      },
      explain:
        'MemoryStore는 세션을 읽을 때에만 만료 여부를 확인하고, 만료되었으면 그때 지웁니다. 따로 정리하는 일이 없어서 메모리가 샙니다. Redis는 TTL로, Laravel은 확률로 돌리는 가비지 컬렉션으로 지웁니다.',
    },
    'life-destroy': {
      prompt:
        '로그아웃 라우트가 req.session.destroy()만 부르고 아무것도 하지 않습니다. 어떻게 될까요?',
      options: {
        cleared: 'destroy()가 기록부의 줄과 브라우저의 쿠키를 함께 지운다',
        error: '예전 쿠키로 다음 요청을 보내면 오류 페이지가 나온다',
        'still-in': '쿠키가 만료될 때까지 미나는 로그인 상태로 남는다',
        'cookie-stays':
          '줄은 지워지지만 브라우저에는 쿠키가 남고, 서버는 그 쿠키에 맞는 세션을 찾지 못한다',
      },
      explain:
        'destroy()는 저장소에서 세션을 지울 뿐, 그것만으로는 Set-Cookie를 보내지 않습니다. 예전 쿠키는 계속 오지만 가리키는 세션이 없습니다. 쿠키까지 지우려면 이 쇼핑몰처럼 앱이 직접 Set-Cookie를 보내야 합니다.',
    },
    'crowd-tell-apart': {
      prompt:
        'Chrome, Safari, Edge가 쇼핑몰을 찾아왔습니다. 서버는 어느 줄이 누구의 것인지 어떻게 알까요?',
      options: {
        ip: 'IP 주소로',
        cookie: '브라우저마다 보내는 쿠키 속 세션 ID로',
        agent: 'User-Agent로',
        arrival: '도착한 순서로',
      },
      explain:
        '서버는 쿠키에 담긴 ID로만 세션을 찾습니다. 줄에 IP와 User-Agent가 적혀 있기는 하지만, 여러 사람이 IP 하나를 함께 쓰기도 하고 같은 User-Agent를 보내는 브라우저도 많습니다.',
    },
    'crowd-null': {
      prompt: '손님 기록부의 어떤 줄에 user_id가 NULL로 적혀 있습니다. 이 줄은 무엇일까요?',
      options: {
        expired: '만료된 세션',
        'logged-out': '로그아웃한 사용자',
        guest: '아직 로그인하지 않은 방문자',
        failed: '서버가 제대로 쓰지 못한 줄',
      },
      explain:
        '세션은 로그인보다 먼저, 첫 방문 때 시작됩니다. user_id는 누군가 로그인해야 적힙니다. 이 쇼핑몰에서 로그아웃하면 user_id를 비우는 게 아니라 줄을 통째로 지웁니다.',
    },
    'crowd-other-browser': {
      prompt:
        '미나는 Chrome에서 로그인해 있습니다. 같은 컴퓨터에서 Safari로 쇼핑몰을 열면 로그인되어 있을까요?',
      options: {
        'yes-computer': '그렇다. 같은 컴퓨터이니까',
        'yes-ip': '그렇다. 서버에는 같은 IP 주소로 보이니까',
        no: '아니다. Safari는 자기 쿠키 저장소를 따로 쓰고, 거기에는 쇼핑몰 쿠키가 없다',
      },
      explain:
        '브라우저는 저마다 쿠키 저장소를 따로 둡니다. Safari는 세션 ID를 보내지 않으니, 같은 컴퓨터에 있어도 서버에게는 처음 온 방문자입니다.',
    },
    'crowd-first-visit': {
      prompt: 'Safari의 첫 방문을 순서대로 놓으세요.',
      options: {
        'no-cookie': 'Safari가 Cookie 헤더 없이 GET /를 보낸다',
        create: '서버가 connect.sid를 찾지 못해 무작위 ID로 세션을 만든다',
        'set-cookie': '응답의 Set-Cookie에 서명된 ID가 실린다',
        store: 'Safari가 쿠키를 자기 쿠키 저장소에 넣는다',
        'send-back': 'Safari의 다음 요청에 Cookie: connect.sid=…가 실린다',
      },
      explain:
        '서버는 자기가 나눠 준 것만 알아볼 수 있습니다. ID는 Set-Cookie로 나가고, 그 뒤로는 브라우저가 쇼핑몰에 요청할 때마다 알아서 돌려보냅니다.',
    },
    'crowd-response-cookie': {
      prompt:
        '서버는 이 응답으로 Safari에게 세션 ID를 주려고 합니다. 제대로 작동하지 않는 줄은 어느 것일까요?',
      explain:
        'Cookie는 브라우저가 보내는 요청 헤더입니다. 서버가 쿠키를 저장해 달라고 할 때는 Set-Cookie를 씁니다. 응답에 들어 있는 Cookie 줄은 Safari가 무시하므로 세션 ID를 받지 못합니다.',
    },
    'security-httponly': {
      prompt: 'HttpOnly 플래그는 세션 쿠키에 어떤 영향을 줄까요?',
      options: {
        https: '브라우저가 HTTPS로만 보낸다',
        scripts: '페이지 스크립트가 document.cookie로 읽을 수 없다. 브라우저는 계속 보낸다',
        encrypt: '브라우저가 값을 암호화한다',
        'other-sites': '다른 사이트에서 보낸 요청에는 실리지 않는다',
      },
      explain:
        'HttpOnly는 스크립트에게서 쿠키를 숨기므로 XSS 스크립트가 세션 ID를 읽지 못합니다. HTTPS로만 보내는 것은 Secure, 다른 사이트의 요청은 SameSite가 맡습니다. 값은 서명되어 있을 뿐 암호화되지는 않습니다.',
    },
    'security-tamper': {
      prompt:
        '누군가 자기 connect.sid를 지어낸 값으로 고친 뒤 마이페이지를 요청합니다. express-session은 어떻게 할까요?',
      options: {
        'new-session': '서명이 맞지 않으니 쿠키를 무시하고 새 세션을 시작한다',
        error: '오류 페이지(500)로 답한다',
        enters: '그 ID의 세션이 있으면 그대로 연다',
        blocked: '그 브라우저의 IP 주소를 차단한다',
      },
      explain:
        '서버의 비밀 키가 없으면 누구도 ID에 서명할 수 없습니다. 서명이 틀리면 쿠키가 아예 없는 것으로 보고 새 익명 세션을 시작하며, 마이페이지는 401입니다. 오류도 없고, 들어갈 길도 없습니다.',
    },
    'security-stolen': {
      prompt:
        '공격자가 미나의 세션 쿠키를 복사해 갔습니다. 이 복사본을 쓸모없게 만드는 것은 무엇일까요?',
      options: {
        'close-tab': '미나가 탭을 닫는다',
        'clear-own': '미나가 자기 브라우저에서 쿠키를 지운다',
        logout: '미나가 로그아웃해서 서버가 세션을 지운다',
        'new-ip': '미나가 다른 네트워크로 옮긴다',
      },
      explain:
        '복사본은 ID일 뿐이고, 서버에 그 세션이 남아 있는 동안만 쓸모가 있습니다. 로그아웃하면 서버에서 세션이 지워집니다. 탭을 닫거나 자기 쿠키만 지우면 세션은 시간 제한이 될 때까지 살아 있고, express-session은 IP를 확인하지 않습니다.',
    },
    'security-fixation': {
      prompt: '세션 고정 공격 시도를 순서대로 놓고, 어디에서 막히는지 보세요.',
      options: {
        'get-id': '공격자가 쇼핑몰에 들러 익명 세션 ID를 받는다',
        plant: '공격자가 그 ID를 미나의 브라우저에 심는다',
        login: '미나가 비밀번호로 로그인한다',
        renew: '서버가 ID를 새로 발급하고, 심어 둔 ID는 지운다',
        refused: '공격자가 심어 둔 ID를 보내지만 401을 받는다',
      },
      explain:
        '세션 고정 공격은 공격자가 아는 ID가 그대로 로그인된 세션이 되어야 성공합니다. 로그인할 때 ID를 새로 발급(regenerate)하면 그 ID는 버려집니다. OWASP가 이것을 요구하는 이유입니다.',
    },
    'security-samesite-none': {
      prompt: '로그인한 뒤 Chrome이 이 쿠키 중 하나를 거부합니다. 어느 줄일까요?',
      explain:
        'SameSite=None은 다른 사이트의 요청에도 쿠키를 싣게 하는 설정이라, 브라우저는 Secure가 함께 있을 때만 받아 줍니다. Secure가 없으니 Chrome은 세션 쿠키를 버리고, 다음 페이지는 미나를 알아보지 못합니다.',
    },
    'expiry-no-expires': {
      prompt: 'Set-Cookie에 Expires도 Max-Age도 없습니다. 브라우저는 이 쿠키를 언제 버릴까요?',
      options: {
        'half-hour': '30분 뒤',
        close: '브라우저를 닫을 때(이전 세션을 복원하는 경우는 빼고)',
        never: '버리지 않는다',
        day: '하루 뒤',
      },
      explain:
        '날짜가 없으면 세션(메모리) 쿠키라서 브라우저를 닫을 때까지만 남습니다. 시작할 때 탭을 복원하는 브라우저라면 이 쿠키도 되살릴 수 있습니다.',
    },
    'expiry-server-row': {
      prompt:
        'express-session에 cookie.maxAge가 없고 세션은 MemoryStore에 둡니다. 미나가 브라우저를 닫으면 그 줄은 어떻게 될까요?',
      options: {
        deleted: '브라우저를 닫을 때 지워진다',
        'half-hour': '30분 뒤에 만료된다',
        stays: '서버가 재시작될 때까지 남는다. 만료되지 않는다',
        'next-request': '누구든 다음 요청을 보내면 지워진다',
      },
      explain:
        '서버는 브라우저가 닫힌 것을 알 길이 없습니다. maxAge가 없으면 세션에도 만료가 없어서 MemoryStore는 그 줄을 계속 둡니다. 그래서 실제 저장소는 TTL을 정해 둡니다(connect-redis는 하루).',
    },
    'expiry-persistent': {
      prompt:
        'express-session이 영속 쿠키, 곧 브라우저를 닫아도 남는 쿠키를 보내게 하는 설정은 무엇일까요?',
      options: {
        httponly: 'cookie.httpOnly: true',
        secure: 'cookie.secure: true',
        rolling: 'rolling: true 하나만',
        'max-age': 'cookie.maxAge(그러면 Set-Cookie에 Expires가 붙는다)',
      },
      explain:
        'express-session은 cookie.maxAge를 Expires 날짜로 바꿔 보내고, 날짜가 있는 쿠키는 브라우저를 닫아도 남습니다. HttpOnly와 Secure는 누가 볼 수 있는지를 정할 뿐 수명과는 상관없고, rolling은 쿠키를 다시 보내기만 합니다.',
    },
    'expiry-remember': {
      prompt: '“로그인 상태 유지”가 작동하는 과정을 순서대로 놓으세요.',
      options: {
        option: '서버가 cookie.maxAge를 7일로 정한다',
        login: '미나가 로그인하고, Set-Cookie에 7일 뒤의 Expires가 붙는다',
        disk: 'Chrome이 쿠키를 디스크에 저장한다',
        reopen: '미나가 Chrome을 닫았다가 한 시간 뒤에 다시 연다',
        works: 'Chrome이 여전히 쿠키를 보내서 마이페이지가 바로 열린다',
      },
      explain:
        'Expires가 있는 쿠키는 브라우저를 닫아도 살아남습니다. 서버의 세션도 그만큼 살아야 하므로 express-session은 세션에 같은 maxAge를 줍니다.',
    },
    'expiry-forgotten': {
      prompt:
        '미나는 7일 동안 로그인 상태를 유지해 달라고 했는데, Chrome을 닫으니 로그아웃되었습니다. 어느 줄 때문일까요?',
      explain:
        '이 Set-Cookie에는 Expires도 Max-Age도 없어서 브라우저와 함께 사라지는 메모리 쿠키입니다. cookie.maxAge를 정하면 Expires가 붙습니다. Secure와 SameSite는 쿠키의 수명과 상관없습니다.',
    },
    'storage-restart': {
      prompt:
        '세션은 서버 메모리(MemoryStore)에 있고, 서버가 재시작되었습니다. 미나의 쿠키는 아직 쿠키 저장소에 있습니다. 미나가 마이페이지를 열면 어떻게 될까요?',
      options: {
        'logged-in': '여전히 로그인되어 있다. 쿠키에 로그인 정보가 있으니까',
        'new-session': 'ID가 가리키는 세션이 없으니 새 익명 세션이 생기고 401이 온다',
        error: '세션이 없다는 오류 페이지가 나온다',
        'auto-login': '브라우저가 알아서 다시 로그인해 준다',
      },
      explain:
        '메모리는 휘발성이라 재시작하면 세션이 모두 사라집니다. 쿠키에는 ID만 있고, 모르는 ID가 오면 서버는 조용히 새 세션을 시작합니다. 모두가 한꺼번에 로그아웃되는 것이죠.',
    },
    'storage-redis': {
      prompt: '세션을 앱 서버의 메모리가 아니라 Redis 같은 저장소에 두는 이유는 무엇일까요?',
      options: {
        shorter: '세션 ID가 짧아진다',
        readable: '브라우저가 세션 내용을 읽을 수 있다',
        survives: '앱을 재시작해도 세션이 남고, 여러 서버가 함께 쓸 수 있다',
        'no-cookie': '쿠키가 더는 필요 없다',
      },
      explain:
        'Redis는 앱과 따로 돌아가므로 앱을 재시작해도 세션을 잃지 않고, 앱 서버 여러 대가 같은 세션을 읽을 수 있습니다. 만료된 세션은 TTL로 알아서 지웁니다. 브라우저가 가진 것은 여전히 ID뿐입니다.',
    },
    'storage-uninitialized': {
      prompt:
        '방문자 천 명이 둘러보기만 하고 로그인은 하지 않습니다. 이들 한 명 한 명에게 줄을 쓰지 않게 해 주는 express-session 옵션은 무엇일까요?',
      options: {
        resave: 'resave: false',
        rolling: 'rolling: false',
        httponly: 'cookie.httpOnly: true',
        'save-uninitialized': 'saveUninitialized: false',
      },
      explain:
        'saveUninitialized가 false이면 아무것도 적히지 않은 새 세션은 저장하지도, 쿠키로 보내지도 않습니다. 로그인하거나 장바구니에 담은 방문자만 줄을 차지합니다.',
    },
    'storage-request': {
      prompt: 'express-session이 요청 하나를 처리하는 과정을 순서대로 놓으세요.',
      options: {
        read: 'Cookie 헤더에서 connect.sid를 읽는다',
        verify: '비밀 키로 서명을 확인한다',
        lookup: 'ID로 저장소에서 세션을 찾는다',
        use: '라우트가 req.session을 읽거나 바꾼다(장바구니에 담기 등)',
        save: '바뀐 세션을 저장소에 다시 저장한다',
      },
      explain:
        '세션은 라우트가 실행되기 전에 불러오고 실행된 뒤에 저장하므로, 라우트는 req.session을 쓰기만 하면 됩니다. 그사이 세션은 메모리, Redis, 테이블 같은 저장소에 있습니다.',
    },
    'storage-client-data': {
      prompt: '세션에 두어야 할 데이터를 클라이언트에 맡기는 줄은 어느 것일까요?',
      explain:
        'cart_total은 쿠키에 그대로 담긴 데이터라서 방문자가 읽을 수 있고, 1로 고쳐서 돈을 덜 낼 수도 있으며, 요청마다 함께 오갑니다. 세션을 쓰면 장바구니는 서버에 있고 서명된 ID만 오갑니다.',
    },
    'cluster-lost': {
      prompt:
        '로드 밸런서 뒤의 서버 두 대가 각자 자기 메모리에 세션을 둡니다. 미나는 A에서 로그인했고, 다음 요청은 B로 갔습니다. 어떻게 될까요?',
      options: {
        forward: 'B가 요청을 A에게 넘겨준다',
        'new-session': 'B는 그 ID를 모르니 401로 답하고, 새 쿠키와 함께 새 세션을 시작한다',
        'cookie-data': 'B가 쿠키에서 로그인 정보를 읽는다',
        signed: '서명이 맞으니 B가 그 ID를 믿는다',
      },
      explain:
        'B는 그 세션을 본 적이 없습니다. 서명이 맞다는 것은 비밀 키로 만든 ID라는 뜻일 뿐, B에게 그 세션이 있다는 뜻은 아닙니다. B는 새 세션을 시작하고, 그 쿠키가 A가 알던 쿠키를 덮어씁니다.',
    },
    'cluster-sticky': {
      prompt: '스티키 세션의 약점은 무엇일까요?',
      options: {
        down: '서버 한 대가 멈추면 그 서버에 묶인 사람이 모두 로그아웃되고, 부하도 고르게 나뉘지 않는다',
        copies: '모든 서버가 모든 세션을 갖고 있어야 한다',
        redis: 'Redis 저장소가 있어야 한다',
        cookie: '쿠키에 사용자 데이터를 담아야 한다',
      },
      explain:
        '로드 밸런서가 방문자를 늘 같은 서버로 보낼 뿐, 세션은 여전히 서버 한 대의 메모리에만 있습니다. 모든 서버에 복사본을 두는 것은 세션 복제, Redis를 함께 쓰는 것은 중앙 저장소입니다.',
    },
    'cluster-replication': {
      prompt: '서버 네 대가 세션을 복제합니다. 세션 하나마다 복사본은 몇 개일까요?',
      options: {
        one: '한 개',
        two: '두 개',
        four: '네 개',
        none: '없다. 쿠키가 세션을 담고 있다',
      },
      explain:
        '세션 복제는 모든 세션을 모든 서버에 복사합니다. 서버가 넷이면 복사본도 넷입니다. 서버가 늘수록 메모리도 늘고, 세션이 바뀔 때마다 모든 서버에 전해야 합니다.',
    },
    'cluster-central': {
      prompt: '중앙 저장소를 쓸 때, 미나의 요청 두 개가 처리되는 과정을 순서대로 놓으세요.',
      options: {
        'login-a': '미나가 로그인하고, 로드 밸런서가 그 요청을 서버 A로 보낸다',
        write: 'A가 미나의 세션을 Redis에 쓴다',
        'next-b': '미나의 다음 요청이 서버 B로 간다',
        read: 'B가 쿠키 속 ID로 Redis에서 세션을 읽는다',
        answer: 'B가 마이페이지를 200으로 보여 준다',
      },
      explain:
        '세션마다 복사본은 하나이고, 모든 서버가 그곳에서 읽고 쓰므로 어느 서버든 답할 수 있습니다. express-session에서는 store: new RedisStore({ client }) 옵션 하나면 됩니다.',
    },
    'cluster-cookie-name': {
      prompt:
        '서버 A와 B는 둘 다 기본 설정 그대로 express-session을 씁니다. 아래 응답은 B가 보냈다고 합니다. 잘못된 줄은 어느 것일까요?',
      explain:
        'express-session의 기본 쿠키 이름은 connect.sid이고, 값은 서명되어 있어서 s%3A로 시작합니다. JSESSIONID는 Tomcat 같은 자바 서블릿 서버가 쓰는 세션 쿠키 이름입니다.',
    },
  },
  trace: {
    title: '서버 내부',
    empty: '아직 요청이 없습니다.',
    receive: '요청 도착: {{method}} {{path}}',
    'parse-cookie-found': 'Cookie 헤더에 {{name}} 있음',
    'parse-cookie-missing': '{{name}} 쿠키 없음: 새 방문자',
    'verify-ok': '서명 확인: 올바름',
    'verify-bad-signature': '서명이 맞지 않음: 쿠키 무시',
    'verify-not-signed': '서명 없는 쿠키: 무시',
    'lookup-found': '기록부: {{id}} 줄 찾음',
    'lookup-missing': '기록부: {{id}} 줄 없음',
    'lookup-expired': 'MemoryStore: {{id}} 세션은 만료되어, 읽는 순간 삭제됨',
    create: '새 세션 {{id}}',
    'check-password-ok': '“{{username}}”의 비밀번호 일치',
    'check-password-bad': '아이디 또는 비밀번호가 틀림',
    regenerate: 'ID 재발급: {{oldId}} → {{newId}}',
    'bind-user': 'user_id = {{userId}} 연결',
    'require-login-ok': '로그인 필요한 페이지: 로그인됨',
    'require-login-bad': '로그인 필요한 페이지: 로그인 안 됨 → 401',
    'add-to-cart': '장바구니에 “{{item}}” 추가',
    destroy: '{{id}} 줄 삭제',
    'clear-cookie': '{{name}} 쿠키 비우기',
    'save-insert': '{{id}} 줄 추가',
    'save-update': '{{id}} 줄 수정',
    'save-touch': '{{id}} 세션 touch: cookie.expires 갱신',
    'skip-save': '저장 안 함: 줄도 쿠키도 없음 (saveUninitialized: false)',
    'skip-session': '{{path}}는 cookie.path 밖: 이 요청에는 세션 없음',
    'set-cookie': 'Set-Cookie 보냄: {{name}}',
    'skip-set-cookie': 'Secure 쿠키인데 HTTPS 요청이 아님: Set-Cookie 보내지 않음',
    'reject-input': '{{field}} 거부: {{reason}} → 400',
    'reason-empty': '비어 있음',
    'reason-too-long': '너무 김',
    'too-large-headers': '요청 헤더가 16 KB를 넘음: 앱에 닿기 전에 거절 → 431',
    'too-large-body': '폼이 100 KB를 넘음: 세션을 읽기도 전에 본문 파서가 거절 → 413',
    respond: '{{status}} 응답',
  },
  guestBook: {
    title: '손님 기록부 (세션 저장소)',
    caption: '서버의 세션 저장소: 세션마다 한 줄.',
    empty: '세션이 없습니다. 기록부가 비어 있습니다.',
    rows_one: '세션 {{count}}개 · 메모리 약 {{kb}} KB',
    rows_other: '세션 {{count}}개 · 메모리 약 {{kb}} KB',
    inserted: '새 줄',
    updated: '바뀜',
    deleted: '삭제됨',
    idle: '{{minutes}}분째 활동 없음',
    expiredMark: '만료됨',
    showMore: '{{count}}줄 모두 보기',
    showData: '데이터',
    hideData: '닫기',
    payloadNote:
      '저장소가 이 세션에 대해 갖고 있는 것: JSON으로 바꾼 req.session. 오가는 것은 ID뿐이고, 이 내용은 서버에 남습니다.',
    neverExpires: '만료 없음',
    expiresAt: '{{time}} 만료 예정',
    expiredAt: '{{time}}에 만료됨',
  },
  clock: {
    label: '서버 시계',
    plus5: '+5분',
    plus30: '+30분',
    gc: 'store.all(): 만료된 세션 정리',
    gcHint:
      'MemoryStore는 만료된 세션을 읽을 때에야 지웁니다. store.all()은 모든 세션을 읽습니다. (Redis는 TTL로, Laravel은 확률로 지웁니다.)',
    idleTimeout: '{{duration}} 동안 활동이 없으면 세션 종료 (cookie.maxAge, rolling)',
    fixedLifetime: '쿠키를 받고 {{duration}}이 지나면 세션 종료 (cookie.maxAge)',
    neverExpires: '세션이 만료되지 않음 (cookie.maxAge 없음)',
    restart: '서버 재시작',
    servers: '서버',
    oneServer: '서버 한 대',
    cluster: {
      'per-server': '서버 두 대, 메모리 따로',
      sticky: '서버 두 대, 스티키 세션',
      replicated: '서버 두 대, 세션 복제',
      central: '서버 두 대, 중앙 저장소',
    },
  },
  wire: {
    server: '서버',
    request: '요청',
    response: '응답',
    noCookie: 'Cookie 헤더 없음',
    noSetCookie: 'Set-Cookie 없음',
    idle: '아직 오가는 것이 없습니다. 다음 단계로 가 보세요.',
    bytes: '{{bytes}}바이트',
    via: '{{transport}} 경유',
    serviceWorker: '서비스 워커',
    inPage: '페이지 내 서버',
    refused: '브라우저가 {{name}} 쿠키를 받지 않았습니다: {{reason}}.',
    withheld: '{{name}} 쿠키는 보내지 않았습니다: {{reason}}.',
  },
  shop: {
    name: '미니 쇼핑몰',
    home: '홈',
    myPage: '마이페이지',
    login: '로그인',
    logout: '로그아웃',
    username: '아이디',
    password: '비밀번호',
    demoUsers: '체험용 계정: mina / sesame, joon / tiger',
    welcomeGuest: '어서 오세요, 손님!',
    welcomeUser: '{{name}}님, 다시 오셨군요!',
    myPageTitle: '{{name}}님의 페이지',
    cart: '장바구니',
    cartEmpty: '장바구니가 비어 있습니다.',
    addToCart: '장바구니에 담기',
    item: '상품',
    notVisited: '빈 탭입니다. 다음 단계로 가거나 쇼핑몰 페이지를 열어 보세요.',
    loggedOut: '로그아웃했습니다.',
    errors: {
      'bad-credentials': '아이디 또는 비밀번호가 틀렸습니다.',
      'login-required': '이 페이지를 보려면 로그인하세요. (401)',
      empty: '{{field}}을(를) 입력해 주세요.',
      'too-long': '{{field}}이(가) 너무 깁니다.',
      refused:
        '쇼핑몰에 닿기 전에 서버가 요청을 거절했습니다({{status}}). 개발자 도구 → Network에서 까닭을 볼 수 있습니다.',
    },
    fields: { username: '아이디', password: '비밀번호', item: '상품 이름' },
    notFound: '페이지를 찾을 수 없습니다 (404).',
    cookies_one: '쿠키 {{count}}개',
    cookies_other: '쿠키 {{count}}개',
    closed: '브라우저 닫힘',
  },
  visitors: {
    title: '방문자',
    add: '방문자 추가',
    addBrowser: '{{browser}} 추가',
    remove: '{{browser}} 제거',
    close: '{{browser}} 닫기',
    max: '방문자는 최대 {{max}}명입니다.',
    tab: '{{browser}} · {{ip}}',
  },
  devtools: {
    title: '개발자 도구',
    network: '네트워크',
    application: 'Application → 쿠키',
    console: '콘솔',
    noRequests: '아직 요청이 없습니다.',
    name: '이름',
    value: '값',
    domain: '도메인',
    path: '경로',
    expires: '만료 / Max-Age',
    httpOnly: 'HttpOnly',
    secure: 'Secure',
    sameSite: 'SameSite',
    size: '크기',
    session: '세션',
    noCookies: '이 사이트의 쿠키가 없습니다.',
    edit: '값 고치기',
    save: '저장',
    cancel: '취소',
    editHelp: '값을 바꾸고 요청을 보내 보세요. 서버는 어떻게 할까요?',
    status: '상태',
    method: '메서드',
    path2: '경로',
    headers: '헤더',
    requestHeaders: '요청',
    responseHeaders: '응답',
    consoleInput: 'document.cookie',
    consoleResult: '이 페이지의 스크립트가 document.cookie를 읽으면:',
    consoleEmpty: '"" (빈 값: HttpOnly 쿠키는 스크립트에 보이지 않습니다)',
    tooLong: '쿠키 값은 최대 {{max}}자까지입니다.',
    yes: '예',
    no: '아니요',
    passwordMasked:
      '비밀번호는 ••••••로 가렸습니다. 서버에는 입력한 그대로 전달됐지만, 여기에 보이거나 진행 상황과 함께 저장되거나 HAR 파일에 담기지는 않습니다.',
    addCookie: '쿠키 추가',
    add: '추가',
    paste: '붙여넣기',
    copy: '복사',
    copied: '복사됨',
    delete: '삭제',
    addHelp:
      '이름과 값을 입력하면 이 브라우저의 쿠키 저장소에 쿠키를 넣습니다. 개발자 도구를 쓰는 사람이라면 누구나 할 수 있는 일입니다.',
    badName: '이름에는 영문자, 숫자와 ! # $ % & * + - . ^ _ ` | ~ 만 쓸 수 있습니다.',
    badValue:
      '값에는 ;나 제어 문자를 넣을 수 없고, 공백으로 시작하거나 끝날 수 없으며, 최대 {{max}}자까지입니다.',
  },
  attributes: {
    Path: 'Path=/ — 사이트의 모든 페이지에 보냅니다.',
    Expires: 'Expires — 브라우저가 쿠키를 잊는 날짜. 없으면 브라우저를 닫을 때 사라집니다.',
    'Max-Age': 'Max-Age — 쿠키가 사라질 때까지의 초.',
    HttpOnly: 'HttpOnly — 페이지 스크립트(document.cookie)가 읽을 수 없습니다. XSS를 막습니다.',
    Secure: 'Secure — HTTPS로만 보냅니다.',
    SameSite: 'SameSite — 다른 사이트에서 시작된 요청에 실어 보낼지 정합니다(CSRF 방어).',
    Domain: 'Domain — 어느 호스트가 받을지 정합니다.',
    value: 's%3A = URL 인코딩된 “s:”, 서명된 값이라는 뜻. ID, 점, 그리고 HMAC-SHA256 서명.',
  },
  settings: {
    title: 'express-session 옵션',
    code: '서버 코드',
    note: '옵션을 바꾸고 쇼핑몰에서 요청을 보내 보세요. 다음 요청부터 적용됩니다. (saveUninitialized를 끄고 새 방문자를 추가해 보세요.)',
    resave: '바뀐 것이 없어도 세션을 다시 저장',
    saveUninitialized: '아무것도 담기지 않은 새 세션도 저장하고 쿠키를 보냄',
    rolling: '응답마다 쿠키를 다시 보내 maxAge를 처음부터 다시 셈 (유휴 시간 제한)',
    httpOnly: '페이지 스크립트에서 쿠키를 숨김',
    secure: 'HTTPS 전용: 일반 HTTP 요청에는 express-session이 쿠키를 아예 보내지 않음',
    unset: '설정 안 함',
    sessionCookie: '설정 안 함 (세션 쿠키)',
    minutes_one: '{{count}}분',
    minutes_other: '{{count}}분',
    days_one: '{{count}}일',
    days_other: '{{count}}일',
    name: '쿠키 이름',
    nameHint: '자바는 JSESSIONID, PHP는 PHPSESSID라고 부릅니다.',
    nameInvalid:
      "쿠키 이름에는 영문자, 숫자와 ! # $ % & ' * + - . ^ _ ` | ~ 만 쓸 수 있습니다 (1~64자). constructor처럼 모든 자바스크립트 객체가 이미 가진 이름은 쓸 수 없습니다. express-session이 모든 요청에서 오류를 냅니다.",
    apply: '적용',
  },
  cookieRules: {
    refused: {
      invalid: '올바른 Set-Cookie 줄이 아님',
      'too-large': '이름과 값이 4,096바이트를 넘음',
      domain: 'Domain이 이 사이트가 아님',
      'secure-over-http': 'Secure 쿠키인데 응답이 일반 HTTP로 옴',
      'overwrites-secure': '일반 HTTP로는 같은 이름의 Secure 쿠키를 덮어쓸 수 없음',
      'samesite-none-insecure': 'SameSite=None에는 Secure가 꼭 있어야 함',
      'cross-site-samesite': '다른 사이트에서는 SameSite 쿠키를 설정할 수 없음',
      prefix: '__Secure- 또는 __Host- 접두사 규칙을 어김',
    },
    withheld: {
      'secure-over-http': 'Secure 쿠키인데 요청이 일반 HTTP임',
      'samesite-strict': 'SameSite=Strict인데 다른 사이트에서 온 요청임',
      'samesite-lax': 'SameSite=Lax인데 다른 사이트에서 온 최상위 GET 요청이 아님',
      'samesite-lax-by-default': 'SameSite가 없어서 이 브라우저가 Lax로 다룸',
    },
  },
  glossary: {
    book: '손님 기록부: 서버가 가진 세션 목록. 한 줄이 방문자(브라우저) 하나입니다.',
    store: '세션 저장소: 서버가 세션을 두는 곳. 메모리, Redis, 데이터베이스 테이블 등.',
    stateless:
      '무상태(stateless): HTTP는 요청 사이에 아무것도 기억하지 않습니다. 요청마다 누가 보냈는지 스스로 밝혀야 합니다.',
    cookie:
      '쿠키: 브라우저가 보관했다가 같은 사이트에 요청할 때마다 Cookie 헤더로 돌려보내는 작은 이름=값.',
    sid: '세션 ID: 기록부의 한 줄을 가리키는, 길고 추측할 수 없는 무작위 값. 브라우저는 이것만 갖고 있습니다.',
    userid: 'user_id: 이 세션에 로그인한 계정. NULL이면 손님입니다.',
    setcookie: 'Set-Cookie: 서버가 브라우저에게 쿠키를 저장해 달라고 부탁하는 응답 헤더.',
    httponly: 'HttpOnly: 쿠키 플래그. 페이지의 스크립트는 읽을 수 없고, 브라우저는 계속 보냅니다.',
    memcookie:
      '세션(메모리) 쿠키: Expires나 Max-Age가 없는 쿠키. 브라우저를 닫으면 사라집니다. 다만 시작할 때 이전 세션을 복원하는 브라우저는 이런 쿠키도 되살리곤 합니다.',
    lastactivity:
      'last_activity: Laravel sessions 테이블의 열로, 세션을 마지막으로 쓴 시각입니다. express-session에는 이런 값이 없고, touch할 때 세션의 cookie.expires를 다시 씁니다. 여기서는 저장소가 그 줄을 마지막으로 쓴 시각을 보여 줍니다.',
    regenerate:
      'ID 재발급(regenerate): express-session은 예전 세션을 지우고 새 ID로 빈 세션을 시작합니다. 그다음 앱이 사용자를 다시 연결합니다. 이 쇼핑몰은 장바구니도 옮겨 담습니다.',
    fixation:
      '세션 고정 공격: 공격자가 자기가 아는 ID를 피해자가 쓰게 만든 뒤 로그인하기를 기다리는 공격.',
    auth: '세션 기반 인증: 서버가 어떤 세션이 로그인했는지 기억합니다. 쿠키가 증명하는 것은 브라우저가 그 세션 ID를 갖고 있다는 사실뿐이라, ID를 가진 사람은 누구든 그 사용자로 대접받습니다.',
    idle: '유휴 시간 제한: 요청이 없는 채로 일정 시간이 지나면 세션이 끝납니다. express-session에서는 rolling: true와 함께 쓰는 cookie.maxAge이고, 자바·PHP·Laravel에는 이를 위한 서버 설정이 따로 있습니다.',
    status401: '401 Unauthorized: 로그인이 필요한 페이지인데 이 요청에는 로그인 정보가 없습니다.',
    xss: 'XSS(크로스 사이트 스크립팅): 공격자의 스크립트가 페이지에서 실행되어, 스크립트가 읽을 수 있는 것을 읽어 갑니다.',
    signature:
      '서명: 서버의 비밀 키로 만든 ID의 HMAC. 비밀 키 없이는 올바른 서명을 만들 수 없습니다.',
    hijack: '세션 하이재킹: 남의 세션 ID로 그 사람 행세를 하는 것.',
    secure:
      'Secure: 쿠키 플래그. 브라우저는 이 쿠키를 HTTPS로만 보냅니다. express-session은 일반 HTTP 요청에는 Secure 쿠키를 아예 보내지 않습니다.',
    expires: 'Expires: 브라우저가 쿠키를 지우는 날짜.',
    persistent: '영속 쿠키: Expires나 Max-Age가 있는 쿠키. 브라우저를 닫아도 남습니다.',
    volatile: '휘발성: 전원이 꺼지거나 프로세스가 다시 시작되면 메모리의 내용이 사라집니다.',
    redis: 'Redis: 여러 서버가 세션 저장소로 함께 쓸 수 있는 빠른 인메모리 데이터베이스.',
    lb: '로드 밸런서: 여러 서버 앞에서 요청을 받아 그중 하나에 나눠 주는 장치.',
    sticky: '스티키 세션: 로드 밸런서가 같은 방문자를 언제나 같은 서버로 보내는 방식.',
    replication: '세션 복제: 모든 서버가 모든 세션의 복사본을 갖는 방식.',
    jsessionid:
      'JSESSIONID: Tomcat, Jetty 같은 자바 서블릿 서버의 세션 쿠키 이름. Spring Session은 SESSION이라는 이름을 씁니다.',
  },
  cluster: {
    title: '로드 밸런서',
    mode: {
      'per-server': '서버마다 세션을 자기 메모리에 둠',
      sticky: '스티키 세션: 같은 방문자는 언제나 같은 서버로',
      replicated: '세션 복제: 모든 서버가 모든 세션의 복사본을 가짐',
      central: '모든 서버가 함께 쓰는 중앙 저장소(Redis)',
    },
    server: '서버 {{name}}',
    answered: '최근 요청에 응답함',
    route: '{{browser}} → 로드 밸런서 → 서버 {{name}}',
    shared: 'Redis: 함께 쓰는 세션 저장소',
    noMemory: '이 서버의 메모리에는 세션이 없습니다. 세션은 Redis에 있습니다.',
  },
  console: {
    title: '콘솔',
  },
  recovery: {
    restoreFailed: '저장해 둔 진행 상황을 되살릴 수 없어 이 단계를 새로 시작합니다.',
    dismiss: '닫기',
    crashTitle: '수업 화면을 그리다가 문제가 생겼습니다',
    crashBody:
      '저장된 진행 상황이 망가졌을 수 있습니다. ‘처음부터 다시 시작’을 누르면 저장된 내용을 지우고 첫 단계부터 다시 엽니다.',
    startOver: '처음부터 다시 시작',
    details: '자세히',
  },
};
