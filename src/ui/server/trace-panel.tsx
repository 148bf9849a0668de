import { useTranslation } from '../../i18n/react';
import type { TraceStep } from '../../sim/trace';
import { FocusMark } from '../common/focus-mark';
import { useFocus, useLatestExchange, useTiming } from '../common/use-lesson-view';
import { Icon, type IconName } from '../common/icon';
import { entrance } from '../common/entrance';
import { shortIdText } from '../common/short-id';

/** One trace step in the student's language. */
function describe(
  step: TraceStep,
  t: (key: string, vars?: Record<string, unknown>) => string,
): string {
  switch (step.kind) {
    case 'receive':
      return t('trace.receive', { method: step.method, path: step.path });
    case 'parse-cookie':
      return t(step.found ? 'trace.parse-cookie-found' : 'trace.parse-cookie-missing', {
        name: step.name,
      });
    case 'verify-signature':
      return t(step.ok ? 'trace.verify-ok' : `trace.verify-${step.reason ?? 'bad-signature'}`);
    case 'lookup':
      return t(`trace.lookup-${step.result}`, { id: shortIdText(step.id) });
    case 'create':
      return t('trace.create', { id: shortIdText(step.id) });
    case 'check-password':
      return t(step.ok ? 'trace.check-password-ok' : 'trace.check-password-bad', {
        username: step.username,
      });
    case 'regenerate':
      return t('trace.regenerate', {
        oldId: shortIdText(step.oldId),
        newId: shortIdText(step.newId),
      });
    case 'bind-user':
      return t('trace.bind-user', { userId: step.userId });
    case 'require-login':
      return t(step.ok ? 'trace.require-login-ok' : 'trace.require-login-bad');
    case 'require-role':
      return t(step.ok ? 'authz.trace.role-ok' : 'authz.trace.role-bad');
    case 'add-to-cart':
      return t('trace.add-to-cart', { item: step.item });
    case 'check-csrf':
      return t(step.ok ? 'crossSite.trace.csrf-ok' : 'crossSite.trace.csrf-bad');
    case 'csrf-token':
      return t(step.made ? 'crossSite.trace.csrf-made' : 'crossSite.trace.csrf-kept', {
        token: shortIdText(step.token),
      });
    case 'destroy':
      return t('trace.destroy', { id: shortIdText(step.id) });
    case 'clear-cookie':
      return t('trace.clear-cookie', { name: step.name });
    case 'save':
      return t(step.noExpiry ? 'trace.save-touch-no-expiry' : `trace.save-${step.op}`, {
        id: shortIdText(step.id),
      });
    case 'skip-save':
      return t('trace.skip-save');
    case 'set-cookie':
      return t(step.signed ? 'trace.set-cookie-signed' : 'trace.set-cookie', { name: step.name });
    case 'reject-input':
      return t('trace.reject-input', {
        field: t(`shop.fields.${step.field}`),
        reason: t(`trace.reason-${step.reason}`),
      });
    case 'skip-session':
      return t('trace.skip-session', { path: step.path });
    case 'skip-set-cookie':
      return t('trace.skip-set-cookie');
    case 'too-large':
      return t(`trace.too-large-${step.part}`);
    case 'respond':
      return t('trace.respond', { status: step.status });
    case 'store-command':
      return step.command.join(' ');
    case 'adopt-id':
      return t('stacks.trace.adopt-id', { id: shortIdText(step.id) });
    case 'invalid-id':
      return t(`stacks.trace.invalid-id-${step.outcome}`);
    case 'gc':
      return t('stacks.trace.gc', { count: step.deleted });
    case 'php-file':
      return t(`stacks.trace.php-file-${step.op}`, { id: shortIdText(step.id) });
    case 'cookie-data':
      return t(`cookieStore.trace.${step.op}`, { data: step.data });
    case 'flask-cookie':
      return t(`stacks.trace.flask-cookie-${step.op}`);
    case 'flask-file':
      return t(`stacks.trace.flask-file-${step.op}`, { id: shortIdText(step.id) });
    case 'flask-no-regenerate':
      return t(`stacks.trace.flask-no-regenerate-${step.store}`);
    case 'laravel':
      return t(`stacks.trace.laravel-${step.op}`, {
        id: step.id ? shortIdText(step.id) : '',
        count: step.count ?? 0,
      });
    case 'tomcat-access':
      return t('stacks.trace.tomcat-access', {
        id: shortIdText(step.id),
        minutes: Math.round(step.maxInactiveInterval / 60),
      });
  }
}

/** Every kind of step has its icon (the compiler checks), so no line shows a bare bullet. */
const ICON: Record<TraceStep['kind'], IconName> = {
  receive: 'inbox',
  'parse-cookie': 'cookie',
  'verify-signature': 'signature',
  lookup: 'search',
  create: 'sparkles',
  'check-password': 'key',
  regenerate: 'renew',
  'bind-user': 'user',
  'require-login': 'door',
  'require-role': 'key',
  'check-csrf': 'key',
  'csrf-token': 'key',
  destroy: 'trash',
  'clear-cookie': 'eraser',
  save: 'save',
  'set-cookie': 'send',
  respond: 'mail',
  'adopt-id': 'alert',
  gc: 'eraser',
  'php-file': 'file',
  'tomcat-access': 'file',
  laravel: 'signature',
  'flask-cookie': 'cookie',
  'flask-file': 'file',
  'flask-no-regenerate': 'renew',
  'cookie-data': 'cookie',
  'add-to-cart': 'cart',
  'reject-input': 'ban',
  'too-large': 'ban',
  'skip-set-cookie': 'ban',
  'skip-save': 'skip',
  'skip-session': 'skip',
  'invalid-id': 'alert',
  'store-command': 'server',
};

const isBad = (s: TraceStep) =>
  (s.kind === 'verify-signature' && !s.ok) ||
  (s.kind === 'lookup' && s.result !== 'found') ||
  (s.kind === 'check-password' && !s.ok) ||
  (s.kind === 'require-login' && !s.ok) ||
  (s.kind === 'require-role' && !s.ok) ||
  (s.kind === 'check-csrf' && !s.ok) ||
  s.kind === 'reject-input' ||
  s.kind === 'skip-set-cookie' ||
  s.kind === 'too-large' ||
  s.kind === 'adopt-id' ||
  (s.kind === 'flask-file' && s.op === 'adopt') ||
  (s.kind === 'flask-cookie' && s.op === 'expired') ||
  (s.kind === 'flask-no-regenerate' && s.store === 'filesystem') ||
  (s.kind === 'laravel' && s.op !== 'decrypt-ok' && s.op !== 'gc') ||
  s.kind === 'invalid-id';

const isServerStep = (s: TraceStep) => s.kind !== 'store-command';

/** What happened inside the server, lit up in order as the request is handled. */
export function TracePanel() {
  const { t } = useTranslation();
  const { exchange, earlier, animate, key } = useLatestExchange();
  const focus = useFocus('trace');
  const { leg, tick } = useTiming();
  return (
    <section className="trace" aria-labelledby="trace-title" data-focus={focus}>
      <h3 id="trace-title">
        {t('trace.title')}
        <FocusMark on={focus} />
      </h3>
      {!exchange ? (
        <p className="muted">{t('trace.empty')}</p>
      ) : (
        <>
          {earlier && <p className="muted trace-earlier">{t('trace.earlier')}</p>}
          <ol className="trace-steps" key={key} data-testid="trace">
            {/* Commands sent to Redis have their own panel under the servers. */}
            {exchange.trace.filter(isServerStep).map((step, i) => (
              <li
                key={i}
                data-kind={step.kind}
                className={isBad(step) ? 'bad' : 'ok'}
                // Each step shows as the server takes it, not before: a step still to come told
                // what it would do (the new session's ID) before the request had arrived.
                {...entrance(
                  'fade',
                  animate && leg > 0 && { delay: leg + i * tick, duration: tick },
                )}
              >
                <Icon name={ICON[step.kind]} />
                {isBad(step) && <span className="visually-hidden">✗ </span>}
                {describe(step, t as never)}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
