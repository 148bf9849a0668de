import type { EverywhereMessages } from './everywhere-en';

/** 「어디서나 같은 원리」 장(src/lessons/chapters/everywhere/)의 제목과 설명. 도전 과제와 퀴즈 문구는 activities-ko.ts에 있습니다. */
export const everywhereKo: EverywhereMessages = {
  chapters: {
    everywhere: '어디서나 같은 원리',
  },
  steps: {
    everywhere: {
      title: '같은 로그인, 여러 스택',
      body: '같은 쇼핑몰에서 미나가 똑같이 로그인합니다. 먼저 express-session에서 해 봅니다. 응답과 손님 기록부에서 세 가지를 보세요. 쿠키 이름(connect.sid), ID 모양(32자, s:…로 서명됨), 그리고 세션을 두는 곳(서버 메모리의 한 줄)입니다. 다음 단계부터는 이 로그인을 다른 스택에서 그대로 해 봅니다.',
      beat1:
        'Chrome이 쿠키 없이 홈페이지를 엽니다. express-session이 줄을 쓰고 connect.sid를 보냅니다. s: 뒤에 32자 ID와 서명이 붙은 값입니다.',
      beat2:
        '미나가 로그인합니다. ID가 새로 발급되어 예전 줄은 지워지고, 새 줄에 user_id 152가 적히며 connect.sid도 바뀝니다.',
    },
    'everywhere-php': {
      title: 'PHP: PHPSESSID와 세션 파일',
      body: '이제 PHP 8.2입니다. 쿠키 이름은 PHPSESSID, ID는 0–9와 a–v로 된 26자이고 서명은 없습니다. 세션은 sess_<ID> 파일에 들어가고, 로그인할 때 session_regenerate_id(true)가 ID를 새로 만들면서 예전 파일을 지웁니다. 원리는 같고 이름만 다릅니다.',
      beat1:
        'PHP는 PHPSESSID로 답합니다. 26자이고 서명은 없습니다. 세션은 sess_ 뒤에 ID를 붙인 새 파일에 들어갑니다.',
      beat2:
        '로그인하면서 session_regenerate_id(true)를 부릅니다. PHPSESSID가 새로 바뀌고 예전 파일은 지워집니다.',
    },
    'everywhere-tomcat': {
      title: '자바: 서버 메모리의 JSESSIONID',
      body: 'Tomcat 10에서는 쿠키가 JSESSIONID이고, ID는 16진수 대문자 32자입니다. 세션 매니저가 세션을 메모리에 들고 있고, 로그인하면 request.changeSessionId()로 ID를 바꿉니다. 유휴 시간 제한(30분)은 서버가 관리해서, 쿠키 자체에는 만료 시각이 없습니다.',
      beat1:
        'Tomcat은 JSESSIONID를 보냅니다. 16진수 대문자 32자에 HttpOnly가 붙고 Expires는 없습니다. 유휴 시간 제한은 서버가 관리합니다.',
      beat2:
        '로그인하면서 request.changeSessionId()를 부릅니다. 세션은 그대로인 채 새 JSESSIONID로 옮겨 갑니다.',
    },
    'everywhere-laravel': {
      title: 'Laravel: sessions 테이블과 암호화된 쿠키',
      body: 'Laravel 8에서는 쿠키 이름이 laravel_session이고 값이 암호화되어 있습니다. 40자짜리 세션 ID가 안에 들어 있지만 브라우저에는 암호문만 보입니다. 세션은 sessions 테이블의 한 줄입니다. 이 손님 기록부의 열도 이 테이블에서 빌려 왔고, 데이터는 payload 열에 들어갑니다. 로그인할 때는 Auth::login()이 세션을 새 ID로 옮깁니다.',
      beat1:
        'Laravel은 길게 암호화된 laravel_session을 보냅니다. 세션 ID는 그 안에 숨어 있고, sessions 테이블의 줄에서 볼 수 있습니다.',
      beat2:
        'Auth::login()이 세션을 새 ID로 옮깁니다. 새 줄이 생기고 예전 줄은 사라지며, 쿠키의 암호문도 바뀝니다.',
    },
    'everywhere-flask': {
      title: 'Flask: 쿠키가 곧 세션',
      body: 'Flask 기본 세션은 여기서 달라집니다. 손님 기록부가 비어 있습니다. 서버가 아무것도 기억하지 않기 때문입니다. 세션 전체({"user_id":152})가 base64로 바뀌어 시각과 서명을 단 채 session 쿠키에 실려 다닙니다. 서명했다고 암호화된 건 아니어서, 쿠키를 가진 사람은 누구나 내용을 읽을 수 있습니다. 기록부 아래 패널이 실제로 읽어 보여 줍니다. 로그인할 때 바꿀 ID도 없습니다.',
      beat1: 'Flask는 아직 기억할 것이 없어 쿠키를 보내지 않습니다. 손님 기록부도 비어 있습니다.',
      beat2:
        '미나가 로그인합니다. Set-Cookie에 세션 자체가 실립니다. base64로 바꾼 {"user_id":152}와 시각, 서명입니다. 줄은 여전히 없습니다.',
    },
    'everywhere-flask-files': {
      title: 'Flask-Session: 다시 한 줄, 그대로인 ID',
      body: 'Flask-Session을 쓰고 SESSION_TYPE을 "filesystem"으로 두면 Flask도 다른 스택처럼 됩니다. 세션마다 한 줄이 생기고 쿠키에는 uuid4 ID만 실립니다. 그런데 0.3.2 버전에는 ID를 바꾸는 기능이 없어서, 서버 내부를 보면 로그인 전 ID가 그대로 남습니다. 그 ID를 몰래 심어 둔 사람도 함께 로그인되는 셈입니다(세션 고정).',
      beat1:
        'Flask-Session이 줄을 쓰고 session 쿠키에 uuid4 ID를 넣습니다. 쿠키에는 ID만 들어 있습니다.',
      beat2:
        '미나가 로그인합니다. 줄에 user_id 152가 적히지만 쿠키의 ID는 그대로입니다. ID를 바꿔 주는 단계가 없습니다.',
    },
    'everywhere-compare': {
      title: '같은 원리, 여섯 가지 모습',
      body: '어느 스택이든 요청마다 하는 일은 같았습니다. 쿠키를 읽고, 세션을 찾고, 앱 코드를 돌리고, 세션을 저장하고, 필요하면 쿠키를 돌려보냅니다. 달라진 것은 쿠키 이름, ID 모양과 서명, 데이터를 두는 곳, 유휴 세션을 끝내는 주체, 로그인 때 ID를 바꾸는지 여부입니다. 기록부 아래 설정을 열어 스택마다 코드를 읽어 보고, 서버 스택을 바꿔 가며 비교해 보세요.',
    },
  },
};
