import { useId, useLayoutEffect, useRef, useState } from 'react';
import { create } from 'zustand';
import { useTranslation } from '../../i18n/react';
import { formatTimestamp } from '../../sim/clock';
import { isStorableCookieValue } from '../../sim/browser/cookie-value';
import type { Visitor } from '../../sim/browser/visitor';
import { toHar } from '../../sim/http/har';
import { maskedBody, PASSWORD_MASK } from '../../sim/http/mask';
import { headerValues, pathOf, type HeaderList } from '../../sim/http/wire';
import { useLesson } from '../../state/lesson-store';
import { usePrefs, type DevtoolsTab } from '../../state/prefs-store';
import { FocusMark } from '../common/focus-mark';
import {
  useCookieArrival,
  useFocus,
  useListedFocus,
  usePageArrival,
  useStep,
  useWorld,
} from '../common/use-lesson-view';
import { RawMessage } from './raw-message';
import { Icon } from '../common/icon';
import { entrance, until } from '../common/entrance';

const TABS: DevtoolsTab[] = ['network', 'application', 'console'];

/**
 * What the student copied from a cookie's value, for every visitor's DevTools to paste: the
 * simulated browsers share one screen, as a person's browsers share one clipboard.
 */
const useClipboard = create<{ text: string | null; copy(text: string): void }>()((set) => ({
  text: null,
  copy: (text) => {
    set({ text });
    // Also onto the real clipboard where the page may write to it; nothing is lost without it.
    void navigator.clipboard?.writeText(text).catch(() => undefined);
  },
}));

/** A cookie name as DevTools accepts it: an HTTP token. */
const COOKIE_TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,64}$/;

/** DevTools' "add cookie": a person types a cookie into this site's jar. */
function AddCookieForm({ visitor }: { visitor: Visitor }) {
  const { t } = useTranslation();
  const act = useLesson((s) => s.act);
  const clipboard = useClipboard((s) => s.text);
  const [name, setName] = useState('');
  const [value, setValue] = useState('');
  const helpId = useId();
  const nameOk = COOKIE_TOKEN.test(name);
  const valueOk = value.length <= MAX_COOKIE_VALUE && isStorableCookieValue(value);
  return (
    <form
      className="add-cookie"
      aria-label={t('devtools.addCookie')}
      onSubmit={(e) => {
        e.preventDefault();
        if (!nameOk || !valueOk) return;
        void act({ type: 'add-cookie', visitorId: visitor.id, name, value });
        setName('');
        setValue('');
      }}
    >
      <label>
        {t('devtools.name')}
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder="connect.sid"
          aria-invalid={name !== '' && !nameOk}
          aria-describedby={helpId}
        />
      </label>
      <label>
        {t('devtools.value')}
        <input
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={!valueOk}
          aria-describedby={helpId}
        />
      </label>
      {clipboard !== null && (
        <button type="button" onClick={() => setValue(clipboard)}>
          {t('devtools.paste')}
        </button>
      )}
      <button type="submit" disabled={!nameOk || !valueOk}>
        {t('devtools.add')}
      </button>
      <p id={helpId} className={nameOk || name === '' ? 'hint' : 'error'}>
        {!valueOk
          ? t('devtools.badValue', { max: MAX_COOKIE_VALUE })
          : name !== '' && !nameOk
            ? t('devtools.badName')
            : t('devtools.addHelp')}
      </p>
    </form>
  );
}
/** Browsers keep a cookie to about 4 KB; DevTools refuses more here with a message. */
export const MAX_COOKIE_VALUE = 4096;

/** A DevTools-like drawer for the shown visitor: Network, Application → Cookies, Console. */
export function Devtools({ visitor }: { visitor: Visitor }) {
  const { t } = useTranslation();
  const tab = usePrefs((s) => s.devtoolsTab);
  const setTab = usePrefs((s) => s.setDevtoolsTab);
  const jarFocus = useFocus('jar');
  const consoleFocus = useFocus('console');
  const jarListed = useListedFocus('jar');
  const consoleListed = useListedFocus('console');
  const { index } = useStep();
  // A step about the jar or the console opens that tab; a tab chosen by hand wins in that step.
  const [picked, setPicked] = useState<{ step: number; tab: DevtoolsTab } | null>(null);
  const shownTab: DevtoolsTab =
    picked?.step === index
      ? picked.tab
      : consoleListed
        ? 'console'
        : jarListed
          ? 'application'
          : tab;
  const choose = (id: DevtoolsTab) => {
    setTab(id);
    setPicked({ step: index, tab: id });
  };
  const label = (id: DevtoolsTab) => t(`devtools.${id}`);
  return (
    <section
      className="devtools"
      aria-label={t('devtools.title')}
      data-focus={jarFocus || consoleFocus}
    >
      <div role="tablist" aria-label={t('devtools.title')} className="devtools-tabs">
        {TABS.map((id, i) => (
          <button
            key={id}
            id={`devtools-tab-${id}`}
            role="tab"
            type="button"
            aria-selected={shownTab === id}
            aria-controls="devtools-panel"
            tabIndex={shownTab === id ? 0 : -1}
            onClick={() => choose(id)}
            onKeyDown={(e) => {
              const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
              if (!step) return;
              const nextTab = TABS[(i + step + TABS.length) % TABS.length]!;
              choose(nextTab);
              document.getElementById(`devtools-tab-${nextTab}`)?.focus();
            }}
          >
            {label(id)}
          </button>
        ))}
        <FocusMark on={jarFocus || consoleFocus} />
      </div>
      <div
        role="tabpanel"
        id="devtools-panel"
        aria-labelledby={`devtools-tab-${shownTab}`}
        className="devtools-panel"
      >
        {shownTab === 'network' && <NetworkPanel key={visitor.id} visitor={visitor} />}
        {shownTab === 'application' && <CookiesPanel visitor={visitor} />}
        {shownTab === 'console' && <ConsolePanel visitor={visitor} />}
      </div>
    </section>
  );
}

function NetworkPanel({ visitor }: { visitor: Visitor }) {
  const { t } = useTranslation();
  const world = useWorld();
  const mine = world.exchanges.filter((e) => e.visitorId === visitor.id);
  const [picked, setPicked] = useState<number | null>(null);
  const selected = mine.find((e) => e.id === picked) ?? mine[mine.length - 1];
  // While the wire carries the newest request, its answer is not here yet: as in a browser's
  // DevTools its row says "(pending)" and it has no response until the answer reaches the browser.
  const landing = usePageArrival(visitor.id);
  const pending = landing ? mine.at(-1)?.id : undefined;
  const requestBody = selected ? maskedBody(selected.request) : '';
  // As in a browser's DevTools, the list keeps its newest request in view as requests arrive.
  // It scrolls once the frame is laid out (its table's observer), not in the commit: setting
  // scrollTop there laid out the whole page once more, 10 ms of a busy day's click.
  const listBox = useRef<HTMLDivElement>(null);
  const toNewest = useRef(true);
  const hasList = mine.length > 0;
  useLayoutEffect(() => {
    toNewest.current = true;
  }, [mine.length]);
  useLayoutEffect(() => {
    const box = listBox.current;
    const table = box?.firstElementChild;
    if (!box || !table) return;
    const watch = new ResizeObserver(() => {
      if (!toNewest.current) return;
      toNewest.current = false;
      box.scrollTop = box.scrollHeight;
    });
    watch.observe(table);
    return () => watch.disconnect();
  }, [hasList]);
  const exportHar = () => {
    const har = toHar(
      world.exchanges.map((e) => ({
        at: e.at,
        request: e.request,
        response: e.response,
        visitor: world.visitors.find((v) => v.id === e.visitorId)?.browser ?? e.visitorId,
      })),
      '0.1.0',
    );
    const blob = new Blob([JSON.stringify(har, null, 2)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'session-guestbook.har';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };
  return (
    <div className="network">
      <div className="network-toolbar">
        <button type="button" onClick={exportHar} disabled={world.exchanges.length === 0}>
          <Icon name="download" />
          {t('controls.exportHar')}
        </button>
      </div>
      {mine.length === 0 ? (
        <p className="muted">{t('devtools.noRequests')}</p>
      ) : (
        <div className="network-split">
          <div className="network-list-box" ref={listBox}>
            <table className="network-list">
              <thead>
                <tr>
                  <th scope="col">{t('devtools.method')}</th>
                  <th scope="col">{t('devtools.path2')}</th>
                  <th scope="col">{t('devtools.status')}</th>
                </tr>
              </thead>
              <tbody>
                {mine.map((e) => (
                  <tr
                    key={e.id}
                    aria-selected={e.id === selected?.id}
                    className={e.id === selected?.id ? 'selected' : ''}
                  >
                    <td>{e.request.method}</td>
                    <td>
                      <button type="button" className="link" onClick={() => setPicked(e.id)}>
                        {pathOf(e.request.url)}
                      </button>
                    </td>
                    {e.id === pending ? (
                      <td>
                        <span className="swap">
                          <span className="muted" {...until(landing)}>
                            {t('devtools.pending')}
                          </span>
                          <span
                            className={`status status-${Math.floor(e.response.status / 100)}xx`}
                            {...entrance('fade', landing)}
                          >
                            {e.response.status}
                          </span>
                        </span>
                      </td>
                    ) : (
                      <td className={`status-${Math.floor(e.response.status / 100)}xx`}>
                        {e.response.status}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {selected && (
            <div className="network-detail" data-testid="network-detail">
              <h4>{t('devtools.requestHeaders')}</h4>
              <RawMessage
                startLine={`${selected.request.method} ${pathOf(selected.request.url)} HTTP/1.1`}
                headers={selected.request.headers}
                body={requestBody}
              />
              {/* As Chrome's "filtered out request cookies": what stayed home, and why. */}
              {selected.withheldCookies.map((w) => (
                <p className="cookie-rule" key={w.name} data-testid="network-withheld">
                  {t('wire.withheld', {
                    name: w.name,
                    reason: t(`cookieRules.withheld.${w.reason}`),
                  })}
                </p>
              ))}
              {requestBody.includes(PASSWORD_MASK) && (
                <p className="hint" data-testid="password-masked">
                  {t('devtools.passwordMasked')}
                </p>
              )}
              <div className="swap">
                {selected.id === pending && (
                  <p className="muted" {...until(landing)}>
                    {t('devtools.awaitingResponse')}
                  </p>
                )}
                <div
                  key={selected.id === pending ? 'arriving' : 'here'}
                  {...entrance('fade', selected.id === pending && landing)}
                >
                  <h4>{t('devtools.responseHeaders')}</h4>
                  <RawMessage
                    startLine={`HTTP/1.1 ${selected.response.status} ${selected.response.statusText}`}
                    headers={selected.response.headers}
                    body={selected.response.body}
                  />
                </div>
              </div>
            </div>
          )}
        </div>
      )}
    </div>
  );
}

/** The names of the cookies an answer set (its Set-Cookie lines). */
function setCookieNames(exchange: { response: { headers: HeaderList } } | undefined) {
  if (!exchange) return [];
  return headerValues(exchange.response.headers, 'Set-Cookie').map((v) =>
    v.slice(0, v.indexOf('=')).trim(),
  );
}

function CookiesPanel({ visitor }: { visitor: Visitor }) {
  const { t } = useTranslation();
  const act = useLesson((s) => s.act);
  const [editing, setEditing] = useState<{ name: string; value: string } | null>(null);
  const badValue =
    editing !== null &&
    (editing.value.length > MAX_COOKIE_VALUE || !isStorableCookieValue(editing.value));
  const arrival = useCookieArrival(visitor.id);
  const transition = useLesson((s) => s.transition);
  // The cookie the visitor's latest answer set: what the camera shows in a tall drawer.
  const world = useWorld();
  const setNow = setCookieNames(world.exchanges.findLast((e) => e.visitorId === visitor.id));
  const pointAt = visitor.cookies.find((c) => setNow.includes(c.name))?.name;
  const yesNo = (b: boolean) =>
    b ? (
      `✓ ${t('devtools.yes')}`
    ) : (
      <>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t('devtools.no')}</span>
      </>
    );
  // Each cell names its column too: in a narrow drawer the rows are drawn as cards.
  const label = (
    k: 'value' | 'domain' | 'path' | 'expires' | 'size' | 'httpOnly' | 'secure' | 'sameSite',
  ) => ({ 'data-label': t(`devtools.${k}`) });
  // A step about one flag (its `point`) has the camera show that flag of the cookie just set.
  const flag = (c: Visitor['cookies'][number], point: 'httponly' | 'secure' | 'samesite') =>
    c.name === pointAt ? { 'data-camera-point': point } : {};
  const copy = useClipboard((s) => s.copy);
  const copied = useClipboard((s) => s.text);
  if (visitor.cookies.length === 0)
    return (
      <div className="cookies">
        <p className="muted">{t('devtools.noCookies')}</p>
        <AddCookieForm visitor={visitor} />
      </div>
    );
  return (
    <div className="cookies">
      <table className="cookie-table" data-testid="cookie-jar">
        <thead>
          <tr>
            {(
              [
                'name',
                'value',
                'domain',
                'path',
                'expires',
                'size',
                'httpOnly',
                'secure',
                'sameSite',
              ] as const
            ).map((k) => (
              <th scope="col" key={k}>
                {t(`devtools.${k}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {visitor.cookies.map((c) => (
            // Keyed by value (a cookie the server just set drops in once the response arrives)
            // and by transition (a click ahead shows the jar as it is, at once).
            <tr
              key={`${transition}:${c.domain}${c.path}${c.name}=${c.value}`}
              data-cookie={c.name}
              data-camera-point={c.name === pointAt ? '' : undefined}
              {...entrance('drop', arrival)}
            >
              <th scope="row">{c.name}</th>
              <td className="cookie-value" {...label('value')}>
                {editing?.name === c.name ? (
                  <form
                    onSubmit={(e) => {
                      e.preventDefault();
                      if (badValue) return;
                      void act({
                        type: 'edit-cookie',
                        visitorId: visitor.id,
                        name: c.name,
                        value: editing.value,
                      });
                      setEditing(null);
                    }}
                  >
                    <label>
                      <span className="visually-hidden">{t('devtools.edit')}</span>
                      <input
                        value={editing.value}
                        aria-invalid={badValue}
                        aria-describedby="cookie-edit-help"
                        onChange={(e) => setEditing({ name: c.name, value: e.target.value })}
                      />
                    </label>
                    <button type="submit" disabled={badValue}>
                      {t('devtools.save')}
                    </button>
                    <button type="button" onClick={() => setEditing(null)}>
                      {t('devtools.cancel')}
                    </button>
                    <p
                      id="cookie-edit-help"
                      className={badValue ? 'error' : 'hint'}
                      role={badValue ? 'alert' : undefined}
                    >
                      {badValue
                        ? t('devtools.badValue', { max: MAX_COOKIE_VALUE })
                        : t('devtools.editHelp')}
                    </p>
                  </form>
                ) : (
                  <>
                    <code className="value">{c.value}</code>{' '}
                    <span className="cookie-actions">
                      <button
                        type="button"
                        className="small"
                        onClick={() => setEditing({ name: c.name, value: c.value })}
                        aria-label={`${t('devtools.edit')}: ${c.name}`}
                      >
                        <Icon name="pencil" alone />
                      </button>{' '}
                      <button
                        type="button"
                        className="small"
                        onClick={() => copy(c.value)}
                        aria-label={`${t('devtools.copy')}: ${c.name}`}
                      >
                        {copied === c.value ? t('devtools.copied') : t('devtools.copy')}
                      </button>{' '}
                      <button
                        type="button"
                        className="small"
                        onClick={() =>
                          void act({ type: 'delete-cookie', visitorId: visitor.id, name: c.name })
                        }
                        aria-label={`${t('devtools.delete')}: ${c.name}`}
                      >
                        <Icon name="trash" alone />
                      </button>
                    </span>
                  </>
                )}
              </td>
              <td {...label('domain')}>{c.domain}</td>
              <td {...label('path')}>{c.path}</td>
              <td {...label('expires')}>
                {c.expires === null ? t('devtools.session') : formatTimestamp(c.expires)}
              </td>
              <td {...label('size')}>{c.size}</td>
              <td {...label('httpOnly')} {...flag(c, 'httponly')}>
                {yesNo(c.httpOnly)}
              </td>
              <td {...label('secure')} {...flag(c, 'secure')}>
                {yesNo(c.secure)}
              </td>
              <td {...label('sameSite')} {...flag(c, 'samesite')}>
                {c.sameSite ? c.sameSite[0]!.toUpperCase() + c.sameSite.slice(1) : yesNo(false)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <AddCookieForm visitor={visitor} />
    </div>
  );
}

function ConsolePanel({ visitor }: { visitor: Visitor }) {
  const { t } = useTranslation();
  const act = useLesson((s) => s.act);
  // What document.cookie answered each time it ran here: HttpOnly cookies are never in it.
  const log = visitor.consoleLog ?? [];
  return (
    <div className="console" data-testid="console">
      <p>{t('devtools.consoleResult')}</p>
      {log.length > 0 && (
        <pre>
          <code>
            {log
              .map(
                (read) => `> document.cookie\n${read ? `'${read}'` : t('devtools.consoleEmpty')}`,
              )
              .join('\n')}
          </code>
        </pre>
      )}
      <button
        type="button"
        onClick={() => void act({ type: 'run-console', visitorId: visitor.id })}
      >
        {t('devtools.consoleRun')}
      </button>
    </div>
  );
}
