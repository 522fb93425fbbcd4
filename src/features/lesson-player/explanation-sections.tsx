import { useTranslation } from 'react-i18next';
import { frOrGloss, gloss } from '../../content/localize';
import type { Lesson } from '../../content/schema';
import { AudioToolbar, PlayButton } from '../../ui/play-button';

/** Grammar points: explanation, rule table, examples (each with a Listen button). */
export function GrammarSection({ lesson }: { lesson: Lesson }) {
  const { t, i18n } = useTranslation('lesson');
  return (
    <div className="grammar">
      <AudioToolbar clipIds={lesson.grammar.flatMap((point) => point.examples.map((example) => example.id))} />
      {lesson.grammar.map((point) => (
        <article key={point.id} aria-labelledby={`${point.id}-title`}>
          <h3 id={`${point.id}-title`}>{gloss(point.title, i18n.language)}</h3>
          {point.explanation.map((paragraph, index) => (
            <p key={index}>{gloss(paragraph, i18n.language)}</p>
          ))}
          {point.table ? (
            // Focusable so a keyboard user can scroll a wide table on a narrow screen.
            <div className="table-scroll" tabIndex={0} role="region" aria-label={gloss(point.table.caption, i18n.language)}>
              <table className="rule-table">
                <caption>{gloss(point.table.caption, i18n.language)}</caption>
                <thead>
                  <tr>
                    {point.table.columns.map((column, index) => (
                      <th key={index} scope="col">
                        {gloss(column, i18n.language)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {point.table.rows.map((row, rowIndex) => (
                    <tr key={rowIndex}>
                      {row.map((cell, cellIndex) => {
                        const text = frOrGloss(cell, i18n.language);
                        return (
                          <td key={cellIndex} lang={text.lang}>
                            {text.text}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          <h4>{t('grammar.examples')}</h4>
          <ul className="examples">
            {point.examples.map((example) => (
              <li key={example.id} id={example.id}>
                <span className="fr-row">
                  <PlayButton clipId={example.id} describedBy={`${example.id}-fr`} />
                  <span lang="fr" className="fr" id={`${example.id}-fr`}>
                    {example.text.fr}
                  </span>
                </span>
                <span className="translation">{gloss(example.text, i18n.language)}</span>
              </li>
            ))}
          </ul>
        </article>
      ))}
    </div>
  );
}

/** Pronunciation points with their practice items (each with a Listen button). */
export function PronunciationSection({ lesson }: { lesson: Lesson }) {
  const { i18n } = useTranslation('lesson');
  return (
    <div className="pronunciation">
      <AudioToolbar clipIds={lesson.pronunciation.flatMap((point) => point.items.map((item) => item.id))} />
      {lesson.pronunciation.map((point) => (
        <article key={point.id} aria-labelledby={`${point.id}-title`}>
          <h3 id={`${point.id}-title`}>{gloss(point.title, i18n.language)}</h3>
          {point.explanation.map((paragraph, index) => (
            <p key={index}>{gloss(paragraph, i18n.language)}</p>
          ))}
          <ul className="examples">
            {point.items.map((item) => (
              <li key={item.id} id={item.id}>
                <span className="fr-row">
                  <PlayButton clipId={item.id} describedBy={`${item.id}-fr`} />
                  <span lang="fr" className="fr" id={`${item.id}-fr`}>
                    {item.text.fr}
                  </span>
                </span>
                {item.tip ? <span className="translation">{gloss(item.tip, i18n.language)}</span> : null}
              </li>
            ))}
          </ul>
        </article>
      ))}
    </div>
  );
}

/** Culture notes. */
export function CultureSection({ lesson }: { lesson: Lesson }) {
  const { i18n } = useTranslation('lesson');
  return (
    <div className="culture">
      {lesson.culture.map((note) => (
        <article key={note.id} aria-labelledby={`${note.id}-title`}>
          <h3 id={`${note.id}-title`}>{gloss(note.title, i18n.language)}</h3>
          {note.body.map((paragraph, index) => (
            <p key={index}>{gloss(paragraph, i18n.language)}</p>
          ))}
        </article>
      ))}
    </div>
  );
}
