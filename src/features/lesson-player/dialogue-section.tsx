import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { gloss } from '../../content/localize';
import type { Lesson } from '../../content/schema';

/** The lesson's dialogues: speaker, French line, translation that can be shown or hidden. */
export function DialogueSection({ lesson }: { lesson: Lesson }) {
  const { t, i18n } = useTranslation('lesson');
  const [showTranslation, setShowTranslation] = useState(true);
  return (
    <div className="dialogues">
      <label className="toggle">
        <input type="checkbox" checked={showTranslation} onChange={(event) => setShowTranslation(event.target.checked)} />{' '}
        {t('dialogue.showTranslation')}
      </label>
      {lesson.dialogues.map((dialogue) => {
        const speakers = new Map(dialogue.speakers.map((speaker) => [speaker.id, speaker]));
        return (
          <article key={dialogue.id} className="dialogue" aria-labelledby={`${dialogue.id}-title`}>
            <h3 id={`${dialogue.id}-title`}>
              <span lang="fr">{dialogue.title.fr}</span>
              {showTranslation ? <span className="translation"> — {gloss(dialogue.title, i18n.language)}</span> : null}
            </h3>
            <p className="setting">{gloss(dialogue.setting, i18n.language)}</p>
            <ul className="cast" aria-label={t('dialogue.cast')}>
              {dialogue.speakers.map((speaker) => (
                <li key={speaker.id}>
                  <strong>{speaker.name}</strong> — {gloss(speaker.role, i18n.language)}
                </li>
              ))}
            </ul>
            <ol className="dialogue-lines">
              {dialogue.lines.map((line) => (
                <li key={line.id} className="dialogue-line" id={line.id}>
                  <span className="speaker">{speakers.get(line.speaker)?.name ?? line.speaker}</span>
                  <span className="line-text">
                    <span lang="fr" className="fr">
                      {line.text.fr}
                    </span>
                    {showTranslation ? <span className="translation">{gloss(line.text, i18n.language)}</span> : null}
                  </span>
                </li>
              ))}
            </ol>
          </article>
        );
      })}
    </div>
  );
}
