import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useProfileStore } from '../stores/profile-store';
import { useReviewStore } from '../stores/review-store';
import { ProfileSwitcher } from './profile-switcher';
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
  const activeProfileId = useProfileStore((state) => state.activeProfileId);
  // The count of the profile on screen only (never the previous learner's while switching).
  const dueCount = useReviewStore((state) => (state.profileId === activeProfileId ? state.dueCount : undefined));
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
          <Link href="/course">{t('nav.course')}</Link>
          <Link href="/review">
            {t('nav.review')}
            {dueCount ? (
              <span className="nav-count">
                <span className="sr-only">: </span>
                {t('nav.due', { count: dueCount })}
              </span>
            ) : null}
          </Link>
          <Link href="/glossary">{t('nav.glossary')}</Link>
          <Link href="/audio">{t('nav.audio')}</Link>
          <Link href="/instructor">{t('nav.instructor')}</Link>
          <ProfileSwitcher />
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
