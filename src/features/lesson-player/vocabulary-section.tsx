import { useTranslation } from 'react-i18next';
import { gloss } from '../../content/localize';
import type { Lesson } from '../../content/schema';
import { AudioToolbar, PlayButton } from '../../ui/play-button';

/** The vocabulary list: term with gender, meaning, part of speech and an example, each French text with a Listen button. */
export function VocabularySection({ lesson }: { lesson: Lesson }) {
  const { t, i18n } = useTranslation('lesson');
  return (
    <>
      <AudioToolbar clipIds={lesson.vocabulary.flatMap((item) => [item.id, `${item.id}.example`])} />
      <table className="vocabulary-table">
        <caption className="sr-only">{t('vocabulary.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('vocabulary.french')}</th>
            <th scope="col">{t('vocabulary.meaning')}</th>
            <th scope="col">{t('vocabulary.example')}</th>
          </tr>
        </thead>
        <tbody>
          {lesson.vocabulary.map((item) => (
            <tr key={item.id} id={item.id}>
              <td>
                <div className="fr-row">
                  <PlayButton clipId={item.id} describedBy={`${item.id}-fr`} />
                  <span className="fr-text">
                    <span lang="fr" className="fr" id={`${item.id}-fr`}>
                      {item.term.fr}
                    </span>
                    {item.gender ? (
                      <abbr className="gender" title={t(`vocabulary.gender.${item.gender}`)}>
                        {' '}
                        ({item.gender === 'mf' ? 'm/f' : item.gender})
                      </abbr>
                    ) : null}
                  </span>
                </div>
                <span className="pos">{t(`vocabulary.pos.${item.partOfSpeech}`)}</span>
              </td>
              <td>
                {gloss(item.term, i18n.language)}
                {item.note ? <span className="note">{gloss(item.note, i18n.language)}</span> : null}
              </td>
              <td>
                <div className="fr-row">
                  <PlayButton clipId={`${item.id}.example`} describedBy={`${item.id}.example-fr`} />
                  <span lang="fr" className="fr" id={`${item.id}.example-fr`}>
                    {item.example.fr}
                  </span>
                </div>
                <span className="translation">{gloss(item.example, i18n.language)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
