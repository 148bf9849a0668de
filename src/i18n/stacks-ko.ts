import type { StackMessages } from './stacks-en';

/** 다른 서버 스택(PHP, Tomcat)의 한국어 문구: 학생이 스택을 바꿀 때만 보이므로 첫 화면 뒤에 불러옵니다. */
export const stacksKo: StackMessages = {
  stacks: {
    about:
      '서버 스택은 PHP 8.2(데비안 php.ini 설정 그대로, 세션 파일을 쓰는 세션 모듈)나 Tomcat 10(메모리에 있는 세션 매니저)으로도 바꿀 수 있고, 테스트가 진짜 php와 진짜 Tomcat을 시뮬레이션과 나란히 돌려 비교합니다. 단순화한 점: 오가는 헤더는 세션과 앱이 쓴 것만 보여 주고 웹 서버 자체의 헤더(Connection 등)는 뺐습니다. 그리고 서버가 받기에 너무 큰 요청은 어느 스택에서든 Node처럼 거절합니다(431, 413).',
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
    },
    clock: {
      tomcatGc: 'backgroundProcess(): 유휴 세션 만료',
      tomcatGcHint:
        'Tomcat은 요청이 세션을 찾는 순간 유휴 시간이 지난 세션을 만료시키고, 나머지는 백그라운드 스레드가 1분쯤마다 정리합니다.',
      tomcatLifetime:
        '{{duration}} 동안 안 쓰면 세션 만료(maxInactiveInterval, 서버가 관리하고 쿠키에는 만료 시각이 없음)',
      phpGc: 'session_gc(): gc_maxlifetime 지난 파일 삭제',
      phpGcHint:
        'PHP는 가비지 컬렉션이 돌 때만 오래된 세션 파일을 지웁니다. session_start() 때 확률로(gc_probability / gc_divisor, 데비안 php.ini에서는 0), 또는 30분마다 도는 데비안 cron 작업으로요.',
      phpLifetime:
        '마지막 사용 후 {{duration}}이 지나면 GC가 세션 파일을 지울 수 있음(gc_maxlifetime). 그 전까지는 계속 쓰임',
    },
    settings: {
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
    },
  },
};
