import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { isUnlocked, selectActiveProfile, useProfileStore } from '../stores/profile-store';

/**
 * Quick switching between the device's learners, from the header. A profile with a PIN opens its
 * PIN form on the profiles page.
 */
export function ProfileSwitcher() {
  const { t, i18n } = useTranslation('profiles');
  const { t: tc } = useTranslation();
  const [, navigate] = useLocation();
  const profile = useProfileStore(selectActiveProfile);
  const profiles = useProfileStore((state) => state.profiles);
  const unlocked = useProfileStore((state) => state.unlocked);
  const switchTo = useProfileStore((state) => state.switchTo);
  const details = useRef<HTMLDetailsElement>(null);
  const close = () => details.current?.removeAttribute('open');

  if (profiles.length === 0) {
    return (
      <Link href="/profiles" className="profile-chip">
        {tc('nav.noProfile')}
      </Link>
    );
  }
  return (
    <details className="profile-switcher" ref={details}>
      <summary className="profile-chip">
        <span className="sr-only">{t('switcher.label')}: </span>
        {profile?.name ?? tc('nav.noProfile')}
      </summary>
      <ul className="profile-switcher-menu">
        {profiles.map((candidate) => (
          <li key={candidate.id}>
            <button
              type="button"
              aria-current={candidate.id === profile?.id ? 'true' : undefined}
              onClick={async () => {
                close();
                if (candidate.id === profile?.id) return;
                if (!isUnlocked({ profiles, unlocked }, candidate.id)) {
                  navigate(`/profiles/${candidate.id}`);
                  return;
                }
                await switchTo(candidate.id);
                await i18n.changeLanguage(candidate.uiLanguage);
                navigate('/');
              }}
            >
              {candidate.name}
              {candidate.id === profile?.id ? ` (${t('switcher.current')})` : ''}
            </button>
          </li>
        ))}
        <li>
          <Link href="/settings" onClick={close}>
            {tc('nav.settings')}
          </Link>
        </li>
        <li>
          <Link href="/profiles" onClick={close}>
            {t('switcher.manage')}
          </Link>
        </li>
      </ul>
    </details>
  );
}
