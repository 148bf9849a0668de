/** 한국어 활동 텍스트: 도전 과제와 장별 퀴즈. 첫 화면이 그려진 뒤에 불러옵니다 (i18n.ts). */
import type { ActivityMessages } from './activities-en';

export const activitiesKo: ActivityMessages = {
  sandbox: {
    title: '샌드박스: 마음대로 바꿔 보세요',
    from: '“{{step}}”에서 시작',
    intro:
      '방문자, 쿠키, 시계, 서버와 옵션까지 무엇이든 바꾸고 어떻게 되는지 지켜보세요. 한 일은 기록에 남아서 되돌리거나 그 시점으로 돌아갈 수 있습니다. 링크를 열면 새 서버에서 같은 동작이 다시 실행되며, 비밀 키나 비밀번호는 담기지 않습니다.',
    tools: '샌드박스 도구',
    undo: '실행 취소',
    redo: '다시 실행',
    reset: '처음부터',
    copyLink: '링크 복사',
    copied: '링크를 복사했습니다. 이 링크를 연 사람은 같은 동작이 다시 실행되는 것을 봅니다.',
    copyFailed: '이 브라우저에서는 페이지가 복사할 수 없습니다. 링크를 선택해 직접 복사하세요:',
    linkLabel: '이 샌드박스의 링크',
    leave: '수업으로 돌아가기',
    damagedLink:
      '링크 일부를 읽을 수 없습니다. 잘렸거나 고쳐진 것 같습니다. 앞의 동작 {{count}}개만 다시 실행했습니다.',
    world: '더 바꿔 볼 것',
    crowd: '방문자 +{{count}}명',
    plusHour: '+1시간',
    plusDay: '+1일',
    serverCount: '로드 밸런서 뒤의 서버 수',
    history: '지금까지 한 일',
    start: '시작: “{{step}}”의 상태',
    earlier: '그 전의 동작 {{count}}개 (실행 취소로 돌아갈 수 있습니다)',
    did: {
      request: '{{who}}: {{method}} {{path}}',
      clock: '시계 +{{minutes}}분',
      addVisitor: '{{browser}} 열림',
      'remove-visitor': '{{who}} 나감',
      'close-browser': '{{who}} 브라우저 닫음',
      'run-console': '{{who}}: 콘솔에서 document.cookie 실행',
      'delete-cookie': '{{who}}: 쿠키 {{name}} 삭제',
      'edit-cookie': '{{who}}: 쿠키 {{name}} 수정',
      'add-cookie': '{{who}}: 쿠키 {{name}} 추가',
      'copy-cookie': '쿠키 복사: {{from}} → {{to}} ({{name}})',
      blockCookies: '{{who}}: 쿠키 모두 차단',
      allowCookies: '{{who}}: 쿠키 다시 허용',
      crowd: '방문자 {{count}}명 도착',
      cluster: '배포: {{mode}} (서버 {{size}}대)',
      oneServer: '배포: 서버 한 대',
      engine: '서버 스택: {{engine}}',
      'restart-server': '서버 재시작',
      'collect-garbage': '만료된 세션 정리',
      'set-options': '세션 옵션 변경',
      'set-app': '쇼핑몰 코드 변경',
      'set-php': 'php.ini 변경',
      'set-tomcat': 'Tomcat 세션 설정 변경',
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
        '1': 'Chrome에서 개발자 도구 → 애플리케이션 → 쿠키를 열고 connect.sid 값을 복사하세요.',
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
    'stranger-again': {
      title: '다시 낯선 손님으로',
      goal: 'Chrome은 두 번 방문해서 기록부에 자기 줄이 있습니다. Chrome을 닫거나 시간을 보내지 않고, 서버가 Chrome을 처음 온 손님으로 맞게 만드세요. 새 세션 ID와 새 줄이 생기고, 예전 줄은 기록부에 그대로 남아 있어야 합니다.',
      hints: {
        '0': '서버는 Chrome을 무엇으로 알아볼까요? IP, User-Agent, 아니면 Chrome이 보내는 무언가일까요?',
        '1': '개발자 도구 → 애플리케이션 → 쿠키에서 connect.sid를 삭제한 뒤 홈을 누르세요.',
      },
      solved:
        '같은 브라우저, 같은 IP, 같은 User-Agent인데도 낯선 손님이 되었습니다. 쿠키가 없으니 서버는 이번 방문을 예전 줄과 이을 수 없어 새 세션을 시작했습니다. 예전 줄은 만료될 때까지 남습니다. Chrome이 떠났다는 것을 서버로서는 알 길이 없으니까요.',
      nudges: {
        closed:
          'Chrome을 닫아도 소용없었습니다. 이 쿠키에는 Expires 날짜(cookie.maxAge)가 있어서 Chrome이 디스크에 보관했다가 다시 보냅니다. 쿠키 자체를 건드려 보세요.',
      },
    },
    'log-out-one': {
      title: '한 명만 로그아웃',
      goal: '준은 Edge에서, 미나는 Chrome에서 로그인해 있습니다. 준만 로그아웃시킨 뒤, 미나는 여전히 로그인해 있다는 것을 보여 주세요. Chrome의 마이페이지가 열려야 합니다.',
      hints: {
        '0': '로그아웃은 세션 하나만 없앱니다. 요청과 함께 온 ID의 세션이죠.',
        '1': 'Edge 탭으로 바꿔 로그아웃을 누르고, Chrome으로 돌아와 마이페이지를 여세요.',
      },
      solved:
        'Edge의 요청에는 준의 세션 ID가 실려 있었으니 준의 줄만 지워졌습니다. Chrome의 쿠키가 가리키는 미나의 줄은 건드리지 않았습니다.',
      nudges: {
        'wrong-one':
          '방금은 Chrome에서 미나를 로그아웃시켰습니다. 준은 Edge 탭에 있습니다. 처음부터 다시 시작해서 Edge에서 로그아웃하세요.',
      },
    },
    'plant-session-id': {
      title: '세션 ID 심어 두기',
      goal: '이 쇼핑몰은 로그인할 때 세션 ID를 새로 발급하지 않습니다. Firefox의 공격자가 되어, 미나가 로그인하기 전에 내 세션 ID를 Chrome에 심어 두고, 미나가 거기서 로그인하게 한 다음, Firefox에서 미나의 마이페이지를 여세요. 미나의 비밀번호도, 로그인 뒤에 쿠키를 복사하는 것도 없이요.',
      hints: {
        '0': 'Firefox에는 이미 자기 익명 세션이 있습니다. 그 ID는 Firefox의 개발자 도구 → 애플리케이션 → 쿠키에 있습니다.',
        '1': 'Firefox의 connect.sid를 복사하고, Chrome으로 바꿔 이름이 connect.sid이고 값이 그 값인 쿠키를 추가하세요(붙여넣기).',
        '2': 'Chrome에서 mina / sesame로 로그인한 뒤, Firefox로 바꿔 마이페이지를 여세요.',
      },
      solved:
        '이것이 세션 고정 공격입니다. 미나는 공격자가 고른 ID로 로그인했고, 로그인이 그 ID를 바꾸지 않았으니 그 ID의 세션은 이제 미나의 것입니다. 그 ID는 공격자가 처음부터 알고 있었고요. express-session 옵션 아래의 쇼핑몰 코드를 보세요. req.session.regenerate()가 없습니다.',
      nudges: {
        'after-login':
          '그건 미나가 로그인한 뒤에 쿠키를 복사한 것, 곧 세션 하이재킹입니다(앞의 도전 과제). 여기서는 공격자가 먼저 움직여야 합니다. 미나가 로그인하기 전에 Chrome에 ID를 건네 두세요.',
        renewed:
          '심어 둔 ID가 로그인하는 순간 쓸모없어졌습니다. req.session.regenerate()가 켜져 있어서 서버가 미나에게 새 ID를 주었기 때문입니다. 이 도전에서는 로그인이 ID를 그대로 두어야 합니다. 처음부터 다시 시작하고, 체크는 끈 채로 두세요.',
      },
    },
    'stop-fixation': {
      title: '세션 고정의 구멍 막기',
      goal: 'Firefox의 공격자가 다시 Chrome에 자기 세션 ID를 심어 두었고, 쇼핑몰의 로그인은 ID를 바꾸지 않습니다. 서버를 고쳐서, 미나가 심어진 ID를 가진 채 Chrome에서 로그인해도 같은 ID를 보내는 Firefox의 마이페이지는 401로 답하게 만드세요.',
      hints: {
        '0': '공격이 통하는 건 미나가 로그인할 때 쓰는 ID를 공격자가 이미 알고 있기 때문입니다. 서버는 언제 새 ID를 내주어야 할까요?',
        '1': '“express-session 옵션” 아래 쇼핑몰 로그인 코드에서 req.session.regenerate()를 켜세요. 그다음 Chrome에서 mina로 로그인하고 Firefox에서 마이페이지를 여세요.',
      },
      solved:
        '로그인하는 순간 서버가 심어진 세션을 지우고 Set-Cookie로 미나에게 새 ID를 주었습니다. 공격자에게 남은 예전 ID는 이제 아무것도 가리키지 않으니 401입니다. 로그인할 때 ID를 새로 발급하는 것은 OWASP가 모든 로그인에 요구하는 일입니다.',
      nudges: {
        'attacker-in':
          '공격자가 들어왔습니다. 미나가 심어진 ID로 로그인했고, 로그인이 그 ID를 그대로 두었기 때문입니다. 처음부터 다시 시작해서, 먼저 로그인이 하는 일을 바꾸고(“express-session 옵션” 아래 쇼핑몰 코드) 그다음 미나가 로그인하게 하세요.',
        'not-planted':
          '미나가 심어진 쿠키 없이 로그인해서 이번에는 공격이 빗나갔습니다. 하지만 서버가 조심성 있는 사용자만 믿을 수는 없습니다. 처음부터 다시 시작해서 심어진 쿠키는 그대로 두고 서버를 고치세요.',
      },
    },
    'hide-from-scripts': {
      title: '읽어 보고, 숨기기',
      goal: '이 쇼핑몰은 이제 세션 쿠키를 HttpOnly 없이 보냅니다. Chrome의 콘솔에서 document.cookie로 세션 쿠키를 읽어 보세요. 그다음 서버를 고쳐서, 미나가 로그인한 상태 그대로 같은 명령에 connect.sid가 더는 보이지 않게 만드세요.',
      hints: {
        '0': '개발자 도구 → 콘솔 → document.cookie 실행. 여기서 스크립트가 읽을 수 있는 것은 끼어든 스크립트(XSS)도 읽어서 밖으로 보낼 수 있습니다.',
        '1': '“express-session 옵션”에서 cookie.httpOnly를 켜세요.',
        '2': '세션은 만들어질 때의 쿠키 옵션을 그대로 간직합니다. 로그아웃했다가 다시 로그인한 뒤 document.cookie를 한 번 더 실행하세요.',
      },
      solved:
        '같은 명령인데 connect.sid가 사라졌습니다. Chrome은 여전히 쿠키를 갖고 있고 요청마다 보내는데도요. HttpOnly는 페이지 스크립트로부터 쿠키를 숨겨서, 끼어든 스크립트가 세션 ID를 빼돌리지 못하게 합니다. 개발자 도구에는 여전히 보입니다. HttpOnly가 막는 것은 스크립트이지, 키보드 앞의 사람이 아닙니다.',
      nudges: {
        'no-cookie':
          'document.cookie에 connect.sid가 없지만, 그건 지금 Chrome에 세션 쿠키가 없어서입니다. 미나가 로그인해 있지 않습니다. 미나가 로그인한 채로 쿠키를 숨겨 보세요.',
        'old-session':
          '옵션은 켜졌지만, 이 세션은 만들어질 때의 쿠키 옵션을 그대로 간직하므로 Chrome은 여전히 HttpOnly 없는 쿠키를 받습니다. 로그아웃했다가 다시 로그인하세요. 새 세션은 새 옵션을 따릅니다.',
      },
    },
    'idle-timeout': {
      title: '유휴 시간 제한 걸기',
      goal: '지금 쇼핑몰은 cookie.maxAge를 정하지 않아서 서버의 세션이 절대 만료되지 않습니다. 미나의 세션이 몇 분 동안 쓰이지 않으면 저절로 끝나게 만드세요. Chrome은 열어 둔 채로, 로그인한 뒤에는 로그아웃 없이요. 그러면 마이페이지가 401로 답해야 합니다.',
      hints: {
        '0': 'maxAge가 없으면 아무리 기다려도 세션은 만료되지 않습니다. 세션에 수명을 주는 것은 무엇일까요?',
        '1': '“express-session 옵션”에서 cookie.maxAge를 5분으로 정하세요. 바꾼 뒤에 만들어지는 세션부터 적용되니, 로그아웃했다가 다시 로그인하세요.',
        '2': '그다음 시계에서 +5분을 누르고 마이페이지를 여세요.',
      },
      solved:
        '로그아웃도, 브라우저 닫기도 없이 조용한 5분이 세션을 끝냈습니다. maxAge 덕분에 쿠키에는 Expires가, 세션에는 만료 시각이 생겼고, 5분 동안 요청이 없자 둘 다 끝났습니다.',
      nudges: {
        closed:
          'Chrome을 닫으면 Expires 없는 쿠키는 사라지지만, 여기서는 Chrome을 열어 둔 채 서버가 스스로 세션을 끝내야 합니다. 처음부터 다시 시작하세요.',
        never:
          '그렇게 오래 지났는데도 로그인 상태입니다. 이 세션은 maxAge 없이 만들어져서 만료 시각이 없습니다. cookie.maxAge를 정한 뒤, 로그아웃했다가 다시 로그인해서 새 세션이 그 값을 따르게 하세요.',
      },
    },
    'no-row-for-strangers': {
      title: '낯선 손님에게는 줄을 주지 않기',
      goal: '익명 방문자 천 명이 기록부를 채웠습니다. 아무것도 하지 않았는데 모두 한 줄씩 차지했죠. 서버를 고쳐서, 쿠키가 없는 방문자가 홈을 열어도 줄도 쿠키도 생기지 않게 만드세요.',
      hints: {
        '0': '아무것도 담기지 않은 새 세션까지 저장하게 하는 express-session 옵션은 무엇일까요?',
        '1': 'saveUninitialized를 끄고, Chrome을 쿠키 없는 방문자로 만든 뒤(개발자 도구에서 connect.sid 삭제, 또는 새 브라우저 추가) 홈을 누르세요.',
      },
      solved:
        '홈은 열렸지만 줄도 쓰이지 않았고 Set-Cookie도 오지 않았습니다. saveUninitialized를 끄면 로그인이나 장바구니처럼 무언가 담겼을 때에만 세션을 저장합니다. 지나가는 손님 천 명은 이제 아무 비용도 들지 않습니다.',
      nudges: {
        'row-made':
          '방문자는 아무것도 하지 않았는데 줄과 쿠키가 생겼습니다. saveUninitialized가 아직 켜져 있습니다.',
      },
    },
    'sticky-without-sharing': {
      title: '나누지 않고 붙잡아 두기',
      goal: '서버가 두 대이고, 각 서버는 세션을 자기 메모리에만 둡니다. 서버끼리 세션을 나누지 않고, 미나를 로그인시킨 뒤 마이페이지를 두 번 여세요. 두 번 모두 로그인을 처리한 서버가 답해야 합니다.',
      hints: {
        '0': '세션이 서버 사이를 옮겨 다닐 수 없다면, 미나가 늘 같은 서버로 가야 합니다.',
        '1': '서버 목록에서 “서버 두 대, 스티키 세션”을 고르고, 로그인한 뒤 마이페이지를 두 번 여세요.',
      },
      solved:
        '로드 밸런서가 Chrome을 미나의 세션을 가진 서버에 붙잡아 두었으니 요청마다 세션을 찾았습니다. 복사하거나 나눈 것은 없습니다. 다만 그 서버가 멈추면 거기에 붙은 사람은 모두 로그아웃됩니다.',
      nudges: {
        shared:
          '그것도 되지만, 지금은 서버들이 세션을 나눠 갖고 있습니다(서버마다 사본, 또는 중앙 저장소 하나). 여기서는 서버마다 자기 메모리를 쓰게 두고 로드 밸런서가 일하게 하세요.',
        lost: '로드 밸런서가 마이페이지 요청을 이 세션을 본 적 없는 다른 서버로 보냈습니다. 그래서 401입니다. 미나를 매번 같은 서버로 보내게 하세요.',
      },
    },
    'edit-the-cookie': {
      title: '쿠키 내용을 바꿔 보기',
      goal: 'Chrome의 세션 쿠키에는 미나의 장바구니와 user_id가 들어 있습니다. 그 내용(장바구니나, 누구의 계정인지)을 바꿔 서버에 보내 보세요. 서버가 고친 쿠키를 어떻게 다루는지 확인하면 됩니다.',
      hints: {
        '0': 'session 쿠키 값은 JSON을 base64로 바꾼 것입니다. 손님 기록부 아래 패널에 풀어 놓은 내용이 보입니다.',
        '1': 'Chrome에서 개발자 도구 → 애플리케이션 → 쿠키를 열고 session 값을 고치세요. 다른 base64면 무엇이든 됩니다. 예를 들어 {"cart":["apple"],"userId":214}를 base64로 바꾼 값이요.',
        '2': 'session.sig는 그대로 두고 마이페이지를 여세요.',
      },
      solved:
        '서버가 고친 값에 자기 키로 서명을 만들어 보니 session.sig와 달랐습니다. 그래서 쿠키를 통째로 무시하고 빈 세션으로 시작했습니다. 데이터를 읽고 고칠 수는 있어도, 키가 없으면 서버가 그 내용을 믿게 만들 수는 없습니다.',
      nudges: {
        'sig-only':
          '서버가 쓴 데이터에 다른 서명을 붙여 보냈습니다. 이것도 거절됩니다. 이번에는 session 쿠키의 데이터 자체를 바꿔 보세요.',
      },
    },
    'outlive-logout': {
      title: '로그아웃해도 끝나지 않는 세션',
      goal: '미나가 공용 PC의 Chrome에서 로그인해 있습니다. 미나가 Chrome에서 로그아웃한 뒤에, 비밀번호 없이 Firefox로 미나의 마이페이지에 들어가 보세요.',
      hints: {
        '0': '세션을 쿠키에 담으면 서버에는 세션 목록이 없습니다. 서명만 맞으면 어떤 쿠키든 믿습니다.',
        '1': '미나가 로그아웃하기 전에 Chrome 개발자 도구에서 session과 session.sig 두 쿠키의 값을 복사해, Firefox 개발자 도구에 같은 이름과 값으로 쿠키를 추가하세요.',
        '2': '그다음 Chrome에서 미나를 로그아웃시키고, Firefox로 바꿔 마이페이지를 여세요.',
      },
      solved:
        '로그아웃으로 Chrome의 쿠키는 지워졌지만, 서버에는 지울 것이 없었습니다. Firefox에 있는 사본은 Expires가 될 때까지 서명이 맞는 멀쩡한 세션입니다. 세션 ID 방식이라면 로그아웃할 때 기록이 지워져 사본도 함께 쓸모없어집니다. 세션을 쿠키에 담는 방식에서는 수명을 짧게 잡거나 키를 바꿔야 이런 사본을 끊을 수 있습니다.',
      nudges: {
        password:
          '미나의 비밀번호를 입력하면 새로 로그인한 것이지, 미나의 세션을 이어 쓴 게 아닙니다. 쿠키 사본으로 해 보세요.',
      },
    },
    'open-admin': {
      title: '관리자 페이지로',
      goal: 'Chrome에 준이 로그인해 있고, 관리자 페이지는 403이라고 합니다. 관리자 페이지가 200으로 답하게 해 보세요.',
      hints: {
        '0': '서버가 들여보낼지는 브라우저나 쿠키가 아니라, 어느 계정이 로그인했는지에 달려 있습니다.',
        '1': '준을 로그아웃시키고 sora / owl로 로그인한 뒤 관리자 페이지를 여세요.',
      },
      solved:
        '소라의 계정은 관리자라서, 같은 페이지와 같은 브라우저라도 새 세션으로는 200을 받습니다. 인가는 세션이 가리키는 계정을 따라갑니다.',
      nudges: {
        forbidden:
          '아직 403입니다. 로그인한 계정이 관리자가 아니에요. 다시 요청해도 그대로이고, 계정을 바꿔야 합니다.',
      },
    },
    'forbidden-not-unknown': {
      title: '401 말고 403',
      goal: 'Safari에서 관리자 페이지가 401이 아니라 403 Forbidden으로 답하게 해 보세요.',
      hints: {
        '0': '401은 서버가 누구인지 모른다는 뜻이고, 403은 누구인지 알지만 안 된다는 뜻입니다.',
        '1': 'Safari에서 관리자가 아닌 계정(mina / sesame)으로 로그인한 뒤 관리자 페이지를 여세요.',
      },
      solved:
        '이제 서버는 Safari가 미나라는 것을 알고, 미나는 관리자가 아니라서 403입니다. 401은 로그인하라는 말이고, 403은 로그인이 문제가 아니라는 말입니다.',
      nudges: {
        unknown:
          '401입니다. Safari가 로그인하지 않아서 서버가 누가 묻는지 모릅니다. 먼저 로그인하세요.',
        admin: '200입니다. 관리자는 열 수 있습니다. 관리자가 아닌 계정으로 로그인해 보세요.',
      },
    },
    'php-strict': {
      title: '지어낸 PHPSESSID 거절하기',
      goal: 'PHP는 어떤 PHPSESSID를 받든 그대로 썼습니다. 지어낸 ID를 거절하게 만들어 보세요. 설정을 하나 바꾸고, 직접 지어낸 ID로 요청을 보내면 됩니다.',
      hints: {
        '0': '손님 기록부 아래 PHP 세션 설정을 보세요.',
        '1': 'session.use_strict_mode를 켜면 서버가 만든 적 없는 ID를 거절합니다.',
        '2': '그 설정을 켜고, 개발자 도구의 애플리케이션 → 쿠키에서 PHPSESSID를 아무 영문자와 숫자로 바꾼 뒤 홈 페이지를 여세요.',
      },
      solved:
        'use_strict_mode를 켜니 PHP가 지어낸 ID 대신 자기가 만든 새 ID를 내줬습니다. 꺼져 있으면 PHP는 받은 ID를 그대로 쓰고, 세션 고정 공격은 바로 거기서 시작됩니다.',
      nudges: {
        adopted:
          'PHP가 지어낸 ID를 그대로 받아들였습니다(서버 내부 참고). 거절하게 하는 설정이 아직 꺼져 있습니다.',
      },
    },
    'tomcat-idle': {
      title: 'Tomcat이 세션을 끝내게 하기',
      goal: '로그아웃하지 않고 Tomcat이 미나의 세션을 끝내게 한 뒤, 그걸 보여 주세요. 브라우저가 JSESSIONID를 여전히 보내는데도 마이페이지가 401로 답해야 합니다.',
      hints: {
        '0': 'Tomcat은 maxInactiveInterval 동안 쓰이지 않은 세션을 끝냅니다.',
        '1': '서버 시계를 30분 앞으로 돌린 뒤 마이페이지를 여세요.',
      },
      solved:
        '브라우저는 JSESSIONID를 그대로 보냈지만, Tomcat이 30분 동안 안 쓰인 세션을 서버에서 만료시킨 뒤였습니다. 쿠키에는 처음부터 만료 시각이 없었습니다. 끝내는 건 서버입니다.',
      nudges: {
        'logged-out': '로그아웃해도 세션은 끝나지만, 이번 목표는 저절로 끝나게 하는 것입니다.',
      },
    },
    'laravel-lottery': {
      title: '추첨으로 Laravel 테이블 비우기',
      goal: 'Laravel의 sessions 테이블에서 미나의 줄은 세션이 끝난 뒤에도 남습니다. 만료된 줄은 누군가 지울 때까지 그대로 있습니다. 로그아웃하지 않고 그 줄을 지우세요.',
      hints: {
        '0': 'last_activity가 lifetime(120분)보다 오래되면 오래된 줄입니다. 오래된 줄은 어떤 요청이 추첨에 당첨될 때만 지워집니다.',
        '1': '추첨 [2, 100]은 요청마다 100번에 2번꼴로 당첨됩니다. 설정에서 반드시 당첨되게 바꿔 보세요.',
        '2': 'lottery를 [1, 1]로 바꾸고 시계를 120분 넘게 돌린 뒤 아무 페이지나 여세요.',
      },
      solved:
        '요청이 추첨에 당첨되어 Laravel이 DELETE FROM sessions로 lifetime보다 오래된 줄을 지웠습니다. 당첨되기 전까지 만료된 줄은 테이블에 그대로 남아 있고, 읽으면 빈 세션이 됩니다.',
      nudges: {
        'still-there':
          '미나의 줄은 이미 오래됐지만 아직 테이블에 있습니다. 추첨에 당첨된 요청이 없었기 때문입니다. 반드시 당첨되게 바꿔 보세요.',
      },
    },
    'flask-forge': {
      title: 'Flask 쿠키로 준이 되어 보기',
      goal: '미나의 Flask 쿠키에는 {"user_id":152}가 들어 있습니다. 이걸 214(준의 ID)로 고친 뒤 마이페이지를 열어 보세요. 서버가 믿어 줄까요?',
      hints: {
        '0': '첫 번째 점 앞부분이 base64로 바꾼 세션 내용입니다.',
        '1': '{"user_id":214}를 base64로 바꾸면 eyJ1c2VyX2lkIjoyMTR9입니다.',
        '2': '개발자 도구의 애플리케이션 → 쿠키에서 session 값의 첫 번째 점 앞을 그걸로 바꾸고(나머지는 그대로) 마이페이지를 여세요.',
      },
      solved:
        '읽기는 쉬웠지만 위조는 안 됐습니다. 서명은 비밀 키로 데이터에 만든 HMAC이라, 한 바이트만 바꿔도 맞지 않습니다. 그래서 Flask는 빈 세션으로 시작했고 마이페이지는 401로 답했습니다.',
      nudges: {},
    },
    'flask-signer': {
      title: '지어낸 Flask-Session ID 거절하기',
      goal: 'Flask-Session도 PHP처럼 받은 세션 ID를 그대로 썼습니다. 지어낸 ID를 거절하게 만든 뒤, 실제로 하나 보내 보세요.',
      hints: {
        '0': '손님 기록부 아래 Flask 세션 설정을 보세요.',
        '1': 'SESSION_USE_SIGNER를 켜면 쿠키에 담는 ID에 서명을 붙입니다.',
        '2': '그 설정을 켜고, 개발자 도구에서 session 쿠키를 아무 글자로 바꾼 뒤 홈 페이지를 여세요.',
      },
      solved:
        '서명을 붙이면 ID는 서버만 만들 수 있습니다. 지어낸 ID는 서명 확인에서 떨어졌고, Flask-Session은 자기 ID로 새 세션을 시작했습니다. 서명이 없으면 받은 ID를 그대로 썼을 겁니다.',
      nudges: {
        adopted:
          'Flask-Session이 지어낸 ID를 그대로 받아들였습니다(서버 내부 참고). 아직은 ID가 어디서 왔는지 아무도 확인하지 않습니다.',
      },
    },
    'login-sticks': {
      title: '로그인이 이어지게',
      goal: 'Safari가 쿠키를 차단해서 미나의 로그인이 바로 사라집니다. 로그인한 뒤 Safari에서 미나의 마이페이지(200)가 열리게 해 보세요.',
      hints: {
        '0': '로그인은 서버의 세션에 남아 있습니다. 어느 세션이 Safari의 것인지 알려 주는 것은 쿠키뿐입니다.',
        '1': '방문자 메뉴(방문자 추가)를 열어 Safari에서 쿠키를 다시 허용한 뒤, 로그인하고 마이페이지를 여세요.',
      },
      solved:
        '쿠키를 허용하자 Safari가 세션 쿠키를 받아 두었다가 다시 보냈고, 서버는 다음 요청에서 미나의 세션을 찾았습니다. 로그인이 이어지는 건 쿠키가 그것을 실어 나르기 때문입니다.',
      nudges: {
        blocked:
          '아직 401입니다. Safari가 여전히 쿠키를 차단해서 세션 ID가 돌아오지 않습니다. 그것부터 바꾸세요.',
      },
    },
    'three-strangers': {
      title: '한 브라우저에서 온 세 명의 낯선 손님',
      goal: 'Safari에서 연달아 세 번 페이지를 열되, 요청마다 새 세션이 생기게 해 보세요. 손님 기록부에 새 줄이 세 개 생겨야 합니다.',
      hints: {
        '0': '서버는 브라우저가 돌려보내는 쿠키로만 그 브라우저를 알아봅니다.',
        '1': '방문자 메뉴에서 Safari의 쿠키를 모두 차단한 뒤, 홈페이지를 세 번 여세요.',
      },
      solved:
        '요청 세 번에 세션 세 개입니다. 쿠키가 없으면 서버는 세 요청이 같은 브라우저에서 왔다는 것을 알 수 없습니다. HTTP는 무상태이고, 요청들을 이어 주는 건 쿠키뿐입니다.',
      nudges: {
        remembered:
          '이번 요청에서는 새 줄이 생기지 않았습니다. Safari가 받아 둔 쿠키를 돌려보내서 서버가 알아본 것입니다.',
      },
    },
    'secure-cafe-link': {
      title: 'http로는 절대 보내지 않기',
      goal: '미나의 세션 쿠키가 카페의 http 링크로 가는 일은 없어야 합니다. 미나가 https에서는 로그인된 채로 있으면서, 카페 링크에는 세션 쿠키가 실리지 않도록 서버를 설정하세요. 그다음 카페 링크를 열어 확인하세요.',
      hints: {
        '0': 'Secure 표시가 붙은 쿠키는 https 요청에만 실립니다. 서버의 어떤 옵션이 이 표시를 붙일까요?',
        '1': '서버의 코드와 옵션에서 cookie.secure를 true로 바꾸세요. 표시는 서버가 쿠키를 설정할 때 붙습니다.',
        '2': '미나가 지금 가진 쿠키는 Secure 없이 설정된 것입니다. 로그아웃하고 https로 다시 로그인한 뒤 카페 링크를 여세요.',
      },
      solved:
        '카페 링크 요청에 Cookie 헤더가 없었습니다. 브라우저는 미나의 Secure 쿠키를 https에만 보내고, 미나는 그쪽에서 여전히 로그인되어 있습니다. 와이파이에서 읽을 것이 남지 않았습니다.',
      nudges: {
        'sent-in-clear':
          '방금 쿠키가 평문으로 카페 와이파이를 지나갔습니다(네트워크에서 보이는 것을 보세요). 아직은 브라우저가 http로 쿠키를 보내지 못하게 막는 것이 없습니다.',
        'old-cookie':
          '옵션은 바꿨지만 쿠키가 여전히 평문으로 나갔습니다. 미나가 가진 쿠키는 서버가 그전에 Secure 없이 설정한 것입니다. 서버가 새 쿠키를 설정해야 바뀌니 다시 로그인하세요.',
        'logged-out':
          'http로 쿠키가 가지는 않았지만 미나가 더는 로그인되어 있지 않습니다. 쿠키를 지우면 지킬 로그인도 없어집니다.',
      },
    },
    'kinds-keep-login': {
      title: '브라우저 세션은 끝내고 로그인은 지키기',
      goal: '미나의 브라우저를 닫은 뒤, 닫은 다음에는 로그인하지 않고 미나로 마이페이지(200)를 여세요. 브라우저를 닫기 전과 후가 같은 로그인 세션이어야 합니다. 타임라인에서 확인할 수 있습니다.',
      hints: {
        '0': '로그인 세션은 서버에 있습니다. 브라우저를 닫은 뒤에도 그 세션을 가리키는 쿠키가 브라우저에 남아 있어야 합니다.',
        '1': 'Max-Age가 있는 쿠키는 브라우저를 닫아도 남습니다. 서버의 코드와 옵션에서 cookie.maxAge에 값을 주세요.',
        '2': '새 maxAge는 서버가 다음에 설정하는 쿠키부터 적용됩니다. 로그아웃했다가 다시 로그인한 뒤, Chrome을 닫고(방문자 메뉴) 마이페이지를 여세요.',
      },
      solved:
        '브라우저 세션 두 개와 연결 여러 개에 걸쳐 로그인 세션은 하나였습니다. 영속 쿠키가 브라우저를 닫는 순간을 넘어 로그인을 이어 주었습니다. 세 가지 “세션”은 정말로 서로 다른 것입니다.',
      nudges: {
        'memory-cookie':
          '브라우저와 함께 로그인이 사라졌습니다. 쿠키에 Max-Age가 없어서 브라우저 세션 하나 동안만 살았습니다. 세션은 서버에 남아 있지만 닿을 수 없습니다.',
        'old-cookie':
          'maxAge는 정했지만, 미나의 쿠키는 그전에 Max-Age 없이 설정된 것입니다. 다시 로그인해서 서버가 새 쿠키를 설정하게 한 뒤 브라우저를 닫으세요.',
        'not-closed':
          '미나는 로그인되어 있지만 아직 브라우저를 닫지 않았습니다. 먼저 브라우저 세션을 끝내세요(방문자 메뉴).',
      },
    },
    'secure-eavesdrop': {
      title: '카페의 다른 손님',
      goal: '여러분은 Firefox를 쓰는 카페의 다른 손님입니다. 방금 미나의 요청이 http로 지나갔습니다. 네트워크에서 보이는 것에서 미나의 세션 쿠키를 읽어 Firefox의 쿠키 저장소에 넣고, 미나로 마이페이지를 여세요.',
      hints: {
        '0': '봉투 아래 ‘카페 네트워크에서 보이는 것’에 와이파이를 지나간 미나의 요청이 Cookie 헤더까지 그대로 나옵니다.',
        '1': '값은 그 줄에서 connect.sid= 뒤의 전부입니다. Firefox 개발자 도구의 애플리케이션 → 쿠키에 쿠키를 추가하는 양식이 있습니다.',
        '2': 'Firefox에 이름이 connect.sid이고 그 값을 가진 쿠키를 추가한 뒤 마이페이지를 누르세요.',
      },
      solved:
        '와이파이에서 읽은 쿠키만으로 Firefox가 미나의 페이지를 열었습니다. 비밀번호는 필요 없었습니다. Secure가 막는 것이 바로 이것입니다. Secure 쿠키는 평문으로 네트워크를 건너지 않습니다.',
      nudges: {
        'no-cookie':
          'Firefox가 세션 쿠키를 보내지 않았습니다. 먼저 쿠키 저장소에 쿠키를 추가하세요(개발자 도구 → 애플리케이션 → 쿠키).',
        'wrong-value':
          '서버가 모르는 쿠키입니다. 카페 화면에서 connect.sid= 뒤의 값을 빠짐없이 그대로 옮기세요.',
      },
    },
    'kinds-three-connections': {
      title: '로그인 하나, 연결 셋',
      goal: '브라우저를 닫거나 다시 로그인하지 않고, 미나의 로그인 세션 하나를 유지한 채 서로 다른 연결 세 개로 마이페이지를 여세요.',
      hints: {
        '0': '서버는 요청 없이 5초가 지나면 연결을 닫습니다. 로그인은 요청 없이 30분까지 이어집니다.',
        '1': '마이페이지를 누르기 전마다 몇 분씩(+5분) 시간을 보내세요. 세 번 되풀이합니다.',
      },
      solved:
        '연결은 셋, 로그인 세션은 하나였습니다. 연결은 요청을 실어 나를 뿐이고, 요청마다 실린 쿠키가 같은 세션을 가리킵니다.',
      nudges: {
        'same-connection':
          '요청들이 5초 안에 이어져서 연결 하나를 같이 썼습니다. 요청 사이에 시간을 보내세요.',
        expired:
          '너무 오래 쉬었습니다. 요청 없이 30분이 지나 로그인 세션 자체가 만료되었습니다. 더 짧게 쉬면 이어집니다.',
      },
    },
  },
  quiz: {
    'secure-eavesdropper': {
      prompt:
        '미나가 카페 와이파이에서 http://shop.example/me를 엽니다. 세션 쿠키에는 Secure가 없습니다. 같은 와이파이의 다른 손님은 무엇을 읽을 수 있을까요?',
      options: {
        'cookie-header': '세션 ID가 든 Cookie 헤더까지 요청 전체',
        nothing: '아무것도 못 읽는다. 와이파이는 늘 암호화된다',
        'password-only': '비밀번호만',
        'server-name-only': '서버 이름만',
      },
      explain:
        '일반 http는 모든 바이트를 그대로 보냅니다. 비밀번호 없는 와이파이(또는 손님 모두가 비밀번호를 아는 와이파이)는 다른 손님에게 아무것도 감추지 못합니다. 세션 ID를 베낀 사람은 미나의 로그인을 그대로 쓸 수 있습니다.',
    },
    'secure-https-sees': {
      prompt: '같은 요청을 https로 보냅니다. 카페 네트워크에서는 여전히 무엇이 보일까요?',
      options: {
        'name-and-size': '서버 이름과 오가는 바이트 수',
        'whole-request': '요청 전체',
        'nothing-at-all': '어느 사이트인지조차 아무것도 안 보인다',
        'cookie-only': 'Cookie 헤더만',
      },
      explain:
        'TLS는 헤더와 본문을 감춥니다. 서버 이름은 보통 연결을 시작할 때 암호화되지 않고 가고(SNI), 크기와 시각도 보입니다.',
    },
    'secure-option-http': {
      prompt:
        'cookie.secure: true인 쇼핑몰을 새 방문자가 일반 http로 엽니다. express-session은 무엇을 보낼까요?',
      options: {
        'no-set-cookie': 'Set-Cookie를 아예 보내지 않는다',
        'secure-cookie': 'Secure가 붙은 Set-Cookie',
        'plain-cookie': 'Secure가 없는 Set-Cookie',
        error: '오류 페이지',
      },
      explain:
        'express-session은 req.secure를 확인해서, 안전하지 않은 요청에는 쿠키를 설정하지 않습니다. 앞단의 프록시가 https를 대신 처리한다면, 요청이 안전했다는 걸 앱이 알 수 있게 trust proxy를 켜야 합니다.',
    },
    'secure-steps': {
      prompt: '미나의 쿠키가 카페의 http 링크에 실리지 않게 되는 과정을 순서대로 놓아 보세요.',
      options: {
        option: '서버가 cookie.secure: true로 바꾼다',
        login: '미나가 https로 로그인하고, Set-Cookie 끝에 Secure가 붙는다',
        jar: '쿠키 저장소가 그 쿠키를 Secure로 표시해 둔다',
        withheld: 'http 링크에서는 브라우저가 쿠키를 빼고 보낸다',
      },
      explain:
        '고리 하나하나가 중요합니다. 옵션은 서버가 그 뒤에 설정하는 쿠키만 바꾸고, Secure 쿠키를 http에서 빼는 것은 브라우저입니다.',
    },
    'kinds-close-ends': {
      prompt: '쿠키에 Max-Age가 없습니다. 미나가 브라우저를 닫습니다. 무엇이 끝날까요?',
      options: {
        'browser-and-connection':
          '브라우저 세션과 그 연결. 로그인 세션은 서버에 남지만 닿을 수 없다',
        'all-three': '셋 다. 서버가 세션을 지운다',
        'login-only': '로그인 세션만',
        nothing: '아무것도. 쿠키는 늘 남는다',
      },
      explain:
        '브라우저를 닫으면 메모리 쿠키가 사라지고 연결이 닫힙니다. 서버에는 아무도 알려 주지 않으니, 세션은 만료되거나 서버가 다시 시작될 때까지 저장소에 남습니다.',
    },
    'kinds-new-connection': {
      prompt:
        '서버가 쉬고 있던 미나의 연결을 5초 뒤에 닫았습니다. 1분 뒤 미나가 마이페이지를 누릅니다. 로그인은 어떻게 될까요?',
      options: {
        'still-in': '그대로다. 여전히 로그인되어 있다',
        'logged-out': '로그아웃된다',
        'new-row': '손님 기록부에 새 줄이 생긴다',
        error: '요청이 실패한다',
      },
      explain:
        '브라우저가 새 연결을 열고, 쿠키는 늘 그렇듯 요청에 실려 갑니다. 로그인 세션은 연결 안에 있지 않습니다.',
    },
    'kinds-idle-ends': {
      prompt:
        '미나가 탭을 열어 둔 채 유휴 타임아웃보다 오래 자리를 비웠다가 마이페이지를 누릅니다. 유휴 타임아웃이 끝낸 것은 셋 중 무엇일까요?',
      options: {
        'login-only': '로그인 세션만',
        'browser-only': '브라우저 세션만',
        'all-three': '셋 다',
        'connection-only': '연결만',
      },
      explain:
        '브라우저 세션은 브라우저를 닫을 때까지 이어지고, 연결은 그보다 훨씬 전에 5초 만에 닫혔습니다. 유휴 타임아웃이 끝내는 것은 로그인 세션입니다.',
    },
    'secure-http-answer': {
      prompt:
        '쇼핑몰이 cookie.secure: true를 씁니다. 다음은 일반 http 요청에 대한 응답입니다. 있을 수 없는 줄은 어느 것일까요?',
      explain:
        'secure: true인 express-session은 일반 http 요청에 Set-Cookie를 아예 보내지 않습니다. 응답에 쿠키 줄이 없어야 합니다.',
    },
    'kinds-lifetimes': {
      prompt:
        '미나는 페이지마다 1분씩 읽고, 브라우저는 하루 종일 켜 둡니다. 유휴 타임아웃은 30분입니다. 미나가 클릭을 멈춘 뒤 먼저 끝나는 것부터 순서대로 놓아 보세요.',
      options: {
        connection: '연결(요청 없이 5초)',
        login: '로그인 세션(요청 없이 30분)',
        browser: '브라우저 세션(저녁에 브라우저를 닫을 때)',
      },
      explain:
        '시계가 셋입니다. 서버의 keep-alive 타임아웃, 세션의 유휴 타임아웃, 그리고 브라우저를 닫는 사람입니다.',
    },
    'kinds-memory-cookie': {
      prompt:
        '미나의 로그인이 브라우저를 닫아도 이어져야 합니다. 서버가 로그인에 이렇게 답했습니다. 그렇게 되지 않는 까닭은 어느 줄에 있을까요?',
      explain:
        '이 Set-Cookie에는 Expires도 Max-Age도 없습니다. 브라우저 세션 하나 동안만 사는 메모리 쿠키입니다.',
    },
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
        '서버의 비밀 키가 없으면 누구도 ID에 서명할 수 없습니다. 서명이 틀리면 쿠키가 아예 없는 것으로 보고 새 익명 세션을 시작하며, 마이페이지는 처음 온 손님과 똑같이 401을 받습니다. 서버가 죽거나 따로 오류 페이지를 내지 않고, 들어갈 길도 없습니다.',
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
    'cookie-store-where': {
      prompt:
        '쇼핑몰이 cookie-session으로 돌아갑니다. Chrome이 장바구니에 사과를 담았습니다. 장바구니는 어디에 있을까요?',
      options: {
        'server-memory': '서버 메모리에, 세션 ID로 찾을 수 있게',
        cookie: 'Chrome의 session 쿠키 안에, base64 JSON으로',
        both: '둘 다: 쿠키에 사본이 있다',
        redis: 'Redis에',
      },
      explain:
        'cookie-session은 세션 전체를 쿠키에 쓰고 서버에는 아무것도 남기지 않습니다. 그래서 손님 기록부가 비어 있습니다. 요청할 때마다 장바구니가 다시 서버로 갑니다.',
    },
    'cookie-store-signing': {
      prompt: '서버의 비밀키로 만든 session.sig는 무슨 일을 할까요?',
      options: {
        hides: '손님이 데이터를 못 보게 숨긴다',
        'detects-change': '값이 서버가 쓴 그대로인지 서버가 알아볼 수 있게 한다',
        'encrypts-id': '사용자 ID를 암호화해 아무도 못 읽게 한다',
        expires: '쿠키가 만료되게 한다',
      },
      explain:
        '서명은 암호화가 아닙니다. base64는 누구나 풀어서 userId를 읽을 수 있습니다. 다만 바뀐 값에 맞는 서명은 키를 가진 사람만 만들 수 있습니다.',
    },
    'cookie-store-edit': {
      prompt:
        '손님이 session 쿠키를 userId 214로 고치고 session.sig는 예전 것 그대로 둡니다. 서버는 어떻게 할까요?',
      options: {
        'joon-page': '준의 페이지를 보여 준다',
        'error-500': '500 오류로 실패한다',
        'empty-session': '쿠키를 무시하고 빈 세션으로 시작한다. 마이페이지는 401',
        'mina-page': '서명이 미나의 것이니 미나의 페이지를 보여 준다',
      },
      explain:
        '고친 값과 서명이 맞지 않으니 cookie-session은 쿠키에서 아무것도 읽지 않습니다. 오류 없이 새 빈 세션이 되고, 맞지 않는 session.sig는 지우라고 브라우저에 알려 줍니다.',
    },
    'cookie-store-grows': {
      prompt: '미나가 장바구니에 열 개를 더 담습니다. 어느 쪽 요청이 커질까요?',
      options: {
        'session-id': '세션 ID(connect.sid)를 쓰는 쪽',
        'cookie-store': '세션을 쿠키(session과 session.sig)에 담는 쪽',
        both: '둘 다 똑같이',
        neither: '둘 다 아니다. 쿠키는 크기가 정해져 있다',
      },
      explain:
        '세션 ID 방식에서는 장바구니가 서버에 있고 쿠키는 늘 같은 ID입니다. 세션을 쿠키에 담으면 장바구니 전체가 요청마다 따라가고, 쿠키 하나에는 4KB쯤까지만 담을 수 있습니다.',
    },
    'cookie-store-revoke': {
      prompt:
        '누군가 미나의 쿠키를 복사해 두었고, 그 뒤 미나가 로그아웃했습니다. 어느 방식에서 그 사본이 바로 쓸모없어질까요?',
      options: {
        'session-id': '세션 ID: 로그아웃이 서버의 세션을 지웠다',
        'cookie-store': '세션을 쿠키에 담는 방식: 로그아웃이 쿠키를 지웠다',
        both: '둘 다',
        neither: '둘 다 아니다',
      },
      explain:
        '로그아웃은 로그아웃한 그 브라우저의 쿠키만 지웁니다. 세션 ID 방식에서는 서버가 기록도 지우니 복사한 ID가 가리킬 것이 없습니다. 세션을 쿠키에 담으면 지울 기록이 없어서, 사본은 만료될 때까지 유효합니다.',
    },
    'cookie-store-request': {
      prompt: 'cookie-session이 요청 하나를 처리하는 순서대로 놓아 보세요.',
      options: {
        cookie: 'session과 session.sig 쿠키를 읽는다',
        signature: '키로 “session=<값>”에 서명해 session.sig와 비교한다',
        base64: 'base64를 푼다',
        json: 'JSON을 해석해 req.session으로 만든다',
        route: '라우트가 req.session(예: 장바구니)을 읽는다',
      },
      explain:
        '무언가를 풀기 전에 서명부터 확인합니다. 서명이 맞지 않는 값은 아예 읽지 않습니다. 찾아볼 저장소는 없습니다. 데이터가 쿠키 안에 있으니까요.',
    },
    'cookie-store-key': {
      prompt:
        'cookie-session으로 돌아가는 쇼핑몰의 응답입니다. 절대로 보내면 안 되는 줄은 어느 것일까요?',
      explain:
        '키는 쿠키에 서명하는 데 쓰이니 서버 밖으로 나가면 안 됩니다. 키를 가진 사람은 userId 214 같은 어떤 세션에도 서명할 수 있습니다. session과 session.sig는 cookie-session이 원래 보내는 쿠키입니다.',
    },
    'authz-401': {
      prompt: '관리자 페이지가 401 Unauthorized로 답했습니다. 손님에게 무슨 뜻일까요?',
      options: {
        who: '서버가 누구인지 모른다: 로그인하라',
        'may-not': '서버는 누구인지 알지만, 이 페이지는 볼 수 없다',
        'not-found': '그런 페이지가 없다',
        'server-error': '서버가 고장 났다',
      },
      explain:
        '이름과 달리 401은 인증에 관한 답입니다. 요청에 올바른 로그인이 없었다는 뜻이니, 로그인하면 됩니다.',
    },
    'authz-403': {
      prompt: '그럼 403 Forbidden은요?',
      options: {
        who: '서버가 누구인지 모른다',
        'may-not': '서버는 누구인지 알고, 이 계정은 이 일을 할 수 없다',
        'log-in-again': '세션이 만료됐으니 다시 로그인하라',
        expired: '쿠키가 너무 오래됐다',
      },
      explain:
        '403은 인가에 관한 답입니다. 로그인은 문제없고 권한이 없는 것입니다. 같은 계정으로 다시 로그인해도 달라지지 않습니다.',
    },
    'authz-joon': {
      prompt:
        '준이 로그인해 있고, 준의 계정은 관리자가 아닙니다. 관리자 페이지는 무엇으로 답할까요?',
      options: { '200': '200', '401': '401', '403': '403', '404': '404' },
      explain:
        '세션이 준을 가리키니 인증은 됐지만, 계정에 관리자 역할이 없어 인가되지 않습니다. 그래서 403입니다.',
    },
    'authz-where': {
      prompt: '소라가 관리자 페이지를 열어도 된다는 것을 쇼핑몰은 어디서 알까요?',
      options: {
        'cookie-role': '소라의 쿠키에 적힌 역할에서',
        'server-account': '서버에서: 세션으로 user_id 7을 찾고, 그 계정이 관리자라고 되어 있다',
        browser: '브라우저에서: 다른 사람에게는 버튼을 숨긴다',
        url: '페이지 주소에서',
      },
      explain:
        '쿠키에는 세션 ID만 있습니다. 서버는 세션을 찾고, 그다음 계정을 찾아 요청마다 역할을 확인합니다. 브라우저가 가진 것은 무엇이든 고칠 수 있기 때문입니다.',
    },
    'authz-order': {
      prompt: 'GET /admin을 받은 서버가 하는 일을 순서대로 놓아 보세요.',
      options: {
        cookie: '세션 쿠키를 읽고 서명을 확인한다',
        session: '손님 기록부에서 세션을 찾는다',
        user: '인증: 로그인한 사용자가 있는가? 없으면 401',
        role: '인가: 그 계정이 관리자인가? 아니면 403',
        answer: '관리자 페이지를 200으로 보낸다',
      },
      explain:
        '먼저 누구인지(인증), 그다음 무엇을 해도 되는지(인가)입니다. 401이 403보다 먼저 옵니다.',
    },
    'authz-status': {
      prompt:
        '로그인한 준이 관리자 페이지를 엽니다. 아래 응답은 쇼핑몰이 보냈다고 합니다. 잘못된 줄은 어느 것일까요?',
      explain:
        '403은 이 페이지 하나만 거절합니다. 준은 계속 로그인해 있으니 서버가 세션 쿠키를 지울 이유가 없습니다. 쿠키를 지우는 건 로그아웃이 하는 일입니다.',
    },
    'everywhere-tomcat-name': {
      prompt: 'Tomcat에서 세션 ID를 싣는 쿠키는?',
      options: {
        'connect-sid': 'connect.sid',
        PHPSESSID: 'PHPSESSID',
        JSESSIONID: 'JSESSIONID',
        session: 'session',
      },
      explain:
        '자바 서블릿 서버는 JSESSIONID라고 부릅니다. connect.sid는 express-session, PHPSESSID는 PHP, session은 Flask의 쿠키인데, Flask 기본 세션은 이 쿠키에 데이터 자체를 싣습니다.',
    },
    'everywhere-renew-php': {
      prompt: 'PHP에서 로그인할 때 세션 ID를 새로 바꾸는 호출은?',
      options: {
        regenerate: 'session_regenerate_id(true)',
        'change-session-id': 'request.changeSessionId()',
        clear: 'session.clear()',
        none: '없음: PHP는 ID를 바꿀 수 없다',
      },
      explain:
        'session_regenerate_id(true)는 데이터를 새 ID로 옮기고 예전 파일을 지웁니다. changeSessionId()는 자바의 것이고, session.clear()는 Flask에서 세션을 비울 뿐 ID를 바꾸지 않습니다.',
    },
    'everywhere-no-row': {
      prompt: '미나가 로그인했는데 손님 기록부에 한 줄도 남지 않은 스택은?',
      options: {
        express: 'express-session',
        php: 'PHP',
        tomcat: 'Tomcat',
        flask: 'Flask (기본 세션)',
      },
      explain:
        'Flask 기본 세션은 쿠키 자체가 세션이라, 데이터가 요청마다 오가고 서버는 아무것도 남기지 않습니다. 나머지는 데이터를 서버에 두고 ID만 보냅니다.',
    },
    'everywhere-readable': {
      prompt:
        '누군가 미나의 Flask session 쿠키를 복사했습니다. 비밀 키가 없을 때 그 안의 내용으로 할 수 있는 일은?',
      options: {
        read: '읽을 수 있다: base64는 아무것도 숨기지 않는다',
        change: 'user_id를 남의 것으로 바꿔서 통과시킬 수 있다',
        nothing: '아무것도 못 한다: 암호화되어 있다',
      },
      explain:
        '쿠키는 서명만 됐을 뿐 암호화되지 않았습니다. 누구나 읽을 수 있지만, 키 없이 몰래 바꿀 수는 없습니다. (물론 그대로 보내는 건 됩니다. 훔친 쿠키는 만료될 때까지 통합니다.)',
    },
    'everywhere-adopt': {
      prompt: '클라이언트가 지어낸 ID로는 절대 세션을 시작하지 않는 것은?',
      options: {
        php: '기본 설정의 PHP',
        'flask-files': '서명 없이 쓰는 Flask-Session 0.3.2',
        tomcat: 'Tomcat',
      },
      explain:
        'Tomcat은 모르는 JSESSIONID를 받으면 새 세션과 자기 ID를 새로 만듭니다. PHP(use_strict_mode 꺼짐)와 Flask-Session(SESSION_USE_SIGNER 꺼짐)은 받은 ID를 그대로 씁니다.',
    },
    'everywhere-same-steps': {
      prompt: '어느 스택이든 요청마다 하는 일을 순서대로 놓아 보세요.',
      options: {
        'read-cookie': '세션 쿠키를 읽는다',
        'find-session': '세션을 찾는다(저장소에서, 또는 쿠키 자체에서)',
        'run-app': '앱 코드를 실행한다',
        'save-session': '세션을 저장한다',
        'send-cookie': '필요하면 Set-Cookie를 보낸다',
      },
      explain: '어느 스택이든 같은 다섯 동작입니다. 바뀌는 건 이름, ID, 데이터를 두는 곳뿐입니다.',
    },
    'stateless-meaning': {
      prompt: 'HTTP가 무상태라는 건 무슨 뜻일까요?',
      options: {
        'no-memory':
          '프로토콜이 두 요청 사이에 아무것도 기억하지 않아서, 요청마다 누가 보냈는지 말해야 한다',
        'no-server': '서버 없이 브라우저만 있다',
        'no-https': '암호화되지 않는다',
        'one-request': '페이지 하나는 요청을 하나만 보낼 수 있다',
      },
      explain:
        '요청 하나하나가 따로입니다. 같은 브라우저의 요청을 서버가 알아볼 수 있게 HTTP 위에 얹은 것이 쿠키(와 쿠키가 가리키는 세션)입니다.',
    },
    'stateless-rows': {
      prompt:
        '쿠키를 모두 차단한 브라우저가 홈페이지를 세 번 엽니다. 손님 기록부에는 새 줄이 몇 개 생길까요?',
      options: { one: '한 개', three: '세 개', none: '없다', two: '두 개' },
      explain:
        '요청마다 쿠키 없이 오니 요청마다 새 세션이 생깁니다. 줄이 세 개 생기지만, 브라우저는 그중 어느 것도 다시 가리킬 수 없습니다.',
    },
    'stateless-login': {
      prompt:
        '쿠키를 차단한 채로 미나가 로그인하고(비밀번호는 맞음) 마이페이지를 엽니다. 마이페이지는 무엇으로 답할까요?',
      options: { '200': '200', '401': '401', '403': '403', '500': '500' },
      explain:
        '로그인으로 세션에 user_id 152가 연결되긴 했지만, 그 ID가 브라우저에 닿지 못했습니다. 그래서 마이페이지 요청에는 ID가 없고, 답은 401입니다.',
    },
    'stateless-remember': {
      prompt: '서버가 브라우저를 기억하게 되는 과정을 순서대로 놓아 보세요.',
      options: {
        'set-cookie': '응답이 세션 ID를 담은 Set-Cookie를 보낸다',
        store: '브라우저가 쿠키를 쿠키 저장소에 넣어 둔다',
        'send-back': '다음 요청이 같은 ID를 담은 Cookie를 보낸다',
        recognise: '서버가 그 ID로 세션을 찾는다',
      },
      explain:
        '어느 고리든 끊기면(쿠키 차단, 쿠키 삭제, 세션 소실) 다음 요청은 처음 보는 손님의 요청이 됩니다.',
    },
    'stateless-blocked-request': {
      prompt:
        'Safari가 쿠키를 모두 차단한 채 마이페이지를 엽니다. 아래 요청은 Safari가 보냈다고 합니다. 잘못된 줄은 어느 것일까요?',
      explain:
        '쿠키를 차단한 브라우저는 Cookie 헤더를 아예 보내지 않습니다. 요청 어디에도 서버가 알아볼 만한 것이 없습니다.',
    },
  },
};
