import type { EverywhereMessages } from './everywhere-en';

/** 「어디서나 같은 생각」 장(src/lessons/chapters/everywhere.ts)의 한국어 문구: 설명, 도전 과제, 퀴즈. */
export const everywhereKo: EverywhereMessages = {
  chapters: {
    everywhere: '어디서나 같은 생각',
  },
  steps: {
    everywhere: {
      title: '같은 로그인, 여러 스택',
      body: '같은 쇼핑몰에서 미나가 똑같이 로그인합니다. 먼저 express-session에서요. 응답과 손님 기록부에서 세 가지를 보세요. 쿠키 이름(connect.sid), ID 모양(32자, s:…로 서명됨), 그리고 세션을 두는 곳(서버 메모리의 한 줄)입니다. 다음 단계부터는 이 로그인을 다른 스택에서 그대로 해 봅니다.',
    },
    'everywhere-php': {
      title: 'PHP: PHPSESSID와 세션 파일',
      body: '이제 PHP 8.2입니다. 쿠키 이름은 PHPSESSID, ID는 0–9와 a–v로 된 26자이고 서명은 없습니다. 세션은 sess_<ID> 파일에 들어가고, 로그인할 때 session_regenerate_id(true)가 ID를 새로 만들면서 예전 파일을 지웁니다. 생각은 같고 이름만 다르죠.',
    },
    'everywhere-tomcat': {
      title: '자바: 서버 메모리의 JSESSIONID',
      body: 'Tomcat 10에서는 쿠키가 JSESSIONID이고, ID는 16진수 대문자 32자입니다. 세션 매니저가 세션을 메모리에 들고 있고, 로그인하면 request.changeSessionId()로 ID를 바꿉니다. 유휴 시간 제한(30분)은 서버가 관리해서, 쿠키 자체에는 만료 시각이 없습니다.',
    },
    'everywhere-laravel': {
      title: 'Laravel: sessions 테이블과 암호화된 쿠키',
      body: 'Laravel 8에서는 쿠키 이름이 laravel_session이고 값이 암호화되어 있습니다. 40자짜리 세션 ID가 안에 들어 있지만 브라우저에는 암호문만 보이죠. 세션은 sessions 테이블의 한 줄인데, 이 손님 기록부가 빌려 온 바로 그 열들이고 데이터는 payload 열에 들어갑니다. 로그인할 때는 Auth::login()이 세션을 새 ID로 옮깁니다.',
    },
    'everywhere-flask': {
      title: 'Flask: 쿠키가 곧 세션',
      body: 'Flask 기본 세션은 여기서 달라집니다. 손님 기록부가 비어 있죠? 서버는 아무것도 기억하지 않습니다. 세션 전체({"user_id":152})가 base64로 바뀌어 시각과 서명을 단 채 session 쿠키에 실려 다닙니다. 서명했다고 암호화된 건 아니어서, 쿠키를 가진 사람은 누구나 내용을 읽을 수 있어요. 기록부 아래 패널이 실제로 읽어 보여 줍니다. 로그인할 때 바꿀 ID도 없습니다.',
    },
    'everywhere-flask-files': {
      title: 'Flask-Session: 다시 한 줄, 그대로인 ID',
      body: 'Flask-Session을 쓰고 SESSION_TYPE을 "filesystem"으로 두면 Flask도 다른 스택처럼 됩니다. 세션마다 한 줄이 생기고 쿠키에는 uuid4 ID만 실리죠. 그런데 0.3.2 버전에는 ID를 바꾸는 기능이 없어서, 서버 내부를 보면 로그인 전 ID가 그대로 남습니다. 그 ID를 몰래 심어 둔 사람도 함께 로그인되는 셈이에요(세션 고정).',
    },
    'everywhere-compare': {
      title: '같은 생각, 여섯 가지 모습',
      body: '어느 스택이든 요청마다 하는 일은 같았습니다. 쿠키를 읽고, 세션을 찾고, 앱 코드를 돌리고, 세션을 저장하고, 필요하면 쿠키를 돌려보냅니다. 달라진 것은 쿠키 이름, ID 모양과 서명, 데이터를 두는 곳, 유휴 세션을 끝내는 주체, 로그인 때 ID를 바꾸는지 여부입니다. 기록부 아래 설정을 열어 스택마다 코드를 읽어 보고, 서버 스택을 바꿔 가며 비교해 보세요.',
    },
  },
  challenges: {
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
          'PHP가 지어낸 ID를 그대로 받아들였습니다(서버 내부 참고). 거절하게 하는 설정이 아직 꺼져 있어요.',
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
        '브라우저는 JSESSIONID를 그대로 보냈지만, Tomcat이 30분 동안 안 쓰인 세션을 서버에서 만료시킨 뒤였습니다. 쿠키에는 처음부터 만료 시각이 없었어요. 끝내는 건 서버입니다.',
      nudges: {
        'logged-out': '로그아웃해도 세션은 끝나지만, 이번 목표는 저절로 끝나게 하는 거예요.',
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
        '읽기는 쉬웠지만 위조는 안 됐습니다. 서명은 비밀 키로 데이터에 만든 HMAC이라, 한 바이트만 바꿔도 맞지 않아요. 그래서 Flask는 빈 세션으로 시작했고 마이페이지는 401로 답했습니다.',
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
        '서명을 붙이면 ID는 서버만 만들 수 있습니다. 지어낸 ID는 서명 확인에서 떨어졌고, Flask-Session은 자기 ID로 새 세션을 시작했어요. 서명이 없으면 받은 ID를 그대로 썼을 겁니다.',
      nudges: {
        adopted:
          'Flask-Session이 지어낸 ID를 그대로 받아들였습니다(서버 내부 참고). 아직은 ID가 어디서 왔는지 아무도 확인하지 않아요.',
      },
    },
  },
  quiz: {
    'everywhere-tomcat-name': {
      prompt: 'Tomcat에서 세션 ID를 싣는 쿠키는?',
      options: {
        'connect.sid': 'connect.sid',
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
        '쿠키는 서명만 됐을 뿐 암호화되지 않았습니다. 누구나 읽을 수 있지만, 키 없이 몰래 바꿀 수는 없어요. (물론 그대로 보내는 건 됩니다. 훔친 쿠키는 만료될 때까지 통합니다.)',
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
      explain: '어느 스택이든 같은 다섯 동작입니다. 바뀌는 건 이름, ID, 데이터를 두는 곳뿐이에요.',
    },
  },
};
