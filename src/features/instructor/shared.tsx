import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

/** Prints the page (the print stylesheet hides the app's chrome). */
export function PrintButton() {
  const { t } = useTranslation('instructor');
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      {t('print')}
    </button>
  );
}

export function LoadError({ notFound }: { notFound: boolean }) {
  const { t } = useTranslation('instructor');
  return (
    <div role="alert" className="error-page">
      <p>{notFound ? t('notFound') : t('loadFailed')}</p>
      <Link href="/instructor">{t('title')}</Link>
    </div>
  );
}
