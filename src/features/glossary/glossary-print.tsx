/**
 * A domain's glossary as a clean two-column EN/FR table for instructors (`#/glossary/print/<domain>`):
 * the app's header and buttons are hidden on paper, rows never split across pages and the column
 * headings repeat on every page.
 */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { acronymsIn, compareBy } from '../../content/glossary-index';
import type { LoadedGlossary } from '../../content/glossary-loader';
import { WithGlossary, type GlossarySource } from './glossary-shared';

const GENDER_SHORT: Readonly<Record<string, string>> = { m: 'm', f: 'f', mf: 'm/f' };

export function PrintView({ glossary, domainId }: { glossary: LoadedGlossary; domainId: string }) {
  const { t } = useTranslation('glossary');
  const domain = glossary.domains.find((candidate) => candidate.id === domainId);
  if (!domain) {
    return (
      <p role="alert" className="glossary-error">
        {t('print.notFound', { domain: domainId })}
      </p>
    );
  }
  const entries = glossary.entries.filter((entry) => entry.domain === domainId).sort(compareBy('en'));
  return (
    <div className="glossary-print">
      <div className="glossary-print-tools no-print">
        <Link href="/glossary">← {t('print.back')}</Link>
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          {t('print.print')}
        </button>
      </div>
      <h1>
        {t('print.title', { domain: domain.title.en })} · <span lang="fr">{domain.title.fr}</span>
      </h1>
      <p className="glossary-print-subtitle">{t('print.subtitle', { count: entries.length })}</p>
      <table className="glossary-print-table">
        <thead>
          <tr>
            <th scope="col">{t('print.english')}</th>
            <th scope="col">{t('print.french')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const en = acronymsIn(entry, 'en');
            const fr = acronymsIn(entry, 'fr');
            return (
              <tr key={entry.id}>
                <td lang="en">
                  <strong>{entry.term.en[0]}</strong>
                  {en.length > 0 ? ` (${en.join(', ')})` : ''}
                  {entry.term.en.length > 1 ? <span className="glossary-print-syn">; {entry.term.en.slice(1).join('; ')}</span> : null}
                </td>
                <td lang="fr">
                  {entry.term.fr.map((term, index) => (
                    <span key={term} className={index === 0 ? 'glossary-print-main' : 'glossary-print-syn'}>
                      {index > 0 ? '; ' : ''}
                      {index === 0 ? <strong>{term}</strong> : term}
                      {entry.gender?.[index] ? (
                        <span className="glossary-print-gender"> ({GENDER_SHORT[entry.gender[index] ?? ''] ?? ''})</span>
                      ) : null}
                      {index === 0 && fr.length > 0 ? ` (${fr.join(', ')})` : ''}
                    </span>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Route `#/glossary/print/:domain`. */
export default function GlossaryPrintPage({ source, domainId }: { source?: GlossarySource; domainId?: string }) {
  const params = useParams<{ domain?: string }>();
  const id = domainId ?? params.domain ?? '';
  return <WithGlossary source={source}>{(glossary) => <PrintView glossary={glossary} domainId={id} />}</WithGlossary>;
}
