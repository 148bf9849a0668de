/**
 * The three things called session, for the step's visitor, on one timeline the student scrubs
 * with a slider (Three things called session). Drawn from the chapter's own exchanges by
 * `sessionTimeline`; one mark per moment, not to scale.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { sessionTimeline, type Moment } from '../../lessons/chapters/kinds/timeline';
import { STEPS } from '../../lessons/steps';
import { formatTimestamp } from '../../sim/clock';
import { pathOf } from '../../sim/http/wire';
import { useLesson } from '../../state/lesson-store';
import { useFocus, useStep, useWorld } from '../common/use-lesson-view';
import { FocusMark } from '../common/focus-mark';
import { Icon } from '../common/icon';
import './chapter-wire.css';

const LANES = ['connection', 'browser', 'login'] as const;
type Lane = (typeof LANES)[number];

/** A lane's state at a moment, as its text key and its colour class. */
function stateOf(m: Moment, lane: Lane): 'open' | 'closed' | 'in' | 'lost' | 'out' {
  if (lane === 'login') return m.login;
  return m[lane] ? 'open' : 'closed';
}

const FIRST_STEP = STEPS.findIndex((s) => s.chapter === 'kinds');

export function SessionTimeline() {
  const { t } = useTranslation();
  const world = useWorld();
  const { step } = useStep();
  const focus = useFocus('timeline');
  // The chapter's exchanges: those after the world the chapter started from.
  const since = useLesson((s) => s.worlds[FIRST_STEP - 1]?.exchanges.length ?? 0);
  const visitor = world.visitors.find((v) => v.id === step.visitor);
  const moments = useMemo(
    () => sessionTimeline(world, step.visitor, since),
    [world, step.visitor, since],
  );
  // The picked moment; the latest until the student moves the slider.
  const [picked, setPicked] = useState<{ count: number; at: number } | null>(null);
  const at =
    picked && picked.count === moments.length ? picked.at : Math.max(0, moments.length - 1);
  const moment = moments[at];
  const describe = (m: Moment) => {
    const what = m.exchange
      ? t('kinds.moment.request', {
          request: `${m.exchange.request.method} ${pathOf(m.exchange.request.url)}`,
          status: m.exchange.response.status,
        })
      : t(`kinds.moment.${m.kind as Exclude<Moment['kind'], 'request'>}`);
    const extra = [
      m.newBrowser && t('kinds.newBrowser'),
      m.newConnection && t('kinds.newConnection'),
    ].filter(Boolean);
    return `${formatTimestamp(m.at).slice(11)} · ${what}${extra.length ? ` (${extra.join(', ')})` : ''}`;
  };
  return (
    <section
      className="session-timeline"
      aria-labelledby="timeline-title"
      data-testid="timeline"
      data-focus={focus}
    >
      <h3 id="timeline-title">
        <Icon name="clock" />
        {t('kinds.title', { browser: visitor?.browser ?? '' })}
        <FocusMark on={focus} />
      </h3>
      {!moment ? (
        <p className="muted">{t('kinds.empty')}</p>
      ) : (
        <>
          <div className="timeline-lanes" aria-hidden="true">
            {LANES.map((lane) => (
              <div className="timeline-lane" key={lane}>
                <span className="timeline-label">{t(`kinds.lanes.${lane}`)}</span>
                <span className="timeline-cells">
                  {moments.map((m, i) => (
                    <span
                      key={i}
                      className={`timeline-cell state-${stateOf(m, lane)}${i === at ? ' picked' : ''}`}
                    />
                  ))}
                </span>
              </div>
            ))}
          </div>
          <ul className="timeline-legend" aria-hidden="true">
            {(['on', 'lost', 'off'] as const).map((k) => (
              <li key={k}>
                <span className={`timeline-cell legend-${k}`} />
                {t(`kinds.legend.${k}`)}
              </li>
            ))}
          </ul>
          <input
            type="range"
            className="timeline-slider"
            min={0}
            max={moments.length - 1}
            value={at}
            aria-label={t('kinds.slider')}
            aria-valuetext={describe(moment)}
            onChange={(e) => setPicked({ count: moments.length, at: Number(e.target.value) })}
          />
          <p className="timeline-moment" data-testid="timeline-moment">
            {describe(moment)}
          </p>
          <dl className="timeline-states" data-testid="timeline-states">
            {LANES.map((lane) => (
              <div key={lane} data-lane={lane} data-state={stateOf(moment, lane)}>
                <dt>{t(`kinds.lanes.${lane}`)}</dt>
                <dd>{t(`kinds.state.${stateOf(moment, lane)}`)}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <p className="hint">{t('kinds.note')}</p>
    </section>
  );
}
