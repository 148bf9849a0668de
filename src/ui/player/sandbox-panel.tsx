import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { STEPS } from '../../lessons/steps';
import { MINUTE } from '../../sim/clock';
import type { Action, World } from '../../sim/world';
import { useLesson } from '../../state/lesson-store';
import { canRedo, canUndo, sandboxWorld, type SandboxRun } from '../../state/sandbox';
import { sandboxLink } from '../../state/sandbox-link';
import { ariaKeys } from '../commands';
import { Icon } from '../common/icon';
import { visitorName } from '../common/visitor-name';

/** The history shows this many latest actions; undo reaches further. */
const HISTORY_SHOWN = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type T = (key: string, options?: Record<string, unknown>) => string;

/** One line of the history: what the action did, in the lesson's words. */
export function describeAction(action: Action, world: World, t: T): string {
  const who = (id: string) => {
    const v = world.visitors.find((x) => x.id === id);
    return v ? visitorName(v, world.visitors) : id;
  };
  switch (action.type) {
    case 'request':
      return t(action.from ? 'crossSite.did' : 'sandbox.did.request', {
        who: who(action.visitorId),
        method: action.method,
        path: action.path,
      });
    case 'advance-clock':
      return t('sandbox.did.clock', { minutes: Math.round(action.ms / MINUTE) });
    case 'add-visitor':
      return t('sandbox.did.addVisitor', { browser: action.browser });
    case 'crowd':
      return t('sandbox.did.crowd', { count: action.count });
    case 'set-cluster':
      return action.mode
        ? t('sandbox.did.cluster', {
            mode: t(`clock.cluster.${action.mode}`),
            size: action.size ?? 2,
          })
        : t('sandbox.did.oneServer');
    case 'set-engine':
      return t('sandbox.did.engine', { engine: t(`clock.engines.${action.engine}`) });
    case 'remove-visitor':
    case 'close-browser':
    case 'run-console':
    case 'delete-cookie':
    case 'edit-cookie':
    case 'add-cookie':
      return t(`sandbox.did.${action.type}`, {
        who: who(action.visitorId),
        name: 'name' in action ? action.name : '',
      });
    case 'open-site':
      return t(action.site ? 'crossSite.didOpen' : 'crossSite.didBack', {
        who: who(action.visitorId),
      });
    case 'block-cookies':
      return t(action.blocked ? 'sandbox.did.blockCookies' : 'sandbox.did.allowCookies', {
        who: who(action.visitorId),
      });
    case 'copy-cookie':
      return t('sandbox.did.copy-cookie', {
        from: who(action.from),
        to: who(action.to),
        name: action.name,
      });
    default:
      return t(`sandbox.did.${action.type}`);
  }
}

/** Buttons that change the world in ways no region offers: a crowd, a bigger cluster, a day. */
function WorldControls({ world }: { world: World }) {
  const { t } = useTranslation();
  const act = useLesson((s) => s.act);
  return (
    <div className="sandbox-world" role="group" aria-label={t('sandbox.world')}>
      <button type="button" onClick={() => void act({ type: 'crowd', count: 100 })}>
        {t('sandbox.crowd', { count: (100).toLocaleString() })}
      </button>
      <button type="button" onClick={() => void act({ type: 'crowd', count: 1000 })}>
        {t('sandbox.crowd', { count: (1000).toLocaleString() })}
      </button>
      <button type="button" onClick={() => void act({ type: 'advance-clock', ms: HOUR })}>
        {t('sandbox.plusHour')}
      </button>
      <button type="button" onClick={() => void act({ type: 'advance-clock', ms: DAY })}>
        {t('sandbox.plusDay')}
      </button>
      {world.cluster && (
        <label className="option-select">
          <span>{t('sandbox.serverCount')}</span>
          <select
            value={world.cluster.memories.length}
            onChange={(e) =>
              void act({
                type: 'set-cluster',
                mode: world.cluster!.mode,
                size: Number(e.target.value),
              })
            }
          >
            <option value={2}>2</option>
            <option value={3}>3</option>
          </select>
        </label>
      )}
    </div>
  );
}

function History({ run }: { run: SandboxRun }) {
  const { t } = useTranslation();
  const jump = useLesson((s) => s.jumpInSandbox);
  const first = Math.max(0, run.actions.length - HISTORY_SHOWN);
  // Each line is named in the world it acted on (the visitors as they were then).
  const world = sandboxWorld(run);
  return (
    <ol className="sandbox-history" aria-label={t('sandbox.history')} start={first}>
      {first === 0 ? (
        <li value={0}>
          <button
            type="button"
            aria-current={run.cursor === 0 ? 'step' : undefined}
            onClick={() => void jump(0)}
          >
            {t('sandbox.start', { step: t(`steps.${run.from}.title`) })}
          </button>
        </li>
      ) : (
        <li value={0} className="sandbox-earlier">
          {t('sandbox.earlier', { count: first })}
        </li>
      )}
      {run.actions.slice(first).map((action, i) => {
        const position = first + i + 1;
        return (
          <li
            key={position}
            value={position}
            className={position > run.cursor ? 'undone' : undefined}
          >
            <button
              type="button"
              aria-current={run.cursor === position ? 'step' : undefined}
              onClick={() => void jump(position)}
            >
              {describeAction(action, world, t)}
            </button>
          </li>
        );
      })}
    </ol>
  );
}

/** The sandbox in place of the narration: every control, undo and redo, and a link to share. */
export function SandboxPanel({ run }: { run: SandboxRun }) {
  const { t } = useTranslation();
  const { undo, redo, resetSandbox, leaveSandbox } = useLesson.getState();
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const [link, setLink] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    let live = true;
    void sandboxLink(run.from, run.actions.slice(0, run.cursor)).then((href) => {
      if (!live) return;
      setLink(href);
      setCopied(null);
    });
    return () => {
      live = false;
    };
  }, [run]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('copied');
    } catch {
      // No clipboard (an insecure page, a denied permission): the link is selectable below.
      setCopied('failed');
    }
  };
  const from = STEPS.find((s) => s.id === run.from);
  return (
    <section
      className="narration sandbox"
      aria-labelledby="sandbox-title"
      id="narration"
      tabIndex={-1}
      data-testid="sandbox"
    >
      <p className="narration-meta">
        <span className="chapter-name">{t('modes.sandbox')}</span>
        {from && (
          <>
            <span aria-hidden="true"> · </span>
            <span>{t('sandbox.from', { step: t(`steps.${from.id}.title`) })}</span>
          </>
        )}
      </p>
      <h2 id="sandbox-title" ref={heading} tabIndex={-1}>
        {t('sandbox.title')}
      </h2>
      <p className="narration-body">{t('sandbox.intro')}</p>
      {run.damagedLink && (
        <p className="nudge" role="status">
          {t('sandbox.damagedLink', { count: run.actions.length })}
        </p>
      )}
      <div className="sandbox-bar" role="toolbar" aria-label={t('sandbox.tools')}>
        <button
          type="button"
          onClick={() => void undo()}
          disabled={!canUndo(run)}
          aria-keyshortcuts={ariaKeys('undo')}
          data-testid="undo"
        >
          <Icon name="undo" />
          {t('sandbox.undo')}
        </button>
        <button
          type="button"
          onClick={() => void redo()}
          disabled={!canRedo(run)}
          aria-keyshortcuts={ariaKeys('redo')}
          data-testid="redo"
        >
          <Icon name="redo" />
          {t('sandbox.redo')}
        </button>
        <button type="button" onClick={resetSandbox} disabled={run.actions.length === 0}>
          <Icon name="restart" />
          {t('sandbox.reset')}
        </button>
        <button type="button" onClick={() => void copy()} disabled={!link} data-testid="copy-link">
          <Icon name="link" />
          {t('sandbox.copyLink')}
        </button>
        <button type="button" onClick={leaveSandbox}>
          <Icon name="book" />
          {t('sandbox.leave')}
        </button>
      </div>
      <div role="status" aria-live="polite" className="sandbox-copied">
        {copied === 'copied' && t('sandbox.copied')}
        {copied === 'failed' && (
          <>
            {t('sandbox.copyFailed')}{' '}
            <input
              readOnly
              value={link}
              aria-label={t('sandbox.linkLabel')}
              onFocus={(e) => e.target.select()}
              data-testid="sandbox-link"
            />
          </>
        )}
      </div>
      <WorldControls world={sandboxWorld(run)} />
      <History run={run} />
    </section>
  );
}
