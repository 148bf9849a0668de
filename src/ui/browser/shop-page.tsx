import { lazy, Suspense, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/react';
import type { Visitor } from '../../sim/browser/visitor';
import { SITE_ORIGIN } from '../../sim/http/wire';
import { currentWorld, useLesson } from '../../state/lesson-store';
import { useCookieArrival, usePageArrival, useStep } from '../common/use-lesson-view';
import { deferred } from '../common/deferred';
import { Icon } from '../common/icon';
import { UrlText } from '../common/url-text';
import { shortIdText } from '../common/short-id';
import './admin-page.css';
import { entrance } from '../common/entrance';

// The café's http:// link (Secure chapter) loads only in that chapter.
const CafeLink = lazy(() => import('./cafe-link').then((m) => ({ default: m.CafeLink })));

// The review page (XSS chapter) loads once the shop has reviews, before a browser shows it.
const ReviewsPageView = deferred(() => import('./reviews-page').then((m) => m.ReviewsPageView));

/** The tiny shop as the visitor's browser renders the server's last answer. */
export function ShopPage({ visitor }: { visitor: Visitor }) {
  const { t } = useTranslation();
  const act = useLesson((s) => s.act);
  const busy = useLesson((s) => s.busy);
  const transition = useLesson((s) => s.transition);
  // The shop links its reviews once it has any (the XSS chapter).
  const reviews = useLesson((s) => currentWorld(s).server.reviews !== undefined);
  useEffect(() => {
    if (reviews) void ReviewsPageView.preload();
  }, [reviews]);
  // Typed text lives here, above the page that changes, so a refused login loses nothing.
  const [fields, setFields] = useState<Fields>({ username: '', password: '', item: '' });
  const page = visitor.page;
  // The shop's own forms send back the page's CSRF token, when the shop has one.
  const token = (page as { csrfToken?: string } | null)?.csrfToken;
  const go = (method: 'GET' | 'POST', path: string, form?: Record<string, string>) =>
    void act({
      type: 'request',
      visitorId: visitor.id,
      method,
      path,
      form: token && method === 'POST' ? { ...form, _csrf: token } : form,
      // A page reached over http links on over http, as relative links do.
      ...(visitor.scheme && { scheme: visitor.scheme }),
    });
  const loggedIn =
    page &&
    (page.page === 'me' ||
      page.page === 'admin' ||
      page.page === 'forbidden' ||
      ((page.page === 'home' || page.page === 'cart' || page.page === 'reviews') && page.user));
  const arrival = useCookieArrival(visitor.id);
  const landing = usePageArrival(visitor.id);
  const chapter = useStep().step.chapter;
  // A new transition restarts the chip, so a click ahead never leaves it half-animated.
  const jarKey = `${transition}:${visitor.cookies.map((c) => c.value).join('|')}`;
  return (
    <div
      className="mini-browser"
      id="browser-page"
      role="tabpanel"
      aria-labelledby={`visitor-tab-${visitor.id}`}
    >
      <div className="address-bar">
        {visitor.scheme === 'http' ? (
          <span className="not-secure">
            <Icon name="alert" />
            {t('shop.notSecure')}
          </span>
        ) : (
          <Icon name="lock" />
        )}
        <output aria-label="URL">
          <UrlText
            url={
              visitor.scheme === 'http'
                ? SITE_ORIGIN.replace('https:', 'http:') + visitor.path
                : SITE_ORIGIN.replace('https://', '') + visitor.path
            }
          />
        </output>
        {visitor.status !== null && (
          <span
            key={`status-${transition}`}
            className={`status status-${Math.floor(visitor.status / 100)}xx`}
            {...entrance('fade', landing)}
          >
            {visitor.status}
          </span>
        )}
        <span
          key={jarKey}
          className="jar-chip"
          data-testid="jar-chip"
          {...entrance('pop', arrival)}
        >
          <Icon name="cookie" />
          {visitor.cookiesBlocked
            ? t('visitors.blocked')
            : t('shop.cookies', { count: visitor.cookies.length })}
        </span>
      </div>
      {chapter === 'secure' && (
        <Suspense fallback={null}>
          <CafeLink visitor={visitor} />
        </Suspense>
      )}
      <div className="shop">
        <header className="shop-header">
          <strong>
            <Icon name="shop" />
            {t('shop.name')}
          </strong>
          <nav aria-label={t('shop.name')}>
            <button type="button" onClick={() => go('GET', '/')} disabled={busy}>
              {t('shop.home')}
            </button>
            <button type="button" onClick={() => go('GET', '/me')} disabled={busy}>
              {t('shop.myPage')}
            </button>
            <button type="button" onClick={() => go('GET', '/admin')} disabled={busy}>
              {t('shop.admin')}
            </button>
            {reviews && (
              <button type="button" onClick={() => go('GET', '/reviews')} disabled={busy}>
                {t('shop.reviews')}
              </button>
            )}
            {loggedIn && (
              <button type="button" onClick={() => go('POST', '/logout')} disabled={busy}>
                {t('shop.logout')}
              </button>
            )}
          </nav>
        </header>
        {/* The answer shows once it has crossed the wire back, as a browser shows a page it loads. */}
        <div
          // A new element only for an answer that travels: otherwise the page keeps what is typed.
          key={landing ? `page-${transition}` : 'page'}
          className="shop-body"
          data-arriving={landing ? 'true' : undefined}
          {...entrance('fade', landing)}
        >
          <PageContent
            visitor={visitor}
            fields={fields}
            setFields={setFields}
            token={token}
            onLogin={() =>
              go('POST', '/login', { username: fields.username, password: fields.password })
            }
            onCart={() => go('POST', '/cart', { item: fields.item })}
          />
        </div>
      </div>
    </div>
  );
}

interface Fields {
  username: string;
  password: string;
  item: string;
}

interface FormProps {
  fields: Fields;
  setFields: (change: (f: Fields) => Fields) => void;
  /** The page's CSRF token, which the shop's forms carry hidden (shown here for the lesson). */
  token?: string | undefined;
}

/** A form's hidden `_csrf` field, made visible: the token the other site cannot read. */
function CsrfField({ token }: { token: string | undefined }) {
  const { t } = useTranslation();
  if (!token) return null;
  return (
    <p className="hidden-field">
      <Icon name="key" />
      {t('crossSite.hiddenField')}{' '}
      <code title={token}>
        _csrf=<span className="sid">{shortIdText(token)}</span>
      </code>
    </p>
  );
}

function PageContent({
  visitor,
  onLogin,
  onCart,
  ...form
}: FormProps & { visitor: Visitor; onLogin: () => void; onCart: () => void }) {
  const { t, i18n } = useTranslation();
  const page = visitor.page;
  // The user as the lesson names them in this language (미나, not Mina).
  const person = (name: string) => (i18n.exists(`people.${name}`) ? t(`people.${name}`) : name);
  // A refusal before the shop ran (413, 431): the page stays as it was, with what the server said.
  const refused = visitor.refused !== undefined && (
    <p className="error" role="alert">
      <Icon name="alert" />
      {t('shop.errors.refused', { status: visitor.refused })}
    </p>
  );
  const error = (e: string | undefined, field?: string) =>
    !refused && e ? <ShopError error={e} field={field} /> : null;
  if (!page) return refused || <p className="muted">{t('shop.notVisited')}</p>;
  switch (page.page) {
    case 'home':
      return (
        <>
          {refused}
          {page.loggedOut && !refused && <p role="status">{t('shop.loggedOut')}</p>}
          <h3>
            {page.user
              ? t('shop.welcomeUser', { name: person(page.user.name) })
              : t('shop.welcomeGuest')}
          </h3>
          {!page.user && <LoginForm onSubmit={onLogin} {...form} />}
        </>
      );
    case 'me':
      return (
        <>
          {refused}
          <h3>{t('shop.myPageTitle', { name: person(page.user.name) })}</h3>
          <p>user_id: {page.user.id}</p>
          <Cart items={page.cart} onAdd={onCart} {...form} />
        </>
      );
    case 'cart':
      return (
        <>
          {refused}
          {error(page.error, page.field)}
          <Cart items={page.cart} onAdd={onCart} {...form} />
        </>
      );
    case 'login':
      return (
        <>
          {refused}
          {error(page.error, page.field)}
          <LoginForm onSubmit={onLogin} {...form} />
        </>
      );
    case 'forbidden':
      return (
        <>
          {refused}
          <p role="alert" className="error">
            <Icon name="alert" />
            {t('authz.page.forbidden', { name: person(page.user.name) })}
          </p>
        </>
      );
    case 'admin':
      return (
        <>
          {refused}
          <h3>{t('authz.page.title')}</h3>
          <table className="admin-accounts">
            <caption>{t('authz.page.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">user_id</th>
                <th scope="col">{t('authz.page.name')}</th>
                <th scope="col">{t('authz.page.role')}</th>
              </tr>
            </thead>
            <tbody>
              {page.accounts.map((a) => (
                <tr key={a.id}>
                  <td>{a.id}</td>
                  <td>{person(a.name)}</td>
                  <td>{a.role}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      );
    case 'reviews':
      return (
        <>
          {refused}
          <Suspense fallback={<p className="muted">…</p>}>
            <ReviewsPageView visitor={visitor} page={page} />
          </Suspense>
        </>
      );
    case 'csrf-refused':
      return (
        <p role="alert" className="error">
          <Icon name="alert" />
          {t('crossSite.refused')}
        </p>
      );
    case 'not-found':
      return (
        <>
          {refused}
          <p>{t('shop.notFound')}</p>
        </>
      );
  }
}

/** The server's refusal, in words: announced at once, never only a colour. */
function ShopError({ error, field }: { error: string; field?: string }) {
  const { t } = useTranslation();
  return (
    <p role="alert" className="error">
      <Icon name="alert" />
      {t(`shop.errors.${error}`, {
        field: field ? t(`shop.fields.${field}` as 'shop.fields.item') : '',
      })}
    </p>
  );
}

function LoginForm({ onSubmit, fields, setFields, token }: FormProps & { onSubmit: () => void }) {
  const { t } = useTranslation();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <form className="login-form" onSubmit={submit} noValidate>
      <label>
        {t('shop.username')}
        <input
          name="username"
          autoComplete="off"
          value={fields.username}
          onChange={(e) => setFields((f) => ({ ...f, username: e.target.value }))}
        />
      </label>
      <label>
        {t('shop.password')}
        <input
          name="password"
          type="password"
          autoComplete="off"
          value={fields.password}
          onChange={(e) => setFields((f) => ({ ...f, password: e.target.value }))}
        />
      </label>
      <CsrfField token={token} />
      <button type="submit">{t('shop.login')}</button>
      <p className="hint">{t('shop.demoUsers')}</p>
    </form>
  );
}

function Cart({
  items,
  onAdd,
  fields,
  setFields,
  token,
}: FormProps & { items: string[]; onAdd: () => void }) {
  const { t } = useTranslation();
  return (
    <section aria-label={t('shop.cart')}>
      <h4>{t('shop.cart')}</h4>
      {items.length === 0 ? (
        <p className="muted">{t('shop.cartEmpty')}</p>
      ) : (
        <ul className="cart">
          {items.map((it, i) => (
            <li key={i}>{it}</li>
          ))}
        </ul>
      )}
      <form
        className="cart-form"
        onSubmit={(e) => {
          e.preventDefault();
          onAdd();
        }}
      >
        <label>
          {t('shop.item')}
          <input
            name="item"
            value={fields.item}
            onChange={(e) => setFields((f) => ({ ...f, item: e.target.value }))}
          />
        </label>
        <CsrfField token={token} />
        <button type="submit">{t('shop.addToCart')}</button>
      </form>
    </section>
  );
}
