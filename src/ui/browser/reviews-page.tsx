import { Fragment, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/react';
import { documentCookie, type Visitor } from '../../sim/browser/visitor';
import {
  readMarkup,
  requestAddress,
  type MarkupNode,
  type ScriptRun,
} from '../../sim/browser/page-markup';
import type { ShopPage } from '../../sim/server/shop';
import { useLesson } from '../../state/lesson-store';
import { Icon } from '../common/icon';
import './reviews-page.css';

type ReviewsPage = Extract<ShopPage, { page: 'reviews' }>;

/**
 * The shop's review page. Each review is the HTML the server wrote; it is drawn from a parsed
 * model as inert elements (text, bold, a box for a broken image) and never handed to the DOM as
 * markup, so nothing a visitor typed can run here. What it would do in a real browser is worked
 * out from the same model and said in words.
 */
export function ReviewsPageView({ visitor, page }: { visitor: Visitor; page: ReviewsPage }) {
  const { t } = useTranslation();
  const act = useLesson((s) => s.act);
  const busy = useLesson((s) => s.busy);
  const [text, setText] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void act({
      type: 'request',
      visitorId: visitor.id,
      method: 'POST',
      path: '/reviews',
      form: { review: text },
    });
  };
  const person = (name: string | null) => (name ? t(`people.${name}`) : t('xss.guest'));
  const cookie = documentCookie(visitor.cookies);
  return (
    <section className="reviews" aria-labelledby="reviews-title">
      <h3 id="reviews-title">{t('xss.title')}</h3>
      {page.error && (
        <p role="alert" className="error">
          <Icon name="alert" />
          {t(`xss.errors.${page.error}`)}
        </p>
      )}
      {page.reviews.length === 0 ? (
        <p className="muted">{t('xss.none')}</p>
      ) : (
        <ul className="review-list">
          {page.reviews.map((review, i) => {
            const reading = readMarkup(review.html);
            return (
              <li key={i} data-testid="review">
                <p className="review-text">
                  <Inert nodes={reading.nodes} />
                </p>
                <p className="review-by">{t('xss.by', { name: person(review.author) })}</p>
                {(reading.runs.length > 0 || reading.waits.length > 0) && (
                  <div className="review-reading" data-testid="review-reading">
                    <p className="review-reading-title">
                      <Icon name="alert" />
                      {t('xss.reading')}
                    </p>
                    <ul>
                      {reading.runs.map((run, j) => (
                        <RunSteps key={j} run={run} cookie={cookie} />
                      ))}
                      {reading.waits.map((w, j) => (
                        <li key={`w${j}`}>{t('xss.waits', { tag: w.tag, attr: w.attr })}</li>
                      ))}
                    </ul>
                  </div>
                )}
                {reading.runs.length === 0 && review.html.includes('&lt;') && (
                  <p className="hint">{t('xss.escapedNote')}</p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <details className="review-source">
        <summary>{t('xss.source')}</summary>
        <pre tabIndex={0}>
          <code>{page.reviews.map((r) => `<li>${r.html}</li>`).join('\n')}</code>
        </pre>
      </details>
      <details className="review-about">
        <summary>{t('xss.about')}</summary>
        <p className="hint">{t('xss.readingNote')}</p>
      </details>
      <form className="review-form" onSubmit={submit} noValidate>
        <label>
          {t('xss.form')}
          <textarea
            name="review"
            rows={2}
            value={text}
            spellCheck={false}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <button type="submit" disabled={busy}>
          {t('xss.post')}
        </button>
      </form>
    </section>
  );
}

/** What one run would do, in order: why it starts, what it reads, where it sends. */
function RunSteps({ run, cookie }: { run: ScriptRun; cookie: string }) {
  const { t } = useTranslation();
  const { trigger } = run;
  const url = requestAddress(run, cookie);
  const understood = run.readsCookie || run.sendsTo !== null || run.alerts || run.external;
  return (
    <li data-testid="script-run">
      {trigger.kind === 'script'
        ? t('xss.trigger.script')
        : t(`xss.trigger.${trigger.because}`, { tag: trigger.tag, attr: trigger.attr })}
      <ul>
        {run.external && <li>{t('xss.external', { src: run.external })}</li>}
        {run.readsCookie && (
          <li>
            {t('xss.readsCookie')}{' '}
            <code className="review-cookie">{cookie || t('xss.emptyCookie')}</code>
          </li>
        )}
        {url && (
          <li>
            {t('xss.sends')}{' '}
            {/* The address up to its first value: the full request is in evil.example's log. */}
            <code className="review-url">{url.replace(/=.*$/s, '=…')}</code>
          </li>
        )}
        {run.alerts && <li>{t('xss.alerts')}</li>}
        {!understood && <li>{t('xss.notUnderstood')}</li>}
      </ul>
    </li>
  );
}

/** The parsed markup drawn as plain, attribute-free elements: nothing in it can run. */
function Inert({ nodes }: { nodes: MarkupNode[] }) {
  const { t } = useTranslation();
  return nodes.map((node, i) => {
    if (node.kind === 'text') return <Fragment key={i}>{node.text}</Fragment>;
    const inner = <Inert nodes={node.children} />;
    switch (node.tag) {
      case 'b':
      case 'strong':
        return <strong key={i}>{inner}</strong>;
      case 'i':
      case 'em':
        return <em key={i}>{inner}</em>;
      case 'u':
        return <u key={i}>{inner}</u>;
      case 'br':
        return <br key={i} />;
      case 'img':
        return (
          <span key={i} className="inert-img" role="img" aria-label={t('xss.brokenImage')}>
            <Icon name="file" />
          </span>
        );
      // A browser draws no script or style; what they would do is said below the review.
      case 'script':
      case 'style':
        return null;
      default:
        return (
          <span key={i} className="inert-tag" title={t('xss.tag', { tag: node.tag })}>
            {inner}
          </span>
        );
    }
  });
}
