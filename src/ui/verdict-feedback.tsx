import { useTranslation } from 'react-i18next';
import type { Issue } from '../domain/answers/judge';
import type { ExerciseVerdict } from '../exercises/types';
import { AnswerDiff } from './answer-diff';

/** Turns the judge's structured issues into sentences in the learner's UI language. */
export function IssueList({ issues }: { issues: readonly Issue[] }) {
  const { t } = useTranslation('exercises');
  const kinds = [...new Set(issues.map((issue) => issue.kind))];
  if (kinds.length === 0) return null;
  return (
    <ul className="issue-list">
      {kinds.map((kind) => {
        const example = issues.find((issue) => issue.kind === kind);
        return (
          <li key={kind}>
            {t(`issue.${kind}`)}
            {example?.got !== undefined && example.expected !== undefined ? (
              <>
                {' '}
                <span lang="fr" className="issue-example">
                  {t('issue.example', { got: example.got, expected: example.expected })}
                </span>
              </>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Feedback after checking: the headline (correct / almost / not yet), the expected answer with the
 * difference highlighted, and the reasons. Rendered inside the player's live region.
 */
export function VerdictFeedback({ verdict, explanation }: { verdict: ExerciseVerdict; explanation?: string | undefined }) {
  const { t } = useTranslation('exercises');
  const partsToShow = verdict.parts.filter((part) => part.result !== 'correct');
  return (
    <div className={`verdict verdict-${verdict.result}`}>
      <p className="verdict-headline">
        <span aria-hidden="true" className="verdict-icon">
          {verdict.result === 'correct' ? '✓' : verdict.result === 'near-miss' ? '≈' : '✗'}
        </span>{' '}
        <strong>{t(`verdict.${verdict.result}`)}</strong>
      </p>
      {partsToShow.length > 0 ? (
        <ul className="verdict-parts">
          {partsToShow.map((part) => (
            <li key={part.index}>
              <span className="verdict-label">{t('verdict.expected')}</span>{' '}
              <AnswerDiff given={part.given} expected={part.expected} lang={part.lang ?? 'fr'} />
              {part.given !== '' ? (
                <>
                  {' '}
                  <span className="verdict-given">
                    ({t('verdict.youWrote')} <span lang={part.lang ?? 'fr'}>{part.given}</span>)
                  </span>
                </>
              ) : null}
              <IssueList issues={part.issues} />
            </li>
          ))}
        </ul>
      ) : null}
      {explanation !== undefined ? <p className="verdict-explanation">{explanation}</p> : null}
    </div>
  );
}
