import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import type { TFunction } from '../../i18n/i18n';
import {
  isCorrect,
  scrambled,
  type ChooseQuestion,
  type OrderQuestion,
  type Question,
  type QuizAnswer,
  type SpotHeaderQuestion,
} from '../../lessons/model';
import { quizFor } from '../../lessons/activities';
import { stepIndexById } from '../../lessons/steps';
import { useLesson, type QuizRun } from '../../state/lesson-store';

/**
 * A chapter quiz in place of the narration: one question at a time, then whether the answer was
 * right (in words, not colour alone) and why; at the end a recap with the score, every answer,
 * and the steps worth another look. Everything works by keyboard alone.
 */
export function QuizPanel({ run }: { run: QuizRun }) {
  return run.finished ? (
    <QuizRecap run={run} />
  ) : (
    <QuizQuestion key={`${run.chapter}:${run.index}`} run={run} />
  );
}

const text = (t: TFunction, q: Question, part: string) => t(`quiz.${q.id}.${part}`);
const optionText = (t: TFunction, q: Question, id: string) => text(t, q, `options.${id}`);

/** An answer in words: the option, the items in order, or the line. */
function answerText(t: TFunction, q: Question, answer: QuizAnswer): string {
  switch (q.kind) {
    case 'choose':
      return optionText(t, q, String(answer));
    case 'order':
      return (Array.isArray(answer) ? answer : []).map((id) => optionText(t, q, id)).join(' → ');
    case 'spot-header': {
      const n = Number(answer);
      return `${t('quizUi.line', { n: n + 1 })}: ${q.message[n] ?? ''}`;
    }
  }
}

/** Leaves the quiz and puts the focus back on the step's narration, so the keyboard goes on from there. */
function leave() {
  useLesson.getState().leaveQuiz();
  setTimeout(() => document.getElementById('narration')?.focus());
}

const rightAnswer = (q: Question): QuizAnswer =>
  q.kind === 'choose' ? q.answer : q.kind === 'order' ? q.items : q.wrong;

function QuizHeader({ run, title }: { run: QuizRun; title: string }) {
  const { t } = useTranslation();
  return (
    <p className="narration-meta">
      <span className="chapter-name">{t(`chapters.${run.chapter}`)}</span>
      <span aria-hidden="true"> · </span>
      <span>{t('quizUi.label')}</span>
      <span aria-hidden="true"> · </span>
      <span>{title}</span>
    </p>
  );
}

function QuizQuestion({ run }: { run: QuizRun }) {
  const { t } = useTranslation();
  const questions = quizFor(run.chapter);
  const question = questions[run.index]!;
  const given = run.answers[question.id];
  const answered = given !== undefined;
  const [choice, setChoice] = useState<QuizAnswer | undefined>(() =>
    question.kind === 'order' ? scrambled(question.items) : undefined,
  );
  const title = useRef<HTMLHeadingElement>(null);
  const feedback = useRef<HTMLDivElement>(null);
  const { answerQuiz, nextQuestion } = useLesson.getState();
  // A new question takes the focus, so the keyboard starts from it.
  useEffect(() => title.current?.focus(), []);
  useEffect(() => {
    if (answered) feedback.current?.focus();
  }, [answered]);
  const right = answered && isCorrect(question, given);
  const last = run.index === questions.length - 1;
  const shown = given ?? choice;
  return (
    <section
      className="narration quiz"
      aria-labelledby="quiz-title"
      id="narration"
      tabIndex={-1}
      data-testid="quiz"
      data-quiz={run.chapter}
    >
      <QuizHeader
        run={run}
        title={t('quizUi.questionOf', { n: run.index + 1, total: questions.length })}
      />
      <h2 id="quiz-title" ref={title} tabIndex={-1}>
        {text(t, question, 'prompt')}
      </h2>
      <form
        className="quiz-form"
        aria-labelledby="quiz-title"
        onSubmit={(e) => {
          e.preventDefault();
          if (!answered && choice !== undefined) answerQuiz(choice);
        }}
      >
        {question.kind === 'choose' && (
          <ChooseField question={question} value={shown} disabled={answered} onChange={setChoice} />
        )}
        {question.kind === 'order' && (
          <OrderField
            question={question}
            value={(shown as string[] | undefined) ?? []}
            disabled={answered}
            onChange={setChoice}
          />
        )}
        {question.kind === 'spot-header' && (
          <SpotField question={question} value={shown} disabled={answered} onChange={setChoice} />
        )}
        {!answered && (
          <div className="challenge-actions">
            <button type="submit" className="primary" disabled={choice === undefined}>
              {t('quizUi.check')}
            </button>
            <button type="button" onClick={leave}>
              {t('quizUi.back')}
            </button>
          </div>
        )}
      </form>
      {answered && (
        <>
          <div
            className={right ? 'quiz-feedback right' : 'quiz-feedback wrong'}
            ref={feedback}
            tabIndex={-1}
            role="status"
            data-testid="quiz-feedback"
            data-right={right}
          >
            <p className="quiz-verdict">
              <span aria-hidden="true">{right ? '✓ ' : '✗ '}</span>
              {t(right ? 'quizUi.right' : 'quizUi.wrong')}
            </p>
            {!right && <RightAnswer question={question} />}
            <p>{text(t, question, 'explain')}</p>
          </div>
          <div className="challenge-actions">
            <button type="button" className="primary" onClick={nextQuestion}>
              {t(last ? 'quizUi.finish' : 'quizUi.next')}
            </button>
            <button type="button" onClick={leave}>
              {t('quizUi.back')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

function RightAnswer({ question }: { question: Question }) {
  const { t } = useTranslation();
  if (question.kind === 'order')
    return (
      <>
        <p className="quiz-answer">{t('quizUi.rightOrder')}</p>
        <ol className="quiz-right-order">
          {question.items.map((id) => (
            <li key={id}>{optionText(t, question, id)}</li>
          ))}
        </ol>
      </>
    );
  return (
    <p className="quiz-answer">
      {t('quizUi.answerIs', { answer: answerText(t, question, rightAnswer(question)) })}
    </p>
  );
}

/** After an answer: which option is right, and which was wrongly chosen, said in words. */
function Mark({
  right,
  chosen,
  wrong = 'chosenWrong',
}: {
  right: boolean;
  chosen: boolean;
  wrong?: string;
}) {
  const { t } = useTranslation();
  if (right) return <span className="quiz-mark right">✓ {t('quizUi.resultRight')}</span>;
  if (chosen) return <span className="quiz-mark wrong">✗ {t(`quizUi.${wrong}`)}</span>;
  return null;
}

function ChooseField({
  question,
  value,
  disabled,
  onChange,
}: {
  question: ChooseQuestion;
  value: QuizAnswer | undefined;
  disabled: boolean;
  onChange: (v: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="quiz-options">
      <legend className="visually-hidden">{t('quizUi.chooseHelp')}</legend>
      {question.options.map((id) => (
        <label key={id} className={value === id ? 'quiz-option chosen' : 'quiz-option'}>
          <input
            type="radio"
            name={`quiz-${question.id}`}
            value={id}
            checked={value === id}
            disabled={disabled}
            onChange={() => onChange(id)}
          />
          <span>{optionText(t, question, id)}</span>
          {disabled && <Mark right={id === question.answer} chosen={value === id} />}
        </label>
      ))}
    </fieldset>
  );
}

function OrderField({
  question,
  value,
  disabled,
  onChange,
}: {
  question: OrderQuestion;
  value: string[];
  disabled: boolean;
  onChange: (v: string[]) => void;
}) {
  const { t } = useTranslation();
  const [moved, setMoved] = useState<{ id: string; dir: 'up' | 'down' } | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  // A moved item keeps the focus on its button (or the other one at the top or bottom).
  useEffect(() => {
    if (!moved) return;
    const at = value.indexOf(moved.id);
    const dir =
      moved.dir === 'up' ? (at === 0 ? 'down' : 'up') : at === value.length - 1 ? 'up' : 'down';
    buttons.current.get(`${moved.id}:${dir}`)?.focus();
  }, [moved, value]);
  const move = (from: number, to: number) => {
    const next = value.slice();
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    onChange(next);
    setMoved({ id: item!, dir: to < from ? 'up' : 'down' });
  };
  const movedAt = moved ? value.indexOf(moved.id) : -1;
  return (
    <fieldset className="quiz-order">
      <legend className="visually-hidden">{t('quizUi.orderHelp')}</legend>
      <p className="quiz-help" aria-hidden="true">
        {disabled ? null : t('quizUi.orderHelp')}
      </p>
      <ol>
        {value.map((id, i) => {
          const item = optionText(t, question, id);
          return (
            <li key={id} className="quiz-order-item" data-item={id}>
              <span className="quiz-order-text">{item}</span>
              {disabled ? (
                <Mark
                  right={question.items[i] === id}
                  chosen={question.items[i] !== id}
                  wrong="misplaced"
                />
              ) : (
                <span className="quiz-order-moves">
                  <button
                    type="button"
                    ref={(el) => {
                      if (el) buttons.current.set(`${id}:up`, el);
                    }}
                    disabled={i === 0}
                    aria-label={t('quizUi.moveUpItem', { item })}
                    onClick={() => move(i, i - 1)}
                  >
                    <span aria-hidden="true">↑ </span>
                    {t('quizUi.moveUp')}
                  </button>
                  <button
                    type="button"
                    ref={(el) => {
                      if (el) buttons.current.set(`${id}:down`, el);
                    }}
                    disabled={i === value.length - 1}
                    aria-label={t('quizUi.moveDownItem', { item })}
                    onClick={() => move(i, i + 1)}
                  >
                    <span aria-hidden="true">↓ </span>
                    {t('quizUi.moveDown')}
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" role="status">
        {moved && movedAt >= 0
          ? t('quizUi.moved', { item: optionText(t, question, moved.id), n: movedAt + 1 })
          : ''}
      </p>
    </fieldset>
  );
}

function SpotField({
  question,
  value,
  disabled,
  onChange,
}: {
  question: SpotHeaderQuestion;
  value: QuizAnswer | undefined;
  disabled: boolean;
  onChange: (v: number) => void;
}) {
  const { t } = useTranslation();
  const [start, ...headers] = question.message;
  return (
    <fieldset className="quiz-spot raw-message">
      <legend className="visually-hidden">{t('quizUi.spotHelp')}</legend>
      <p className="quiz-help" aria-hidden="true">
        {disabled ? null : t('quizUi.spotHelp')}
      </p>
      <div className="quiz-spot-message">
        <code className="start-line">{start}</code>
        {headers.map((line, k) => {
          const n = k + 1;
          const colon = line.indexOf(':');
          return (
            <label key={n} className={value === n ? 'quiz-line chosen' : 'quiz-line'}>
              <input
                type="radio"
                name={`quiz-${question.id}`}
                value={n}
                checked={value === n}
                disabled={disabled}
                onChange={() => onChange(n)}
              />
              <code>
                <span className="header-name">{line.slice(0, colon)}</span>
                {line.slice(colon)}
              </code>
              {disabled && <Mark right={n === question.wrong} chosen={value === n} />}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

function QuizRecap({ run }: { run: QuizRun }) {
  const { t } = useTranslation();
  const questions = quizFor(run.chapter);
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  const score = questions.filter((q) => isCorrect(q, run.answers[q.id])).length;
  const revisit = [
    ...new Set(questions.filter((q) => !isCorrect(q, run.answers[q.id])).map((q) => q.revisit)),
  ].sort((a, b) => stepIndexById(a) - stepIndexById(b));
  const { retryQuiz, goTo } = useLesson.getState();
  return (
    <section
      className="narration quiz quiz-recap"
      aria-labelledby="quiz-title"
      id="narration"
      tabIndex={-1}
      data-testid="quiz-recap"
      data-quiz={run.chapter}
    >
      <QuizHeader run={run} title={t('quizUi.recap')} />
      <h2 id="quiz-title" ref={title} tabIndex={-1}>
        {t('quizUi.recap')}: {t(`chapters.${run.chapter}`)}
      </h2>
      <p className="quiz-score" data-testid="quiz-score">
        {t('quizUi.score', { score, total: questions.length })}
      </p>
      <h3>{t('quizUi.revisit')}</h3>
      {revisit.length === 0 ? (
        <p>{t('quizUi.allRight')}</p>
      ) : (
        <ul className="quiz-revisit">
          {revisit.map((id) => (
            <li key={id}>
              <a
                href={`?step=${id}`}
                onClick={(e) => {
                  e.preventDefault();
                  void goTo(stepIndexById(id));
                }}
              >
                {t(`steps.${id}.title`)}
              </a>
            </li>
          ))}
        </ul>
      )}
      <div className="challenge-actions">
        <button type="button" className="primary" onClick={retryQuiz}>
          {t('quizUi.retry')}
        </button>
        <button type="button" onClick={leave}>
          {t('quizUi.back')}
        </button>
      </div>
      <h3>{t('quizUi.answers')}</h3>
      <ol className="quiz-recap-list">
        {questions.map((q) => {
          const given = run.answers[q.id];
          const right = isCorrect(q, given);
          return (
            <li key={q.id} data-right={right}>
              <p className="quiz-recap-prompt">
                <strong>{text(t, q, 'prompt')}</strong>{' '}
                <span className={right ? 'quiz-mark right' : 'quiz-mark wrong'}>
                  {right ? '✓ ' : '✗ '}
                  {t(right ? 'quizUi.resultRight' : 'quizUi.resultWrong')}
                </span>
              </p>
              {!right && given !== undefined && q.kind !== 'order' && (
                <p>{t('quizUi.yourAnswer', { answer: answerText(t, q, given) })}</p>
              )}
              {q.kind === 'order' ? (
                <RightAnswer question={q} />
              ) : (
                <p>{t('quizUi.answerIs', { answer: answerText(t, q, rightAnswer(q)) })}</p>
              )}
              <p className="quiz-explain">{text(t, q, 'explain')}</p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
