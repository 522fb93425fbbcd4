import { useTranslation } from 'react-i18next';
import { diffForDisplay } from '../domain/answers/judge';

/**
 * The expected answer with the learner's differences highlighted. Differences are marked with
 * <mark>/<del>/<ins> so they are announced and visible without relying on colour alone.
 */
export function AnswerDiff({ given, expected, lang = 'fr' }: { given: string; expected: string; lang?: string }) {
  const { t } = useTranslation('exercises');
  const segments = diffForDisplay(given, expected);
  return (
    <span className="answer-diff" lang={lang}>
      {segments.map((segment, index) => {
        switch (segment.kind) {
          case 'same':
            return <span key={index}>{segment.text}</span>;
          case 'changed':
            return (
              <mark key={index} className="diff-changed" title={t('diff.changed')}>
                {segment.text}
              </mark>
            );
          case 'missing':
            return (
              <ins key={index} className="diff-missing" title={t('diff.missing')}>
                {segment.text}
              </ins>
            );
          case 'extra':
            return (
              <del key={index} className="diff-extra" title={t('diff.extra')}>
                {segment.text}
              </del>
            );
          default:
            return null;
        }
      })}
    </span>
  );
}
