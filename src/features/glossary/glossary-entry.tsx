/**
 * One glossary entry (`#/glossary/entry/<id>`): the French term with its article and gender,
 * synonyms, acronyms both ways, part of speech, the example with its translation, the note, and
 * the actions — listen, copy, add to my review deck.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { acronymsIn, type DomainEntry } from '../../content/glossary-index';
import type { LoadedGlossary } from '../../content/glossary-loader';
import { getDb } from '../../db/instance';
import { addToReviewDeck, isInReviewDeck } from '../../db/repos/review-deck';
import { systemClock } from '../../services/clock/clock';
import { isUnlocked, useProfileStore } from '../../stores/profile-store';
import { useReviewStore } from '../../stores/review-store';
import { PlayButton } from '../../ui/play-button';
import { GlossaryAudio, WithGlossary, withoutArticle, type GlossarySource } from './glossary-shared';

/** Copies text: the Clipboard API, else a hidden textarea and `execCommand` (older or non-secure pages). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // permission refused: try the old way
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let copied: boolean;
  try {
    copied = typeof document.execCommand === 'function' && document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  return copied;
}

function GenderLabel({ gender }: { gender: string | null | undefined }) {
  const { t } = useTranslation('glossary');
  if (gender !== 'm' && gender !== 'f' && gender !== 'mf') return null;
  return <span className="glossary-gender">{t(`gender.${gender}`)}</span>;
}

function CopyButton({ entry }: { entry: DomainEntry }) {
  const { t } = useTranslation('glossary');
  const [message, setMessage] = useState('');
  const text = `${entry.term.fr[0] ?? ''} — ${entry.term.en[0] ?? ''}`;
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => void copyText(text).then((ok) => setMessage(ok ? t('entry.copied', { text }) : t('entry.copyFailed')))}
      >
        {t('entry.copy')}
      </button>
      <span role="status" className="glossary-action-message">
        {message}
      </span>
    </>
  );
}

function AddToDeckButton({ entryId }: { entryId: string }) {
  const { t } = useTranslation('glossary');
  const profileId = useProfileStore((state) => (isUnlocked(state, state.activeProfileId) ? state.activeProfileId : undefined));
  const [state, setState] = useState<'unknown' | 'out' | 'in' | 'busy'>('unknown');
  const [message, setMessage] = useState('');
  const current = useRef(entryId);
  useEffect(() => {
    current.current = entryId;
    if (profileId === undefined) return;
    let live = true;
    void getDb()
      .then((db) => isInReviewDeck(db, profileId, entryId))
      .then(
        (inDeck) => live && setState(inDeck ? 'in' : 'out'),
        () => live && setState('out'),
      );
    return () => {
      live = false;
    };
  }, [profileId, entryId]);

  if (profileId === undefined) {
    return (
      <>
        <button type="button" className="button" disabled aria-describedby="glossary-need-profile">
          {t('entry.addToDeck')}
        </button>
        <span id="glossary-need-profile" className="glossary-action-message">
          {t('entry.needProfile')} <Link href="/profiles">{t('entry.needProfileLink')}</Link>
        </span>
      </>
    );
  }
  const add = async () => {
    setState('busy');
    try {
      const db = await getDb();
      await addToReviewDeck(db, profileId, entryId, systemClock.now());
      if (current.current !== entryId) return;
      setState('in');
      setMessage(t('entry.added'));
      void useReviewStore
        .getState()
        .refresh(profileId)
        .catch(() => undefined);
    } catch {
      setState('out');
      setMessage(t('entry.addFailed'));
    }
  };
  return (
    <>
      <button
        type="button"
        className={state === 'in' ? 'button' : 'button button-primary'}
        disabled={state === 'busy' || state === 'unknown'}
        aria-pressed={state === 'in'}
        onClick={() => {
          if (state === 'out') void add();
        }}
      >
        {state === 'in' ? `✓ ${t('entry.inDeck')}` : t('entry.addToDeck')}
      </button>
      <span role="status" className="glossary-action-message">
        {message}
      </span>
    </>
  );
}

function Acronyms({ entry }: { entry: DomainEntry }) {
  const { t } = useTranslation('glossary');
  if (!entry.acronyms || entry.acronyms.length === 0) return null;
  const en = entry.term.en[0] ?? '';
  const fr = withoutArticle(entry.term.fr[0] ?? '');
  return (
    <>
      <dt>{t('entry.acronyms')}</dt>
      <dd>
        <ul className="glossary-acronyms">
          {entry.acronyms.map((acronym, index) => (
            <li key={index}>
              <span className="glossary-lang">{t('entry.acronymEn')}</span>{' '}
              {acronym.en ? (
                <>
                  <strong lang="en">{acronym.en}</strong> {t('entry.stands')} <span lang="en">{en}</span>
                </>
              ) : (
                t('entry.acronymNone')
              )}
              <br />
              <span className="glossary-lang">{t('entry.acronymFr')}</span>{' '}
              {acronym.same ? (
                <>
                  <strong lang="fr">{acronym.en}</strong> ({t('entry.acronymSame')}) {t('entry.stands')} <span lang="fr">{fr}</span>
                </>
              ) : acronym.fr ? (
                <>
                  <strong lang="fr">{acronym.fr}</strong> {t('entry.stands')} <span lang="fr">{fr}</span>
                </>
              ) : (
                t('entry.acronymNone')
              )}
            </li>
          ))}
        </ul>
      </dd>
    </>
  );
}

/** The entry itself, once the glossary is loaded. */
export function EntryView({ glossary, entryId }: { glossary: LoadedGlossary; entryId: string }) {
  const { t } = useTranslation('glossary');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [entryId]);
  const entry = glossary.byId.get(entryId);
  if (!entry) {
    return (
      <p role="alert" className="glossary-error">
        {t('entry.notFound')}
      </p>
    );
  }
  const domain = glossary.domains.find((candidate) => candidate.id === entry.domain);
  const [mainFr = '', ...otherFr] = entry.term.fr;
  const [mainEn = '', ...otherEn] = entry.term.en;
  const exampleId = `${entry.id}.example`;
  // Acronyms in each language, shown beside the terms as well as in detail below.
  const letters = [...new Set([...acronymsIn(entry, 'fr')])];
  return (
    <GlossaryAudio>
      <article className="glossary-entry" aria-labelledby={`${entry.id}-heading`}>
        <div className="glossary-entry-head">
          <h1 id={`${entry.id}-heading`} lang="fr" tabIndex={-1} ref={heading}>
            <span id={`${entry.id}-fr`}>{mainFr}</span>
            {letters.length > 0 ? <span className="glossary-acronym-inline"> ({letters.join(', ')})</span> : null}
          </h1>
          <span className="glossary-listen">
            <PlayButton clipId={entry.id} describedBy={`${entry.id}-fr`} speed="normal" caption />
            <PlayButton clipId={entry.id} describedBy={`${entry.id}-fr`} speed="slow" caption />
          </span>
        </div>
        <p className="glossary-grammar">
          <GenderLabel gender={entry.gender?.[0]} /> {t(`pos.${entry.pos}`)}
        </p>
        <p className="glossary-entry-en" lang="en">
          {mainEn}
        </p>
        <dl className="glossary-details">
          {otherFr.length > 0 ? (
            <>
              <dt>{t('entry.synonymsFr')}</dt>
              <dd>
                <ul>
                  {otherFr.map((term, index) => (
                    <li key={term}>
                      <span lang="fr">{term}</span> <GenderLabel gender={entry.gender?.[index + 1]} />
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
          {otherEn.length > 0 ? (
            <>
              <dt>{t('entry.synonymsEn')}</dt>
              <dd>
                <ul lang="en">
                  {otherEn.map((term) => (
                    <li key={term}>{term}</li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
          <Acronyms entry={entry} />
          {domain ? (
            <>
              <dt>{t('entry.domain')}</dt>
              <dd>
                {domain.title.en} · <span lang="fr">{domain.title.fr}</span>
              </dd>
            </>
          ) : null}
        </dl>
        <section aria-labelledby={`${entry.id}-example-heading`} className="glossary-example">
          <h2 id={`${entry.id}-example-heading`}>{t('entry.example')}</h2>
          <div className="glossary-example-line">
            <p lang="fr" id={`${exampleId}-fr`}>
              {entry.example.fr}
            </p>
            <span className="glossary-listen">
              <PlayButton clipId={exampleId} describedBy={`${exampleId}-fr`} speed="normal" caption />
              <PlayButton clipId={exampleId} describedBy={`${exampleId}-fr`} speed="slow" caption />
            </span>
          </div>
          <p lang="en" className="translation">
            {entry.example.en}
          </p>
        </section>
        {entry.note ? (
          <section aria-labelledby={`${entry.id}-note-heading`} className="glossary-note">
            <h2 id={`${entry.id}-note-heading`}>{t('entry.note')}</h2>
            <p lang="en">{entry.note.en}</p>
          </section>
        ) : null}
        <div className="glossary-actions">
          <div>
            <CopyButton entry={entry} />
          </div>
          <div>
            <AddToDeckButton entryId={entry.id} />
          </div>
        </div>
      </article>
    </GlossaryAudio>
  );
}

/** Route `#/glossary/entry/:entryId`. */
export default function GlossaryEntryPage({ source, entryId }: { source?: GlossarySource; entryId?: string }) {
  const { t } = useTranslation('glossary');
  const params = useParams<{ entryId?: string }>();
  const id = entryId ?? params.entryId ?? '';
  return (
    <div className="glossary-page">
      <p className="glossary-back">
        <Link href="/glossary">← {t('entry.back')}</Link>
      </p>
      <WithGlossary source={source}>{(glossary) => <EntryView glossary={glossary} entryId={id} />}</WithGlossary>
    </div>
  );
}
