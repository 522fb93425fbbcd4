/**
 * The glossary: one search box for both languages, results as the learner types, and browsing by
 * domain and A–Z (English or French order) when the box is empty.
 *
 * Typing never waits for the list: the box updates at once and the results render from a deferred
 * copy of the query (`useDeferredValue`), at most 25 at a time (three phone screens) with "show more", so a slow phone
 * keeps up. The search itself is the pure index of `domain/glossary/search.ts` (under a millisecond
 * per keystroke for 2,000 entries).
 */
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { DomainEntry } from '../../content/glossary-index';
import { initialOf } from '../../content/glossary-index';
import type { LoadedGlossary } from '../../content/glossary-loader';
import type { GlossaryHit, GlossaryResults } from '../../domain/glossary/search';
import { Highlighted } from './highlight';
import { WithGlossary, type GlossarySource } from './glossary-shared';

/** Results rendered at a time. */
export const PAGE_SIZE = 25;

type Order = 'en' | 'fr';

/** What the screen shows, kept while the learner opens an entry and comes back. */
const remembered = { query: '', domain: '', order: 'en' as Order, letter: '' };

/** Forgets what the screen showed (a new session, or a test). */
export function forgetGlossaryScreen(): void {
  Object.assign(remembered, { query: '', domain: '', order: 'en', letter: '' });
}

function EntryLine({ entry, hit, order }: { entry: DomainEntry; hit?: GlossaryHit | undefined; order: Order }) {
  const { t } = useTranslation('glossary');
  const rangesFor = (kind: 'en' | 'fr') => (hit && hit.field.kind === kind && hit.field.index === 0 ? hit.ranges : []);
  const fr = (
    <span lang="fr" className="glossary-fr">
      <Highlighted text={entry.term.fr[0] ?? ''} ranges={rangesFor('fr')} />
    </span>
  );
  const en = (
    <span lang="en" className="glossary-en">
      <Highlighted text={entry.term.en[0] ?? ''} ranges={rangesFor('en')} />
    </span>
  );
  const otherField = hit && (hit.field.kind === 'acronym' || hit.field.index > 0);
  return (
    <li>
      <Link href={`/glossary/entry/${entry.id}`} className="glossary-item">
        <span className="glossary-item-terms">
          {order === 'fr' ? fr : en}
          <span aria-hidden="true" className="glossary-sep">
            {' — '}
          </span>
          {order === 'fr' ? en : fr}
        </span>
        {otherField ? (
          <span className="glossary-matched">
            {t('search.matched')}{' '}
            <span lang={hit.field.kind === 'en' ? 'en' : hit.field.kind === 'fr' ? 'fr' : undefined}>
              <Highlighted text={hit.text} ranges={hit.ranges} />
            </span>
          </span>
        ) : null}
        <span className="glossary-item-meta">{t(`pos.${entry.pos}`)}</span>
      </Link>
    </li>
  );
}

function ShowMore({ shown, total, onMore }: { shown: number; total: number; onMore(): void }) {
  const { t } = useTranslation('glossary');
  if (shown >= total) return null;
  return (
    <div className="glossary-more">
      <p>{t('list.shown', { shown, total })}</p>
      <button type="button" className="button" onClick={onMore}>
        {t('list.showMore', { count: Math.min(PAGE_SIZE, total - shown) })}
      </button>
    </div>
  );
}

function SearchResults({
  glossary,
  results,
  stale,
  onMore,
}: {
  glossary: LoadedGlossary;
  results: GlossaryResults;
  stale: boolean;
  onMore(): void;
}) {
  const { t } = useTranslation('glossary');
  return (
    <section aria-label={t('search.resultsLabel')} aria-busy={stale} className={stale ? 'glossary-results is-stale' : 'glossary-results'}>
      {results.hits.length > 0 ? (
        <ul className="glossary-list">
          {results.hits.map((hit) => {
            const entry = glossary.byId.get(hit.id);
            return entry ? <EntryLine key={hit.id} entry={entry} hit={hit} order={hit.field.kind === 'fr' ? 'fr' : 'en'} /> : null;
          })}
        </ul>
      ) : null}
      <ShowMore shown={results.hits.length} total={results.total} onMore={onMore} />
    </section>
  );
}

function Browse({ glossary, limit, onMore, onChange }: { glossary: LoadedGlossary; limit: number; onMore(): void; onChange(): void }) {
  const { t } = useTranslation('glossary');
  const [domain, setDomain] = useState(remembered.domain);
  const [order, setOrder] = useState<Order>(remembered.order);
  const [letter, setLetter] = useState(remembered.letter);
  const domainId = useId();
  const known = glossary.domains.some((candidate) => candidate.id === domain) ? domain : '';
  const sorted = order === 'fr' ? glossary.entriesByFrench : glossary.entries;
  const inDomain = useMemo(() => sorted.filter((entry) => known === '' || entry.domain === known), [sorted, known]);
  const letters = useMemo(() => [...new Set(inDomain.map((entry) => initialOf(entry.term[order][0] ?? '')))], [inDomain, order]);
  const activeLetter = letters.includes(letter) ? letter : '';
  const listed = activeLetter === '' ? inDomain : inDomain.filter((entry) => initialOf(entry.term[order][0] ?? '') === activeLetter);
  const update = (changes: Partial<typeof remembered>) => {
    Object.assign(remembered, changes);
    onChange();
  };
  return (
    <section aria-labelledby="glossary-browse" className="glossary-browse">
      <h2 id="glossary-browse">{t('browse.heading')}</h2>
      <div className="glossary-filters">
        <div className="glossary-field">
          <label htmlFor={domainId}>{t('browse.domain')}</label>
          <select
            id={domainId}
            value={known}
            onChange={(event) => {
              setDomain(event.target.value);
              setLetter('');
              update({ domain: event.target.value, letter: '' });
            }}
          >
            <option value="">{t('browse.allDomains', { count: glossary.entries.length })}</option>
            {glossary.domains.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {t('browse.domainOption', { title: candidate.title.en, count: candidate.count })}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="glossary-order">
          <legend>{t('browse.order')}</legend>
          {(['en', 'fr'] as const).map((value) => (
            <label key={value} className="glossary-radio">
              <input
                type="radio"
                name="glossary-order"
                value={value}
                checked={order === value}
                onChange={() => {
                  setOrder(value);
                  setLetter('');
                  update({ order: value, letter: '' });
                }}
              />{' '}
              {value === 'en' ? t('browse.orderEn') : t('browse.orderFr')}
            </label>
          ))}
        </fieldset>
      </div>
      <nav aria-label={t('browse.letters')} className="glossary-letters">
        <ul>
          {letters.map((candidate) => (
            <li key={candidate}>
              <button
                type="button"
                className="glossary-letter"
                aria-pressed={activeLetter === candidate}
                onClick={() => {
                  const next = activeLetter === candidate ? '' : candidate;
                  setLetter(next);
                  update({ letter: next });
                }}
              >
                {candidate}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <p className="glossary-count">
        {t('browse.count', { count: listed.length })}
        {known !== '' ? (
          <>
            {' · '}
            <Link href={`/glossary/print/${known}`}>{t('browse.print')}</Link>
          </>
        ) : null}
      </p>
      <ul className="glossary-list" aria-label={t('browse.listLabel')}>
        {listed.slice(0, limit).map((entry) => (
          <EntryLine key={entry.id} entry={entry} order={order} />
        ))}
      </ul>
      <ShowMore shown={Math.min(limit, listed.length)} total={listed.length} onMore={onMore} />
    </section>
  );
}

/** The search box and what it shows, once the glossary is loaded. */
export function GlossaryBrowser({ glossary }: { glossary: LoadedGlossary }) {
  const { t } = useTranslation('glossary');
  const [query, setQuery] = useState(remembered.query);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const deferredQuery = useDeferredValue(query);
  const searchId = useId();
  const hintId = useId();
  const results = useMemo(
    () => (deferredQuery.trim() === '' ? undefined : glossary.index.search(deferredQuery, { limit })),
    [glossary, deferredQuery, limit],
  );
  return (
    <>
      <form role="search" className="glossary-search" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={searchId}>{t('search.label')}</label>
        <div className="glossary-search-row">
          <input
            id={searchId}
            type="search"
            value={query}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            enterKeyHint="search"
            aria-describedby={hintId}
            onChange={(event) => {
              setQuery(event.target.value);
              setLimit(PAGE_SIZE);
              remembered.query = event.target.value;
            }}
          />
          {query !== '' ? (
            <button
              type="button"
              className="button glossary-clear"
              onClick={() => {
                setQuery('');
                setLimit(PAGE_SIZE);
                remembered.query = '';
              }}
            >
              {t('search.clear')}
            </button>
          ) : null}
        </div>
        <p id={hintId} className="glossary-hint">
          {t('search.hint')}
        </p>
      </form>
      {/* Always in the page, so screen readers hear the count change as the learner types. */}
      <p role="status" className="glossary-count">
        {results === undefined
          ? ''
          : results.total === 0
            ? t('search.none', { query: deferredQuery.trim() })
            : t('search.results', { count: results.total })}
      </p>
      {results !== undefined ? (
        <SearchResults
          glossary={glossary}
          results={results}
          stale={deferredQuery !== query}
          onMore={() => setLimit((value) => value + PAGE_SIZE)}
        />
      ) : (
        <Browse
          glossary={glossary}
          limit={limit}
          onMore={() => setLimit((value) => value + PAGE_SIZE)}
          onChange={() => setLimit(PAGE_SIZE)}
        />
      )}
    </>
  );
}

/** Route `#/glossary`. `source` lets tests give a glossary without the lazy chunks. */
export default function GlossaryPage({ source }: { source?: GlossarySource }) {
  const { t } = useTranslation('glossary');
  return (
    <div className="glossary-page">
      <h1>{t('title')}</h1>
      <p className="glossary-intro">{t('intro')}</p>
      <WithGlossary source={source}>{(glossary) => <GlossaryBrowser glossary={glossary} />}</WithGlossary>
    </div>
  );
}
