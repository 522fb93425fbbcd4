import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { selectActiveProfile, useProfileStore } from '../stores/profile-store';
import { UpdatePrompt } from './update-prompt';

/** Tracks the browser's online state so the header can say "offline" honestly. */
function useOnline(): boolean {
  const [online, setOnline] = useState(typeof navigator === 'undefined' ? true : navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}

/** The shell: skip link, header with the learner's profile, main content, update prompt. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const profile = useProfileStore(selectActiveProfile);
  const online = useOnline();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <Link href="/" className="brand">
          <span aria-hidden="true" className="brand-mark">
            ▶
          </span>{' '}
          <span lang="fr">En avant !</span>
        </Link>
        <nav aria-label={t('nav.label')} className="app-nav">
          <Link href="/">{t('nav.course')}</Link>
          <Link href="/audio">{t('nav.audio')}</Link>
          <Link href="/instructor">{t('nav.instructor')}</Link>
          <Link href="/profiles" className="profile-chip">
            <span className="sr-only">{t('nav.profile')}: </span>
            {profile?.name ?? t('nav.noProfile')}
          </Link>
        </nav>
        {!online ? (
          <span className="offline-badge" role="status">
            {t('offline')}
          </span>
        ) : null}
      </header>
      <UpdatePrompt />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p aria-busy="true">{t('loading')}</p>}>{children}</Suspense>
      </main>
    </>
  );
}
