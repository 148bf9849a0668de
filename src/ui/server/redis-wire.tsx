import { useTranslation } from '../../i18n/react';
import { REDIS_PREFIX } from '../../sim/server/session/session-store';
import type { TraceStep } from '../../sim/trace';
import type { Exchange } from '../../sim/world';

type StoreCommand = Extract<TraceStep, { kind: 'store-command' }>;

/** `sess:` and the first characters of the ID: enough to tell sessions apart on screen. */
const shortKey = (arg: string) =>
  arg.startsWith(REDIS_PREFIX) ? `${arg.slice(0, REDIS_PREFIX.length + 8)}…` : arg;

/** One argument as redis-cli would echo it: JSON in single quotes, the rest bare. */
const showArg = (arg: string, i: number) =>
  i === 1 ? shortKey(arg) : arg.startsWith('{') ? `'${arg}'` : arg;

const showReply = (reply: string) => (reply.startsWith('{') ? `'${reply}'` : reply);

/**
 * The wire between the app servers and Redis: every command the session store sent while the
 * latest request was handled, each with Redis's reply.
 */
export function RedisWire({ exchange }: { exchange: Exchange | undefined }) {
  const { t } = useTranslation();
  const commands = (exchange?.trace ?? []).filter(
    (s): s is StoreCommand => s.kind === 'store-command',
  );
  return (
    <section className="redis-wire" aria-labelledby="redis-wire-title" data-testid="redis-wire">
      <h4 id="redis-wire-title">
        <span aria-hidden="true">⇅ </span>
        {t('cluster.redisWire')}
      </h4>
      {commands.length === 0 ? (
        <p className="muted">{t('cluster.redisIdle')}</p>
      ) : (
        <ol className="redis-commands">
          {commands.map((c, i) => (
            <li key={i} data-command={c.command[0]}>
              <code className="redis-command">
                <span aria-hidden="true">→ </span>
                {c.command.map(showArg).join(' ')}
              </code>
              <code className="redis-reply">
                <span aria-hidden="true">← </span>
                <span className="visually-hidden">{t('cluster.redisReply')} </span>
                {showReply(c.reply)}
              </code>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
