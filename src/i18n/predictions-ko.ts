/** "먼저 예측하고, 그다음 확인하기"의 한국어 문구. 첫 화면을 그린 뒤에 불러옵니다(i18n.ts). */
import type { PredictionMessages } from './predictions-en';

export const predictionsKo: PredictionMessages = {
  predictUi: {
    label: '예측',
    help: '화면은 아직 이 단계 바로 전 모습입니다. 어떻게 될지 먼저 고르고 확인을 누르면 이 단계가 실행됩니다.',
    choose: '내 예측',
    check: '확인하고 실행',
    skip: '그냥 보여 주세요',
    right: '맞았습니다!',
    wrong: '아쉽게도 틀렸습니다.',
    youChose: '내 예측: {{answer}}',
    actual: '실제로는: {{answer}}',
    skipped: '이 예측은 건너뛰고 바로 보았습니다.',
    again: '다시 예측하기',
    status: {
      '200': '200 OK: 페이지가 열린다',
      '401': '401: “로그인해 주세요”',
    },
  },
  predictions: {
    'cross-site-image': {
      prompt:
        'evil.example의 이미지가 쇼핑몰에 /me를 요청합니다. Chrome은 미나의 세션 ID 쿠키를 함께 보낼까요?',
      options: {
        yes: '예: 쇼핑몰로 가는 요청이니까',
        no: '아니요: 다른 사이트가 시작한 요청이니까',
      },
      why: 'Chrome에서 SameSite 없는 쿠키는 Lax이고, Lax 쿠키는 다른 사이트가 요청한 이미지에 실리지 않습니다.',
    },
    'cross-site-form-fresh': {
      prompt: '미나가 ‘받기’를 누르면 숨은 폼이 쇼핑몰로 POST됩니다. 세션 ID 쿠키가 함께 갈까요?',
      options: { yes: '예', no: '아니요: 기본이 Lax니까' },
      why: '쿠키가 생긴 지 2분이 안 됐고, Chrome은 그런 SameSite 없는 쿠키를 다른 사이트의 최상위 POST에 실어 보냅니다(Lax+POST).',
    },
    'cross-site-form-later': {
      prompt: '5분 뒤 미나가 다시 ‘받기’를 누릅니다. 이번에도 쿠키가 갈까요?',
      options: { yes: '예, 아까처럼', no: '아니요' },
      why: '2분 유예가 끝났습니다. 이제 쿠키는 그냥 Lax이고, Lax는 다른 사이트에서 시작한 POST에 실리지 않습니다.',
    },
    'cross-site-form-none': {
      prompt: '미나의 새 쿠키는 SameSite=None; Secure입니다. 위조된 폼에 함께 갈까요?',
      options: { yes: '예', no: '아니요' },
      why: 'None은 말 그대로입니다. 어느 사이트가 시작한 요청에든 실립니다.',
    },
    'cross-site-token-status': {
      prompt:
        '쇼핑몰이 이제 CSRF 토큰을 검사합니다. 위조된 폼에 미나의 쿠키가 실립니다. 쇼핑몰은 어떻게 답할까요?',
      options: { '200': '200: 상품권이 들어간다', '403': '403: 거절' },
      why: '세션은 찾았지만 폼에 _csrf 토큰이 없습니다. 라우트가 돌기 전에 검사가 거절합니다.',
    },
    'secure-cafe-sent': {
      prompt:
        '미나가 카페의 http:// 링크로 마이페이지를 엽니다. 세션 ID 쿠키에는 Secure 표시가 없습니다. 요청에 이 쿠키가 실릴까요?',
      options: { yes: '실린다. 평문 그대로', no: '안 실린다. 브라우저가 보내지 않는다' },
      why: 'Secure가 없으면 쿠키는 http로든 https로든 쇼핑몰에 갑니다. http는 아무것도 암호화하지 않으니 와이파이의 누구나 읽을 수 있습니다.',
    },
    'secure-no-cookie-set': {
      prompt:
        '쇼핑몰이 cookie.secure: true로 바꿨습니다. 쿠키가 없는 브라우저가 http 링크를 엽니다. 응답에 Set-Cookie가 있을까요?',
      options: { yes: '있다. Secure가 붙어서', no: 'Set-Cookie가 아예 없다' },
      why: 'express-session은 요청이 안전하지 않다는 것(req.secure가 false)을 보고, https 전용 쿠키를 보내지 않습니다.',
    },
    'secure-withheld-status': {
      prompt:
        '이제 미나의 쿠키는 Secure입니다. 카페의 http 링크로 마이페이지를 엽니다. 서버는 무엇으로 답할까요?',
      why: '브라우저는 Secure 쿠키를 http 요청에 싣지 않습니다. 쿠키가 없으니 서버는 미나를 알아보지 못하고 401로 답합니다.',
    },
    'kinds-pause-status': {
      prompt:
        '미나가 2분 동안 쉬는 사이 연결이 닫혔습니다. 미나가 마이페이지를 엽니다. 서버는 무엇으로 답할까요?',
      why: '로그인은 쿠키가 가리키는 서버의 세션에 있지, 연결에 있지 않습니다. 새 연결이어도 달라지는 것이 없으니 200입니다.',
    },
    'kinds-close-status': {
      prompt:
        '쿠키에 Max-Age가 없습니다. 미나가 Chrome을 닫았다가 다시 켜고 마이페이지를 엽니다. 서버는 무엇으로 답할까요?',
      why: 'Expires도 Max-Age도 없는 쿠키는 브라우저 세션 하나 동안만 삽니다. 쿠키가 사라졌으니 요청이 가리키는 세션이 없고, 서버에 세션이 남아 있어도 401입니다.',
    },
    'kinds-idle-status': {
      prompt:
        '쿠키는 30분 동안 유효하고 응답마다 다시 늘어납니다. 미나가 로그인하고 31분 동안 탭을 열어 두었다가 마이페이지를 엽니다. 서버는 무엇으로 답할까요?',
      why: '브라우저는 열려 있었지만, 요청 없이 30분이 지나 로그인 세션이 쿠키 저장소에서도 세션 저장소에서도 만료되었습니다. 그래서 401입니다.',
    },
    'first-visit-row': {
      prompt:
        'Chrome은 이 쇼핑몰에 처음 왔고 쿠키 저장소도 비어 있습니다. 홈페이지를 요청하면 손님 기록부는 어떻게 될까요?',
      options: {
        added: '새 줄이 하나 생긴다',
        same: '그대로다. 아직 아무도 로그인하지 않았으니까',
      },
      why: '서버는 쿠키 없이 온 방문자라면 로그인하지 않았어도 세션을 만들어(saveUninitialized: true) user_id가 NULL인 줄로 적어 둡니다.',
    },
    'cookie-returns-sent': {
      prompt: '3분 뒤 Chrome이 홈페이지를 다시 요청합니다. 이 요청에 connect.sid 쿠키가 실릴까요?',
      options: {
        yes: '실린다. 브라우저가 알아서 붙인다',
        no: '안 실린다. 페이지의 스크립트가 보내 줘야 한다',
      },
      why: '브라우저는 사이트와 경로가 맞는 쿠키를 요청마다 스스로 붙입니다. 페이지 코드는 필요 없습니다.',
    },
    'login-row': {
      prompt: '미나가 올바른 비밀번호로 로그인합니다. 기록부에 있던 Chrome의 줄은 어떻게 될까요?',
      options: {
        same: '그 줄에 user_id 152가 채워진다',
        replaced: '그 줄은 지워지고, 새 ID로 된 새 줄에 user_id 152가 적힌다',
        added: '옛 줄 옆에 줄이 하나 더 생긴다',
      },
      why: '로그인하면 서버가 세션 ID를 새로 발급합니다(regenerate). 옛 줄은 지워지고 새 줄에 user_id 152가 담깁니다. 세션 고정 공격을 막는 방법입니다.',
    },
    'me-status': {
      prompt: '미나가 비밀번호를 다시 입력하지 않고 마이페이지를 엽니다. 서버는 어떻게 답할까요?',
      why: '쿠키가 세션 ID를 가져오고 그 줄에 user_id 152가 있으니, 서버는 미나를 알아봅니다. 200입니다.',
    },
    'expired-sent': {
      prompt:
        '아무 요청 없이 31분이 지났습니다. 미나가 마이페이지를 엽니다. Chrome의 요청에 세션 ID 쿠키가 실릴까요?',
      options: {
        yes: '실린다. 아직 쿠키 저장소에 있다',
        no: '안 실린다. 저장소에 더는 없다',
      },
      why: '쿠키의 Expires(응답마다 30분씩 늘어남)가 지나서 Chrome이 쿠키를 버렸습니다. 요청은 쿠키 없이 나가고 401을 받습니다.',
    },
    'lazy-expiry-row': {
      prompt:
        '미나의 만료된 줄이 아직 기록부에 있습니다. 이제 쇼핑몰이 세션 목록을 모두 읽습니다(store.all()). 그 줄은 어떻게 될까요?',
      options: {
        removed: '지워진다',
        same: '서버가 재시작할 때까지 남는다',
      },
      why: 'MemoryStore는 만료된 세션을 누군가 읽을 때 지우는데, all()은 세션을 하나도 빠짐없이 읽습니다.',
    },
    'logout-row': {
      prompt: '미나가 로그아웃을 누릅니다. 기록부의 미나 줄은 어떻게 될까요?',
      options: {
        removed: '지워진다',
        same: '남아 있고 user_id만 NULL로 돌아간다',
      },
      why: '로그아웃은 destroy()를 부릅니다. 줄이 지워지고, Set-Cookie로 브라우저에게 쿠키를 버려 달라고 합니다.',
    },
    'after-logout-status': {
      prompt: '로그아웃한 미나가 마이페이지를 다시 엽니다. 서버는 어떻게 답할까요?',
      why: '쿠키 저장소는 비었고 줄도 사라졌습니다. 서버는 미나를 모르니 401입니다.',
    },
    'stateless-sent': {
      prompt:
        'Safari가 같은 쇼핑몰을 처음 엽니다. Chrome에는 이미 세션 ID 쿠키가 있습니다. Safari의 요청에도 쿠키가 실릴까요?',
      options: {
        yes: '실린다. Chrome이 받은 그 쿠키가',
        no: '안 실린다. Safari의 저장소는 비어 있다',
      },
      why: '브라우저마다 쿠키 저장소가 따로 있습니다. 처음 온 Safari는 보낼 것이 없고, 자기 세션을 새로 받습니다.',
    },
    'own-jars-user': {
      prompt:
        '준은 Edge에서, 미나는 Chrome에서 로그인했고 Safari는 로그인한 적이 없습니다. Safari가 마이페이지를 열면 누구의 페이지가 나올까요?',
      options: {
        '152': '미나의 페이지(user_id 152)',
        '214': '준의 페이지(user_id 214)',
        none: '아무 페이지도 안 나온다(401)',
      },
      why: 'Safari는 자기 쿠키만 보내고, 그 줄의 user_id는 NULL입니다. 그래서 401입니다. 로그인은 로그인한 그 브라우저에만 남습니다.',
    },
    'tamper-status': {
      prompt:
        '누군가 Safari의 쿠키를 손으로 고쳐 지어낸 세션 ID를 넣고 마이페이지를 엽니다. 서버는 어떻게 답할까요?',
      why: '값이 바뀌어 서명이 맞지 않으니 서버는 쿠키를 없는 셈 칩니다. 401과 함께 새 익명 세션이 생깁니다.',
    },
    'stolen-user': {
      prompt:
        '공격자가 Chrome의 쿠키를 Firefox로 복사하고, 비밀번호 없이 마이페이지를 엽니다. 누구의 페이지가 나올까요?',
      options: {
        '152': '미나의 페이지(user_id 152)',
        none: '아무 페이지도 안 나온다. 다른 브라우저라서 401',
      },
      why: '서버에 보이는 것은 유효한 세션 ID뿐, 어느 브라우저가 보냈는지는 모릅니다. 복사한 쿠키가 로그인과 똑같이 통합니다. 이것이 세션 하이재킹입니다.',
    },
    'logout-public-pc-status': {
      prompt:
        '미나가 Chrome에서 로그아웃합니다. 복사한 쿠키를 아직 가진 Firefox가 마이페이지를 엽니다. 서버는 어떻게 답할까요?',
      why: '로그아웃이 복사본이 가리키던 줄을 지웠으니 훔친 쿠키는 이제 쓸모가 없습니다. 401입니다.',
    },
    'fixation-status': {
      prompt:
        '공격자가 자기 세션 ID를 Chrome에 심어 두고, 미나가 로그인합니다. 공격자가 그 ID로 마이페이지를 열면 서버는 어떻게 답할까요?',
      why: '로그인할 때 세션 ID가 새로 발급되어 심어 둔 ID는 지워졌습니다. 공격자는 401을 받습니다.',
    },
    'close-browser-sent': {
      prompt:
        '이제 쿠키에 Expires가 없습니다. 미나가 Chrome을 닫았다가 다시 켜고 마이페이지를 엽니다. 요청에 그 쿠키가 실릴까요?',
      options: {
        yes: '실린다. 저장소에 남아 있다',
        no: '안 실린다. 사라졌다',
      },
      why: 'Expires가 없는 쿠키는 브라우저 메모리에만 있어서, 브라우저를 닫을 때 함께 사라집니다.',
    },
    'reopen-status': {
      prompt:
        '이번에는 쿠키가 7일 뒤에 만료됩니다. 미나가 Chrome을 닫고 한 시간 뒤에 다시 와서 마이페이지를 엽니다. 서버는 어떻게 답할까요?',
      why: '영속 쿠키는 Expires까지 디스크에 남습니다. 쿠키가 요청에 실려 가고 세션도 살아 있으니 200입니다.',
    },
    'restart-status': {
      prompt:
        '서버가 재시작합니다. Chrome은 미나의 쿠키를 그대로 가진 채 마이페이지를 엽니다. 서버는 어떻게 답할까요?',
      why: '세션은 서버 메모리에 있었고, 재시작하면서 모두 사라졌습니다. 쿠키가 가리키는 줄이 없으니 401입니다.',
    },
    'lost-login-status': {
      prompt:
        '서버가 둘이고 메모리도 따로입니다. 미나는 A에서 로그인했습니다. 로드 밸런서가 다음 요청(마이페이지)을 B로 보냅니다. B는 어떻게 답할까요?',
      why: 'B는 미나의 세션 ID를 본 적이 없습니다. 그 세션은 A의 메모리에만 있으니 401입니다.',
    },
    'sticky-status': {
      prompt:
        '스티키 세션에서는 로드 밸런서가 방문자를 늘 같은 서버로 보냅니다. 미나가 로그인하고 마이페이지를 두 번 엽니다. 두 번째 마이페이지의 답은?',
      why: '미나의 요청은 모두 미나의 세션을 가진 그 서버로 갑니다. 그래서 200입니다.',
    },
    'cookie-store-first-cookie': {
      prompt:
        '이제 쇼핑몰은 세션을 쿠키에 담습니다(cookie-session). 아직 그런 쿠키가 없는 Chrome이 홈페이지를 엽니다. 응답이 세션을 담은 쿠키를 설정할까요?',
      options: {
        yes: '네, 새로 온 손님은 모두 받는다',
        no: '아니요, 아직 담을 것이 없다',
      },
      why: 'cookie-session은 세션에 무언가 들어 있거나 바뀌었을 때만 쿠키를 씁니다. 빈 세션이면 쿠키도 보내지 않고, 서버도 아무것도 보관하지 않습니다.',
    },
    'cookie-store-row': {
      prompt: 'Chrome이 장바구니에 apple을 담습니다. 손님 기록부는 어떻게 될까요?',
      options: {
        added: '장바구니를 담은 새 줄이 생긴다',
        same: '그대로다. 장바구니는 쿠키로 간다',
      },
      why: '세션을 쿠키에 담으면 서버는 아무것도 적지 않습니다. 장바구니는 session 쿠키에 담겨 Chrome으로 돌아가고, 서명은 session.sig에 들어 있습니다.',
    },
    'cookie-store-tamper-status': {
      prompt:
        'Chrome의 쿠키를 userId 214(준)로 고치고 session.sig는 예전 것 그대로 둡니다. 마이페이지는 무엇으로 답할까요?',
      why: '서명이 값과 맞지 않으니 서버는 쿠키를 무시하고 빈 세션으로 시작합니다. 마이페이지는 로그인이 필요하니 401입니다.',
    },
    'authz-guest-status': {
      prompt: '로그아웃한 Chrome이 쇼핑몰의 관리자 페이지를 요청합니다. 서버는 무엇으로 답할까요?',
      options: {
        '200': '200: 페이지를 보여 준다',
        '401': '401: 먼저 로그인하라',
        '403': '403: 허용되지 않는다',
      },
      why: '세션에 로그인한 사용자가 없으니 서버는 누가 묻는지 모릅니다. 그래서 401, 먼저 로그인하라는 답입니다.',
    },
    'authz-user-status': {
      prompt:
        '준이 로그인하고 관리자 페이지를 요청합니다. 준의 계정은 관리자가 아닙니다. 이번에는요?',
      options: {
        '200': '200: 페이지를 보여 준다',
        '401': '401: 먼저 로그인하라',
        '403': '403: 허용되지 않는다',
      },
      why: '서버는 준이라는 것을 압니다(인증). 하지만 준의 계정은 이 페이지를 열 수 없습니다(인가 안 됨). 그래서 403입니다.',
    },
    'stateless-again-row': {
      prompt: 'Safari가 홈페이지를 다시 엽니다. 이번에는 손님 기록부가 어떻게 될까요?',
      options: { added: '또 새 줄이 생긴다', same: '그대로다. 서버가 이미 Safari를 안다' },
      why: '요청 어디에도 같은 Safari라는 표시가 없습니다. 쿠키가 돌아오지 않았으니까요. 또 낯선 손님, 또 새 줄입니다.',
    },
    'stateless-login-status': {
      prompt:
        '미나가 Safari에서 맞는 비밀번호로 로그인하고 마이페이지를 엽니다. 마이페이지는 무엇으로 답할까요?',
      why: '로그인을 담은 세션의 ID를 Safari가 받아 두지 않았습니다. 마이페이지 요청에는 그 ID가 없으니 401입니다.',
    },
    'xss-victim-stolen': {
      prompt:
        '로그인한 미나가 후기가 심어진 후기 페이지를 엽니다. 미나의 세션 ID 쿠키가 evil.example에 닿을까요?',
      options: {
        yes: '닿는다. 미나의 브라우저가 보낸다',
        no: '닿지 않는다. 쇼핑몰의 쿠키는 쇼핑몰에만 간다',
      },
      why: '스크립트가 쇼핑몰 페이지의 일부로 실행되고, HttpOnly가 없으니 document.cookie에 connect.sid가 보입니다.',
    },
    'xss-hijack-user': {
      prompt:
        'Firefox가 evil.example이 받은 connect.sid를 넣고 마이페이지를 엽니다. 누구의 페이지가 돌아올까요?',
      options: { '152': '미나의 페이지(user_id 152)', none: '아무도 아니다. 로그인하라고 한다' },
      why: '서버가 확인하는 건 세션 ID뿐입니다. 그것을 보내는 사람이 곧 미나입니다.',
    },
    'xss-httponly-stolen': {
      prompt:
        '쇼핑몰이 cookie.httpOnly를 켜고, 미나가 다시 로그인한 뒤 후기를 엽니다. 미나의 세션 ID 쿠키가 evil.example에 닿을까요?',
      options: {
        yes: '닿는다. 스크립트는 여전히 실행된다',
        no: '닿지 않는다. 스크립트는 실행되지만 쿠키를 못 본다',
      },
      why: 'evil.example로 가는 요청은 그대로 가지만, document.cookie에는 HttpOnly 쿠키가 빠집니다.',
    },
  },
};
