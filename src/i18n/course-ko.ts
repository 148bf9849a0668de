/**
 * 처음 여섯 장 뒤에 오는 장들의 한국어 문구(설명과 패널). 첫 화면을 그린 직후에 불러와
 * 핵심 문구의 `steps`, `chapters`에 합칩니다(i18n.ts 참고).
 */
import type { CourseMessages } from './course-en';

export const courseKo: CourseMessages = {
  chapters: {
    'cookie-store': '쿠키와 세션',
    authz: '누구인지, 무엇을 해도 되는지',
    stateless: '쿠키 없는 HTTP',
  },
  steps: {
    'cookie-store': {
      title: '같은 쇼핑몰, 세션은 쿠키 안에',
      body: '이제 쇼핑몰은 cookie-session 패키지로 돌아갑니다. 세션을 서버의 <store>세션 저장소</store>가 아니라 <cookie>쿠키</cookie> 안에 통째로 담는 방식입니다. Chrome이 홈페이지를 엽니다. 서버가 아직 기억할 것이 없으니 쿠키를 아예 보내지 않고, <book>손님 기록부</book>도 비어 있습니다.',
    },
    'cookie-store-cart': {
      title: '장바구니가 쿠키에 들어갑니다',
      body: 'Chrome이 장바구니에 사과를 담습니다. 응답에 <setcookie>Set-Cookie</setcookie>가 두 줄 옵니다. session에는 장바구니 자체가, session.sig에는 그 <signature>서명</signature>이 들어 있습니다. 손님 기록부는 여전히 비어 있습니다. 서버는 아무것도 적어 두지 않았고, 이 손님에 대해 아는 것은 전부 쿠키 안에 있습니다.',
    },
    'cookie-store-login': {
      title: '로그인 정보도 쿠키에',
      body: '미나가 로그인합니다. 서버는 장바구니 옆에 <userid>userId</userid> 152를 써서 쿠키에 담고 다시 서명합니다. 새로 바꿀 세션 ID는 없습니다. 데이터 자체가 세션이니까요. 개발자 도구의 애플리케이션 → 쿠키에서 쿠키를 보고, 손님 기록부 아래 패널에서 그 쿠키를 풀어 읽은 내용도 확인해 보세요.',
    },
    'cookie-store-read': {
      title: '서명했다고 숨겨지지는 않습니다',
      body: '값이 뒤죽박죽처럼 보여도 base64로 바꿔 적었을 뿐이라 누구나 되돌릴 수 있습니다. eyJ는 {"가 base64로 시작하는 모양입니다. 풀어 보면 {"cart":["apple"],"userId":152}가 그대로 읽힙니다. 비밀키가 세션을 “암호화”한다고 적은 자료도 있지만, 실제로 비밀키가 하는 일은 서명입니다. 서명은 이 바이트를 서버가 썼다는 것을 증명할 뿐, 아무것도 감추지 않습니다. 이런 쿠키에 비밀번호나 개인 정보를 넣으면 안 됩니다.',
    },
    'cookie-store-tamper': {
      title: '쿠키를 고치면 서명이 막습니다',
      body: '이번에는 개발자 도구에서 Chrome의 쿠키를 준의 계정인 userId 214로 고치고 마이페이지를 요청합니다. 서버는 자기 키로 session=<값>에 서명을 다시 만들어 비교하는데, 예전 session.sig와 맞지 않습니다. 그래서 쿠키를 무시하고 빈 세션으로 시작해 <status401>401</status401>로 답합니다. 맞지 않는 session.sig는 지우라고 브라우저에 알려 주기까지 합니다.',
    },
    'cookie-store-bytes': {
      title: '쿠키는 모든 요청에 따라갑니다',
      body: '미나가 다시 로그인하고 배, 자두, 무화과, 키위, 망고, 체리를 담습니다. 이제 요청마다 base64로 바꾼 장바구니 전체와 서명이 함께 갑니다. 손님 기록부 아래 그래프는 이번 방문의 요청을 두 번씩 잽니다. 쿠키 기반 세션으로 실제 보낸 크기, 그리고 같은 요청을 세션 ID(connect.sid)로 보냈을 때의 크기입니다. 뒤의 것은 express-session에서 똑같이 다시 돌려 본 값입니다. 담긴 것이 적을 때는 쿠키 기반 세션이 ID와 비슷하거나 오히려 작습니다. 하지만 하나 담을 때마다 커지고, 세션 ID는 늘 같은 크기입니다.',
    },
    'cookie-store-compare': {
      title: '쿠키 기반 세션과 서버 세션, 한눈에',
      body: '31분이 지났습니다. 쿠키의 <expires>Expires</expires>는 데이터가 마지막으로 바뀐 때부터 30분 뒤로 정해졌으니, Chrome은 쿠키를 버렸고 마이페이지는 401로 답합니다. 손님 기록부 아래 표는 방금 해 본 일을 가지고 두 방식을 비교합니다. 데이터는 어디에 있는지, 공격자는 무엇을 할 수 있는지, 요청마다 무엇을 치르는지, 언제 끝나는지를 누가 정하는지요.',
    },
    'authz-guest': {
      title: '관리자 페이지가 묻습니다: 누구세요?',
      body: '쇼핑몰은 다시 express-session으로 돌아가고, 관리자 페이지가 생겼습니다. 로그아웃한 Chrome이 이 페이지를 요청합니다. 서버는 세션에서 로그인한 사용자를 찾지 못하니 누구인지 알 수 없어 <status401>401</status401> Unauthorized로 답합니다. 먼저 로그인하라는 뜻입니다. 누구인지 확인하는 일이 <auth>인증</auth>입니다.',
    },
    'authz-user': {
      title: '누군지는 알지만 안 됩니다: 403',
      body: '준이 로그인하고 관리자 페이지를 다시 요청합니다. 이제 서버는 누구인지 정확히 압니다. 세션에 user_id 214가 있으니까요. 하지만 준의 계정은 관리자가 아니라서 403 Forbidden으로 답합니다. 다시 로그인해도 소용없습니다. 서버는 준을 알아보지만 들여보내지 않을 뿐입니다. 알아본 사용자가 무엇을 해도 되는지 정하는 일이 인가입니다.',
    },
    'authz-admin': {
      title: '관리자는 들어갑니다',
      body: '준이 로그아웃하고 쇼핑몰 관리자인 소라가 로그인합니다. 손님 기록부의 줄에는 이제 user_id 7이 있습니다. 관리자 페이지는 모든 계정과 역할을 보여 주며 200으로 답합니다. 세션은 누가 로그인했는지만 알려 줍니다. 그 계정이 이 페이지를 열어도 되는지는 매번 서버가 계정 정보를 보고 판단합니다.',
    },
    'stateless-blocked': {
      title: '쿠키를 차단한 브라우저',
      body: 'Safari가 쿠키를 모두 차단하도록 설정돼 있습니다. 쿠키를 보내지도, 받아 두지도 않습니다. Safari가 홈페이지를 엽니다. 서버는 쿠키를 못 봤으니 처음 온 손님으로 여깁니다. 새 세션을 만들고 <book>손님 기록부</book>에 새 줄을 쓰고 Set-Cookie를 보내지만, Safari는 이를 거절합니다(이유는 통신 회선에 나옵니다).',
    },
    'stateless-again': {
      title: '요청마다 처음 보는 손님',
      body: '잠시 뒤 Safari가 홈페이지를 다시 엽니다. <cookie>쿠키</cookie>가 없으니 요청 어디에도 같은 브라우저에서 왔다는 표시가 없습니다. 서버는 또 새 세션을 만들고 또 새 줄을 씁니다. 이것이 <stateless>무상태</stateless>라는 말의 뜻입니다. HTTP 자체는 두 요청 사이에 아무것도 기억하지 않고, 그 기억을 실어 나르는 것이 쿠키입니다.',
    },
    'stateless-login': {
      title: '이어지지 않는 로그인',
      body: '미나가 Safari에서 로그인합니다. 비밀번호가 맞으니 서버는 새 세션에 user_id 152를 연결하고, 응답으로 미나의 페이지까지 보여 줍니다. 하지만 그 세션 ID를 담은 Set-Cookie를 Safari가 거절합니다. 그래서 바로 다음 요청인 마이페이지는 처음 보는 손님의 요청이 되고, 서버는 <status401>401</status401>로 답합니다. 쿠키가 없으면 로그인은 한 요청 만에 사라집니다.',
    },
  },
  cookieStore: {
    about:
      '쇼핑몰은 세션을 쿠키 안에 통째로 담을 수도 있습니다. npm 패키지 cookie-session 2.1이 하는 그대로, session 쿠키에는 base64 JSON을, session.sig에는 HMAC-SHA1 서명을 넣습니다. 서명일 뿐 암호화는 아닙니다. 테스트가 진짜 패키지를 express에서 같은 키와 같은 방문으로 나란히 돌려 Set-Cookie 줄을 모두 비교합니다. 관리자 페이지(401, 403, 200)도 여기와 express-session에서 같은 방식으로 비교하고, 다른 스택에서는 쇼핑몰의 공통 라우트로만 동작합니다. 바이트 그래프의 세션 ID 쪽은 손님의 요청을 express-session에서 다시 돌려 잰 값입니다.',
    title: 'cookie-session: 쿠키가 곧 세션',
    code: '쇼핑몰 코드',
    lifetime:
      '데이터가 마지막으로 바뀐 뒤 30분이면 쿠키가 끝납니다(maxAge). 서버는 아무것도 보관하지 않습니다',
    empty:
      '지금 이 브라우저에는 세션 쿠키가 없습니다. 아직 받지 않았거나, 만료됐거나, 지워졌습니다.',
    cookie: '{{who}} 쿠키에 적힌 내용',
    value: 'session (base64)',
    decoded: '풀어 본 내용: base64 → JSON',
    undecodable: 'base64 JSON이 아닙니다. 서버는 빈 세션으로 시작합니다',
    sig: 'session.sig',
    sigNote:
      '서버의 키로 “session=<값>”을 HMAC-SHA1한 값입니다. 이 바이트가 서버가 쓴 그대로인지 알려 줄 뿐, 아무것도 숨기지 않습니다.',
    chart: {
      title: '이번 방문에서 요청마다 보낸 바이트',
      caption:
        '막대 한 쌍이 {{who}}의 요청 하나입니다. 쿠키 기반 세션(데이터가 쿠키 안에)로 보낸 크기와, 같은 요청을 세션 ID(connect.sid)로 보냈을 때의 크기입니다. 뒤의 것은 express-session에서 다시 돌려 잰 값입니다.',
      cookieStore: '쿠키 기반 세션',
      sessionId: '세션 ID',
      request: '요청 {{n}}: {{method}} {{path}}',
      bar: '{{kind}}: {{bytes}}바이트',
      none: '아직 쿠키 기반 세션으로 보낸 요청이 없습니다.',
      loading: 'express-session에서 다시 돌려 보는 중…',
    },
    compare: {
      title: '방금 해 본 일로 비교하기',
      aspect: '항목',
      cookieStore: '쿠키 기반 세션(cookie-session)',
      sessionId: '세션 ID(express-session)',
      storage: '데이터가 있는 곳',
      security: '손님이 할 수 있는 일',
      speed: '요청마다 드는 비용',
      lifetime: '끝나는 때',
      storageCookie:
        '브라우저에 있습니다. 쿠키 두 개에 {{bytes}}바이트. 손님 기록부는 0줄이고, 서버는 아무것도 보관하지 않습니다.',
      storageSession:
        '서버에 있습니다. 손님마다 기록부에 한 줄씩, 메모리나 Redis에. 브라우저는 ID만 갖고 있습니다.',
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
      write: '세션 전체를 쿠키에 담고(base64) 서명: {{data}}',
      clear: 'req.session = null: 쿠키 두 개를 지움',
    },
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
