import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { gloss } from '../../content/localize';
import { judge } from '../../domain/answers/judge';
import { acceptedFrench, pickForm, pickOptions, type PracticeForm, type WordCardContent } from '../../domain/srs/practice';
import type { ExerciseVerdict } from '../../exercises/types';
import { createRng, seedFromString } from '../../lib/rng';
import { systemClock } from '../../services/clock/clock';
import type { WordContent } from '../../stores/review-engine';
import { useAudio } from '../../ui/audio-context';
import { PlayButton } from '../../ui/play-button';
import { VerdictFeedback } from '../../ui/verdict-feedback';

/** What a word review sends to the log. */
export interface WordAnswer {
  form: PracticeForm;
  given: string;
  verdict: ExerciseVerdict;
  durationMs: number;
}

/**
 * One word card, practised in one of three forms: recognise the French (choose the meaning), produce
 * it (type the French, judged by the answer judge) or hear it (choose the meaning), when it has audio.
 */
export function WordReview({
  word,
  reps,
  pool,
  onAnswered,
  onContinue,
}: {
  word: WordContent;
  reps: number;
  pool: readonly WordContent[];
  onAnswered(answer: WordAnswer): Promise<void>;
  onContinue(): void;
}) {
  const { t, i18n } = useTranslation('review');
  const audio = useAudio();
  const hasAudio = audio.has(word.clipId);
  const toCard = (item: WordContent): WordCardContent => ({ id: item.id, fr: item.fr, gloss: gloss(item.gloss, i18n.language), hasAudio });
  const { form, options } = useMemo(() => {
    const rng = createRng(seedFromString(`${word.id}#${String(reps)}`));
    const chosen = pickForm({ reps, hasAudio }, rng);
    return { form: chosen, options: pickOptions(toCard(word), pool.map(toCard), rng) };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- one form per card and review
  }, [word.id, reps, hasAudio]);
  const [typed, setTyped] = useState('');
  const [verdict, setVerdict] = useState<ExerciseVerdict | undefined>();
  const [saveError, setSaveError] = useState(false);
  const startedAt = useRef(systemClock.now());
  const continueRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  useEffect(() => {
    if (verdict) continueRef.current?.focus();
  }, [verdict]);

  const answer = async (given: string, result: ExerciseVerdict) => {
    setVerdict(result);
    try {
      await onAnswered({ form, given, verdict: result, durationMs: systemClock.now() - startedAt.current });
    } catch {
      setSaveError(true);
    }
  };
  const meaning = gloss(word.gloss, i18n.language);

  const choose = (option: WordCardContent) => {
    if (verdict) return;
    const right = option.id === word.id;
    void answer(option.gloss, {
      result: right ? 'correct' : 'wrong',
      score: right ? 1 : 0,
      parts: [{ index: 0, result: right ? 'correct' : 'wrong', given: option.gloss, expected: meaning, issues: [], lang: i18n.language }],
    });
  };

  const submitTyped = (event: FormEvent) => {
    event.preventDefault();
    if (verdict) {
      onContinue();
      return;
    }
    if (typed.trim() === '') return;
    const judged = judge(typed, acceptedFrench(word.fr));
    void answer(typed, {
      result: judged.result,
      score: judged.result === 'wrong' ? 0 : 1,
      parts: [{ index: 0, result: judged.result, given: typed, expected: word.fr, issues: judged.issues }],
    });
  };

  return (
    <section className="study-card review-card" aria-labelledby="review-card-heading" data-form={form}>
      <h2 id="review-card-heading" ref={headingRef} tabIndex={-1}>
        {t(`form.${form}`)}
      </h2>
      {form === 'en-fr-typed' ? (
        <form onSubmit={submitTyped} className="study-page">
          <p className="review-prompt">{meaning}</p>
          <div className="field">
            <label htmlFor="review-answer">{t('typeFrench')}</label>
            <input
              id="review-answer"
              lang="fr"
              autoComplete="off"
              autoCapitalize="off"
              spellCheck={false}
              value={typed}
              readOnly={verdict !== undefined}
              onChange={(event) => setTyped(event.target.value)}
            />
          </div>
          <Feedback verdict={verdict} saveError={saveError} word={word} />
          <p className="study-actions">
            {verdict ? (
              <button type="submit" className="button button-primary" ref={continueRef}>
                {t('continue')}
              </button>
            ) : (
              <button type="submit" className="button button-primary" disabled={typed.trim() === ''}>
                {t('check')}
              </button>
            )}
          </p>
        </form>
      ) : (
        <>
          {form === 'fr-en-choose' ? (
            <p className="review-prompt">
              <span lang="fr" id="review-french">
                {word.fr}
              </span>{' '}
              <PlayButton clipId={word.clipId} describedBy="review-french" />
            </p>
          ) : (
            <p className="review-prompt">
              <PlayButton clipId={word.clipId} />
            </p>
          )}
          <p id="review-question">{t('chooseMeaning')}</p>
          <ul className="choice-list" aria-labelledby="review-question">
            {options.map((option) => (
              <li key={option.id}>
                <button
                  type="button"
                  className="button"
                  aria-pressed={verdict ? option.id === word.id : undefined}
                  disabled={verdict !== undefined}
                  onClick={() => choose(option)}
                >
                  {option.gloss}
                </button>
              </li>
            ))}
          </ul>
          <Feedback verdict={verdict} saveError={saveError} word={word} />
          {verdict ? (
            <p className="study-actions">
              <button type="button" className="button button-primary" ref={continueRef} onClick={onContinue}>
                {t('continue')}
              </button>
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

function Feedback({ verdict, saveError, word }: { verdict: ExerciseVerdict | undefined; saveError: boolean; word: WordContent }) {
  const { t, i18n } = useTranslation('review');
  return (
    <div className="feedback" role="status" aria-live="polite">
      {verdict ? (
        <>
          <VerdictFeedback verdict={verdict} />
          <p>
            <span lang="fr">{word.fr}</span> = {gloss(word.gloss, i18n.language)}
          </p>
        </>
      ) : null}
      {saveError ? <p className="error">{t('saveFailed')}</p> : null}
    </div>
  );
}
