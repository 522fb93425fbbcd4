import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { REVIEW_EXERCISE_TYPE, REVIEW_LESSON_ID, type DeckCard } from '../../domain/srs/deck';
import { ExerciseRunner } from '../../exercises/exercise-runner';
import { useProgressStore } from '../../stores/progress-store';
import type { LoadedDeck } from '../../stores/review-engine';
import { useReviewStore } from '../../stores/review-store';
import { isQuotaError } from '../../db/errors';
import '../../ui/study.css';
import { WordReview, type WordAnswer } from './word-review';

/** A review session: the cards due when it started, one at a time, each graded from the verdict. */
export default function ReviewPage() {
  const { t } = useTranslation('review');
  const profileId = useProgressStore((state) => state.profileId);
  const record = useProgressStore((state) => state.record);
  const refresh = useReviewStore((state) => state.refresh);
  const [session, setSession] = useState<{ deck: LoadedDeck; queue: DeckCard[] } | undefined>();
  const [index, setIndex] = useState(0);
  const [right, setRight] = useState(0);
  const [error, setError] = useState<'load' | 'quota' | undefined>();

  useEffect(() => {
    if (profileId === undefined) return;
    let cancelled = false;
    refresh(profileId)
      .then((deck) => {
        if (!cancelled) setSession({ deck, queue: deck.due });
      })
      .catch(() => {
        if (!cancelled) setError('load');
      });
    return () => {
      cancelled = true;
    };
  }, [profileId, refresh]);

  if (error === 'load') return <p role="alert">{t('loadFailed')}</p>;
  if (!session) return <p aria-busy="true">{t('loading')}</p>;

  const card = session.queue[index];
  const finished = card === undefined;
  const content = card ? session.deck.content.get(card.id) : undefined;

  const log = async (cardId: string, response: unknown, result: WordAnswer['verdict']['result'], score: number, durationMs: number) => {
    try {
      await record({
        lessonId: REVIEW_LESSON_ID,
        exerciseId: cardId,
        exerciseType: REVIEW_EXERCISE_TYPE,
        response,
        result,
        score,
        durationMs,
      });
    } catch (failure) {
      setError(isQuotaError(failure) ? 'quota' : undefined);
      throw failure;
    }
    if (result !== 'wrong') setRight((count) => count + 1);
  };
  const next = () => {
    setIndex((value) => value + 1);
    if (index + 1 >= session.queue.length && profileId !== undefined) void refresh(profileId).catch(() => undefined);
  };

  return (
    <div className="study-page review">
      <h1>{t('title')}</h1>
      {error === 'quota' ? (
        <p className="notice notice-bad" role="alert">
          {t('quota')}
        </p>
      ) : null}
      {finished ? (
        <section className="study-card" aria-labelledby="review-done">
          <h2 id="review-done">{session.queue.length === 0 ? t('nothingDue') : t('done.title')}</h2>
          {session.queue.length > 0 ? <p>{t('done.summary', { right, total: session.queue.length })}</p> : null}
          <p className="study-actions">
            <Link href="/" className="button button-primary">
              {t('done.home')}
            </Link>
          </p>
        </section>
      ) : (
        <>
          <p className="exercise-count">{t('position', { position: index + 1, total: session.queue.length })}</p>
          {content?.kind === 'word' ? (
            <WordReview
              key={`${card.id}#${String(index)}`}
              word={content.word}
              reps={card.state.reps}
              pool={session.deck.words}
              onAnswered={(answer) =>
                log(card.id, { form: answer.form, given: answer.given }, answer.verdict.result, answer.verdict.score, answer.durationMs)
              }
              onContinue={next}
            />
          ) : content?.kind === 'exercise' ? (
            <ExerciseRunner
              key={`${card.id}#${String(index)}`}
              exercise={content.exercise}
              position={index}
              total={session.queue.length}
              onChecked={(checked) => log(card.id, checked.response, checked.verdict.result, checked.verdict.score, checked.durationMs)}
              onContinue={next}
              continueLabel={t('continue')}
            />
          ) : (
            <p>
              <button type="button" className="button" onClick={next}>
                {t('skip')}
              </button>
            </p>
          )}
        </>
      )}
    </div>
  );
}
