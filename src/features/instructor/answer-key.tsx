import { useTranslation } from 'react-i18next';
import { gloss } from '../../content/localize';
import type { ExerciseEnvelope } from '../../content/schema';
import { isExerciseType, moduleFor } from '../../exercises/registry';

/** The key of one exercise as short French lines, from its type's own `answerKey`. */
export function keyLines(exercise: ExerciseEnvelope): string[] {
  if (!isExerciseType(exercise.type)) return [];
  const module = moduleFor(exercise.type) as { answerKey(exercise: unknown): string[] };
  return module.answerKey(exercise);
}

/** A numbered answer key: instructions and the expected answers of each exercise. */
export function AnswerKey({ exercises, headingId }: { exercises: readonly ExerciseEnvelope[]; headingId: string }) {
  const { t, i18n } = useTranslation('instructor');
  return (
    <section aria-labelledby={headingId} className="answer-key">
      <h2 id={headingId}>{t('answerKey')}</h2>
      <ol>
        {exercises.map((exercise) => (
          <li key={exercise.id} id={`key-${exercise.id}`}>
            <span className="key-type">{t(`types.${exercise.type}`, { defaultValue: exercise.type })}</span>{' '}
            <span className="key-instructions">{gloss(exercise.instructions, i18n.language)}</span>
            <ul className="key-lines" lang="fr">
              {keyLines(exercise).map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
