import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { gloss } from '../../content/localize';
import type { Lesson } from '../../content/schema';
import { useAudio } from '../../ui/audio-context';
import { AudioToolbar, PlayAllButton, PlayButton } from '../../ui/play-button';

/**
 * The lesson's dialogues: speaker, French line with a Listen button, translation that can be
 * shown or hidden; each dialogue can be played whole, the line being played highlighted.
 */
export function DialogueSection({ lesson }: { lesson: Lesson }) {
  const { t, i18n } = useTranslation('lesson');
  const audio = useAudio();
  const [showTranslation, setShowTranslation] = useState(true);
  const [currentLine, setCurrentLine] = useState<string | undefined>();

  useEffect(() => {
    if (currentLine) document.getElementById(currentLine)?.scrollIntoView?.({ block: 'nearest' });
  }, [currentLine]);

  return (
    <div
      className="dialogues"
      onKeyDown={(event) => {
        if (event.key === 'Escape') audio.stop();
      }}
    >
      <AudioToolbar clipIds={lesson.dialogues.flatMap((dialogue) => dialogue.lines.map((line) => line.id))} />
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
            <div className="play-all">
              <PlayAllButton clipIds={dialogue.lines.map((line) => line.id)} onCurrentChange={setCurrentLine} />
            </div>
            <ol className="dialogue-lines">
              {dialogue.lines.map((line) => (
                <li key={line.id} className="dialogue-line" id={line.id} aria-current={currentLine === line.id ? 'true' : undefined}>
                  <span className="speaker">{speakers.get(line.speaker)?.name ?? line.speaker}</span>
                  <span className="line-text">
                    <span className="fr-row">
                      <PlayButton clipId={line.id} describedBy={`${line.id}-fr`} />
                      <span lang="fr" className="fr" id={`${line.id}-fr`}>
                        {line.text.fr}
                      </span>
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
