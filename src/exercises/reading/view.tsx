import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { frOrGloss } from '../../content/localize';
import { createRng, seedFromString, shuffle } from '../../lib/rng';
import type { PartVerdict } from '../types';
import type { ExerciseReviewProps, ExerciseViewModule, ExerciseViewProps } from '../view-types';
import { checkReading } from './check';
import { emptyAnswers, isQuestionAnswered } from './model';
import type { ReadingAnswer, ReadingExercise, ReadingQuestion, ReadingResponse } from './schema';

type Props = ExerciseViewProps<ReadingExercise, ReadingResponse>;

const MARK_ICON = { correct: '✓', 'near-miss': '≈', wrong: '✗' } as const;

/**
 * The right answer to a question, for the learner: options in the language they are written in,
 * true/false in the interface language, short answers in French.
 */
function ExpectedAnswer({ question, part }: { question: ReadingQuestion; part: PartVerdict | undefined }) {
  const { t, i18n } = useTranslation('exercises');
  switch (question.kind) {
    case 'choice':
      return (
        <>
          {question.answer.map((optionId, index) => {
            const option = question.options.find((candidate) => candidate.id === optionId);
            const text = option ? frOrGloss(option.text, i18n.language) : { text: optionId, lang: 'fr' };
            return (
              <span key={optionId}>
                {index > 0 ? ' / ' : ''}
                <span lang={text.lang}>{text.text}</span>
              </span>
            );
          })}
        </>
      );
    case 'true-false':
      return <>{question.answer ? t('reading.true') : t('reading.false')}</>;
    case 'short':
      return <span lang="fr">{part?.expected ?? question.accept.fr[0]}</span>;
  }
}

/** The written mark under a question after checking, with the expected answer when not right. */
function QuestionMark({ question, part, id }: { question: ReadingQuestion; part: PartVerdict; id: string }) {
  const { t } = useTranslation('exercises');
  return (
    <p id={id} className={`answer-mark is-${part.result}`}>
      <span aria-hidden="true">{MARK_ICON[part.result]}</span> {t(`reading.mark.${part.result}`)}
      {part.result !== 'correct' ? (
        <>
          {' '}
          {t('verdict.expected')} <ExpectedAnswer question={question} part={part} />
        </>
      ) : null}
    </p>
  );
}

interface QuestionProps {
  question: ReadingQuestion;
  /** Options in display order (seeded shuffle), for choice questions. */
  order: readonly string[];
  answer: ReadingAnswer | undefined;
  onAnswer(answer: ReadingAnswer): void;
  part: PartVerdict | undefined;
  disabled: boolean;
}

function Question({ question, order, answer, onAnswer, part, disabled }: QuestionProps) {
  const { t, i18n } = useTranslation('exercises');
  const id = useId();
  const markId = `${id}-mark`;
  const mark = part ? <QuestionMark question={question} part={part} id={markId} /> : null;

  if (question.kind === 'short') {
    const prompt = frOrGloss(question.prompt, i18n.language);
    return (
      <>
        <label htmlFor={id} className="reading-prompt" lang={prompt.lang}>
          {prompt.text}
        </label>
        <input
          id={id}
          type="text"
          className="reading-input"
          value={typeof answer === 'string' ? answer : ''}
          onChange={(event) => onAnswer(event.target.value)}
          readOnly={disabled}
          aria-describedby={part ? markId : undefined}
          aria-invalid={part?.result === 'wrong' ? true : undefined}
          autoCapitalize="off"
          autoCorrect="off"
          autoComplete="off"
          spellCheck={false}
          lang="fr"
        />
        {mark}
      </>
    );
  }

  if (question.kind === 'true-false') {
    const choices = [true, false] as const;
    return (
      <fieldset className="choice-group" disabled={disabled} aria-describedby={part ? markId : undefined}>
        <legend>
          <span className="hint">{t('reading.trueOrFalse')}</span>{' '}
          <span lang="fr" className="reading-prompt">
            {question.statement.fr}
          </span>
        </legend>
        <div className="reading-true-false">
          {choices.map((value) => {
            const checked = answer === value;
            const isKey = part !== undefined && question.answer === value;
            const isWrongChoice = part !== undefined && checked && !isKey;
            return (
              <label
                key={String(value)}
                className={`choice ${checked ? 'is-checked' : ''} ${isKey ? 'is-key' : ''} ${isWrongChoice ? 'is-wrong' : ''}`}
              >
                <input type="radio" name={id} checked={checked} onChange={() => onAnswer(value)} />
                <span>{value ? t('reading.true') : t('reading.false')}</span>
                {isKey ? <span className="choice-mark">{t('reading.rightAnswer')}</span> : null}
                {isWrongChoice ? <span className="choice-mark">{t('reading.yourChoice')}</span> : null}
              </label>
            );
          })}
        </div>
        {mark}
      </fieldset>
    );
  }

  const prompt = frOrGloss(question.prompt, i18n.language);
  const several = question.answer.length > 1;
  const selected = Array.isArray(answer) ? answer : [];
  const toggle = (optionId: string) => {
    if (!several) return onAnswer([optionId]);
    onAnswer(selected.includes(optionId) ? selected.filter((other) => other !== optionId) : [...selected, optionId]);
  };
  return (
    <fieldset className="choice-group" disabled={disabled} aria-describedby={part ? markId : undefined}>
      <legend>
        <span lang={prompt.lang} className="reading-prompt">
          {prompt.text}
        </span>
        {several ? (
          <>
            {' '}
            <span className="hint">{t('reading.chooseAll')}</span>
          </>
        ) : null}
      </legend>
      {order.map((optionId) => {
        const option = question.options.find((candidate) => candidate.id === optionId);
        if (!option) return null;
        const text = frOrGloss(option.text, i18n.language);
        const checked = selected.includes(optionId);
        const isKey = part !== undefined && question.answer.includes(optionId);
        const isWrongChoice = part !== undefined && checked && !isKey;
        return (
          <label
            key={optionId}
            className={`choice ${checked ? 'is-checked' : ''} ${isKey ? 'is-key' : ''} ${isWrongChoice ? 'is-wrong' : ''}`}
          >
            <input type={several ? 'checkbox' : 'radio'} name={id} value={optionId} checked={checked} onChange={() => toggle(optionId)} />
            <span lang={text.lang}>{text.text}</span>
            {isKey ? <span className="choice-mark">{t('reading.rightAnswer')}</span> : null}
            {isWrongChoice ? <span className="choice-mark">{t('reading.yourChoice')}</span> : null}
          </label>
        );
      })}
      {mark}
    </fieldset>
  );
}

/**
 * The French text in an `<article>` (its translation is never shown: reading it is the point),
 * then the questions, each with native controls: radios or checkboxes in a fieldset, two radios
 * for true/false, a text input for a short answer.
 */
function ReadingView({ exercise, response, onChange, verdict, disabled }: Props) {
  const { t } = useTranslation('exercises');
  const titleId = useId();
  // One seeded rng for the whole exercise, drawn from in question order: stable across visits.
  const orders = useMemo(() => {
    const rng = createRng(seedFromString(exercise.id));
    return exercise.questions.map((question) =>
      question.kind === 'choice'
        ? shuffle(
            question.options.map((option) => option.id),
            rng,
          )
        : [],
    );
  }, [exercise]);
  const setAnswer = (questionIndex: number, answer: ReadingAnswer) => {
    const answers = exercise.questions.map((_, index) => response.answers[index] ?? null);
    answers[questionIndex] = answer;
    onChange({ answers });
  };
  const { title, paragraphs } = exercise.text;
  return (
    <div className="reading">
      <article
        className="reading-text"
        lang="fr"
        aria-labelledby={title ? titleId : undefined}
        aria-label={title ? undefined : t('reading.text')}
      >
        {title ? (
          <h4 id={titleId} className="reading-title">
            {title.fr}
          </h4>
        ) : null}
        {paragraphs.map((paragraph, index) => (
          <p key={index}>{paragraph.fr}</p>
        ))}
      </article>
      <ol className="reading-questions" aria-label={t('reading.questions')}>
        {exercise.questions.map((question, index) => {
          const part = verdict?.parts[index];
          return (
            <li key={index} className={`reading-question ${part ? `is-${part.result}` : ''}`}>
              <Question
                question={question}
                order={orders[index] ?? []}
                answer={response.answers[index]}
                onAnswer={(answer) => setAnswer(index, answer)}
                part={part}
                disabled={disabled}
              />
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function ReadingReview({ exercise, verdict }: ExerciseReviewProps<ReadingExercise, ReadingResponse>) {
  const { i18n } = useTranslation('exercises');
  return (
    <ol className="review reading-review">
      {exercise.questions.map((question, index) => {
        const part = verdict.parts[index];
        const prompt =
          question.kind === 'true-false' ? { text: question.statement.fr, lang: 'fr' } : frOrGloss(question.prompt, i18n.language);
        return (
          <li key={index}>
            <span lang={prompt.lang}>{prompt.text}</span> →{' '}
            <strong>
              <ExpectedAnswer question={question} part={part} />
            </strong>
            {part && part.result !== 'correct' ? (
              <span className="review-given" lang={question.kind === 'choice' ? undefined : 'fr'}>
                {' '}
                ({part.given || '—'})
              </span>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

export const viewModule: ExerciseViewModule<ReadingExercise, ReadingResponse> = {
  View: ReadingView,
  Review: ReadingReview,
  check: checkReading,
  emptyResponse: (exercise) => ({ answers: emptyAnswers(exercise) }),
  isAnswered: (exercise, response) => exercise.questions.every((question, index) => isQuestionAnswered(question, response.answers[index])),
};
